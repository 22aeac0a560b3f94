from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wiki_export_body_paper_size_type_1 import WikiExportBodyPaperSizeType1
from ..models.wiki_export_body_paper_size_type_2_type_1 import (
    WikiExportBodyPaperSizeType2Type1,
)
from ..models.wiki_export_body_paper_size_type_3_type_1 import (
    WikiExportBodyPaperSizeType3Type1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="WikiExportBody")


@_attrs_define
class WikiExportBody:
    """How to export.

    Attributes:
        paper_size (None | Unset | WikiExportBodyPaperSizeType1 | WikiExportBodyPaperSizeType2Type1 |
            WikiExportBodyPaperSizeType3Type1): Page format.
        export_children (bool | None | Unset): An article's export includes its descendants.
        export_attachments (bool | None | Unset): Answer a zip archive with the PDF and the attached files.
    """

    paper_size: (
        None
        | Unset
        | WikiExportBodyPaperSizeType1
        | WikiExportBodyPaperSizeType2Type1
        | WikiExportBodyPaperSizeType3Type1
    ) = UNSET
    export_children: bool | None | Unset = UNSET
    export_attachments: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paper_size: None | str | Unset
        if isinstance(self.paper_size, Unset):
            paper_size = UNSET
        elif (
            isinstance(self.paper_size, WikiExportBodyPaperSizeType1)
            or isinstance(self.paper_size, WikiExportBodyPaperSizeType2Type1)
            or isinstance(self.paper_size, WikiExportBodyPaperSizeType3Type1)
        ):
            paper_size = self.paper_size.value
        else:
            paper_size = self.paper_size

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

        def _parse_paper_size(
            data: object,
        ) -> (
            None
            | Unset
            | WikiExportBodyPaperSizeType1
            | WikiExportBodyPaperSizeType2Type1
            | WikiExportBodyPaperSizeType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paper_size_type_1 = WikiExportBodyPaperSizeType1(data)

                return paper_size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paper_size_type_2_type_1 = WikiExportBodyPaperSizeType2Type1(data)

                return paper_size_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paper_size_type_3_type_1 = WikiExportBodyPaperSizeType3Type1(data)

                return paper_size_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | WikiExportBodyPaperSizeType1
                | WikiExportBodyPaperSizeType2Type1
                | WikiExportBodyPaperSizeType3Type1,
                data,
            )

        paper_size = _parse_paper_size(d.pop("paperSize", UNSET))

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
