from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskQueueTrainStarted")


@_attrs_define
class MLTaskQueueTrainStarted:
    """The next session of the queue to train (unverified key).

    Attributes:
        next_session_id (str | Unset): The session that trains next (unverified key).
    """

    next_session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_session_id = self.next_session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_session_id is not UNSET:
            field_dict["nextSessionId"] = next_session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        next_session_id = d.pop("nextSessionId", UNSET)

        ml_task_queue_train_started = cls(
            next_session_id=next_session_id,
        )

        ml_task_queue_train_started.additional_properties = d
        return ml_task_queue_train_started

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
