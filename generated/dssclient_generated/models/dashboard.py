from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dashboard_checklists_type_0 import DashboardChecklistsType0
    from ..models.dashboard_custom_fields_type_0 import DashboardCustomFieldsType0
    from ..models.dashboard_page import DashboardPage
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="Dashboard")


@_attrs_define
class Dashboard:
    """The definition of a dashboard, as `getDashboard` returns it and `saveDashboard` takes it.

    Attributes:
        id (None | str | Unset): Identifier of the dashboard, chosen by DSS.
        project_key (None | str | Unset): Key of the project the dashboard belongs to.
        name (None | str | Unset): Name, not necessarily unique.
        owner (None | str | Unset): Login of the owner (its creator).
        listed (bool | None | Unset): Whether the dashboard is promoted (listed to every reader) rather than private.
        pages (list[DashboardPage] | None | Unset): The pages (slides).
        tags (list[str] | None | Unset): Tags.
        checklists (DashboardChecklistsType0 | None | Unset): Checklists attached to the dashboard.
        custom_fields (DashboardCustomFieldsType0 | None | Unset): Values of the instance's custom fields, by field
            name; each value is any JSON value.
        description (None | str | Unset): Long description (markdown).
        short_desc (None | str | Unset): Short description.
        creation_tag (None | Unset | UserTag): Who created it, and when (set by DSS).
        version_tag (None | Unset | UserTag): Who changed it last, and when (set by DSS).
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    listed: bool | None | Unset = UNSET
    pages: list[DashboardPage] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    checklists: DashboardChecklistsType0 | None | Unset = UNSET
    custom_fields: DashboardCustomFieldsType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    creation_tag: None | Unset | UserTag = UNSET
    version_tag: None | Unset | UserTag = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_checklists_type_0 import DashboardChecklistsType0
        from ..models.dashboard_custom_fields_type_0 import DashboardCustomFieldsType0
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

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        listed: bool | None | Unset
        if isinstance(self.listed, Unset):
            listed = UNSET
        else:
            listed = self.listed

        pages: list[dict[str, Any]] | None | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        elif isinstance(self.pages, list):
            pages = []
            for pages_type_0_item_data in self.pages:
                pages_type_0_item = pages_type_0_item_data.to_dict()
                pages.append(pages_type_0_item)

        else:
            pages = self.pages

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        checklists: dict[str, Any] | None | Unset
        if isinstance(self.checklists, Unset):
            checklists = UNSET
        elif isinstance(self.checklists, DashboardChecklistsType0):
            checklists = self.checklists.to_dict()
        else:
            checklists = self.checklists

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, DashboardCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if listed is not UNSET:
            field_dict["listed"] = listed
        if pages is not UNSET:
            field_dict["pages"] = pages
        if tags is not UNSET:
            field_dict["tags"] = tags
        if checklists is not UNSET:
            field_dict["checklists"] = checklists
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dashboard_checklists_type_0 import DashboardChecklistsType0
        from ..models.dashboard_custom_fields_type_0 import DashboardCustomFieldsType0
        from ..models.dashboard_page import DashboardPage
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

        def _parse_listed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        listed = _parse_listed(d.pop("listed", UNSET))

        def _parse_pages(data: object) -> list[DashboardPage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pages_type_0 = []
                _pages_type_0 = data
                for pages_type_0_item_data in _pages_type_0:
                    pages_type_0_item = DashboardPage.from_dict(pages_type_0_item_data)

                    pages_type_0.append(pages_type_0_item)

                return pages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DashboardPage] | None | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

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

        def _parse_checklists(data: object) -> DashboardChecklistsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checklists_type_0 = DashboardChecklistsType0.from_dict(data)

                return checklists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardChecklistsType0 | None | Unset, data)

        checklists = _parse_checklists(d.pop("checklists", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> DashboardCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = DashboardCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DashboardCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

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

        dashboard = cls(
            id=id,
            project_key=project_key,
            name=name,
            owner=owner,
            listed=listed,
            pages=pages,
            tags=tags,
            checklists=checklists,
            custom_fields=custom_fields,
            description=description,
            short_desc=short_desc,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        dashboard.additional_properties = d
        return dashboard

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
