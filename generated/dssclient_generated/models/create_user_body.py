from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserBody")


@_attrs_define
class CreateUserBody:
    """What `createUser` needs to create a user.

    Attributes:
        login (str): Login of the new user, unique on the instance.
        password (None | str | Unset): Password (LOCAL users); null for users authenticated elsewhere.
        display_name (None | str | Unset): Display name.
        source_type (None | str | Unset): Where the user comes from (`LOCAL`, `LDAP`, `LOCAL_NO_AUTH`, `SAAS`,
            `AZURE_AD`, `CUSTOM`).
        groups (list[str] | None | Unset): Names of the groups the user belongs to; each must exist.
        user_profile (None | str | Unset): Licence profile (`DATA_SCIENTIST`, `DESIGNER`, `READER`, ..., depending on
            the licence).
        email (None | str | Unset): Email address.
    """

    login: str
    password: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    user_profile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        user_profile: None | str | Unset
        if isinstance(self.user_profile, Unset):
            user_profile = UNSET
        else:
            user_profile = self.user_profile

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if groups is not UNSET:
            field_dict["groups"] = groups
        if user_profile is not UNSET:
            field_dict["userProfile"] = user_profile
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login")

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("sourceType", UNSET))

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_user_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_profile = _parse_user_profile(d.pop("userProfile", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        create_user_body = cls(
            login=login,
            password=password,
            display_name=display_name,
            source_type=source_type,
            groups=groups,
            user_profile=user_profile,
            email=email,
        )

        create_user_body.additional_properties = d
        return create_user_body

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
