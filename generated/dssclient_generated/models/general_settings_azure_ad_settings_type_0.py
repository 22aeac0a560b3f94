from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralSettingsAzureADSettingsType0")


@_attrs_define
class GeneralSettingsAzureADSettingsType0:
    """Azure AD user import.

    Attributes:
        enabled (bool | None | Unset): Whether Azure AD users may be imported.
        credentials_client_secret (None | str | Unset): Client secret of the app registration; encrypted in answers.
    """

    enabled: bool | None | Unset = UNSET
    credentials_client_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        credentials_client_secret: None | str | Unset
        if isinstance(self.credentials_client_secret, Unset):
            credentials_client_secret = UNSET
        else:
            credentials_client_secret = self.credentials_client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if credentials_client_secret is not UNSET:
            field_dict["credentialsClientSecret"] = credentials_client_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_credentials_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credentials_client_secret = _parse_credentials_client_secret(
            d.pop("credentialsClientSecret", UNSET)
        )

        general_settings_azure_ad_settings_type_0 = cls(
            enabled=enabled,
            credentials_client_secret=credentials_client_secret,
        )

        general_settings_azure_ad_settings_type_0.additional_properties = d
        return general_settings_azure_ad_settings_type_0

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
