from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.managed_folder_creation_tag_type_0_last_modified_by_type_0 import (
        ManagedFolderCreationTagType0LastModifiedByType0,
    )


T = TypeVar("T", bound="ManagedFolderCreationTagType0")


@_attrs_define
class ManagedFolderCreationTagType0:
    """Who created the folder, and when.

    Attributes:
        version_number (int | None | Unset): Version number.
        last_modified_by (ManagedFolderCreationTagType0LastModifiedByType0 | None | Unset): The creator.
        last_modified_on (int | None | Unset): When, in milliseconds since the epoch.
    """

    version_number: int | None | Unset = UNSET
    last_modified_by: (
        ManagedFolderCreationTagType0LastModifiedByType0 | None | Unset
    ) = UNSET
    last_modified_on: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.managed_folder_creation_tag_type_0_last_modified_by_type_0 import (
            ManagedFolderCreationTagType0LastModifiedByType0,
        )

        version_number: int | None | Unset
        if isinstance(self.version_number, Unset):
            version_number = UNSET
        else:
            version_number = self.version_number

        last_modified_by: dict[str, Any] | None | Unset
        if isinstance(self.last_modified_by, Unset):
            last_modified_by = UNSET
        elif isinstance(
            self.last_modified_by, ManagedFolderCreationTagType0LastModifiedByType0
        ):
            last_modified_by = self.last_modified_by.to_dict()
        else:
            last_modified_by = self.last_modified_by

        last_modified_on: int | None | Unset
        if isinstance(self.last_modified_on, Unset):
            last_modified_on = UNSET
        else:
            last_modified_on = self.last_modified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_number is not UNSET:
            field_dict["versionNumber"] = version_number
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_on is not UNSET:
            field_dict["lastModifiedOn"] = last_modified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.managed_folder_creation_tag_type_0_last_modified_by_type_0 import (
            ManagedFolderCreationTagType0LastModifiedByType0,
        )

        d = dict(src_dict)

        def _parse_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_number = _parse_version_number(d.pop("versionNumber", UNSET))

        def _parse_last_modified_by(
            data: object,
        ) -> ManagedFolderCreationTagType0LastModifiedByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_modified_by_type_0 = (
                    ManagedFolderCreationTagType0LastModifiedByType0.from_dict(data)
                )

                return last_modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ManagedFolderCreationTagType0LastModifiedByType0 | None | Unset, data
            )

        last_modified_by = _parse_last_modified_by(d.pop("lastModifiedBy", UNSET))

        def _parse_last_modified_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_modified_on = _parse_last_modified_on(d.pop("lastModifiedOn", UNSET))

        managed_folder_creation_tag_type_0 = cls(
            version_number=version_number,
            last_modified_by=last_modified_by,
            last_modified_on=last_modified_on,
        )

        managed_folder_creation_tag_type_0.additional_properties = d
        return managed_folder_creation_tag_type_0

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
