from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DriftColumnSettings")


@_attrs_define
class DriftColumnSettings:
    """How a column was handled by the computation.

    Attributes:
        name (str): The column.
        actual_handling (str): `NUMERICAL`, `CATEGORICAL` or `IGNORED`, as used.
        default_handling (str): `NUMERICAL`, `CATEGORICAL` or `IGNORED`, from the column's values.
        error_message (None | str | Unset): Why the column could not be handled as asked.
    """

    name: str
    actual_handling: str
    default_handling: str
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        actual_handling = self.actual_handling

        default_handling = self.default_handling

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "actualHandling": actual_handling,
                "defaultHandling": default_handling,
            }
        )
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        actual_handling = d.pop("actualHandling")

        default_handling = d.pop("defaultHandling")

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("errorMessage", UNSET))

        drift_column_settings = cls(
            name=name,
            actual_handling=actual_handling,
            default_handling=default_handling,
            error_message=error_message,
        )

        drift_column_settings.additional_properties = d
        return drift_column_settings

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
