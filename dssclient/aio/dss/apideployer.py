"""The API Deployer: infrastructures, published services and their versions, deployments."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, cast, overload

from dssclient_generated.api import api_deployer

from dssclient.dss.deployer_common import DeploymentUpdateListEntry, DeploymentUpdateRecord
from dssclient.dss.utils import CallableStr, DSSRawSettings
from dssclient.errors import InvalidRequestError, ResponseTooLargeError, UnexpectedResponseError

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .future import AsyncDSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        ApiDeployerDeploymentHeavyStatus,
        ApiDeployerDeploymentLightStatus,
        ApiDeployerDeploymentSettings,
        ApiDeployerDeploymentUpdate,
        ApiDeployerDeploymentUpdateListItem,
        ApiDeployerInfoMessages,
        ApiDeployerInfraSettings,
        ApiDeployerInfraSettingsApiNodesItem,
        ApiDeployerInfraStatus,
        ApiDeployerOpenApiDocument,
        ApiDeployerQueryResults,
        ApiDeployerServiceSettings,
        ApiDeployerServiceStatus,
        ApiDeployerServiceVersion,
        ApiDeployerStage,
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSAPIDeployer:
    """The API Deployer of the instance. Get it with :meth:`DSSClient.get_apideployer`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    # -- deployments ----------------------------------------------------------------------------

    @overload
    async def list_deployments(self, as_objects: Literal[True] = True) -> list[AsyncDSSAPIDeployerDeployment]: ...

    @overload
    async def list_deployments(self, as_objects: Literal[False]) -> list[ApiDeployerDeploymentLightStatus]: ...

    async def list_deployments(
        self, as_objects: bool = True
    ) -> list[AsyncDSSAPIDeployerDeployment] | list[ApiDeployerDeploymentLightStatus]:
        """The deployments, as handles or as light statuses. (operation ``listApiDeployerDeployments``)

        A light status carries the deployment's id in ``["deploymentBasicInfo"]["id"]``.
        """
        statuses: list[ApiDeployerDeploymentLightStatus] = await self.client._requester.json(
            api_deployer.list_api_deployer_deployments.request_kwargs
        )
        if as_objects:
            return [AsyncDSSAPIDeployerDeployment(self.client, s["deploymentBasicInfo"]["id"]) for s in statuses]
        return statuses

    def get_deployment(self, deployment_id: str) -> AsyncDSSAPIDeployerDeployment:
        """A handle on a deployment (no call is made)."""
        return AsyncDSSAPIDeployerDeployment(self.client, deployment_id)

    async def create_deployment(
        self,
        deployment_id: str,
        service_id: str,
        infra_id: str,
        version: str,
        endpoint_id: str | None = None,
        ignore_warnings: bool = False,
        authorizations_to_query_through_deployer: list[dict[str, Any]] | None = None,
    ) -> AsyncDSSAPIDeployerDeployment:
        """Create a deployment of a version of a published service on an infrastructure.

        (operation ``createApiDeployerDeployment``)

        The deployment is not deployed yet: call :meth:`DSSAPIDeployerDeployment.start_update`.

        :param endpoint_id: the endpoint to deploy, on a Deploy Anywhere infrastructure.
        :param ignore_warnings: deploy even if the infrastructure's Govern policy warns.
        :param authorizations_to_query_through_deployer: groups allowed to query the
            deployment through the deployer, as ``[{"group": ..., "queryThroughDeployer": True}]``.
        """
        request = {
            "deploymentId": deployment_id,
            "publishedServiceId": service_id,
            "infraId": infra_id,
            "version": version,
            "endpointId": endpoint_id,
            "authorizationsToQueryThroughDeployer": authorizations_to_query_through_deployer,
        }
        await self.client._requester.json_or_none(
            api_deployer.create_api_deployer_deployment.request_kwargs,
            body=json_body(request),
            ignore_warnings=ignore_warnings,
        )
        return self.get_deployment(deployment_id)

    # -- stages and infrastructures -----------------------------------------------------------------

    async def list_stages(self) -> list[ApiDeployerStage]:
        """The stages of infrastructures, each a dict with ``id`` and ``desc``. (operation ``listApiDeployerStages``)"""
        stages: list[ApiDeployerStage] = await self.client._requester.json(
            api_deployer.list_api_deployer_stages.request_kwargs
        )
        return stages

    @overload
    async def list_infras(self, as_objects: Literal[True] = True) -> list[AsyncDSSAPIDeployerInfra]: ...

    @overload
    async def list_infras(self, as_objects: Literal[False]) -> list[ApiDeployerInfraStatus]: ...

    async def list_infras(
        self, as_objects: bool = True
    ) -> list[AsyncDSSAPIDeployerInfra] | list[ApiDeployerInfraStatus]:
        """The infrastructures, as handles or as light statuses. (operation ``listApiDeployerInfras``)

        A light status carries the infrastructure's id in ``["infraBasicInfo"]["id"]``.
        """
        statuses: list[ApiDeployerInfraStatus] = await self.client._requester.json(
            api_deployer.list_api_deployer_infras.request_kwargs
        )
        if as_objects:
            return [AsyncDSSAPIDeployerInfra(self.client, s["infraBasicInfo"]["id"]) for s in statuses]
        return statuses

    async def create_infra(
        self,
        infra_id: str,
        stage: str,
        type: str,  # noqa: A002 - the official client's parameter name
        govern_check_policy: str = "NO_CHECK",
    ) -> AsyncDSSAPIDeployerInfra:
        """Create an infrastructure (administrators only). (operation ``createApiDeployerInfra``)

        :param type: ``STATIC``, ``K8S``, ``AZURE_ML``, ``SAGEMAKER``, ``SNOWPARK`` or ``VERTEX_AI``.
        :param govern_check_policy: ``PREVENT``, ``WARN`` or ``NO_CHECK``: whether the models
            deployed on it must be approved in Dataiku Govern.
        """
        request = {"id": infra_id, "stage": stage, "type": type, "governCheckPolicy": govern_check_policy}
        await self.client._requester.json_or_none(
            api_deployer.create_api_deployer_infra.request_kwargs, body=json_body(request)
        )
        return self.get_infra(infra_id)

    def get_infra(self, infra_id: str) -> AsyncDSSAPIDeployerInfra:
        """A handle on an infrastructure (no call is made)."""
        return AsyncDSSAPIDeployerInfra(self.client, infra_id)

    # -- published services ---------------------------------------------------------------------

    @overload
    async def list_services(self, as_objects: Literal[True] = True) -> list[AsyncDSSAPIDeployerService]: ...

    @overload
    async def list_services(self, as_objects: Literal[False]) -> list[ApiDeployerServiceStatus]: ...

    async def list_services(
        self, as_objects: bool = True
    ) -> list[AsyncDSSAPIDeployerService] | list[ApiDeployerServiceStatus]:
        """The published services, as handles or as light statuses. (operation ``listApiDeployerServices``)

        A light status carries the service's id in ``["serviceBasicInfo"]["id"]``.
        """
        statuses: list[ApiDeployerServiceStatus] = await self.client._requester.json(
            api_deployer.list_api_deployer_services.request_kwargs
        )
        if as_objects:
            return [AsyncDSSAPIDeployerService(self.client, s["serviceBasicInfo"]["id"]) for s in statuses]
        return statuses

    async def create_service(self, service_id: str) -> AsyncDSSAPIDeployerService:
        """Create an empty published service, to import versions into. (operation ``createApiDeployerService``)"""
        await self.client._requester.json_or_none(
            api_deployer.create_api_deployer_service.request_kwargs, body=json_body({"publishedServiceId": service_id})
        )
        return self.get_service(service_id)

    def get_service(self, service_id: str) -> AsyncDSSAPIDeployerService:
        """A handle on a published service (no call is made)."""
        return AsyncDSSAPIDeployerService(self.client, service_id)


###############################################################################################
# Infrastructures
###############################################################################################


class AsyncDSSAPIDeployerInfra:
    """A deployment infrastructure of the API Deployer. Get one with :meth:`DSSAPIDeployer.get_infra`."""

    def __init__(self, client: AsyncDSSClient, infra_id: str) -> None:
        self.client = client
        self.infra_id = infra_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(infra_id={self.infra_id!r})"

    @property
    def id(self) -> CallableStr:
        """The infrastructure's id (also callable, as the official ``id()``)."""
        return CallableStr(self.infra_id)

    async def get_status(self) -> AsyncDSSAPIDeployerInfraStatus:
        """The infrastructure's light status, with its deployments. (operation ``getApiDeployerInfraStatus``)"""
        light: ApiDeployerInfraStatus = await self.client._requester.json(
            api_deployer.get_api_deployer_infra_status.request_kwargs, self.infra_id
        )
        return AsyncDSSAPIDeployerInfraStatus(self.client, self.infra_id, light)

    async def get_settings(self) -> AsyncDSSAPIDeployerInfraSettings:
        """The infrastructure's settings, to edit and save. (operation ``getApiDeployerInfraSettings``)"""
        raw: ApiDeployerInfraSettings = await self.client._requester.json(
            api_deployer.get_api_deployer_infra_settings.request_kwargs, self.infra_id
        )
        return AsyncDSSAPIDeployerInfraSettings(self.client, self.infra_id, raw)

    async def delete(self) -> None:
        """Delete the infrastructure; DSS refuses while deployments use it. (operation ``deleteApiDeployerInfra``)"""
        await self.client._requester.empty(api_deployer.delete_api_deployer_infra.request_kwargs, self.infra_id)


class AsyncDSSAPIDeployerInfraSettings(DSSRawSettings["ApiDeployerInfraSettings"]):
    """The settings of an infrastructure. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, infra_id: str, settings: ApiDeployerInfraSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.infra_id = infra_id

    def get_type(self) -> str:
        """``STATIC``, ``K8S``, ``AZURE_ML``, ``SAGEMAKER``, ``SNOWPARK``, ``VERTEX_AI``, ..."""
        infra_type = cast(str, self.settings["type"])
        return infra_type

    def add_apinode(self, url: str, api_key: str, graphite_prefix: str | None = None) -> None:
        """Add an API node (STATIC infrastructures): its URL and its administration key."""
        self._api_nodes().append({"url": url, "adminAPIKey": api_key, "graphitePrefix": graphite_prefix})

    def remove_apinode(self, node_url: str) -> None:
        """Remove the API nodes of this URL (STATIC infrastructures)."""
        nodes = self._api_nodes()
        nodes[:] = [node for node in nodes if node.get("url") != node_url]

    def _api_nodes(self) -> list[ApiDeployerInfraSettingsApiNodesItem]:
        nodes = self.settings.get("apiNodes")
        if not isinstance(nodes, list):
            nodes = self.settings["apiNodes"] = []
        return nodes

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveApiDeployerInfraSettings``)"""
        await self.client._requester.empty(
            api_deployer.save_api_deployer_infra_settings.request_kwargs, self.infra_id, body=json_body(self.settings)
        )


class AsyncDSSAPIDeployerInfraStatus:
    """The light status of an infrastructure."""

    def __init__(self, client: AsyncDSSClient, infra_id: str, light_status: ApiDeployerInfraStatus) -> None:
        self.client = client
        self.infra_id = infra_id
        self.light_status = light_status

    def __repr__(self) -> str:
        return f"{type(self).__name__}(infra_id={self.infra_id!r})"

    def get_deployments(self) -> list[AsyncDSSAPIDeployerDeployment]:
        """Handles on the deployments on this infrastructure (no call is made)."""
        return [AsyncDSSAPIDeployerDeployment(self.client, d["id"]) for d in self.light_status["deployments"]]

    def get_raw(self) -> ApiDeployerInfraStatus:
        """The infrastructure's status as DSS sent it."""
        return self.light_status


###############################################################################################
# Deployments
###############################################################################################


class AsyncDSSAPIDeployerDeployment:
    """A deployment of the API Deployer. Get one with :meth:`DSSAPIDeployer.get_deployment`."""

    def __init__(self, client: AsyncDSSClient, deployment_id: str) -> None:
        self.client = client
        self.deployment_id = deployment_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(deployment_id={self.deployment_id!r})"

    @property
    def id(self) -> CallableStr:
        """The deployment's id (also callable, as the official ``id()``)."""
        return CallableStr(self.deployment_id)

    async def get_status(self) -> AsyncDSSAPIDeployerDeploymentStatus:
        """The deployment's light status and its health (heavy status): two calls.

        (operations ``getApiDeployerDeploymentStatus`` and ``getApiDeployerDeploymentHeavyStatus``)
        """
        light: ApiDeployerDeploymentLightStatus = await self.client._requester.json(
            api_deployer.get_api_deployer_deployment_status.request_kwargs, self.deployment_id
        )
        heavy: ApiDeployerDeploymentHeavyStatus = await self.client._requester.json(
            api_deployer.get_api_deployer_deployment_heavy_status.request_kwargs, self.deployment_id
        )
        return AsyncDSSAPIDeployerDeploymentStatus(self.client, self.deployment_id, light, heavy)

    async def get_governance_status(self, version: str = "") -> ApiDeployerInfoMessages:
        """Whether the models deployed are approved in Govern, as messages.

        (operation ``getApiDeployerDeploymentGovernanceStatus``)

        :param version: one version of the published service; every version the
            deployment maps when empty.
        """
        messages: ApiDeployerInfoMessages = await self.client._requester.json(
            api_deployer.get_api_deployer_deployment_governance_status.request_kwargs,
            self.deployment_id,
            version=version,
        )
        return messages

    async def get_settings(self) -> AsyncDSSAPIDeployerDeploymentSettings:
        """The deployment's settings, to edit and save. (operation ``getApiDeployerDeploymentSettings``)"""
        raw: ApiDeployerDeploymentSettings = await self.client._requester.json(
            api_deployer.get_api_deployer_deployment_settings.request_kwargs, self.deployment_id
        )
        return AsyncDSSAPIDeployerDeploymentSettings(self.client, self.deployment_id, raw)

    async def start_update(self) -> AsyncDSSFuture:
        """Start making the infrastructure match the settings; returns the update's future.

        (operation ``updateApiDeployerDeployment``)
        """
        state = await self.client._requester.json(
            api_deployer.update_api_deployer_deployment.request_kwargs, self.deployment_id
        )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def delete(self, disable_first: bool = False, ignore_pre_delete_errors: bool = False) -> None:
        """Delete the deployment. (operation ``deleteApiDeployerDeployment``)

        An enabled deployment is refused (:class:`InvalidRequestError`, nothing deleted)
        unless ``disable_first``, which disables it (saving its settings) before deleting.
        ``ignore_pre_delete_errors`` deletes even when removing the service from the
        infrastructure fails. Reads the status first, as the official client does.
        """
        status = await self.get_status()
        enabled = status.get_light()["deploymentBasicInfo"].get("enabled")
        if enabled and not disable_first:
            raise InvalidRequestError(
                f"Deployment {self.deployment_id} deletion failed: deployment must be disabled first."
            )
        if enabled:
            settings = await self.get_settings()
            settings.set_enabled(enabled=False)
            await settings.save()
        await self.client._requester.empty(
            api_deployer.delete_api_deployer_deployment.request_kwargs,
            self.deployment_id,
            ignore_pre_delete_errors=ignore_pre_delete_errors,
        )

    async def get_open_api(self) -> DSSAPIDeployerDeploymentOpenApi:
        """The OpenAPI document of the deployed service; :class:`NotFoundError` when there is none.

        (operation ``getApiDeployerDeploymentOpenApi``)
        """
        requester = self.client._requester
        limit = requester.options.max_json_bytes
        chunks: list[bytes] = []
        size = 0
        # Read as text: get_raw() gives the document exactly as DSS wrote it.
        async with await requester.stream(
            api_deployer.get_api_deployer_deployment_open_api.request_kwargs, self.deployment_id
        ) as answer:
            async for chunk in answer.iter_content():
                size += len(chunk)
                if size > limit:
                    raise ResponseTooLargeError(
                        f"the OpenAPI document of deployment {self.deployment_id} is larger than {limit} bytes",
                        limit=limit,
                    )
                chunks.append(chunk)
        try:
            text = b"".join(chunks).decode("utf-8")
        except UnicodeDecodeError:
            raise UnexpectedResponseError(
                f"the OpenAPI document of deployment {self.deployment_id} is not UTF-8 text"
            ) from None
        return DSSAPIDeployerDeploymentOpenApi(text)

    async def run_test_queries(
        self, endpoint_id: str | None = None, test_queries: list[dict[str, Any]] | None = None
    ) -> ApiDeployerQueryResults:
        """Query the deployed service with test queries. (operation ``runApiDeployerDeploymentTestQueries``)

        :param endpoint_id: the endpoint; needed when the deployed version has several.
        :param test_queries: ``[{"q": {"features": {...}}}, ...]``; the test queries saved
            with the endpoint when None.
        """
        from dssclient_generated.types import UNSET

        results: ApiDeployerQueryResults = await self.client._requester.json(
            api_deployer.run_api_deployer_deployment_test_queries.request_kwargs,
            self.deployment_id,
            endpoint_id_param=endpoint_id if endpoint_id is not None else UNSET,
            test_queries_param=json.dumps(test_queries) if test_queries is not None else UNSET,
        )
        return results

    async def list_updates(self) -> list[AsyncDSSAPIDeployerDeploymentUpdateListItem]:
        """The deployment's updates, newest first. (operation ``listApiDeployerDeploymentUpdates``)"""
        updates: list[ApiDeployerDeploymentUpdateListItem] = await self.client._requester.json(
            api_deployer.list_api_deployer_deployment_updates.request_kwargs, self.deployment_id
        )
        return [AsyncDSSAPIDeployerDeploymentUpdateListItem(self.client, self.deployment_id, u) for u in updates]

    async def get_update(self, timestamp: str | int | None = None) -> DSSAPIDeployerDeploymentUpdate:
        """One update by its start timestamp, or the last one.

        (operations ``getApiDeployerDeploymentUpdate``, ``getApiDeployerDeploymentLastUpdate``)
        """
        update: ApiDeployerDeploymentUpdate
        if timestamp is None:
            update = await self.client._requester.json(
                api_deployer.get_api_deployer_deployment_last_update.request_kwargs, self.deployment_id
            )
        else:
            update = await self.client._requester.json(
                api_deployer.get_api_deployer_deployment_update.request_kwargs, self.deployment_id, str(timestamp)
            )
        return DSSAPIDeployerDeploymentUpdate(update)

    async def run_queries(
        self, queries: list[dict[str, Any]], endpoint_id: str | None = None, adapt_query_for_infra_type: bool = True
    ) -> ApiDeployerQueryResults:
        """Query the deployed service through the deployer (needs an authorization to).

        (operation ``runApiDeployerDeploymentQueries``)

        :param queries: ``[{"q": {"features": {...}}}, ...]``.
        :param endpoint_id: the endpoint; needed when the deployed version has several.
        :param adapt_query_for_infra_type: adapt the queries' format to the infrastructure.
        """
        from dssclient_generated.types import UNSET

        results: ApiDeployerQueryResults = await self.client._requester.json(
            api_deployer.run_api_deployer_deployment_queries.request_kwargs,
            self.deployment_id,
            queries=json.dumps(queries),
            adapt_query_for_infra_type=adapt_query_for_infra_type,
            endpoint_id=endpoint_id if endpoint_id is not None else UNSET,
        )
        return results


class AsyncDSSAPIDeployerDeploymentSettings(DSSRawSettings["ApiDeployerDeploymentSettings"]):
    """The settings of a deployment; they take effect on its next update. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, deployment_id: str, settings: ApiDeployerDeploymentSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.deployment_id = deployment_id

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable the deployment."""
        self.settings["enabled"] = enabled

    def set_single_version(self, version: str) -> None:
        """Serve one version of the published service."""
        self.settings["generationsMapping"] = {"mode": "SINGLE_GENERATION", "generation": version}

    async def save(self, ignore_warnings: bool = False) -> None:
        """Send the settings back to DSS, whole. (operation ``saveApiDeployerDeploymentSettings``)

        :param ignore_warnings: save even if the infrastructure's Govern policy warns.
        """
        await self.client._requester.empty(
            api_deployer.save_api_deployer_deployment_settings.request_kwargs,
            self.deployment_id,
            body=json_body(self.settings),
            ignore_warnings=ignore_warnings,
        )


class AsyncDSSAPIDeployerDeploymentStatus:
    """The status of a deployment: light (what is deployed where) and heavy (its health)."""

    def __init__(
        self,
        client: AsyncDSSClient,
        deployment_id: str,
        light_status: ApiDeployerDeploymentLightStatus,
        heavy_status: ApiDeployerDeploymentHeavyStatus,
    ) -> None:
        self.client = client
        self.deployment_id = deployment_id
        self.light_status = light_status
        self.heavy_status = heavy_status

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(deployment_id={self.deployment_id!r}, health={self.heavy_status.get('health')!r})"
        )

    def get_light(self) -> ApiDeployerDeploymentLightStatus:
        """The light status: the deployment's state as the deployer knows it."""
        return self.light_status

    def get_heavy(self) -> ApiDeployerDeploymentHeavyStatus:
        """The heavy status: health and service URLs, as the API nodes report them."""
        return self.heavy_status

    def get_service_urls(self) -> list[str]:
        """The service-level URLs of the deployment, one per API node (without the endpoints' suffixes).

        :raises ValueError: DSS does not know them yet (the deployment may still be initializing).
        """
        basic = self.light_status["deploymentBasicInfo"]
        service_id = basic["deployedServiceId"] if "deployedServiceId" in basic else basic["publishedServiceId"]
        if "apiNodes" in self.heavy_status:
            return [f"{node['url']}/public/api/v1/{service_id}" for node in self.heavy_status["apiNodes"]]
        if "publicURL" in self.heavy_status:
            return [f"{self.heavy_status['publicURL']}/public/api/v1/{service_id}"]
        raise ValueError("PublicURL not available for this deployment. It might still be initializing")

    def get_health(self) -> str:
        """``HEALTHY`` when the deployment works, else ``WARNING``, ``OUT_OF_SYNC``, ``UNHEALTHY``, ``ERROR``, ..."""
        health: str = self.heavy_status["health"]
        return health

    def get_health_messages(self) -> ApiDeployerInfoMessages:
        """Messages about the health, as ``{"messages": [...], "maxSeverity": ...}``."""
        messages = self.heavy_status["healthMessages"]
        return messages


class DSSAPIDeployerDeploymentOpenApi:
    """The OpenAPI document of a deployment, as DSS wrote it."""

    def __init__(self, open_api_doc_json: str) -> None:
        self.open_api_doc_json = open_api_doc_json

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.open_api_doc_json)} characters)"

    def get(self) -> ApiDeployerOpenApiDocument:
        """The document, decoded."""
        document: ApiDeployerOpenApiDocument = json.loads(self.open_api_doc_json)
        return document

    def get_raw(self) -> str:
        """The document as JSON text."""
        return self.open_api_doc_json


class AsyncDSSAPIDeployerDeploymentUpdateListItem(DeploymentUpdateListEntry["ApiDeployerDeploymentUpdateListItem"]):
    """An update of a deployment, as listed by :meth:`DSSAPIDeployerDeployment.list_updates`."""

    _client: AsyncDSSClient

    async def get_full_update(self) -> DSSAPIDeployerDeploymentUpdate:
        """The whole update, with its logs. (operation ``getApiDeployerDeploymentUpdate``)"""
        update: ApiDeployerDeploymentUpdate = await self._client._requester.json(
            api_deployer.get_api_deployer_deployment_update.request_kwargs,
            self._deployment_id,
            str(self._data["startTimestamp"]),
        )
        return DSSAPIDeployerDeploymentUpdate(update)


class DSSAPIDeployerDeploymentUpdate(DeploymentUpdateRecord["ApiDeployerDeploymentUpdate"]):
    """An update of a deployment, with its logs."""


###############################################################################################
# Published services
###############################################################################################


class AsyncDSSAPIDeployerService:
    """A published service of the API Deployer. Get one with :meth:`DSSAPIDeployer.get_service`."""

    def __init__(self, client: AsyncDSSClient, service_id: str) -> None:
        self.client = client
        self.service_id = service_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service_id={self.service_id!r})"

    @property
    def id(self) -> CallableStr:
        """The published service's id (also callable, as the official ``id()``)."""
        return CallableStr(self.service_id)

    async def get_status(self) -> AsyncDSSAPIDeployerServiceStatus:
        """The published service's versions and deployments. (operation ``getApiDeployerServiceStatus``)"""
        light: ApiDeployerServiceStatus = await self.client._requester.json(
            api_deployer.get_api_deployer_service_status.request_kwargs, self.service_id
        )
        return AsyncDSSAPIDeployerServiceStatus(self.client, self.service_id, light)

    async def import_version(self, fp: BinaryIO | bytes | os.PathLike[str]) -> None:
        """Import a version from a package archive: a zip file opened in binary mode, its bytes,
        or its ``os.PathLike`` path (opened, sent, closed); a ``str`` is refused (``TypeError``).

        The version's identifier is the one inside the archive; the file is read as it is sent.
        (operation ``importApiDeployerServiceVersion``)
        """
        async with upload_source(fp, "AsyncDSSAPIDeployerService.import_version") as content:
            await self.client._requester.empty(
                api_deployer.import_api_deployer_service_version.request_kwargs,
                self.service_id,
                body=multipart_body(file=(upload_file_name(fp), content)),
            )

    async def get_settings(self) -> AsyncDSSAPIDeployerServiceSettings:
        """The published service's settings (mostly permissions), to edit and save.

        (operation ``getApiDeployerServiceSettings``)
        """
        raw: ApiDeployerServiceSettings = await self.client._requester.json(
            api_deployer.get_api_deployer_service_settings.request_kwargs, self.service_id
        )
        return AsyncDSSAPIDeployerServiceSettings(self.client, self.service_id, raw)

    async def delete_version(self, version: str) -> None:
        """Delete a version; DSS refuses while a deployment uses it. (operation ``deleteApiDeployerServiceVersion``)"""
        await self.client._requester.empty(
            api_deployer.delete_api_deployer_service_version.request_kwargs, self.service_id, version
        )

    async def get_version_stream(self, version_id: str) -> AsyncDSSStream:
        """A version's package archive as a stream, read as it arrives. Close it.

        (operation ``downloadApiDeployerServiceVersion``)
        """
        return await self.client._requester.stream(
            api_deployer.download_api_deployer_service_version.request_kwargs, self.service_id, version_id
        )

    async def download_version_to_file(self, version_id: str, path: str | os.PathLike[str]) -> None:
        """Write a version's package archive to a file; a failed download leaves ``path`` as it was.

        (operation ``downloadApiDeployerServiceVersion``)
        """
        await write_to_file(await self.get_version_stream(version_id), path)

    async def delete(self) -> None:
        """Delete the published service; DSS refuses while deployments use it.

        (operation ``deleteApiDeployerService``)
        """
        await self.client._requester.empty(api_deployer.delete_api_deployer_service.request_kwargs, self.service_id)


class AsyncDSSAPIDeployerServiceSettings(DSSRawSettings["ApiDeployerServiceSettings"]):
    """The settings of a published service, mostly its permissions. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, service_id: str, settings: ApiDeployerServiceSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.service_id = service_id

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveApiDeployerServiceSettings``)"""
        await self.client._requester.empty(
            api_deployer.save_api_deployer_service_settings.request_kwargs,
            self.service_id,
            body=json_body(self.settings),
        )


class AsyncDSSAPIDeployerServiceStatus:
    """The light status of a published service: its versions and deployments."""

    def __init__(self, client: AsyncDSSClient, service_id: str, light_status: ApiDeployerServiceStatus) -> None:
        self.client = client
        self.service_id = service_id
        self.light_status = light_status

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service_id={self.service_id!r})"

    def get_deployments(self, infra_id: str | None = None) -> list[AsyncDSSAPIDeployerDeployment]:
        """Handles on the deployments of this service, on one infrastructure or on all (no call is made)."""
        return [
            AsyncDSSAPIDeployerDeployment(self.client, d["id"])
            for d in self.light_status["deployments"]
            if infra_id is None or d["infraId"] == infra_id
        ]

    def get_versions(self) -> list[ApiDeployerServiceVersion]:
        """The versions published, each a dict with at least an ``id``."""
        return self.light_status["packages"]

    def get_raw(self) -> ApiDeployerServiceStatus:
        """The published service's status as DSS sent it."""
        return self.light_status
