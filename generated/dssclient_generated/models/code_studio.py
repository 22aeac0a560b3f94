from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="CodeStudio")


@_attrs_define
class CodeStudio:
    """The definition of a code studio.

    Attributes:
        id (None | str | Unset): Identifier of the code studio, chosen by DSS.
        project_key (None | str | Unset): Key of the project the code studio belongs to.
        name (None | str | Unset): Display name, not necessarily unique.
        owner (None | str | Unset): Login of the owner, the only user who may use the code studio.
        template_id (None | str | Unset): Identifier of the template the code studio was created from.
        lib_name (None | str | Unset): Name of the folder holding the code studio's resource files
            (`lib/code_studio/<projectKey>/<libName>/`).
        creation_tag (UserTag | Unset): Who did something to an object, and when.
        version_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    lib_name: None | str | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        lib_name: None | str | Unset
        if isinstance(self.lib_name, Unset):
            lib_name = UNSET
        else:
            lib_name = self.lib_name

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if lib_name is not UNSET:
            field_dict["libName"] = lib_name
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_tag import UserTag

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        def _parse_lib_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lib_name = _parse_lib_name(d.pop("libName", UNSET))

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        code_studio = cls(
            id=id,
            project_key=project_key,
            name=name,
            owner=owner,
            template_id=template_id,
            lib_name=lib_name,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        code_studio.additional_properties = d
        return code_studio

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
