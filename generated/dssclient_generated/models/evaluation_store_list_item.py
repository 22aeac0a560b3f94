from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationStoreListItem")


@_attrs_define
class EvaluationStoreListItem:
    """An evaluation store as listed.

    Attributes:
        id (str): Identifier of the store.
        project_key (str | Unset): Project of the store.
        name (str | Unset): Name of the store.
        mes_flavor (str | Unset): `TABULAR` (a model evaluation store), `LLM` or `AGENT`.
        tags (list[str] | Unset): Tags of the store.
    """

    id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    mes_flavor: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        name = self.name

        mes_flavor = self.mes_flavor

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if mes_flavor is not UNSET:
            field_dict["mesFlavor"] = mes_flavor
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        mes_flavor = d.pop("mesFlavor", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        evaluation_store_list_item = cls(
            id=id,
            project_key=project_key,
            name=name,
            mes_flavor=mes_flavor,
            tags=tags,
        )

        evaluation_store_list_item.additional_properties = d
        return evaluation_store_list_item

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
