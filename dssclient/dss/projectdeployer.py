# Derived from dssclient/aio/dss/projectdeployer.py by scripts/unasync.py: do not edit.
"""The project deployer: infrastructures, published projects and their bundles, deployments."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import project_deployer

from dssclient.dss.deployer_common import DeploymentUpdateListEntry, DeploymentUpdateRecord
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body, multipart_body
from .._stream import DSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .future import DSSFuture

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

    from ..dssclient import DSSClient


class DSSProjectDeployer:
    """The project deployer of a deployer node, or a design node's local one. Get it with
    :meth:`DSSClient.get_projectdeployer`."""

    def __init__(self, client: DSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    # -- deployments --

    @overload
    def list_deployments(self, as_objects: Literal[True] = True) -> list[DSSProjectDeployerDeployment]: ...

    @overload
    def list_deployments(self, as_objects: Literal[False]) -> list[DeploymentLightStatus]: ...

    def list_deployments(
        self, as_objects: bool = True
    ) -> list[DSSProjectDeployerDeployment] | list[DeploymentLightStatus]:
        """The deployments, as handles or as their light statuses. (operation ``listProjectDeployerDeployments``)"""
        items: list[DeploymentLightStatus] = self.client._requester.json(
            project_deployer.list_project_deployer_deployments.request_kwargs
        )
        if as_objects:
            return [DSSProjectDeployerDeployment(self.client, x["deploymentBasicInfo"]["id"]) for x in items]
        return items

    def get_deployment(self, deployment_id: str) -> DSSProjectDeployerDeployment:
        """A handle on a deployment (no call is made)."""
        return DSSProjectDeployerDeployment(self.client, deployment_id)

    def create_deployment(
        self,
        deployment_id: str,
        project_key: str,
        infra_id: str,
        bundle_id: str,
        deployed_project_key: str | None = None,
        project_folder_id: str | None = None,
        ignore_warnings: bool = False,
    ) -> DSSProjectDeployerDeployment:
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
        self.client._requester.json(
            project_deployer.create_project_deployer_deployment.request_kwargs,
            body=json_body(settings),
            ignore_warnings=ignore_warnings,
        )
        return self.get_deployment(deployment_id)

    # -- stages and infrastructures --

    def list_stages(self) -> list[DeployerStage]:
        """The stages, each ``{"id", "desc"}``. (operation ``listProjectDeployerStages``)"""
        stages: list[DeployerStage] = self.client._requester.json(
            project_deployer.list_project_deployer_stages.request_kwargs
        )
        return stages

    @overload
    def list_infras(self, as_objects: Literal[True] = True) -> list[DSSProjectDeployerInfra]: ...

    @overload
    def list_infras(self, as_objects: Literal[False]) -> list[DeployerInfraStatus]: ...

    def list_infras(self, as_objects: bool = True) -> list[DSSProjectDeployerInfra] | list[DeployerInfraStatus]:
        """The infrastructures, as handles or as statuses (with ``canDeploy``).

        (operation ``listProjectDeployerInfras``)
        """
        items: list[DeployerInfraStatus] = self.client._requester.json(
            project_deployer.list_project_deployer_infras.request_kwargs
        )
        if as_objects:
            return [DSSProjectDeployerInfra(self.client, x["infraBasicInfo"]["id"]) for x in items]
        return items

    def create_infra(self, infra_id: str, stage: str, govern_check_policy: str = "NO_CHECK") -> DSSProjectDeployerInfra:
        """Create an infrastructure in a stage (administrators only). (operation ``createProjectDeployerInfra``)

        ``govern_check_policy``: ``PREVENT``, ``WARN`` or ``NO_CHECK``. Set its automation
        node in its settings before deploying on it.
        """
        settings = {"id": infra_id, "stage": stage, "governCheckPolicy": govern_check_policy}
        self.client._requester.json(
            project_deployer.create_project_deployer_infra.request_kwargs, body=json_body(settings)
        )
        return self.get_infra(infra_id)

    def get_infra(self, infra_id: str) -> DSSProjectDeployerInfra:
        """A handle on an infrastructure (no call is made)."""
        return DSSProjectDeployerInfra(self.client, infra_id)

    # -- published projects --

    @overload
    def list_projects(self, as_objects: Literal[True] = True) -> list[DSSProjectDeployerProject]: ...

    @overload
    def list_projects(self, as_objects: Literal[False]) -> list[PublishedProjectStatus]: ...

    def list_projects(self, as_objects: bool = True) -> list[DSSProjectDeployerProject] | list[PublishedProjectStatus]:
        """The published projects, as handles or as statuses. (operation ``listPublishedProjects``)"""
        items: list[PublishedProjectStatus] = self.client._requester.json(
            project_deployer.list_published_projects.request_kwargs
        )
        if as_objects:
            return [DSSProjectDeployerProject(self.client, x["projectBasicInfo"]["id"]) for x in items]
        return items

    def create_project(self, project_key: str) -> DSSProjectDeployerProject:
        """Create an empty published project. (operation ``createPublishedProject``)"""
        self.client._requester.json(
            project_deployer.create_published_project.request_kwargs,
            body=json_body({"publishedProjectKey": project_key}),
        )
        return self.get_project(project_key)

    def get_project(self, project_key: str) -> DSSProjectDeployerProject:
        """A handle on a published project (no call is made)."""
        return DSSProjectDeployerProject(self.client, project_key)

    def upload_bundle(self, fp: Any, project_key: str | None = None) -> None:
        """Upload a bundle archive (a binary file or bytes). (operation ``uploadPublishedProjectBundle``)

        It goes into the published project ``project_key`` (the bundle's own project key
        when None), created if it does not exist.
        """
        from dssclient_generated.types import UNSET

        with upload_source(fp, "DSSProjectDeployer.upload_bundle") as content:
            self.client._requester.empty(
                project_deployer.upload_published_project_bundle.request_kwargs,
                body=multipart_body(file=(upload_file_name(fp), content)),
                project_key=project_key if project_key is not None else UNSET,
            )


# -- infrastructures ------------------------------------------------------------------------------


class DSSProjectDeployerInfra:
    """An automation infrastructure of the project deployer."""

    def __init__(self, client: DSSClient, infra_id: str) -> None:
        self.client = client
        self.infra_id = infra_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(infra_id={self.infra_id!r})"

    @property
    def id(self) -> str:
        """The infrastructure's id."""
        return self.infra_id

    def get_status(self) -> DSSProjectDeployerInfraStatus:
        """The infrastructure and its deployments. (operation ``getProjectDeployerInfra``)"""
        light: DeployerInfraStatus = self.client._requester.json(
            project_deployer.get_project_deployer_infra.request_kwargs, self.infra_id
        )
        return DSSProjectDeployerInfraStatus(self.client, self.infra_id, light)

    def get_settings(self) -> DSSProjectDeployerInfraSettings:
        """The settings (stage, automation node, ...), to edit and save.

        (operation ``getProjectDeployerInfraSettings``)
        """
        raw: DeployerInfraSettings = self.client._requester.json(
            project_deployer.get_project_deployer_infra_settings.request_kwargs, self.infra_id
        )
        return DSSProjectDeployerInfraSettings(self.client, self.infra_id, raw)

    def delete(self) -> None:
        """Delete the infrastructure, which no deployment may use. (operation ``deleteProjectDeployerInfra``)"""
        self.client._requester.empty(project_deployer.delete_project_deployer_infra.request_kwargs, self.infra_id)


class DSSProjectDeployerInfraSettings(DSSRawSettings["DeployerInfraSettings"]):
    """An infrastructure's settings. Edit :meth:`get_raw` (``automationNodeUrl``, ...), then :meth:`save`."""

    def __init__(self, client: DSSClient, infra_id: str, settings: DeployerInfraSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.infra_id = infra_id

    def save(self) -> None:
        """Send the settings back, whole. (operation ``saveProjectDeployerInfraSettings``)"""
        self.client._requester.empty(
            project_deployer.save_project_deployer_infra_settings.request_kwargs,
            self.infra_id,
            body=json_body(self.settings),
        )


class DSSProjectDeployerInfraStatus:
    """An infrastructure's status: its basic information and the deployments on it."""

    def __init__(self, client: DSSClient, infra_id: str, light_status: DeployerInfraStatus) -> None:
        self.client = client
        self.infra_id = infra_id
        self.light_status = light_status

    def get_deployments(self) -> list[DSSProjectDeployerDeployment]:
        """Handles on the deployments on this infrastructure; makes no call."""
        return [DSSProjectDeployerDeployment(self.client, d["id"]) for d in self.light_status["deployments"]]

    def get_raw(self) -> DeployerInfraStatus:
        """The infrastructure's status as DSS sent it."""
        return self.light_status


# -- deployments ------------------------------------------------------------------------------------


class DSSProjectDeployerDeployment:
    """A deployment of a published bundle on an infrastructure."""

    def __init__(self, client: DSSClient, deployment_id: str) -> None:
        self.client = client
        self.deployment_id = deployment_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(deployment_id={self.deployment_id!r})"

    @property
    def id(self) -> str:
        """The deployment's id."""
        return self.deployment_id

    def get_status(self) -> DSSProjectDeployerDeploymentStatus:
        """Light status and health.

        (operations ``getProjectDeployerDeployment``, ``getProjectDeployerDeploymentStatus``)
        """
        light: DeploymentLightStatus = self.client._requester.json(
            project_deployer.get_project_deployer_deployment.request_kwargs, self.deployment_id
        )
        heavy: DeploymentHeavyStatus = self.client._requester.json(
            project_deployer.get_project_deployer_deployment_status.request_kwargs, self.deployment_id
        )
        return DSSProjectDeployerDeploymentStatus(self.client, self.deployment_id, light, heavy)

    def get_settings(self) -> DSSProjectDeployerDeploymentSettings:
        """The settings (bundle, infrastructure, ...), to edit and save.

        (operation ``getProjectDeployerDeploymentSettings``)
        """
        raw: DeploymentSettings = self.client._requester.json(
            project_deployer.get_project_deployer_deployment_settings.request_kwargs, self.deployment_id
        )
        return DSSProjectDeployerDeploymentSettings(self.client, self.deployment_id, raw)

    def start_update(self) -> DSSFuture:
        """Deploy the deployment's bundle as it is set now; returns the update's future.

        (operation ``updateProjectDeployerDeployment``) The update fails when the
        infrastructure has no automation node.
        """
        state = self.client._requester.json(
            project_deployer.update_project_deployer_deployment.request_kwargs, self.deployment_id
        )
        return DSSFuture(self.client, state.get("jobId"), state)

    def delete(self) -> None:
        """Delete the deployment. (operation ``deleteProjectDeployerDeployment``)"""
        self.client._requester.empty(
            project_deployer.delete_project_deployer_deployment.request_kwargs, self.deployment_id
        )

    def list_updates(self) -> list[DSSProjectDeployerDeploymentUpdateListItem]:
        """The deployment's updates, most recent first. (operation ``listProjectDeployerDeploymentUpdates``)"""
        updates: list[DeploymentUpdate] = self.client._requester.json(
            project_deployer.list_project_deployer_deployment_updates.request_kwargs, self.deployment_id
        )
        return [DSSProjectDeployerDeploymentUpdateListItem(self.client, self.deployment_id, u) for u in updates]

    def get_update(self, timestamp: int | str | None = None) -> DSSProjectDeployerDeploymentUpdate:
        """An update with its log: the last one, or the one started at ``timestamp``.

        (operations ``getLastProjectDeployerDeploymentUpdate``, ``getProjectDeployerDeploymentUpdate``)
        """
        update: DeploymentUpdate
        if timestamp is None:
            update = self.client._requester.json(
                project_deployer.get_last_project_deployer_deployment_update.request_kwargs, self.deployment_id
            )
        else:
            update = self.client._requester.json(
                project_deployer.get_project_deployer_deployment_update.request_kwargs,
                self.deployment_id,
                str(timestamp),
            )
        return DSSProjectDeployerDeploymentUpdate(update)


class DSSProjectDeployerDeploymentStatus:
    """A deployment's light status (what it deploys where) and heavy status (its health)."""

    def __init__(
        self,
        client: DSSClient,
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


class DSSProjectDeployerDeploymentSettings(DSSRawSettings["DeploymentSettings"]):
    """A deployment's settings. Change :attr:`bundle_id` (or :meth:`get_raw`), then :meth:`save`."""

    def __init__(self, client: DSSClient, deployment_id: str, settings: DeploymentSettings) -> None:
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

    def save(self, ignore_warnings: bool = False) -> None:
        """Send the settings back, whole; the next update deploys them.

        (operation ``saveProjectDeployerDeploymentSettings``)
        """
        self.client._requester.empty(
            project_deployer.save_project_deployer_deployment_settings.request_kwargs,
            self.deployment_id,
            body=json_body(self.settings),
            ignore_warnings=ignore_warnings,
        )


class DSSProjectDeployerDeploymentUpdateListItem(DeploymentUpdateListEntry["DeploymentUpdate"]):
    """An update of a deployment, as listed (without its log)."""

    _client: DSSClient

    def get_full_update(self) -> DSSProjectDeployerDeploymentUpdate:
        """The update with its log. (operation ``getProjectDeployerDeploymentUpdate``)"""
        update: DeploymentUpdate = self._client._requester.json(
            project_deployer.get_project_deployer_deployment_update.request_kwargs,
            self._deployment_id,
            str(self._data["startTimestamp"]),
        )
        return DSSProjectDeployerDeploymentUpdate(update)


class DSSProjectDeployerDeploymentUpdate(DeploymentUpdateRecord["DeploymentUpdate"]):
    """An update of a deployment: when, by whom, its outcome and log."""


# -- published projects ------------------------------------------------------------------------------


class DSSProjectDeployerProject:
    """A published project of the project deployer: its bundles, and the deployments made of them."""

    def __init__(self, client: DSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    @property
    def id(self) -> str:
        """The published project's key."""
        return self.project_key

    def get_status(self) -> DSSProjectDeployerProjectStatus:
        """Its bundles, deployments and infrastructures. (operation ``getPublishedProject``)"""
        light: PublishedProjectStatus = self.client._requester.json(
            project_deployer.get_published_project.request_kwargs, self.project_key
        )
        return DSSProjectDeployerProjectStatus(self.client, self.project_key, light)

    def get_settings(self) -> DSSProjectDeployerProjectSettings:
        """Its settings (owner, permissions), to edit and save. (operation ``getPublishedProjectSettings``)"""
        raw: PublishedProjectSettings = self.client._requester.json(
            project_deployer.get_published_project_settings.request_kwargs, self.project_key
        )
        return DSSProjectDeployerProjectSettings(self.client, self.project_key, raw)

    def delete_bundle(self, bundle_id: str) -> None:
        """Delete a bundle that no deployment uses. (operation ``deletePublishedProjectBundle``)"""
        self.client._requester.empty(
            project_deployer.delete_published_project_bundle.request_kwargs, self.project_key, bundle_id
        )

    def get_bundle_stream(self, bundle_id: str) -> DSSStream:
        """A bundle's archive, a stream read as it arrives. Close it.

        (operation ``getPublishedProjectBundleArchive``)
        """
        return self.client._requester.stream(
            project_deployer.get_published_project_bundle_archive.request_kwargs, self.project_key, bundle_id
        )

    def download_bundle_to_file(self, bundle_id: str, path: str | os.PathLike[str]) -> None:
        """Write a bundle's archive into ``path`` (``"-"``: stdout); a failed download leaves ``path``
        as it was. (operation ``getPublishedProjectBundleArchive``)"""
        write_to_file(self.get_bundle_stream(bundle_id), path)

    def delete(self) -> None:
        """Delete the published project, which no deployment may use. (operation ``deletePublishedProject``)"""
        self.client._requester.empty(project_deployer.delete_published_project.request_kwargs, self.project_key)


class DSSProjectDeployerProjectSettings(DSSRawSettings["PublishedProjectSettings"]):
    """A published project's settings. Edit :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_key: str, settings: PublishedProjectSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key

    def save(self) -> None:
        """Send the settings back, whole. (operation ``savePublishedProjectSettings``)"""
        self.client._requester.empty(
            project_deployer.save_published_project_settings.request_kwargs,
            self.project_key,
            body=json_body(self.settings),
        )


class DSSProjectDeployerProjectStatus:
    """A published project's status: its bundles, the deployments made of them, the infrastructures they use."""

    def __init__(self, client: DSSClient, project_key: str, light_status: PublishedProjectStatus) -> None:
        self.client = client
        self.project_key = project_key
        self.light_status = light_status

    def get_deployments(self, infra_id: str | None = None) -> list[DSSProjectDeployerDeployment]:
        """Handles on its deployments, all or those on ``infra_id``."""
        return [
            DSSProjectDeployerDeployment(self.client, d["id"])
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
