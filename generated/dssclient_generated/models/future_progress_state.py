from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureProgressState")


@_attrs_define
class FutureProgressState:
    """One level of a long task's progress.

    Attributes:
        name (str | Unset): What is being done at this level.
        unit (str | Unset): Unit of `cur` and `target` (`NONE`, `SIZE`, `FILES`, `RECORDS`, ...).
        cur (float | Unset): Amount done.
        target (float | Unset): Amount to do, when known.
    """

    name: str | Unset = UNSET
    unit: str | Unset = UNSET
    cur: float | Unset = UNSET
    target: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        unit = self.unit

        cur = self.cur

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if unit is not UNSET:
            field_dict["unit"] = unit
        if cur is not UNSET:
            field_dict["cur"] = cur
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        unit = d.pop("unit", UNSET)

        cur = d.pop("cur", UNSET)

        target = d.pop("target", UNSET)

        future_progress_state = cls(
            name=name,
            unit=unit,
            cur=cur,
            target=target,
        )

        future_progress_state.additional_properties = d
        return future_progress_state

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
