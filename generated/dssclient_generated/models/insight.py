from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_checklists_type_0 import InsightChecklistsType0
    from ..models.insight_custom_fields_type_0 import InsightCustomFieldsType0
    from ..models.insight_params_type_0 import InsightParamsType0
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="Insight")


@_attrs_define
class Insight:
    """The definition of an insight, as `getInsight` returns it.

    Attributes:
        id (None | str | Unset): Identifier of the insight, chosen by DSS.
        project_key (None | str | Unset): Key of the project the insight belongs to.
        type_ (None | str | Unset): Kind of insight: `chart`, `dataset_table`, `static_file`, `web_app`, `jupyter`,
            `metrics`, `report`, `saved-model_report`, ... (`x-extensible-enum`).
        name (None | str | Unset): Name, not necessarily unique.
        owner (None | str | Unset): Login of the owner (its creator).
        listed (bool | None | Unset): Whether the insight is promoted rather than private.
        params (InsightParamsType0 | None | Unset): Parameters of the insight, by type (a chart's dataset and
            definition, a file's path, ...); any JSON values.
        tags (list[str] | None | Unset): Tags.
        checklists (InsightChecklistsType0 | None | Unset): Checklists attached to the insight.
        custom_fields (InsightCustomFieldsType0 | None | Unset): Values of the instance's custom fields, by field name;
            each value is any JSON value.
        description (None | str | Unset): Long description (markdown).
        short_desc (None | str | Unset): Short description.
        creation_tag (None | Unset | UserTag): Who created it, and when (set by DSS).
        version_tag (None | Unset | UserTag): Who changed it last, and when (set by DSS).
    """

    id: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    listed: bool | None | Unset = UNSET
    params: InsightParamsType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    checklists: InsightChecklistsType0 | None | Unset = UNSET
    custom_fields: InsightCustomFieldsType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    creation_tag: None | Unset | UserTag = UNSET
    version_tag: None | Unset | UserTag = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.insight_checklists_type_0 import InsightChecklistsType0
        from ..models.insight_custom_fields_type_0 import InsightCustomFieldsType0
        from ..models.insight_params_type_0 import InsightParamsType0
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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, InsightParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

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
        elif isinstance(self.checklists, InsightChecklistsType0):
            checklists = self.checklists.to_dict()
        else:
            checklists = self.checklists

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, InsightCustomFieldsType0):
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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if listed is not UNSET:
            field_dict["listed"] = listed
        if params is not UNSET:
            field_dict["params"] = params
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
        from ..models.insight_checklists_type_0 import InsightChecklistsType0
        from ..models.insight_custom_fields_type_0 import InsightCustomFieldsType0
        from ..models.insight_params_type_0 import InsightParamsType0
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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_params(data: object) -> InsightParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = InsightParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

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

        def _parse_checklists(data: object) -> InsightChecklistsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checklists_type_0 = InsightChecklistsType0.from_dict(data)

                return checklists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightChecklistsType0 | None | Unset, data)

        checklists = _parse_checklists(d.pop("checklists", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> InsightCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = InsightCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightCustomFieldsType0 | None | Unset, data)

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

        insight = cls(
            id=id,
            project_key=project_key,
            type_=type_,
            name=name,
            owner=owner,
            listed=listed,
            params=params,
            tags=tags,
            checklists=checklists,
            custom_fields=custom_fields,
            description=description,
            short_desc=short_desc,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        insight.additional_properties = d
        return insight

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
