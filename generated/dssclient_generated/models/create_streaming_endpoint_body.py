from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.streaming_endpoint_params import StreamingEndpointParams


T = TypeVar("T", bound="CreateStreamingEndpointBody")


@_attrs_define
class CreateStreamingEndpointBody:
    """A new streaming endpoint.

    Attributes:
        id (str): Name of the new streaming endpoint.
        type_ (str): Type of streaming system (`kafka`, `SQS`, `kdbplustick`, `httpsse`).
        project_key (None | str | Unset): Key of the project (that of the path).
        params (StreamingEndpointParams | Unset): The type-specific parameters of a streaming endpoint. Kafka endpoints
            have a
            `connection` and a `topic`, SQS ones a `connection` and a `queueName`, HTTP SSE ones a
            `url`; the message format settings are type-specific too.
    """

    id: str
    type_: str
    project_key: None | str | Unset = UNSET
    params: StreamingEndpointParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.streaming_endpoint_params import StreamingEndpointParams

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        _params = d.pop("params", UNSET)
        params: StreamingEndpointParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = StreamingEndpointParams.from_dict(_params)

        create_streaming_endpoint_body = cls(
            id=id,
            type_=type_,
            project_key=project_key,
            params=params,
        )

        create_streaming_endpoint_body.additional_properties = d
        return create_streaming_endpoint_body

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
