from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ml_task_list_item import MLTaskListItem


T = TypeVar("T", bound="MLTaskList")


@_attrs_define
class MLTaskList:
    """A project's ML tasks.

    Attributes:
        ml_tasks (list[MLTaskListItem]): The tasks.
    """

    ml_tasks: list[MLTaskListItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ml_tasks = []
        for ml_tasks_item_data in self.ml_tasks:
            ml_tasks_item = ml_tasks_item_data.to_dict()
            ml_tasks.append(ml_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mlTasks": ml_tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_task_list_item import MLTaskListItem

        d = dict(src_dict)
        ml_tasks = []
        _ml_tasks = d.pop("mlTasks")
        for ml_tasks_item_data in _ml_tasks:
            ml_tasks_item = MLTaskListItem.from_dict(ml_tasks_item_data)

            ml_tasks.append(ml_tasks_item)

        ml_task_list = cls(
            ml_tasks=ml_tasks,
        )

        ml_task_list.additional_properties = d
        return ml_task_list

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
