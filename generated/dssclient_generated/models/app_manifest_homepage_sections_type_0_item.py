from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_manifest_homepage_sections_type_0_item_tiles_item import (
        AppManifestHomepageSectionsType0ItemTilesItem,
    )


T = TypeVar("T", bound="AppManifestHomepageSectionsType0Item")


@_attrs_define
class AppManifestHomepageSectionsType0Item:
    """A section.

    Attributes:
        section_type (None | str | Unset): Kind of section (unverified).
        title (None | str | Unset): Title of the section (unverified).
        tiles (list[AppManifestHomepageSectionsType0ItemTilesItem] | Unset): The section's tiles, the actions the
            homepage offers.
    """

    section_type: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    tiles: list[AppManifestHomepageSectionsType0ItemTilesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        section_type: None | str | Unset
        if isinstance(self.section_type, Unset):
            section_type = UNSET
        else:
            section_type = self.section_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiles, Unset):
            tiles = []
            for tiles_item_data in self.tiles:
                tiles_item = tiles_item_data.to_dict()
                tiles.append(tiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if section_type is not UNSET:
            field_dict["sectionType"] = section_type
        if title is not UNSET:
            field_dict["title"] = title
        if tiles is not UNSET:
            field_dict["tiles"] = tiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_manifest_homepage_sections_type_0_item_tiles_item import (
            AppManifestHomepageSectionsType0ItemTilesItem,
        )

        d = dict(src_dict)

        def _parse_section_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section_type = _parse_section_type(d.pop("sectionType", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        _tiles = d.pop("tiles", UNSET)
        tiles: list[AppManifestHomepageSectionsType0ItemTilesItem] | Unset = UNSET
        if _tiles is not UNSET:
            tiles = []
            for tiles_item_data in _tiles:
                tiles_item = AppManifestHomepageSectionsType0ItemTilesItem.from_dict(
                    tiles_item_data
                )

                tiles.append(tiles_item)

        app_manifest_homepage_sections_type_0_item = cls(
            section_type=section_type,
            title=title,
            tiles=tiles,
        )

        app_manifest_homepage_sections_type_0_item.additional_properties = d
        return app_manifest_homepage_sections_type_0_item

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
