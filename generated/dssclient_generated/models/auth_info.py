from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_info_secrets_item import AuthInfoSecretsItem


T = TypeVar("T", bound="AuthInfo")


@_attrs_define
class AuthInfo:
    """Who a request authenticates as.

    Attributes:
        auth_identifier (str | Unset): Login of a user, or identifier of a global API key.
        auth_source (str | Unset): How the caller authenticated (`PERSONAL_API_KEY`, `GLOBAL_API_KEY`, `TICKET`, ...).
        groups (list[str] | Unset): Groups of the user (user contexts only).
        user_profile (str | Unset): Licence profile of the user.
        associated_dss_user (str | Unset): Login of the user a global API key acts for, when it has one.
        secrets (list[AuthInfoSecretsItem] | Unset): Secrets of the user, when asked with `withSecrets`.
    """

    auth_identifier: str | Unset = UNSET
    auth_source: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    user_profile: str | Unset = UNSET
    associated_dss_user: str | Unset = UNSET
    secrets: list[AuthInfoSecretsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_identifier = self.auth_identifier

        auth_source = self.auth_source

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        user_profile = self.user_profile

        associated_dss_user = self.associated_dss_user

        secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_identifier is not UNSET:
            field_dict["authIdentifier"] = auth_identifier
        if auth_source is not UNSET:
            field_dict["authSource"] = auth_source
        if groups is not UNSET:
            field_dict["groups"] = groups
        if user_profile is not UNSET:
            field_dict["userProfile"] = user_profile
        if associated_dss_user is not UNSET:
            field_dict["associatedDSSUser"] = associated_dss_user
        if secrets is not UNSET:
            field_dict["secrets"] = secrets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_info_secrets_item import AuthInfoSecretsItem

        d = dict(src_dict)
        auth_identifier = d.pop("authIdentifier", UNSET)

        auth_source = d.pop("authSource", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        user_profile = d.pop("userProfile", UNSET)

        associated_dss_user = d.pop("associatedDSSUser", UNSET)

        _secrets = d.pop("secrets", UNSET)
        secrets: list[AuthInfoSecretsItem] | Unset = UNSET
        if _secrets is not UNSET:
            secrets = []
            for secrets_item_data in _secrets:
                secrets_item = AuthInfoSecretsItem.from_dict(secrets_item_data)

                secrets.append(secrets_item)

        auth_info = cls(
            auth_identifier=auth_identifier,
            auth_source=auth_source,
            groups=groups,
            user_profile=user_profile,
            associated_dss_user=associated_dss_user,
            secrets=secrets,
        )

        auth_info.additional_properties = d
        return auth_info

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
