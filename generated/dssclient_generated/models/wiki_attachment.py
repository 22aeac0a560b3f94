from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wiki_attachment_details_type_0 import WikiAttachmentDetailsType0


T = TypeVar("T", bound="WikiAttachment")


@_attrs_define
class WikiAttachment:
    """Something attached to an article - an uploaded file, or a DSS object.

    Attributes:
        attachment_type (None | str | Unset): `FILE` for an uploaded file, `DSS_OBJECT` for an object of DSS.
        smart_id (None | str | Unset): An uploaded file's identifier (for `getWikiAttachment`), or the object's
            reference.
        taggable_type (None | str | Unset): The type of an attached DSS object (unverified).
        details (None | Unset | WikiAttachmentDetailsType0): How the attachment shows.
    """

    attachment_type: None | str | Unset = UNSET
    smart_id: None | str | Unset = UNSET
    taggable_type: None | str | Unset = UNSET
    details: None | Unset | WikiAttachmentDetailsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wiki_attachment_details_type_0 import WikiAttachmentDetailsType0

        attachment_type: None | str | Unset
        if isinstance(self.attachment_type, Unset):
            attachment_type = UNSET
        else:
            attachment_type = self.attachment_type

        smart_id: None | str | Unset
        if isinstance(self.smart_id, Unset):
            smart_id = UNSET
        else:
            smart_id = self.smart_id

        taggable_type: None | str | Unset
        if isinstance(self.taggable_type, Unset):
            taggable_type = UNSET
        else:
            taggable_type = self.taggable_type

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, WikiAttachmentDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_type is not UNSET:
            field_dict["attachmentType"] = attachment_type
        if smart_id is not UNSET:
            field_dict["smartId"] = smart_id
        if taggable_type is not UNSET:
            field_dict["taggableType"] = taggable_type
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wiki_attachment_details_type_0 import WikiAttachmentDetailsType0

        d = dict(src_dict)

        def _parse_attachment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_type = _parse_attachment_type(d.pop("attachmentType", UNSET))

        def _parse_smart_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smart_id = _parse_smart_id(d.pop("smartId", UNSET))

        def _parse_taggable_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taggable_type = _parse_taggable_type(d.pop("taggableType", UNSET))

        def _parse_details(data: object) -> None | Unset | WikiAttachmentDetailsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = WikiAttachmentDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WikiAttachmentDetailsType0, data)

        details = _parse_details(d.pop("details", UNSET))

        wiki_attachment = cls(
            attachment_type=attachment_type,
            smart_id=smart_id,
            taggable_type=taggable_type,
            details=details,
        )

        wiki_attachment.additional_properties = d
        return wiki_attachment

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
