from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SqlNotebookListItem")


@_attrs_define
class SqlNotebookListItem:
    """An SQL notebook as listed.

    Attributes:
        id (str): Identifier of the notebook.
        project_key (str): Project of the notebook.
        name (str | Unset): Name of the notebook.
        language (str | Unset): `SQL`, `HIVE`, `IMPALA` or `SPARKSQL`.
        connection (str | Unset): Connection the queries run on.
        tags (list[str] | Unset): Tags of the notebook.
    """

    id: str
    project_key: str
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    connection: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        language = self.language

        connection = self.connection

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectKey": project_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if connection is not UNSET:
            field_dict["connection"] = connection
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey")

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        connection = d.pop("connection", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        sql_notebook_list_item = cls(
            id=id,
            project_key=project_key,
            name=name,
            language=language,
            connection=connection,
            tags=tags,
        )

        sql_notebook_list_item.additional_properties = d
        return sql_notebook_list_item

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
