from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogFileSummary")


@_attrs_define
class LogFileSummary:
    """A log file, as listed.

    Attributes:
        name (str | Unset): Name of the log file, to read it with.
        total_size (int | Unset): Size of the file, in bytes.
        last_modified (int | Unset): When it was last written, in milliseconds since the Unix epoch.
    """

    name: str | Unset = UNSET
    total_size: int | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        total_size = self.total_size

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        total_size = d.pop("totalSize", UNSET)

        last_modified = d.pop("lastModified", UNSET)

        log_file_summary = cls(
            name=name,
            total_size=total_size,
            last_modified=last_modified,
        )

        log_file_summary.additional_properties = d
        return log_file_summary

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
