from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DashboardListItem")


@_attrs_define
class DashboardListItem:
    """A dashboard as `listDashboards` answers it.

    Attributes:
        id (str): Identifier of the dashboard.
        project_key (str | Unset): Key of the project.
        name (str | Unset): Name.
        owner (str | Unset): Login of the owner.
        listed (bool | Unset): Whether it is promoted.
        num_pages (int | Unset): Number of pages.
        num_tiles (int | Unset): Number of tiles, over all pages.
        tags (list[str] | Unset): Tags.
    """

    id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    owner: str | Unset = UNSET
    listed: bool | Unset = UNSET
    num_pages: int | Unset = UNSET
    num_tiles: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        owner = self.owner

        listed = self.listed

        num_pages = self.num_pages

        num_tiles = self.num_tiles

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if listed is not UNSET:
            field_dict["listed"] = listed
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages
        if num_tiles is not UNSET:
            field_dict["numTiles"] = num_tiles
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        owner = d.pop("owner", UNSET)

        listed = d.pop("listed", UNSET)

        num_pages = d.pop("numPages", UNSET)

        num_tiles = d.pop("numTiles", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        dashboard_list_item = cls(
            id=id,
            project_key=project_key,
            name=name,
            owner=owner,
            listed=listed,
            num_pages=num_pages,
            num_tiles=num_tiles,
            tags=tags,
        )

        dashboard_list_item.additional_properties = d
        return dashboard_list_item

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
