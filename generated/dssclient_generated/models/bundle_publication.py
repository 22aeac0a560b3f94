from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundlePublication")


@_attrs_define
class BundlePublication:
    """Where a bundle was published.

    Attributes:
        published_on (int | Unset): When, in milliseconds since the Unix epoch.
        published_by (str | Unset): Login of who published it.
        published_project_key (str | Unset): Published project of the project deployer holding the bundle.
    """

    published_on: int | Unset = UNSET
    published_by: str | Unset = UNSET
    published_project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_on = self.published_on

        published_by = self.published_by

        published_project_key = self.published_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_by is not UNSET:
            field_dict["publishedBy"] = published_by
        if published_project_key is not UNSET:
            field_dict["publishedProjectKey"] = published_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        published_on = d.pop("publishedOn", UNSET)

        published_by = d.pop("publishedBy", UNSET)

        published_project_key = d.pop("publishedProjectKey", UNSET)

        bundle_publication = cls(
            published_on=published_on,
            published_by=published_by,
            published_project_key=published_project_key,
        )

        bundle_publication.additional_properties = d
        return bundle_publication

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
