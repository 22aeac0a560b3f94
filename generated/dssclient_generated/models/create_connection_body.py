from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_params import ConnectionParams


T = TypeVar("T", bound="CreateConnectionBody")


@_attrs_define
class CreateConnectionBody:
    """What `createConnection` needs to create a connection.

    Attributes:
        name (str): Name of the new connection, unique on the instance.
        type_ (str): Type of connection (`Filesystem`, `PostgreSQL`, `Snowflake`, `EC2`, `HDFS`, ...).
        description (None | str | Unset): Description.
        params (ConnectionParams | None | Unset): Type-specific parameters (host, database, path, user, password, ...).
        usable_by (None | str | Unset): Who may use the connection.
        allowed_groups (list[str] | None | Unset): Groups allowed to use it, when `usableBy` is `ALLOWED`.
    """

    name: str
    type_: str
    description: None | str | Unset = UNSET
    params: ConnectionParams | None | Unset = UNSET
    usable_by: None | str | Unset = UNSET
    allowed_groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_params import ConnectionParams

        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ConnectionParams):
            params = self.params.to_dict()
        else:
            params = self.params

        usable_by: None | str | Unset
        if isinstance(self.usable_by, Unset):
            usable_by = UNSET
        else:
            usable_by = self.usable_by

        allowed_groups: list[str] | None | Unset
        if isinstance(self.allowed_groups, Unset):
            allowed_groups = UNSET
        elif isinstance(self.allowed_groups, list):
            allowed_groups = self.allowed_groups

        else:
            allowed_groups = self.allowed_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if params is not UNSET:
            field_dict["params"] = params
        if usable_by is not UNSET:
            field_dict["usableBy"] = usable_by
        if allowed_groups is not UNSET:
            field_dict["allowedGroups"] = allowed_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_params import ConnectionParams

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_params(data: object) -> ConnectionParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ConnectionParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_usable_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usable_by = _parse_usable_by(d.pop("usableBy", UNSET))

        def _parse_allowed_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_groups_type_0 = cast(list[str], data)

                return allowed_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_groups = _parse_allowed_groups(d.pop("allowedGroups", UNSET))

        create_connection_body = cls(
            name=name,
            type_=type_,
            description=description,
            params=params,
            usable_by=usable_by,
            allowed_groups=allowed_groups,
        )

        create_connection_body.additional_properties = d
        return create_connection_body

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
