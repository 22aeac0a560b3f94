from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeStudioPullResultAdditionalProperty")


@_attrs_define
class CodeStudioPullResultAdditionalProperty:
    """The changes of one zone.

    Attributes:
        added (list[str] | None | Unset): Paths of the files added.
        modified (list[str] | None | Unset): Paths of the files changed.
        deleted (list[str] | None | Unset): Paths of the files deleted.
        count (int | None | Unset): Number of files copied.
        size (int | None | Unset): Bytes copied.
    """

    added: list[str] | None | Unset = UNSET
    modified: list[str] | None | Unset = UNSET
    deleted: list[str] | None | Unset = UNSET
    count: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[str] | None | Unset
        if isinstance(self.added, Unset):
            added = UNSET
        elif isinstance(self.added, list):
            added = self.added

        else:
            added = self.added

        modified: list[str] | None | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        elif isinstance(self.modified, list):
            modified = self.modified

        else:
            modified = self.modified

        deleted: list[str] | None | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        elif isinstance(self.deleted, list):
            deleted = self.deleted

        else:
            deleted = self.deleted

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added is not UNSET:
            field_dict["added"] = added
        if modified is not UNSET:
            field_dict["modified"] = modified
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if count is not UNSET:
            field_dict["count"] = count
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_added(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                added_type_0 = cast(list[str], data)

                return added_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        added = _parse_added(d.pop("added", UNSET))

        def _parse_modified(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                modified_type_0 = cast(list[str], data)

                return modified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        modified = _parse_modified(d.pop("modified", UNSET))

        def _parse_deleted(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deleted_type_0 = cast(list[str], data)

                return deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        deleted = _parse_deleted(d.pop("deleted", UNSET))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        count = _parse_count(d.pop("count", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        code_studio_pull_result_additional_property = cls(
            added=added,
            modified=modified,
            deleted=deleted,
            count=count,
            size=size,
        )

        code_studio_pull_result_additional_property.additional_properties = d
        return code_studio_pull_result_additional_property

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
