"""Apps: projects made application templates, and their instances."""

from __future__ import annotations

import random
import re
import string
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient_generated.api import apps

from .._requester import json_body
from .future import AsyncDSSFuture
from .project import AsyncDSSProject

if TYPE_CHECKING:
    from dssclient.payloads import AppInstanceSummary, AppManifest, AppManifestHomepageSectionsItemTilesItem, AppSummary

    from ..dssclient import AsyncDSSClient


class AsyncDSSAppListItem(dict[str, Any]):
    """An app as :meth:`DSSClient.list_apps` lists it: the listed dict itself, with helpers."""

    def __init__(self, client: AsyncDSSClient, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.client = client
        self._data = cast("AppSummary", data)

    def get_raw(self) -> AppSummary:
        """The item as DSS listed it."""
        return self._data

    @property
    def tags(self) -> list[str]:
        """The app's tags."""
        tags: list[str] = self._data.get("tags", [])
        return tags

    def to_app(self) -> AsyncDSSApp:
        """A handle on this app; makes no call."""
        return AsyncDSSApp(self.client, self._data["appId"])


class AsyncDSSApp:
    """An app. Get one with :meth:`DSSClient.get_app`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, app_id: str) -> None:
        self.client = client
        self.app_id = app_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_id={self.app_id!r})"

    @overload
    async def create_instance(
        self,
        instance_key: str,
        instance_name: str,
        wait: Literal[True] = True,
        is_temporary_instance: bool = False,
    ) -> AsyncDSSAppInstance: ...

    @overload
    async def create_instance(
        self,
        instance_key: str,
        instance_name: str,
        wait: Literal[False],
        is_temporary_instance: bool = False,
    ) -> AsyncDSSFuture: ...

    async def create_instance(
        self, instance_key: str, instance_name: str, wait: bool = True, is_temporary_instance: bool = False
    ) -> AsyncDSSAppInstance | AsyncDSSFuture:
        """Create an instance of the app, a project of its own. (operation ``createAppInstance``)

        With ``wait`` (the default), waits for it and returns the instance; else returns the future.
        """
        body = {
            "targetProjectKey": instance_key,
            "targetProjectName": instance_name,
            "isTemporaryAppInstance": is_temporary_instance,
        }
        state = await self.client._requester.json(
            apps.create_app_instance.request_kwargs, self.app_id, body=json_body(body)
        )
        future = AsyncDSSFuture(self.client, state.get("jobId"), state)
        if not wait:
            return future
        await future.wait_for_result()
        return AsyncDSSAppInstance(self.client, instance_key)

    def make_random_project_key(self) -> str:
        """A project key made of the app's id and random letters (no call is made)."""
        slug = re.sub(r"[^A-Za-z_0-9]+", "_", self.app_id)
        return f"{slug}_tmp_" + "".join(random.choice(string.ascii_letters) for _ in range(10))

    async def create_temporary_instance(self) -> AsyncTemporaryDSSAppInstance:
        """An instance to use in a ``with`` block, deleted at its end. (operation ``createAppInstance``)"""
        key = self.make_random_project_key()
        await self.create_instance(key, key, True, True)
        return AsyncTemporaryDSSAppInstance(self.client, key)

    async def list_instances(self) -> list[AppInstanceSummary]:
        """The app's instances, each with its ``projectKey``. (operation ``listAppInstances``)"""
        instances: list[AppInstanceSummary] = await self.client._requester.json(
            apps.list_app_instances.request_kwargs, self.app_id
        )
        return instances

    async def list_instance_keys(self) -> list[str]:
        """The project keys of the app's instances. (operation ``listAppInstances``)"""
        return [instance["projectKey"] for instance in await self.list_instances()]

    def get_instance(self, instance_key: str) -> AsyncDSSAppInstance:
        """A handle on an instance (no call is made)."""
        return AsyncDSSAppInstance(self.client, instance_key)

    async def get_manifest(self) -> AsyncDSSAppManifest:
        """The app's manifest, savable for an app made from a project. (operation ``getAppManifest``)"""
        raw = await self.client._requester.json(apps.get_app_manifest.request_kwargs, self.app_id)
        project_key = self.app_id[len("PROJECT_") :] if self.app_id.startswith("PROJECT_") else None
        return AsyncDSSAppManifest(self.client, raw, project_key)


class AsyncDSSAppManifest:
    """An app's manifest: its homepage's sections and tiles, who may instantiate it."""

    def __init__(self, client: AsyncDSSClient, raw_data: AppManifest, project_key: str | None = None) -> None:
        self.client = client
        self.raw_data = raw_data
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    def get_raw(self) -> AppManifest:
        """The manifest as DSS sent it."""
        return self.raw_data

    def get_all_actions(self) -> list[AppManifestHomepageSectionsItemTilesItem]:
        """Every tile of every section of the homepage."""
        return [tile for section in self.raw_data.get("homepageSections") or [] for tile in section.get("tiles", [])]

    def get_runnable_scenarios(self) -> list[str]:
        """The scenarios the homepage lets users run."""
        return [tile["scenarioId"] for tile in self.get_all_actions() if tile.get("type") == "SCENARIO_RUN"]

    async def save(self) -> None:
        """Send the manifest back (an app made from a project only). (operation ``saveProjectAppManifest``)"""
        if self.project_key is None:
            raise ValueError("This manifest cannot be saved: it was not read from an app's template project")
        await self.client._requester.empty(
            apps.save_project_app_manifest.request_kwargs, self.project_key, body=json_body(self.raw_data)
        )


class AsyncDSSAppInstance:
    """An instance of an app: a project."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    def get_as_project(self) -> AsyncDSSProject:
        """The instance's project (no call is made)."""
        return AsyncDSSProject(self.client, self.project_key)

    async def get_manifest(self) -> AsyncDSSAppManifest:
        """The manifest of the instance's app (not savable from here). (operation ``getProjectAppManifest``)"""
        raw = await self.client._requester.json(apps.get_project_app_manifest.request_kwargs, self.project_key)
        return AsyncDSSAppManifest(self.client, raw)


class AsyncTemporaryDSSAppInstance(AsyncDSSAppInstance):
    """An instance deleted, with its data, when its ``with`` block ends (or on :meth:`close`)."""

    async def close(self) -> None:
        """Delete the instance's project and its data. (operation ``deleteProject``)"""
        await self.get_as_project().delete(
            clear_managed_datasets=True,
            clear_output_managed_folders=True,
            clear_managed_knowledge_banks=True,
            clear_job_and_scenario_logs=True,
        )

    async def __aenter__(self) -> AsyncTemporaryDSSAppInstance:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
