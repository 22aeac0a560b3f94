from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.drift_column_params_handling import DriftColumnParamsHandling
from ..types import UNSET, Unset

T = TypeVar("T", bound="DriftColumnParams")


@_attrs_define
class DriftColumnParams:
    """How one column is handled by a drift computation.

    Attributes:
        handling (DriftColumnParamsHandling | Unset): `NUMERICAL`, `CATEGORICAL` or `AUTO` (from the column's values).
        enabled (bool | Unset): False leaves the column out of the computation.
    """

    handling: DriftColumnParamsHandling | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        handling: str | Unset = UNSET
        if not isinstance(self.handling, Unset):
            handling = self.handling.value

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if handling is not UNSET:
            field_dict["handling"] = handling
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _handling = d.pop("handling", UNSET)
        handling: DriftColumnParamsHandling | Unset
        if isinstance(_handling, Unset):
            handling = UNSET
        else:
            handling = DriftColumnParamsHandling(_handling)

        enabled = d.pop("enabled", UNSET)

        drift_column_params = cls(
            handling=handling,
            enabled=enabled,
        )

        drift_column_params.additional_properties = d
        return drift_column_params

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
