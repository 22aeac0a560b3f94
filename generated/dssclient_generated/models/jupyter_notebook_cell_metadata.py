from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JupyterNotebookCellMetadata")


@_attrs_define
class JupyterNotebookCellMetadata:
    """The cell's metadata.

    Attributes:
        collapsed (bool | Unset): Whether the cell's output is collapsed.
        scrolled (Any | Unset): Whether the cell's output scrolls (`true`, `false` or `auto`).
        tags (list[str] | Unset): Tags of the cell.
    """

    collapsed: bool | Unset = UNSET
    scrolled: Any | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collapsed = self.collapsed

        scrolled = self.scrolled

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collapsed is not UNSET:
            field_dict["collapsed"] = collapsed
        if scrolled is not UNSET:
            field_dict["scrolled"] = scrolled
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collapsed = d.pop("collapsed", UNSET)

        scrolled = d.pop("scrolled", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        jupyter_notebook_cell_metadata = cls(
            collapsed=collapsed,
            scrolled=scrolled,
            tags=tags,
        )

        jupyter_notebook_cell_metadata.additional_properties = d
        return jupyter_notebook_cell_metadata

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
