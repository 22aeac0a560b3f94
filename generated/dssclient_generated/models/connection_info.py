from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_info_resolved_aws_credential import (
        ConnectionInfoResolvedAWSCredential,
    )
    from ..models.connection_info_resolved_basic_credential import (
        ConnectionInfoResolvedBasicCredential,
    )
    from ..models.connection_info_resolved_o_auth_2_credential import (
        ConnectionInfoResolvedOAuth2Credential,
    )
    from ..models.connection_params import ConnectionParams


T = TypeVar("T", bound="ConnectionInfo")


@_attrs_define
class ConnectionInfo:
    """A connection's details, with its resolved credentials in clear.

    Attributes:
        name (str | Unset): Name of the connection.
        type_ (str | Unset): Type of connection.
        credentials_mode (str | Unset): `GLOBAL` or `PER_USER`.
        params (ConnectionParams | Unset): The type-specific parameters of a connection (its `params`). Which keys apply
            depends on
            its `type`: `Filesystem` uses `root`; SQL types (`PostgreSQL`, `MySQL`, `Snowflake`,
            `SQLServer`, `Oracle`, ...) use `host`, `port`, `db`, `user`, `password`, `properties`;
            `EC2` (S3) uses `credentialsMode`, `accessKey`, `secretKey`, `defaultManagedBucket`.
            Secrets come encrypted in answers. DSS sends more keys than these, by type.
        resolved_params (ConnectionParams | None | Unset): Parameters with variables resolved, secrets left out.
        resolved_basic_credential (ConnectionInfoResolvedBasicCredential | Unset): The user and password to connect with
            (connections authenticated that way).
        resolved_aws_credential (ConnectionInfoResolvedAWSCredential | Unset): AWS keys, in clear.
        resolved_o_auth_2_credential (ConnectionInfoResolvedOAuth2Credential | Unset): An OAuth2 access token, in clear.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    credentials_mode: str | Unset = UNSET
    params: ConnectionParams | Unset = UNSET
    resolved_params: ConnectionParams | None | Unset = UNSET
    resolved_basic_credential: ConnectionInfoResolvedBasicCredential | Unset = UNSET
    resolved_aws_credential: ConnectionInfoResolvedAWSCredential | Unset = UNSET
    resolved_o_auth_2_credential: ConnectionInfoResolvedOAuth2Credential | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_params import ConnectionParams

        name = self.name

        type_ = self.type_

        credentials_mode = self.credentials_mode

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        resolved_params: dict[str, Any] | None | Unset
        if isinstance(self.resolved_params, Unset):
            resolved_params = UNSET
        elif isinstance(self.resolved_params, ConnectionParams):
            resolved_params = self.resolved_params.to_dict()
        else:
            resolved_params = self.resolved_params

        resolved_basic_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_basic_credential, Unset):
            resolved_basic_credential = self.resolved_basic_credential.to_dict()

        resolved_aws_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_aws_credential, Unset):
            resolved_aws_credential = self.resolved_aws_credential.to_dict()

        resolved_o_auth_2_credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_o_auth_2_credential, Unset):
            resolved_o_auth_2_credential = self.resolved_o_auth_2_credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if credentials_mode is not UNSET:
            field_dict["credentialsMode"] = credentials_mode
        if params is not UNSET:
            field_dict["params"] = params
        if resolved_params is not UNSET:
            field_dict["resolvedParams"] = resolved_params
        if resolved_basic_credential is not UNSET:
            field_dict["resolvedBasicCredential"] = resolved_basic_credential
        if resolved_aws_credential is not UNSET:
            field_dict["resolvedAWSCredential"] = resolved_aws_credential
        if resolved_o_auth_2_credential is not UNSET:
            field_dict["resolvedOAuth2Credential"] = resolved_o_auth_2_credential

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_info_resolved_aws_credential import (
            ConnectionInfoResolvedAWSCredential,
        )
        from ..models.connection_info_resolved_basic_credential import (
            ConnectionInfoResolvedBasicCredential,
        )
        from ..models.connection_info_resolved_o_auth_2_credential import (
            ConnectionInfoResolvedOAuth2Credential,
        )
        from ..models.connection_params import ConnectionParams

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        credentials_mode = d.pop("credentialsMode", UNSET)

        _params = d.pop("params", UNSET)
        params: ConnectionParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ConnectionParams.from_dict(_params)

        def _parse_resolved_params(data: object) -> ConnectionParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolved_params_type_0 = ConnectionParams.from_dict(data)

                return resolved_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionParams | None | Unset, data)

        resolved_params = _parse_resolved_params(d.pop("resolvedParams", UNSET))

        _resolved_basic_credential = d.pop("resolvedBasicCredential", UNSET)
        resolved_basic_credential: ConnectionInfoResolvedBasicCredential | Unset
        if isinstance(_resolved_basic_credential, Unset):
            resolved_basic_credential = UNSET
        else:
            resolved_basic_credential = ConnectionInfoResolvedBasicCredential.from_dict(
                _resolved_basic_credential
            )

        _resolved_aws_credential = d.pop("resolvedAWSCredential", UNSET)
        resolved_aws_credential: ConnectionInfoResolvedAWSCredential | Unset
        if isinstance(_resolved_aws_credential, Unset):
            resolved_aws_credential = UNSET
        else:
            resolved_aws_credential = ConnectionInfoResolvedAWSCredential.from_dict(
                _resolved_aws_credential
            )

        _resolved_o_auth_2_credential = d.pop("resolvedOAuth2Credential", UNSET)
        resolved_o_auth_2_credential: ConnectionInfoResolvedOAuth2Credential | Unset
        if isinstance(_resolved_o_auth_2_credential, Unset):
            resolved_o_auth_2_credential = UNSET
        else:
            resolved_o_auth_2_credential = (
                ConnectionInfoResolvedOAuth2Credential.from_dict(
                    _resolved_o_auth_2_credential
                )
            )

        connection_info = cls(
            name=name,
            type_=type_,
            credentials_mode=credentials_mode,
            params=params,
            resolved_params=resolved_params,
            resolved_basic_credential=resolved_basic_credential,
            resolved_aws_credential=resolved_aws_credential,
            resolved_o_auth_2_credential=resolved_o_auth_2_credential,
        )

        connection_info.additional_properties = d
        return connection_info

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
