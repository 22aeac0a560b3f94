from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wiki_article import WikiArticle


T = TypeVar("T", bound="WikiArticleData")


@_attrs_define
class WikiArticleData:
    """An article - its metadata and its Markdown body.

    Attributes:
        article (WikiArticle | Unset): The metadata of a wiki article.
        payload (None | str | Unset): Its body, in Markdown.
    """

    article: WikiArticle | Unset = UNSET
    payload: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article: dict[str, Any] | Unset = UNSET
        if not isinstance(self.article, Unset):
            article = self.article.to_dict()

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.wiki_article import WikiArticle

        d = dict(src_dict)
        _article = d.pop("article", UNSET)
        article: WikiArticle | Unset
        if isinstance(_article, Unset):
            article = UNSET
        else:
            article = WikiArticle.from_dict(_article)

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        wiki_article_data = cls(
            article=article,
            payload=payload,
        )

        wiki_article_data.additional_properties = d
        return wiki_article_data

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
