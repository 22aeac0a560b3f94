from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_schema import DatasetSchema
    from ..models.streaming_endpoint_params import StreamingEndpointParams
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="StreamingEndpoint")


@_attrs_define
class StreamingEndpoint:
    """The settings of a streaming endpoint, as listed and as `getStreamingEndpoint` returns them.

    Attributes:
        id (str): Name of the streaming endpoint (its identifier).
        type_ (str): Type of streaming system (`kafka`, `SQS`, `kdbplustick`, `httpsse`).
        project_key (None | str | Unset): Key of the endpoint's project.
        params (StreamingEndpointParams | Unset): The type-specific parameters of a streaming endpoint. Kafka endpoints
            have a
            `connection` and a `topic`, SQS ones a `connection` and a `queueName`, HTTP SSE ones a
            `url`; the message format settings are type-specific too.
        schema (DatasetSchema | None | Unset): The endpoint's schema, like a dataset's.
        tags (list[str] | None | Unset): Tags.
        description (None | str | Unset): Long description, in Markdown (unverified).
        short_desc (None | str | Unset): One-line description (unverified).
        managed (bool | None | Unset): Whether DSS created the endpoint's topic or queue for it (unverified).
        version_tag (None | Unset | UserTag): Last change.
        creation_tag (None | Unset | UserTag): Creation.
    """

    id: str
    type_: str
    project_key: None | str | Unset = UNSET
    params: StreamingEndpointParams | Unset = UNSET
    schema: DatasetSchema | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    managed: bool | None | Unset = UNSET
    version_tag: None | Unset | UserTag = UNSET
    creation_tag: None | Unset | UserTag = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_schema import DatasetSchema
        from ..models.user_tag import UserTag

        id = self.id

        type_ = self.type_

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, DatasetSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        version_tag: dict[str, Any] | None | Unset
        if isinstance(self.version_tag, Unset):
            version_tag = UNSET
        elif isinstance(self.version_tag, UserTag):
            version_tag = self.version_tag.to_dict()
        else:
            version_tag = self.version_tag

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, UserTag):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if params is not UNSET:
            field_dict["params"] = params
        if schema is not UNSET:
            field_dict["schema"] = schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if managed is not UNSET:
            field_dict["managed"] = managed
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_schema import DatasetSchema
        from ..models.streaming_endpoint_params import StreamingEndpointParams
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        _params = d.pop("params", UNSET)
        params: StreamingEndpointParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = StreamingEndpointParams.from_dict(_params)

        def _parse_schema(data: object) -> DatasetSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = DatasetSchema.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSchema | None | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

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

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

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

        streaming_endpoint = cls(
            id=id,
            type_=type_,
            project_key=project_key,
            params=params,
            schema=schema,
            tags=tags,
            description=description,
            short_desc=short_desc,
            managed=managed,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        streaming_endpoint.additional_properties = d
        return streaming_endpoint

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
