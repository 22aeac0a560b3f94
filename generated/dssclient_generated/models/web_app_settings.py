from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tag import UserTag
    from ..models.web_app_params import WebAppParams


T = TypeVar("T", bound="WebAppSettings")


@_attrs_define
class WebAppSettings:
    """A webapp's settings.

    Attributes:
        id (str | Unset): Identifier of the webapp.
        project_key (str | Unset): Project of the webapp.
        name (str | Unset): Name of the webapp.
        type_ (str | Unset): Type of the webapp (`STANDARD`, `BOKEH`, `DASH`, `STREAMLIT`, `SHINY`, ...).
        params (WebAppParams | Unset): The webapp's code and options; which properties depend on its type.
        tags (list[str] | Unset): Tags of the webapp.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
        version_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    params: WebAppParams | Unset = UNSET
    tags: list[str] | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        type_ = self.type_

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params
        if tags is not UNSET:
            field_dict["tags"] = tags
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_tag import UserTag
        from ..models.web_app_params import WebAppParams

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _params = d.pop("params", UNSET)
        params: WebAppParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = WebAppParams.from_dict(_params)

        tags = cast(list[str], d.pop("tags", UNSET))

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

        web_app_settings = cls(
            id=id,
            project_key=project_key,
            name=name,
            type_=type_,
            params=params,
            tags=tags,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        web_app_settings.additional_properties = d
        return web_app_settings

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
