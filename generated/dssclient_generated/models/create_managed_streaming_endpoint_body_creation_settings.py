from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateManagedStreamingEndpointBodyCreationSettings")


@_attrs_define
class CreateManagedStreamingEndpointBodyCreationSettings:
    """Where and how the endpoint stores its messages.

    Attributes:
        connection_id (str): Name of the connection (Kafka or SQS).
        format_option_id (None | str | Unset): Serialization of the messages: `json`, `avro` or `single` for Kafka,
            `json` or
            `string` for SQS. When absent, `json`.
    """

    connection_id: str
    format_option_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        format_option_id: None | str | Unset
        if isinstance(self.format_option_id, Unset):
            format_option_id = UNSET
        else:
            format_option_id = self.format_option_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
            }
        )
        if format_option_id is not UNSET:
            field_dict["formatOptionId"] = format_option_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        def _parse_format_option_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_option_id = _parse_format_option_id(d.pop("formatOptionId", UNSET))

        create_managed_streaming_endpoint_body_creation_settings = cls(
            connection_id=connection_id,
            format_option_id=format_option_id,
        )

        create_managed_streaming_endpoint_body_creation_settings.additional_properties = d
        return create_managed_streaming_endpoint_body_creation_settings

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
