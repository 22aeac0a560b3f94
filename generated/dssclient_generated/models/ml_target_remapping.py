from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTargetRemapping")


@_attrs_define
class MLTargetRemapping:
    """A class of the target and its index.

    Attributes:
        source_value (str | Unset): The class, as in the data.
        mapped_value (int | Unset): Its index.
        sample_freq (int | Unset): How many rows of the guessing sample hold it.
    """

    source_value: str | Unset = UNSET
    mapped_value: int | Unset = UNSET
    sample_freq: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_value = self.source_value

        mapped_value = self.mapped_value

        sample_freq = self.sample_freq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_value is not UNSET:
            field_dict["sourceValue"] = source_value
        if mapped_value is not UNSET:
            field_dict["mappedValue"] = mapped_value
        if sample_freq is not UNSET:
            field_dict["sampleFreq"] = sample_freq

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_value = d.pop("sourceValue", UNSET)

        mapped_value = d.pop("mappedValue", UNSET)

        sample_freq = d.pop("sampleFreq", UNSET)

        ml_target_remapping = cls(
            source_value=source_value,
            mapped_value=mapped_value,
            sample_freq=sample_freq,
        )

        ml_target_remapping.additional_properties = d
        return ml_target_remapping

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
