from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiServicePackageSummaryPublishedToItem")


@_attrs_define
class ApiServicePackageSummaryPublishedToItem:
    """One publication.

    Attributes:
        published_service_id (str | Unset): Identifier of the published service.
        published_on (int | Unset): When, in milliseconds since the Unix epoch.
    """

    published_service_id: str | Unset = UNSET
    published_on: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_service_id = self.published_service_id

        published_on = self.published_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if published_service_id is not UNSET:
            field_dict["publishedServiceId"] = published_service_id
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        published_service_id = d.pop("publishedServiceId", UNSET)

        published_on = d.pop("publishedOn", UNSET)

        api_service_package_summary_published_to_item = cls(
            published_service_id=published_service_id,
            published_on=published_on,
        )

        api_service_package_summary_published_to_item.additional_properties = d
        return api_service_package_summary_published_to_item

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
