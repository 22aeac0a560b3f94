from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_tag import UserTag
    from ..models.wiki_attachment import WikiAttachment


T = TypeVar("T", bound="WikiArticle")


@_attrs_define
class WikiArticle:
    """The metadata of a wiki article.

    Attributes:
        id (None | str | Unset): Identifier of the article, chosen by DSS.
        project_key (None | str | Unset): Key of the project.
        name (None | str | Unset): Name (title) of the article.
        layout (None | str | Unset): How the article is laid out (unverified).
        attachments (list[WikiAttachment] | None | Unset): Its attached files and objects.
        tags (list[str] | None | Unset): Its tags.
        creation_tag (None | Unset | UserTag): Who created it, and when.
        version_tag (None | Unset | UserTag): Who changed it last, and when.
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    layout: None | str | Unset = UNSET
    attachments: list[WikiAttachment] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    creation_tag: None | Unset | UserTag = UNSET
    version_tag: None | Unset | UserTag = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_tag import UserTag

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

        layout: None | str | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        else:
            layout = self.layout

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, UserTag):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        version_tag: dict[str, Any] | None | Unset
        if isinstance(self.version_tag, Unset):
            version_tag = UNSET
        elif isinstance(self.version_tag, UserTag):
            version_tag = self.version_tag.to_dict()
        else:
            version_tag = self.version_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
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
        from ..models.wiki_attachment import WikiAttachment

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

        def _parse_layout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_attachments(data: object) -> list[WikiAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = WikiAttachment.from_dict(
                        attachments_type_0_item_data
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WikiAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_creation_tag(data: object) -> None | Unset | UserTag:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_tag_type_0 = UserTag.from_dict(data)

                return creation_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTag, data)

        creation_tag = _parse_creation_tag(d.pop("creationTag", UNSET))

        def _parse_version_tag(data: object) -> None | Unset | UserTag:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_tag_type_0 = UserTag.from_dict(data)

                return version_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserTag, data)

        version_tag = _parse_version_tag(d.pop("versionTag", UNSET))

        wiki_article = cls(
            id=id,
            project_key=project_key,
            name=name,
            layout=layout,
            attachments=attachments,
            tags=tags,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        wiki_article.additional_properties = d
        return wiki_article

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
