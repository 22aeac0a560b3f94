from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamingEndpointParams")


@_attrs_define
class StreamingEndpointParams:
    """The type-specific parameters of a streaming endpoint. Kafka endpoints have a
    `connection` and a `topic`, SQS ones a `connection` and a `queueName`, HTTP SSE ones a
    `url`; the message format settings are type-specific too.

        Attributes:
            connection (None | str | Unset): Name of the connection the endpoint uses (none for HTTP SSE endpoints).
            topic (None | str | Unset): Kafka topic; may contain DSS variables (`${projectKey}`).
            queue_name (None | str | Unset): SQS queue name.
            url (None | str | Unset): URL of an HTTP SSE endpoint.
    """

    connection: None | str | Unset = UNSET
    topic: None | str | Unset = UNSET
    queue_name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        queue_name: None | str | Unset
        if isinstance(self.queue_name, Unset):
            queue_name = UNSET
        else:
            queue_name = self.queue_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if topic is not UNSET:
            field_dict["topic"] = topic
        if queue_name is not UNSET:
            field_dict["queueName"] = queue_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_queue_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        queue_name = _parse_queue_name(d.pop("queueName", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        streaming_endpoint_params = cls(
            connection=connection,
            topic=topic,
            queue_name=queue_name,
            url=url,
        )

        streaming_endpoint_params.additional_properties = d
        return streaming_endpoint_params

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
