"""The project deployer: infrastructures, published projects and their bundles, deployments."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import project_deployer

from dssclient.dss.deployer_common import DeploymentUpdateListEntry, DeploymentUpdateRecord
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .future import AsyncDSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        ApiDeployerInfoMessages,
        DeployerInfraSettings,
        DeployerInfraStatus,
        DeployerStage,
        DeploymentHeavyStatus,
        DeploymentLightStatus,
        DeploymentSettings,
        DeploymentUpdate,
        ProjectDeployerInfraBasicInfo,
        PublishedProjectBundle,
        PublishedProjectSettings,
        PublishedProjectStatus,
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSProjectDeployer:
    """The project deployer of a deployer node, or a design node's local one. Get it with
    :meth:`DSSClient.get_projectdeployer`."""

    def __init__(self, client: AsyncDSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    # -- deployments --

    @overload
    async def list_deployments(self, as_objects: Literal[True] = True) -> list[AsyncDSSProjectDeployerDeployment]: ...

    @overload
    async def list_deployments(self, as_objects: Literal[False]) -> list[DeploymentLightStatus]: ...

    async def list_deployments(
        self, as_objects: bool = True
    ) -> list[AsyncDSSProjectDeployerDeployment] | list[DeploymentLightStatus]:
        """The deployments, as handles or as their light statuses. (operation ``listProjectDeployerDeployments``)"""
        items: list[DeploymentLightStatus] = await self.client._requester.json(
            project_deployer.list_project_deployer_deployments.request_kwargs
        )
        if as_objects:
            return [AsyncDSSProjectDeployerDeployment(self.client, x["deploymentBasicInfo"]["id"]) for x in items]
        return items

    def get_deployment(self, deployment_id: str) -> AsyncDSSProjectDeployerDeployment:
        """A handle on a deployment (no call is made)."""
        return AsyncDSSProjectDeployerDeployment(self.client, deployment_id)

    async def create_deployment(
        self,
        deployment_id: str,
        project_key: str,
        infra_id: str,
        bundle_id: str,
        deployed_project_key: str | None = None,
        project_folder_id: str | None = None,
        ignore_warnings: bool = False,
    ) -> AsyncDSSProjectDeployerDeployment:
        """Create a deployment of a published bundle on an infrastructure.

        (operation ``createProjectDeployerDeployment``)

        Nothing is deployed until :meth:`~DSSProjectDeployerDeployment.start_update`.
        """
        settings: dict[str, Any] = {
            "deploymentId": deployment_id,
            "publishedProjectKey": project_key,
            "infraId": infra_id,
            "bundleId": bundle_id,
        }
        if deployed_project_key:
            settings["deployedProjectKey"] = deployed_project_key
        if project_folder_id:
            settings["projectFolderId"] = project_folder_id
        await self.client._requester.json(
            project_deployer.create_project_deployer_deployment.request_kwargs,
            body=json_body(settings),
            ignore_warnings=ignore_warnings,
        )
        return self.get_deployment(deployment_id)

    # -- stages and infrastructures --

    async def list_stages(self) -> list[DeployerStage]:
        """The stages, each ``{"id", "desc"}``. (operation ``listProjectDeployerStages``)"""
        stages: list[DeployerStage] = await self.client._requester.json(
            project_deployer.list_project_deployer_stages.request_kwargs
        )
        return stages

    @overload
    async def list_infras(self, as_objects: Literal[True] = True) -> list[AsyncDSSProjectDeployerInfra]: ...

    @overload
    async def list_infras(self, as_objects: Literal[False]) -> list[DeployerInfraStatus]: ...

    async def list_infras(
        self, as_objects: bool = True
    ) -> list[AsyncDSSProjectDeployerInfra] | list[DeployerInfraStatus]:
        """The infrastructures, as handles or as statuses (with ``canDeploy``).

        (operation ``listProjectDeployerInfras``)
        """
        items: list[DeployerInfraStatus] = await self.client._requester.json(
            project_deployer.list_project_deployer_infras.request_kwargs
        )
        if as_objects:
            return [AsyncDSSProjectDeployerInfra(self.client, x["infraBasicInfo"]["id"]) for x in items]
        return items

    async def create_infra(
        self, infra_id: str, stage: str, govern_check_policy: str = "NO_CHECK"
    ) -> AsyncDSSProjectDeployerInfra:
        """Create an infrastructure in a stage (administrators only). (operation ``createProjectDeployerInfra``)

        ``govern_check_policy``: ``PREVENT``, ``WARN`` or ``NO_CHECK``. Set its automation
        node in its settings before deploying on it.
        """
        settings = {"id": infra_id, "stage": stage, "governCheckPolicy": govern_check_policy}
        await self.client._requester.json(
            project_deployer.create_project_deployer_infra.request_kwargs, body=json_body(settings)
        )
        return self.get_infra(infra_id)

    def get_infra(self, infra_id: str) -> AsyncDSSProjectDeployerInfra:
        """A handle on an infrastructure (no call is made)."""
        return AsyncDSSProjectDeployerInfra(self.client, infra_id)

    # -- published projects --

    @overload
    async def list_projects(self, as_objects: Literal[True] = True) -> list[AsyncDSSProjectDeployerProject]: ...

    @overload
    async def list_projects(self, as_objects: Literal[False]) -> list[PublishedProjectStatus]: ...

    async def list_projects(
        self, as_objects: bool = True
    ) -> list[AsyncDSSProjectDeployerProject] | list[PublishedProjectStatus]:
        """The published projects, as handles or as statuses. (operation ``listPublishedProjects``)"""
        items: list[PublishedProjectStatus] = await self.client._requester.json(
            project_deployer.list_published_projects.request_kwargs
        )
        if as_objects:
            return [AsyncDSSProjectDeployerProject(self.client, x["projectBasicInfo"]["id"]) for x in items]
        return items

    async def create_project(self, project_key: str) -> AsyncDSSProjectDeployerProject:
        """Create an empty published project. (operation ``createPublishedProject``)"""
        await self.client._requester.json(
            project_deployer.create_published_project.request_kwargs,
            body=json_body({"publishedProjectKey": project_key}),
        )
        return self.get_project(project_key)

    def get_project(self, project_key: str) -> AsyncDSSProjectDeployerProject:
        """A handle on a published project (no call is made)."""
        return AsyncDSSProjectDeployerProject(self.client, project_key)

    async def upload_bundle(self, fp: Any, project_key: str | None = None) -> None:
        """Upload a bundle archive (a binary file or bytes). (operation ``uploadPublishedProjectBundle``)

        It goes into the published project ``project_key`` (the bundle's own project key
        when None), created if it does not exist.
        """
        from dssclient_generated.types import UNSET

        async with upload_source(fp, "AsyncDSSProjectDeployer.upload_bundle") as content:
            await self.client._requester.empty(
                project_deployer.upload_published_project_bundle.request_kwargs,
                body=multipart_body(file=(upload_file_name(fp), content)),
                project_key=project_key if project_key is not None else UNSET,
            )


# -- infrastructures ------------------------------------------------------------------------------


class AsyncDSSProjectDeployerInfra:
    """An automation infrastructure of the project deployer."""

    def __init__(self, client: AsyncDSSClient, infra_id: str) -> None:
        self.client = client
        self.infra_id = infra_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(infra_id={self.infra_id!r})"

    @property
    def id(self) -> str:
        """The infrastructure's id."""
        return self.infra_id

    async def get_status(self) -> AsyncDSSProjectDeployerInfraStatus:
        """The infrastructure and its deployments. (operation ``getProjectDeployerInfra``)"""
        light: DeployerInfraStatus = await self.client._requester.json(
            project_deployer.get_project_deployer_infra.request_kwargs, self.infra_id
        )
        return AsyncDSSProjectDeployerInfraStatus(self.client, self.infra_id, light)

    async def get_settings(self) -> AsyncDSSProjectDeployerInfraSettings:
        """The settings (stage, automation node, ...), to edit and save.

        (operation ``getProjectDeployerInfraSettings``)
        """
        raw: DeployerInfraSettings = await self.client._requester.json(
            project_deployer.get_project_deployer_infra_settings.request_kwargs, self.infra_id
        )
        return AsyncDSSProjectDeployerInfraSettings(self.client, self.infra_id, raw)

    async def delete(self) -> None:
        """Delete the infrastructure, which no deployment may use. (operation ``deleteProjectDeployerInfra``)"""
        await self.client._requester.empty(project_deployer.delete_project_deployer_infra.request_kwargs, self.infra_id)


class AsyncDSSProjectDeployerInfraSettings(DSSRawSettings["DeployerInfraSettings"]):
    """An infrastructure's settings. Edit :meth:`get_raw` (``automationNodeUrl``, ...), then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, infra_id: str, settings: DeployerInfraSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.infra_id = infra_id

    async def save(self) -> None:
        """Send the settings back, whole. (operation ``saveProjectDeployerInfraSettings``)"""
        await self.client._requester.empty(
            project_deployer.save_project_deployer_infra_settings.request_kwargs,
            self.infra_id,
            body=json_body(self.settings),
        )


class AsyncDSSProjectDeployerInfraStatus:
    """An infrastructure's status: its basic information and the deployments on it."""

    def __init__(self, client: AsyncDSSClient, infra_id: str, light_status: DeployerInfraStatus) -> None:
        self.client = client
        self.infra_id = infra_id
        self.light_status = light_status

    def get_deployments(self) -> list[AsyncDSSProjectDeployerDeployment]:
        """Handles on the deployments on this infrastructure; makes no call."""
        return [AsyncDSSProjectDeployerDeployment(self.client, d["id"]) for d in self.light_status["deployments"]]

    def get_raw(self) -> DeployerInfraStatus:
        """The infrastructure's status as DSS sent it."""
        return self.light_status


# -- deployments ------------------------------------------------------------------------------------


class AsyncDSSProjectDeployerDeployment:
    """A deployment of a published bundle on an infrastructure."""

    def __init__(self, client: AsyncDSSClient, deployment_id: str) -> None:
        self.client = client
        self.deployment_id = deployment_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(deployment_id={self.deployment_id!r})"

    @property
    def id(self) -> str:
        """The deployment's id."""
        return self.deployment_id

    async def get_status(self) -> AsyncDSSProjectDeployerDeploymentStatus:
        """Light status and health.

        (operations ``getProjectDeployerDeployment``, ``getProjectDeployerDeploymentStatus``)
        """
        light: DeploymentLightStatus = await self.client._requester.json(
            project_deployer.get_project_deployer_deployment.request_kwargs, self.deployment_id
        )
        heavy: DeploymentHeavyStatus = await self.client._requester.json(
            project_deployer.get_project_deployer_deployment_status.request_kwargs, self.deployment_id
        )
        return AsyncDSSProjectDeployerDeploymentStatus(self.client, self.deployment_id, light, heavy)

    async def get_settings(self) -> AsyncDSSProjectDeployerDeploymentSettings:
        """The settings (bundle, infrastructure, ...), to edit and save.

        (operation ``getProjectDeployerDeploymentSettings``)
        """
        raw: DeploymentSettings = await self.client._requester.json(
            project_deployer.get_project_deployer_deployment_settings.request_kwargs, self.deployment_id
        )
        return AsyncDSSProjectDeployerDeploymentSettings(self.client, self.deployment_id, raw)

    async def start_update(self) -> AsyncDSSFuture:
        """Deploy the deployment's bundle as it is set now; returns the update's future.

        (operation ``updateProjectDeployerDeployment``) The update fails when the
        infrastructure has no automation node.
        """
        state = await self.client._requester.json(
            project_deployer.update_project_deployer_deployment.request_kwargs, self.deployment_id
        )
        return AsyncDSSFuture(self.client, state.get("jobId"), state)

    async def delete(self) -> None:
        """Delete the deployment. (operation ``deleteProjectDeployerDeployment``)"""
        await self.client._requester.empty(
            project_deployer.delete_project_deployer_deployment.request_kwargs, self.deployment_id
        )

    async def list_updates(self) -> list[AsyncDSSProjectDeployerDeploymentUpdateListItem]:
        """The deployment's updates, most recent first. (operation ``listProjectDeployerDeploymentUpdates``)"""
        updates: list[DeploymentUpdate] = await self.client._requester.json(
            project_deployer.list_project_deployer_deployment_updates.request_kwargs, self.deployment_id
        )
        return [AsyncDSSProjectDeployerDeploymentUpdateListItem(self.client, self.deployment_id, u) for u in updates]

    async def get_update(self, timestamp: int | str | None = None) -> DSSProjectDeployerDeploymentUpdate:
        """An update with its log: the last one, or the one started at ``timestamp``.

        (operations ``getLastProjectDeployerDeploymentUpdate``, ``getProjectDeployerDeploymentUpdate``)
        """
        update: DeploymentUpdate
        if timestamp is None:
            update = await self.client._requester.json(
                project_deployer.get_last_project_deployer_deployment_update.request_kwargs, self.deployment_id
            )
        else:
            update = await self.client._requester.json(
                project_deployer.get_project_deployer_deployment_update.request_kwargs,
                self.deployment_id,
                str(timestamp),
            )
        return DSSProjectDeployerDeploymentUpdate(update)


class AsyncDSSProjectDeployerDeploymentStatus:
    """A deployment's light status (what it deploys where) and heavy status (its health)."""

    def __init__(
        self,
        client: AsyncDSSClient,
        deployment_id: str,
        light_status: DeploymentLightStatus,
        heavy_status: DeploymentHeavyStatus,
    ) -> None:
        self.client = client
        self.deployment_id = deployment_id
        self.light_status = light_status
        self.heavy_status = heavy_status

    def get_light(self) -> DeploymentLightStatus:
        """The light status: the deployment's state as the deployer knows it."""
        return self.light_status

    def get_heavy(self) -> DeploymentHeavyStatus:
        """The heavy status: health, as the automation node reports it."""
        return self.heavy_status

    def get_health(self) -> str:
        """``UNKNOWN``, ``ERROR``, ``WARNING``, ``HEALTHY``, ``UNHEALTHY`` or ``OUT_OF_SYNC``."""
        health: str = self.heavy_status["health"]
        return health

    def get_health_messages(self) -> ApiDeployerInfoMessages:
        """Why, as ``{"messages": [{"severity", "message", ...}], ...}``."""
        messages = self.heavy_status["healthMessages"]
        return messages


class AsyncDSSProjectDeployerDeploymentSettings(DSSRawSettings["DeploymentSettings"]):
    """A deployment's settings. Change :attr:`bundle_id` (or :meth:`get_raw`), then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, deployment_id: str, settings: DeploymentSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.deployment_id = deployment_id

    @property
    def bundle_id(self) -> str:
        """The bundle the deployment deploys (settable)."""
        bundle_id = cast(str, self.settings["bundleId"])
        return bundle_id

    @bundle_id.setter
    def bundle_id(self, new_bundle_id: str) -> None:
        self.settings["bundleId"] = new_bundle_id

    @property
    def published_project_key(self) -> str:
        """The key of the published project it deploys."""
        key = cast(str, self.settings["publishedProjectKey"])
        return key

    async def save(self, ignore_warnings: bool = False) -> None:
        """Send the settings back, whole; the next update deploys them.

        (operation ``saveProjectDeployerDeploymentSettings``)
        """
        await self.client._requester.empty(
            project_deployer.save_project_deployer_deployment_settings.request_kwargs,
            self.deployment_id,
            body=json_body(self.settings),
            ignore_warnings=ignore_warnings,
        )


class AsyncDSSProjectDeployerDeploymentUpdateListItem(DeploymentUpdateListEntry["DeploymentUpdate"]):
    """An update of a deployment, as listed (without its log)."""

    _client: AsyncDSSClient

    async def get_full_update(self) -> DSSProjectDeployerDeploymentUpdate:
        """The update with its log. (operation ``getProjectDeployerDeploymentUpdate``)"""
        update: DeploymentUpdate = await self._client._requester.json(
            project_deployer.get_project_deployer_deployment_update.request_kwargs,
            self._deployment_id,
            str(self._data["startTimestamp"]),
        )
        return DSSProjectDeployerDeploymentUpdate(update)


class DSSProjectDeployerDeploymentUpdate(DeploymentUpdateRecord["DeploymentUpdate"]):
    """An update of a deployment: when, by whom, its outcome and log."""


# -- published projects ------------------------------------------------------------------------------


class AsyncDSSProjectDeployerProject:
    """A published project of the project deployer: its bundles, and the deployments made of them."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    @property
    def id(self) -> str:
        """The published project's key."""
        return self.project_key

    async def get_status(self) -> AsyncDSSProjectDeployerProjectStatus:
        """Its bundles, deployments and infrastructures. (operation ``getPublishedProject``)"""
        light: PublishedProjectStatus = await self.client._requester.json(
            project_deployer.get_published_project.request_kwargs, self.project_key
        )
        return AsyncDSSProjectDeployerProjectStatus(self.client, self.project_key, light)

    async def get_settings(self) -> AsyncDSSProjectDeployerProjectSettings:
        """Its settings (owner, permissions), to edit and save. (operation ``getPublishedProjectSettings``)"""
        raw: PublishedProjectSettings = await self.client._requester.json(
            project_deployer.get_published_project_settings.request_kwargs, self.project_key
        )
        return AsyncDSSProjectDeployerProjectSettings(self.client, self.project_key, raw)

    async def delete_bundle(self, bundle_id: str) -> None:
        """Delete a bundle that no deployment uses. (operation ``deletePublishedProjectBundle``)"""
        await self.client._requester.empty(
            project_deployer.delete_published_project_bundle.request_kwargs, self.project_key, bundle_id
        )

    async def get_bundle_stream(self, bundle_id: str) -> AsyncDSSStream:
        """A bundle's archive, a stream read as it arrives. Close it.

        (operation ``getPublishedProjectBundleArchive``)
        """
        return await self.client._requester.stream(
            project_deployer.get_published_project_bundle_archive.request_kwargs, self.project_key, bundle_id
        )

    async def download_bundle_to_file(self, bundle_id: str, path: str | os.PathLike[str]) -> None:
        """Write a bundle's archive into ``path`` (``"-"``: stdout); a failed download leaves ``path``
        as it was. (operation ``getPublishedProjectBundleArchive``)"""
        await write_to_file(await self.get_bundle_stream(bundle_id), path)

    async def delete(self) -> None:
        """Delete the published project, which no deployment may use. (operation ``deletePublishedProject``)"""
        await self.client._requester.empty(project_deployer.delete_published_project.request_kwargs, self.project_key)


class AsyncDSSProjectDeployerProjectSettings(DSSRawSettings["PublishedProjectSettings"]):
    """A published project's settings. Edit :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, settings: PublishedProjectSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key

    async def save(self) -> None:
        """Send the settings back, whole. (operation ``savePublishedProjectSettings``)"""
        await self.client._requester.empty(
            project_deployer.save_published_project_settings.request_kwargs,
            self.project_key,
            body=json_body(self.settings),
        )


class AsyncDSSProjectDeployerProjectStatus:
    """A published project's status: its bundles, the deployments made of them, the infrastructures they use."""

    def __init__(self, client: AsyncDSSClient, project_key: str, light_status: PublishedProjectStatus) -> None:
        self.client = client
        self.project_key = project_key
        self.light_status = light_status

    def get_deployments(self, infra_id: str | None = None) -> list[AsyncDSSProjectDeployerDeployment]:
        """Handles on its deployments, all or those on ``infra_id``."""
        return [
            AsyncDSSProjectDeployerDeployment(self.client, d["id"])
            for d in self.light_status["deployments"]
            if infra_id is None or d.get("infraId") == infra_id
        ]

    def get_bundles(self) -> list[PublishedProjectBundle]:
        """The published bundles, each with its ``id``."""
        return self.light_status["packages"]

    def get_infras(self) -> list[ProjectDeployerInfraBasicInfo]:
        """The infrastructures its deployments use, each with its ``id``."""
        return self.light_status["infras"]

    def get_raw(self) -> PublishedProjectStatus:
        """The published project's status as DSS sent it."""
        return self.light_status
