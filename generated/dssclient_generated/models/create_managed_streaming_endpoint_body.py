from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_managed_streaming_endpoint_body_creation_settings import (
        CreateManagedStreamingEndpointBodyCreationSettings,
    )


T = TypeVar("T", bound="CreateManagedStreamingEndpointBody")


@_attrs_define
class CreateManagedStreamingEndpointBody:
    """A new managed streaming endpoint.

    Attributes:
        id (str): Name of the new streaming endpoint.
        creation_settings (CreateManagedStreamingEndpointBodyCreationSettings): Where and how the endpoint stores its
            messages.
        type_ (None | str | Unset): Type of streaming system; when absent, the one of the connection's type.
    """

    id: str
    creation_settings: CreateManagedStreamingEndpointBodyCreationSettings
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        creation_settings = self.creation_settings.to_dict()

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "creationSettings": creation_settings,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_managed_streaming_endpoint_body_creation_settings import (
            CreateManagedStreamingEndpointBodyCreationSettings,
        )

        d = dict(src_dict)
        id = d.pop("id")

        creation_settings = (
            CreateManagedStreamingEndpointBodyCreationSettings.from_dict(
                d.pop("creationSettings")
            )
        )

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        create_managed_streaming_endpoint_body = cls(
            id=id,
            creation_settings=creation_settings,
            type_=type_,
        )

        create_managed_streaming_endpoint_body.additional_properties = d
        return create_managed_streaming_endpoint_body

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
