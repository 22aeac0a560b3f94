from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wiki_export_body_paper_size import WikiExportBodyPaperSize
from ..types import UNSET, Unset

T = TypeVar("T", bound="WikiExportBody")


@_attrs_define
class WikiExportBody:
    """How to export.

    Attributes:
        paper_size (WikiExportBodyPaperSize | Unset): Page format (A4 when absent).
        export_children (bool | None | Unset): An article's export includes its descendants.
        export_attachments (bool | None | Unset): Answer a zip archive with the PDF and the attached files.
    """

    paper_size: WikiExportBodyPaperSize | Unset = UNSET
    export_children: bool | None | Unset = UNSET
    export_attachments: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paper_size: str | Unset = UNSET
        if not isinstance(self.paper_size, Unset):
            paper_size = self.paper_size.value

        export_children: bool | None | Unset
        if isinstance(self.export_children, Unset):
            export_children = UNSET
        else:
            export_children = self.export_children

        export_attachments: bool | None | Unset
        if isinstance(self.export_attachments, Unset):
            export_attachments = UNSET
        else:
            export_attachments = self.export_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paper_size is not UNSET:
            field_dict["paperSize"] = paper_size
        if export_children is not UNSET:
            field_dict["exportChildren"] = export_children
        if export_attachments is not UNSET:
            field_dict["exportAttachments"] = export_attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _paper_size = d.pop("paperSize", UNSET)
        paper_size: WikiExportBodyPaperSize | Unset
        if isinstance(_paper_size, Unset):
            paper_size = UNSET
        else:
            paper_size = WikiExportBodyPaperSize(_paper_size)

        def _parse_export_children(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_children = _parse_export_children(d.pop("exportChildren", UNSET))

        def _parse_export_attachments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_attachments = _parse_export_attachments(
            d.pop("exportAttachments", UNSET)
        )

        wiki_export_body = cls(
            paper_size=paper_size,
            export_children=export_children,
            export_attachments=export_attachments,
        )

        wiki_export_body.additional_properties = d
        return wiki_export_body

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
