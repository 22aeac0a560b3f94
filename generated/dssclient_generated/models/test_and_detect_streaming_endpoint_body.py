from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TestAndDetectStreamingEndpointBody")


@_attrs_define
class TestAndDetectStreamingEndpointBody:
    """The bounds of a stream capture.

    Attributes:
        infer_storage_types (bool | None | Unset): Whether to guess the columns' types (else every column is a string).
        limit (int | None | Unset): Most messages to capture.
        timeout (int | None | Unset): Longest capture, in seconds.
    """

    infer_storage_types: bool | None | Unset = UNSET
    limit: int | None | Unset = UNSET
    timeout: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infer_storage_types: bool | None | Unset
        if isinstance(self.infer_storage_types, Unset):
            infer_storage_types = UNSET
        else:
            infer_storage_types = self.infer_storage_types

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infer_storage_types is not UNSET:
            field_dict["inferStorageTypes"] = infer_storage_types
        if limit is not UNSET:
            field_dict["limit"] = limit
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_infer_storage_types(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        infer_storage_types = _parse_infer_storage_types(
            d.pop("inferStorageTypes", UNSET)
        )

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        test_and_detect_streaming_endpoint_body = cls(
            infer_storage_types=infer_storage_types,
            limit=limit,
            timeout=timeout,
        )

        test_and_detect_streaming_endpoint_body.additional_properties = d
        return test_and_detect_streaming_endpoint_body

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
