from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormatDetectionRequest")


@_attrs_define
class FormatDetectionRequest:
    """Options of format detection.

    Attributes:
        detect_possible_formats (bool | None | Unset): Try every format DSS knows rather than only the dataset's current
            one.
        infer_storage_types (bool | None | Unset): Give columns the narrowest storage type their values fit (`bigint`,
            `double`, `boolean`, `date`) rather than `string`.
    """

    detect_possible_formats: bool | None | Unset = UNSET
    infer_storage_types: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detect_possible_formats: bool | None | Unset
        if isinstance(self.detect_possible_formats, Unset):
            detect_possible_formats = UNSET
        else:
            detect_possible_formats = self.detect_possible_formats

        infer_storage_types: bool | None | Unset
        if isinstance(self.infer_storage_types, Unset):
            infer_storage_types = UNSET
        else:
            infer_storage_types = self.infer_storage_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detect_possible_formats is not UNSET:
            field_dict["detectPossibleFormats"] = detect_possible_formats
        if infer_storage_types is not UNSET:
            field_dict["inferStorageTypes"] = infer_storage_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_detect_possible_formats(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        detect_possible_formats = _parse_detect_possible_formats(
            d.pop("detectPossibleFormats", UNSET)
        )

        def _parse_infer_storage_types(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        infer_storage_types = _parse_infer_storage_types(
            d.pop("inferStorageTypes", UNSET)
        )

        format_detection_request = cls(
            detect_possible_formats=detect_possible_formats,
            infer_storage_types=infer_storage_types,
        )

        format_detection_request.additional_properties = d
        return format_detection_request

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
