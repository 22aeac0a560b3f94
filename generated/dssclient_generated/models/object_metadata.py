from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from ..models.object_metadata_custom_type_0 import ObjectMetadataCustomType0


T = TypeVar("T", bound="ObjectMetadata")


@_attrs_define
class ObjectMetadata:
    """Metadata of a project or dataset.

    Attributes:
        label (None | str | Unset): Display label.
        description (None | str | Unset): Long description, in Markdown.
        short_desc (None | str | Unset): One-line description.
        tags (list[str] | None | Unset): Tags.
        checklists (None | ObjectMetadataChecklistsType0 | Unset): Checklists attached to the object.
        custom (None | ObjectMetadataCustomType0 | Unset): Custom metadata.
    """

    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    checklists: None | ObjectMetadataChecklistsType0 | Unset = UNSET
    custom: None | ObjectMetadataCustomType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.object_metadata_checklists_type_0 import (
            ObjectMetadataChecklistsType0,
        )
        from ..models.object_metadata_custom_type_0 import ObjectMetadataCustomType0

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        checklists: dict[str, Any] | None | Unset
        if isinstance(self.checklists, Unset):
            checklists = UNSET
        elif isinstance(self.checklists, ObjectMetadataChecklistsType0):
            checklists = self.checklists.to_dict()
        else:
            checklists = self.checklists

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, ObjectMetadataCustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if tags is not UNSET:
            field_dict["tags"] = tags
        if checklists is not UNSET:
            field_dict["checklists"] = checklists
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.object_metadata_checklists_type_0 import (
            ObjectMetadataChecklistsType0,
        )
        from ..models.object_metadata_custom_type_0 import ObjectMetadataCustomType0

        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_checklists(
            data: object,
        ) -> None | ObjectMetadataChecklistsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checklists_type_0 = ObjectMetadataChecklistsType0.from_dict(data)

                return checklists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectMetadataChecklistsType0 | Unset, data)

        checklists = _parse_checklists(d.pop("checklists", UNSET))

        def _parse_custom(data: object) -> None | ObjectMetadataCustomType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_0 = ObjectMetadataCustomType0.from_dict(data)

                return custom_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectMetadataCustomType0 | Unset, data)

        custom = _parse_custom(d.pop("custom", UNSET))

        object_metadata = cls(
            label=label,
            description=description,
            short_desc=short_desc,
            tags=tags,
            checklists=checklists,
            custom=custom,
        )

        object_metadata.additional_properties = d
        return object_metadata

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
