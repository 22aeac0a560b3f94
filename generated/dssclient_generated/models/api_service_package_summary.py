from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary
    from ..models.api_service_package_summary_published_to_item import (
        ApiServicePackageSummaryPublishedToItem,
    )


T = TypeVar("T", bound="ApiServicePackageSummary")


@_attrs_define
class ApiServicePackageSummary:
    """What a package holds and where it was published.

    Attributes:
        id (str): Identifier (version) of the package.
        project_key (str | Unset): Key of the project of the API service.
        service_id (str | Unset): Identifier of the API service.
        created_on (int | Unset): When the package was created, in milliseconds since the Unix epoch.
        created_by (str | Unset): Login of the user who created it.
        release_notes (str | Unset): Release notes given at creation.
        size (int | Unset): Size of the archive, in bytes.
        endpoints (list[ApiServiceEndpointSummary] | Unset): The endpoints packaged.
        published_to (list[ApiServicePackageSummaryPublishedToItem] | Unset): Published services of the API Deployer
            this package was published to.
    """

    id: str
    project_key: str | Unset = UNSET
    service_id: str | Unset = UNSET
    created_on: int | Unset = UNSET
    created_by: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    size: int | Unset = UNSET
    endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
    published_to: list[ApiServicePackageSummaryPublishedToItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        service_id = self.service_id

        created_on = self.created_on

        created_by = self.created_by

        release_notes = self.release_notes

        size = self.size

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        published_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.published_to, Unset):
            published_to = []
            for published_to_item_data in self.published_to:
                published_to_item = published_to_item_data.to_dict()
                published_to.append(published_to_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if release_notes is not UNSET:
            field_dict["releaseNotes"] = release_notes
        if size is not UNSET:
            field_dict["size"] = size
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if published_to is not UNSET:
            field_dict["publishedTo"] = published_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary
        from ..models.api_service_package_summary_published_to_item import (
            ApiServicePackageSummaryPublishedToItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        project_key = d.pop("projectKey", UNSET)

        service_id = d.pop("serviceId", UNSET)

        created_on = d.pop("createdOn", UNSET)

        created_by = d.pop("createdBy", UNSET)

        release_notes = d.pop("releaseNotes", UNSET)

        size = d.pop("size", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = ApiServiceEndpointSummary.from_dict(
                    endpoints_item_data
                )

                endpoints.append(endpoints_item)

        _published_to = d.pop("publishedTo", UNSET)
        published_to: list[ApiServicePackageSummaryPublishedToItem] | Unset = UNSET
        if _published_to is not UNSET:
            published_to = []
            for published_to_item_data in _published_to:
                published_to_item = ApiServicePackageSummaryPublishedToItem.from_dict(
                    published_to_item_data
                )

                published_to.append(published_to_item)

        api_service_package_summary = cls(
            id=id,
            project_key=project_key,
            service_id=service_id,
            created_on=created_on,
            created_by=created_by,
            release_notes=release_notes,
            size=size,
            endpoints=endpoints,
            published_to=published_to,
        )

        api_service_package_summary.additional_properties = d
        return api_service_package_summary

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
