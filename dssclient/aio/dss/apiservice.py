"""API services of a project (the API Designer): settings, endpoints, packages and their publication."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import api_services

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .._stream import AsyncDSSStream
from ._files import write_to_file

if TYPE_CHECKING:
    from dssclient.payloads import (
        ApiServiceEndpointSummary,
        ApiServicePackage,
        ApiServicePackageSummary,
        ApiServiceSettings,
        ApiServiceSettingsEndpointsItem,
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSAPIServiceListItem(dict[str, Any]):
    """An API service as listed by :meth:`DSSProject.list_api_services`: its dict, with properties over it."""

    def __init__(self, client: AsyncDSSClient, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.client = client

    def to_api_service(self) -> AsyncDSSAPIService:
        """The handle of this API service (no call is made)."""
        return AsyncDSSAPIService(self.client, self["projectKey"], self["id"])

    @property
    def name(self) -> str:
        """The service's name."""
        name: str = self["name"]
        return name

    @property
    def id(self) -> str:
        """The service's id."""
        service_id: str = self["id"]
        return service_id

    @property
    def auth_method(self) -> str:
        """``PUBLIC`` (no authentication), ``API_KEYS`` or ``OAUTH2``."""
        method: str = self["authMethod"]
        return method

    @property
    def endpoints(self) -> list[ApiServiceEndpointSummary]:
        """The endpoints, each a dict with at least ``id`` and ``type``."""
        endpoints: list[ApiServiceEndpointSummary] = self["endpoints"]
        return endpoints


class AsyncDSSAPIServiceSettings(DSSRawSettings["ApiServiceSettings"]):
    """The settings of an API service. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, service_id: str, settings: ApiServiceSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key
        self.service_id = service_id

    @property
    def auth_method(self) -> str:
        """``PUBLIC`` (no authentication), ``API_KEYS`` or ``OAUTH2``."""
        method = cast(str, self.settings["authMethod"])
        return method

    @property
    def endpoints(self) -> list[ApiServiceSettingsEndpointsItem]:
        """The endpoints, each a dict with at least ``id`` and ``type``; edit it in place."""
        return self._endpoints()

    def add_prediction_endpoint(self, endpoint_id: str, saved_model_id: str) -> None:
        """Add a visual prediction endpoint serving a saved model (deployed to the Flow)."""
        self._add_model_endpoint(endpoint_id, "STD_PREDICTION", saved_model_id)

    def add_multitarget_prediction_endpoint(self, endpoint_id: str, saved_model_id: str) -> None:
        """Add a visual multi-target prediction endpoint serving a saved model."""
        self._add_model_endpoint(endpoint_id, "STD_MULTITARGET_PREDICTION", saved_model_id)

    def add_clustering_endpoint(self, endpoint_id: str, saved_model_id: str) -> None:
        """Add a visual clustering endpoint serving a saved model."""
        self._add_model_endpoint(endpoint_id, "STD_CLUSTERING", saved_model_id)

    def add_forecasting_endpoint(self, endpoint_id: str, saved_model_id: str) -> None:
        """Add a visual time series forecasting endpoint serving a saved model."""
        self._add_model_endpoint(endpoint_id, "STD_FORECAST", saved_model_id)

    def add_causal_prediction_endpoint(
        self, endpoint_id: str, saved_model_id: str, compute_propensity: bool = False
    ) -> None:
        """Add a visual causal prediction endpoint; ``compute_propensity`` needs a trained propensity model."""
        endpoint: ApiServiceSettingsEndpointsItem = {
            "id": endpoint_id,
            "type": "STD_CAUSAL_PREDICTION",
            "modelRef": saved_model_id,
            "computePropensity": compute_propensity,
            # Causal predictions have no Java scoring.
            "useJava": False,
        }
        self._endpoints().append(endpoint)

    def _add_model_endpoint(self, endpoint_id: str, endpoint_type: str, saved_model_id: str) -> None:
        self._endpoints().append({"id": endpoint_id, "type": endpoint_type, "modelRef": saved_model_id})

    def _endpoints(self) -> list[ApiServiceSettingsEndpointsItem]:
        endpoints = self.settings.get("endpoints")
        if not isinstance(endpoints, list):
            # DSS drops a null list: a service saved without endpoints may come back without the key.
            endpoints = self.settings["endpoints"] = []
        return endpoints

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveApiServiceSettings``)"""
        await self.client._requester.empty(
            api_services.save_api_service_settings.request_kwargs,
            self.project_key,
            self.service_id,
            body=json_body(self.settings),
        )


class AsyncDSSAPIService:
    """A handle on an API service of the API Designer. Get one with :meth:`DSSProject.get_api_service`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, service_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.service_id = service_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, service_id={self.service_id!r})"

    @property
    def id(self) -> str:
        """The service's id."""
        return self.service_id

    async def get_settings(self) -> AsyncDSSAPIServiceSettings:
        """The service's settings, endpoints included, to edit and save. (operation ``getApiServiceSettings``)"""
        raw: ApiServiceSettings = await self.client._requester.json(
            api_services.get_api_service_settings.request_kwargs, self.project_key, self.service_id
        )
        return AsyncDSSAPIServiceSettings(self.client, self.project_key, self.service_id, raw)

    async def get_package_summary(self, package_id: str) -> ApiServicePackageSummary:
        """What a package holds and where it was published. (operation ``getApiServicePackageSummary``)"""
        summary: ApiServicePackageSummary = await self.client._requester.json(
            api_services.get_api_service_package_summary.request_kwargs, self.project_key, self.service_id, package_id
        )
        return summary

    async def list_packages(self) -> list[ApiServicePackage]:
        """The packages (versions), each a dict with ``id`` and ``createdOn``. (operation ``listApiServicePackages``)"""
        packages: list[ApiServicePackage] = await self.client._requester.json(
            api_services.list_api_service_packages.request_kwargs, self.project_key, self.service_id
        )
        return packages

    async def create_package(self, package_id: str, release_notes: str | None = None) -> None:
        """Package the service as it is now into a new version. (operation ``createApiServicePackage``)"""
        from dssclient_generated.types import UNSET

        await self.client._requester.empty(
            api_services.create_api_service_package.request_kwargs,
            self.project_key,
            self.service_id,
            package_id,
            release_notes=release_notes if release_notes is not None else UNSET,
        )

    async def delete_package(self, package_id: str) -> None:
        """Delete a package; versions already published stay on the deployer. (operation ``deleteApiServicePackage``)"""
        await self.client._requester.empty(
            api_services.delete_api_service_package.request_kwargs, self.project_key, self.service_id, package_id
        )

    async def download_package_stream(self, package_id: str) -> AsyncDSSStream:
        """The package's archive (a zip) as a stream, read as it arrives. Close it.

        (operation ``downloadApiServicePackage``)
        """
        return await self.client._requester.stream(
            api_services.download_api_service_package.request_kwargs, self.project_key, self.service_id, package_id
        )

    async def download_package_to_file(self, package_id: str, path: str | os.PathLike[str]) -> None:
        """Write the package's archive to a file; a failed download leaves ``path`` as it was.

        (operation ``downloadApiServicePackage``)
        """
        await write_to_file(await self.download_package_stream(package_id), path)

    async def publish_package(self, package_id: str, published_service_id: str | None = None) -> None:
        """Publish a package on the API Deployer. (operation ``publishApiServicePackage``)

        :param published_service_id: the published service to add the version to, created
            when none has this identifier; this service's own identifier by default.
        """
        from dssclient_generated.types import UNSET

        await self.client._requester.empty(
            api_services.publish_api_service_package.request_kwargs,
            self.project_key,
            self.service_id,
            package_id,
            published_service_id=published_service_id if published_service_id is not None else UNSET,
        )
