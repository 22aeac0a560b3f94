from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityTimelineDayDatasetsType0AdditionalProperty")


@_attrs_define
class DataQualityTimelineDayDatasetsType0AdditionalProperty:
    """One dataset's computations that day.

    Attributes:
        worst_outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the
            value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        current_outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the
            value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        runs (int | Unset): How many computations ran.
    """

    worst_outcome: str | Unset = UNSET
    current_outcome: str | Unset = UNSET
    runs: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worst_outcome = self.worst_outcome

        current_outcome = self.current_outcome

        runs = self.runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worst_outcome is not UNSET:
            field_dict["worstOutcome"] = worst_outcome
        if current_outcome is not UNSET:
            field_dict["currentOutcome"] = current_outcome
        if runs is not UNSET:
            field_dict["runs"] = runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        worst_outcome = d.pop("worstOutcome", UNSET)

        current_outcome = d.pop("currentOutcome", UNSET)

        runs = d.pop("runs", UNSET)

        data_quality_timeline_day_datasets_type_0_additional_property = cls(
            worst_outcome=worst_outcome,
            current_outcome=current_outcome,
            runs=runs,
        )

        data_quality_timeline_day_datasets_type_0_additional_property.additional_properties = d
        return data_quality_timeline_day_datasets_type_0_additional_property

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
