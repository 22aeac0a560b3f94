from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WikiAttachmentDetailsType0")


@_attrs_define
class WikiAttachmentDetailsType0:
    """How the attachment shows.

    Attributes:
        object_display_name (None | str | Unset): The file's name, or the object's display name.
        attachment_size (int | None | Unset): An uploaded file's size in bytes (unverified).
    """

    object_display_name: None | str | Unset = UNSET
    attachment_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_display_name: None | str | Unset
        if isinstance(self.object_display_name, Unset):
            object_display_name = UNSET
        else:
            object_display_name = self.object_display_name

        attachment_size: int | None | Unset
        if isinstance(self.attachment_size, Unset):
            attachment_size = UNSET
        else:
            attachment_size = self.attachment_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_display_name is not UNSET:
            field_dict["objectDisplayName"] = object_display_name
        if attachment_size is not UNSET:
            field_dict["attachmentSize"] = attachment_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_object_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_display_name = _parse_object_display_name(
            d.pop("objectDisplayName", UNSET)
        )

        def _parse_attachment_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attachment_size = _parse_attachment_size(d.pop("attachmentSize", UNSET))

        wiki_attachment_details_type_0 = cls(
            object_display_name=object_display_name,
            attachment_size=attachment_size,
        )

        wiki_attachment_details_type_0.additional_properties = d
        return wiki_attachment_details_type_0

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
