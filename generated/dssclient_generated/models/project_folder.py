from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFolder")


@_attrs_define
class ProjectFolder:
    """A folder of the project folder tree.

    Attributes:
        id (str): Identifier of the folder (`ROOT` for the root folder).
        name (str | Unset): Name of the folder (absent for the root folder).
        parent_id (str | Unset): Identifier of the parent folder (absent for the root folder).
        children_ids (list[str] | Unset): Identifiers of the sub-folders.
        project_keys (list[str] | Unset): Keys of the projects in the folder (those the caller may read).
    """

    id: str
    name: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    children_ids: list[str] | Unset = UNSET
    project_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_id = self.parent_id

        children_ids: list[str] | Unset = UNSET
        if not isinstance(self.children_ids, Unset):
            children_ids = self.children_ids

        project_keys: list[str] | Unset = UNSET
        if not isinstance(self.project_keys, Unset):
            project_keys = self.project_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if children_ids is not UNSET:
            field_dict["childrenIds"] = children_ids
        if project_keys is not UNSET:
            field_dict["projectKeys"] = project_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        parent_id = d.pop("parentId", UNSET)

        children_ids = cast(list[str], d.pop("childrenIds", UNSET))

        project_keys = cast(list[str], d.pop("projectKeys", UNSET))

        project_folder = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            children_ids=children_ids,
            project_keys=project_keys,
        )

        project_folder.additional_properties = d
        return project_folder

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
