from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralSettingsDefaultDatasetCreationSettingsType0")


@_attrs_define
class GeneralSettingsDefaultDatasetCreationSettingsType0:
    """Defaults of new datasets.

    Attributes:
        allow_uploads_without_connection (bool | None | Unset): Whether uploaded datasets may be created without
            choosing a connection.
    """

    allow_uploads_without_connection: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_uploads_without_connection: bool | None | Unset
        if isinstance(self.allow_uploads_without_connection, Unset):
            allow_uploads_without_connection = UNSET
        else:
            allow_uploads_without_connection = self.allow_uploads_without_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_uploads_without_connection is not UNSET:
            field_dict["allowUploadsWithoutConnection"] = (
                allow_uploads_without_connection
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_allow_uploads_without_connection(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_uploads_without_connection = _parse_allow_uploads_without_connection(
            d.pop("allowUploadsWithoutConnection", UNSET)
        )

        general_settings_default_dataset_creation_settings_type_0 = cls(
            allow_uploads_without_connection=allow_uploads_without_connection,
        )

        general_settings_default_dataset_creation_settings_type_0.additional_properties = d
        return general_settings_default_dataset_creation_settings_type_0

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
