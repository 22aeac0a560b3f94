from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0 import (
        ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0,
    )


T = TypeVar("T", bound="ProjectSettingsSettingsType0LimitsType0")


@_attrs_define
class ProjectSettingsSettingsType0LimitsType0:
    """Resource limits of the project's jobs (unverified).

    Attributes:
        mem_sample_bytes (None | ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0 | Unset): Memory limit of
            samples (`soft`, `hard`) (unverified).
    """

    mem_sample_bytes: (
        None | ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0 import (
            ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0,
        )

        mem_sample_bytes: dict[str, Any] | None | Unset
        if isinstance(self.mem_sample_bytes, Unset):
            mem_sample_bytes = UNSET
        elif isinstance(
            self.mem_sample_bytes,
            ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0,
        ):
            mem_sample_bytes = self.mem_sample_bytes.to_dict()
        else:
            mem_sample_bytes = self.mem_sample_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mem_sample_bytes is not UNSET:
            field_dict["memSampleBytes"] = mem_sample_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0 import (
            ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0,
        )

        d = dict(src_dict)

        def _parse_mem_sample_bytes(
            data: object,
        ) -> None | ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mem_sample_bytes_type_0 = ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0.from_dict(
                    data
                )

                return mem_sample_bytes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0
                | Unset,
                data,
            )

        mem_sample_bytes = _parse_mem_sample_bytes(d.pop("memSampleBytes", UNSET))

        project_settings_settings_type_0_limits_type_0 = cls(
            mem_sample_bytes=mem_sample_bytes,
        )

        project_settings_settings_type_0_limits_type_0.additional_properties = d
        return project_settings_settings_type_0_limits_type_0

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
