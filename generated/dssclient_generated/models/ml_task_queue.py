from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_task_queue_queue_item import MLTaskQueueQueueItem


T = TypeVar("T", bound="MLTaskQueue")


@_attrs_define
class MLTaskQueue:
    """The sessions waiting to be trained in one ML task's queue.

    Attributes:
        analysis_id (str | Unset): The task's visual analysis.
        ml_task_id (str | Unset): The task.
        analysis_name (str | Unset): The analysis's name (unverified key).
        ml_task_name (str | Unset): The task's name (unverified key).
        queue (list[MLTaskQueueQueueItem] | Unset): The sessions waiting, first to train first (unverified key).
    """

    analysis_id: str | Unset = UNSET
    ml_task_id: str | Unset = UNSET
    analysis_name: str | Unset = UNSET
    ml_task_name: str | Unset = UNSET
    queue: list[MLTaskQueueQueueItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        ml_task_id = self.ml_task_id

        analysis_name = self.analysis_name

        ml_task_name = self.ml_task_name

        queue: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = []
            for queue_item_data in self.queue:
                queue_item = queue_item_data.to_dict()
                queue.append(queue_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_id is not UNSET:
            field_dict["analysisId"] = analysis_id
        if ml_task_id is not UNSET:
            field_dict["mlTaskId"] = ml_task_id
        if analysis_name is not UNSET:
            field_dict["analysisName"] = analysis_name
        if ml_task_name is not UNSET:
            field_dict["mlTaskName"] = ml_task_name
        if queue is not UNSET:
            field_dict["queue"] = queue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_task_queue_queue_item import MLTaskQueueQueueItem

        d = dict(src_dict)
        analysis_id = d.pop("analysisId", UNSET)

        ml_task_id = d.pop("mlTaskId", UNSET)

        analysis_name = d.pop("analysisName", UNSET)

        ml_task_name = d.pop("mlTaskName", UNSET)

        _queue = d.pop("queue", UNSET)
        queue: list[MLTaskQueueQueueItem] | Unset = UNSET
        if _queue is not UNSET:
            queue = []
            for queue_item_data in _queue:
                queue_item = MLTaskQueueQueueItem.from_dict(queue_item_data)

                queue.append(queue_item)

        ml_task_queue = cls(
            analysis_id=analysis_id,
            ml_task_id=ml_task_id,
            analysis_name=analysis_name,
            ml_task_name=ml_task_name,
            queue=queue,
        )

        ml_task_queue.additional_properties = d
        return ml_task_queue

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
