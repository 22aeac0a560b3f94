from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioCounts")


@_attrs_define
class ScenarioCounts:
    """Counts of scenarios.

    Attributes:
        all_ (int | None | Unset): Number of scenarios.
        active_with_triggers (int | None | Unset): Number of active scenarios with triggers.
    """

    all_: int | None | Unset = UNSET
    active_with_triggers: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_: int | None | Unset
        if isinstance(self.all_, Unset):
            all_ = UNSET
        else:
            all_ = self.all_

        active_with_triggers: int | None | Unset
        if isinstance(self.active_with_triggers, Unset):
            active_with_triggers = UNSET
        else:
            active_with_triggers = self.active_with_triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if active_with_triggers is not UNSET:
            field_dict["activeWithTriggers"] = active_with_triggers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_all_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        all_ = _parse_all_(d.pop("all", UNSET))

        def _parse_active_with_triggers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_with_triggers = _parse_active_with_triggers(
            d.pop("activeWithTriggers", UNSET)
        )

        scenario_counts = cls(
            all_=all_,
            active_with_triggers=active_with_triggers,
        )

        scenario_counts.additional_properties = d
        return scenario_counts

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
