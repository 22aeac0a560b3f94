from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0")


@_attrs_define
class ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0:
    """Memory limit of samples (`soft`, `hard`) (unverified).

    Attributes:
        soft (int | None | Unset): Soft limit, in bytes; -1 for none.
        hard (int | None | Unset): Hard limit, in bytes; -1 for none.
    """

    soft: int | None | Unset = UNSET
    hard: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        soft: int | None | Unset
        if isinstance(self.soft, Unset):
            soft = UNSET
        else:
            soft = self.soft

        hard: int | None | Unset
        if isinstance(self.hard, Unset):
            hard = UNSET
        else:
            hard = self.hard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if soft is not UNSET:
            field_dict["soft"] = soft
        if hard is not UNSET:
            field_dict["hard"] = hard

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_soft(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        soft = _parse_soft(d.pop("soft", UNSET))

        def _parse_hard(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hard = _parse_hard(d.pop("hard", UNSET))

        project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0 = cls(
            soft=soft,
            hard=hard,
        )

        project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0.additional_properties = d
        return project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0

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
