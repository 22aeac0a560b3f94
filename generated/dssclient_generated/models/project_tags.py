from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_tags_tags import ProjectTagsTags


T = TypeVar("T", bound="ProjectTags")


@_attrs_define
class ProjectTags:
    """A project's tag definitions.

    Attributes:
        version (int | Unset): The version of the definitions, bumped by each save.
        tags (ProjectTagsTags | Unset): Each tag by name, with its color.
    """

    version: int | Unset = UNSET
    tags: ProjectTagsTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_tags_tags import ProjectTagsTags

        d = dict(src_dict)
        version = d.pop("version", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: ProjectTagsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ProjectTagsTags.from_dict(_tags)

        project_tags = cls(
            version=version,
            tags=tags,
        )

        project_tags.additional_properties = d
        return project_tags

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
