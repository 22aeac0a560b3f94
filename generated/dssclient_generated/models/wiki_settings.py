from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wiki_taxonomy_node import WikiTaxonomyNode


T = TypeVar("T", bound="WikiSettings")


@_attrs_define
class WikiSettings:
    """The settings of a project's wiki.

    Attributes:
        project_key (None | str | Unset): Key of the project.
        taxonomy (list[WikiTaxonomyNode] | None | Unset): The tree of the articles; every article appears once and only
            once.
        home_article_id (None | str | Unset): Identifier of the article the wiki opens on, if any.
    """

    project_key: None | str | Unset = UNSET
    taxonomy: list[WikiTaxonomyNode] | None | Unset = UNSET
    home_article_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        taxonomy: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxonomy, Unset):
            taxonomy = UNSET
        elif isinstance(self.taxonomy, list):
            taxonomy = []
            for taxonomy_type_0_item_data in self.taxonomy:
                taxonomy_type_0_item = taxonomy_type_0_item_data.to_dict()
                taxonomy.append(taxonomy_type_0_item)

        else:
            taxonomy = self.taxonomy

        home_article_id: None | str | Unset
        if isinstance(self.home_article_id, Unset):
            home_article_id = UNSET
        else:
            home_article_id = self.home_article_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if taxonomy is not UNSET:
            field_dict["taxonomy"] = taxonomy
        if home_article_id is not UNSET:
            field_dict["homeArticleId"] = home_article_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wiki_taxonomy_node import WikiTaxonomyNode

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_taxonomy(data: object) -> list[WikiTaxonomyNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxonomy_type_0 = []
                _taxonomy_type_0 = data
                for taxonomy_type_0_item_data in _taxonomy_type_0:
                    taxonomy_type_0_item = WikiTaxonomyNode.from_dict(
                        taxonomy_type_0_item_data
                    )

                    taxonomy_type_0.append(taxonomy_type_0_item)

                return taxonomy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WikiTaxonomyNode] | None | Unset, data)

        taxonomy = _parse_taxonomy(d.pop("taxonomy", UNSET))

        def _parse_home_article_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        home_article_id = _parse_home_article_id(d.pop("homeArticleId", UNSET))

        wiki_settings = cls(
            project_key=project_key,
            taxonomy=taxonomy,
            home_article_id=home_article_id,
        )

        wiki_settings.additional_properties = d
        return wiki_settings

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
