from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskQueueQueueItem")


@_attrs_define
class MLTaskQueueQueueItem:
    """A session waiting to be trained (unverified keys).

    Attributes:
        session_name (str | Unset): The session's name.
        session_description (str | Unset): The session's description.
    """

    session_name: str | Unset = UNSET
    session_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_name = self.session_name

        session_description = self.session_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session_name is not UNSET:
            field_dict["sessionName"] = session_name
        if session_description is not UNSET:
            field_dict["sessionDescription"] = session_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        session_name = d.pop("sessionName", UNSET)

        session_description = d.pop("sessionDescription", UNSET)

        ml_task_queue_queue_item = cls(
            session_name=session_name,
            session_description=session_description,
        )

        ml_task_queue_queue_item.additional_properties = d
        return ml_task_queue_queue_item

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
