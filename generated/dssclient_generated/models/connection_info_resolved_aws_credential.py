from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionInfoResolvedAWSCredential")


@_attrs_define
class ConnectionInfoResolvedAWSCredential:
    """AWS keys, in clear.

    Attributes:
        access_key (str | Unset): AWS access key id.
        secret_key (str | Unset): AWS secret access key, in clear.
        session_token (str | Unset): STS session token (only for temporary credentials).
    """

    access_key: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    session_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret_key = self.secret_key

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_key = d.pop("accessKey", UNSET)

        secret_key = d.pop("secretKey", UNSET)

        session_token = d.pop("sessionToken", UNSET)

        connection_info_resolved_aws_credential = cls(
            access_key=access_key,
            secret_key=secret_key,
            session_token=session_token,
        )

        connection_info_resolved_aws_credential.additional_properties = d
        return connection_info_resolved_aws_credential

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
