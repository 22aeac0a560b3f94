from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsPerfPerCutData")


@_attrs_define
class TrainedModelDetailsPerfPerCutData:
    """Binary classification metrics at each tested threshold.

    Attributes:
        cut (list[float] | Unset): The thresholds.
        f1 (list[float] | Unset): The F1 score at each threshold.
    """

    cut: list[float] | Unset = UNSET
    f1: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cut: list[float] | Unset = UNSET
        if not isinstance(self.cut, Unset):
            cut = self.cut

        f1: list[float] | Unset = UNSET
        if not isinstance(self.f1, Unset):
            f1 = self.f1

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cut is not UNSET:
            field_dict["cut"] = cut
        if f1 is not UNSET:
            field_dict["f1"] = f1

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cut = cast(list[float], d.pop("cut", UNSET))

        f1 = cast(list[float], d.pop("f1", UNSET))

        trained_model_details_perf_per_cut_data = cls(
            cut=cut,
            f1=f1,
        )

        trained_model_details_perf_per_cut_data.additional_properties = d
        return trained_model_details_perf_per_cut_data

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
