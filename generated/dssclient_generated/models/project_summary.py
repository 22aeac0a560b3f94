from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """A project as `listProjects` and `getProjectSummary` answer it.

    Attributes:
        project_key (str): Key of the project, its identifier.
        name (str | Unset): Display name.
        owner_login (str | Unset): Login of the project's owner.
        short_desc (str | Unset): One-line description.
        description (str | Unset): Long description, in Markdown.
        tags (list[str] | Unset): Tags of the project.
        version_tag (UserTag | Unset): Who did something to an object, and when.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    project_key: str
    name: str | Unset = UNSET
    owner_login: str | Unset = UNSET
    short_desc: str | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        name = self.name

        owner_login = self.owner_login

        short_desc = self.short_desc

        description = self.description

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if owner_login is not UNSET:
            field_dict["ownerLogin"] = owner_login
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        name = d.pop("name", UNSET)

        owner_login = d.pop("ownerLogin", UNSET)

        short_desc = d.pop("shortDesc", UNSET)

        description = d.pop("description", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        project_summary = cls(
            project_key=project_key,
            name=name,
            owner_login=owner_login,
            short_desc=short_desc,
            description=description,
            tags=tags,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        project_summary.additional_properties = d
        return project_summary

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
