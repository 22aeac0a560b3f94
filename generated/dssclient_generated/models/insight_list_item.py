from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InsightListItem")


@_attrs_define
class InsightListItem:
    """An insight as `listInsights` answers it.

    Attributes:
        id (str): Identifier of the insight.
        project_key (str | Unset): Key of the project.
        name (str | Unset): Name.
        type_ (str | Unset): Kind of insight.
        owner (str | Unset): Login of the owner.
        listed (bool | Unset): Whether it is promoted.
        tags (list[str] | Unset): Tags.
    """

    id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner: str | Unset = UNSET
    listed: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        type_ = self.type_

        owner = self.owner

        listed = self.listed

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if listed is not UNSET:
            field_dict["listed"] = listed
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        owner = d.pop("owner", UNSET)

        listed = d.pop("listed", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        insight_list_item = cls(
            id=id,
            project_key=project_key,
            name=name,
            type_=type_,
            owner=owner,
            listed=listed,
            tags=tags,
        )

        insight_list_item.additional_properties = d
        return insight_list_item

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
