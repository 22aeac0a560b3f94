"""Checked by mypy, never run: methods whose result depends on an argument narrow it.

`scripts/dev.py test` runs mypy on this directory; a wrong or missing overload fails there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

import dssclient as dataikuapi
from dssclient import AsyncDSSClient, DSSClient
from dssclient.aio.dss.admin import AsyncDSSUser
from dssclient.aio.dss.dataset import AsyncDSSDataset, AsyncDSSDatasetListItem
from dssclient.aio.dss.future import AsyncDSSFuture
from dssclient.aio.dss.recipe import (
    AsyncGroupingRecipeCreator,
    AsyncSortRecipeCreator,
    AsyncStackRecipeCreator,
    AsyncSyncRecipeCreator,
    AsyncUpsertRecipeCreator,
)
from dssclient.aio.dss.scenario import AsyncDSSScenarioRun
from dssclient.dss.admin import DSSUser
from dssclient.dss.dataset import DSSDataset, DSSDatasetListItem
from dssclient.dss.future import DSSFuture
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import (
    DSSRecipeStatus,
    GroupingRecipeCreator,
    SortRecipeCreator,
    StackRecipeCreator,
    SyncRecipeCreator,
    UpsertRecipeCreator,
)
from dssclient.dss.scenario import DSSScenarioRun
from dssclient.dss.utils import DSSInfoMessage


def sync_variant(client: DSSClient) -> None:
    project = client.get_project("P")
    assert_type(project.list_datasets(), list[DSSDatasetListItem])
    assert_type(project.list_datasets(as_type="objects"), list[DSSDataset])
    assert_type(client.list_users(), list[dict[str, Any]])
    assert_type(client.list_users(as_objects=True), list[DSSUser])
    assert_type(client.list_futures(as_objects=True), list[DSSFuture])
    assert_type(project.new_recipe("sync"), SyncRecipeCreator)
    assert_type(project.new_recipe("grouping"), GroupingRecipeCreator)
    scenario = project.get_scenario("S")
    assert_type(scenario.run_and_wait(), DSSScenarioRun)
    assert_type(scenario.run_and_wait({"p": 1}, timeout=5, progress=True), DSSScenarioRun)
    assert_type(scenario.run_and_wait(no_fail=True), DSSScenarioRun | None)
    assert_type(project.get_dataset("d").iter_rows(), Iterator[list[Any]])
    assert_type(project.new_recipe("sort"), SortRecipeCreator)
    assert_type(project.new_recipe("vstack"), StackRecipeCreator)
    assert_type(project.new_recipe("upsert").with_upsert_key("id"), UpsertRecipeCreator)


async def async_variant(client: AsyncDSSClient) -> None:
    project = client.get_project("P")
    assert_type(await project.list_datasets(), list[AsyncDSSDatasetListItem])
    assert_type(await project.list_datasets(as_type="objects"), list[AsyncDSSDataset])
    assert_type(await client.list_users(), list[dict[str, Any]])
    assert_type(await client.list_users(as_objects=True), list[AsyncDSSUser])
    assert_type(await client.list_futures(as_objects=True), list[AsyncDSSFuture])
    assert_type(project.new_recipe("sync"), AsyncSyncRecipeCreator)
    assert_type(project.new_recipe("grouping"), AsyncGroupingRecipeCreator)
    scenario = project.get_scenario("S")
    assert_type(await scenario.run_and_wait(), AsyncDSSScenarioRun)
    assert_type(await scenario.run_and_wait({"p": 1}, timeout=5, progress=True), AsyncDSSScenarioRun)
    assert_type(await scenario.run_and_wait(no_fail=True), AsyncDSSScenarioRun | None)
    assert_type(await scenario.run_and_wait({}, False), AsyncDSSScenarioRun)
    assert_type(project.get_dataset("d").iter_rows(), AsyncIterator[list[Any]])
    assert_type(project.new_recipe("sort"), AsyncSortRecipeCreator)
    assert_type(project.new_recipe("vstack"), AsyncStackRecipeCreator)
    assert_type(project.new_recipe("upsert").with_upsert_key("id"), AsyncUpsertRecipeCreator)


def status_messages(status: DSSRecipeStatus) -> None:
    assert_type(status.get_status_messages(), list[dict[str, Any]])
    assert_type(status.get_status_messages(as_objects=True), list[DSSInfoMessage])


def official_module_paths(client: DSSClient) -> None:
    # ``import dssclient as dataikuapi``: the official paths are typed attributes.
    assert_type(dataikuapi.dss.project.DSSProject(client, "P"), DSSProject)
    assert_type(dataikuapi.utils.DataikuException("x"), dataikuapi.DataikuException)
    assert_type(dataikuapi.GroupingRecipeCreator("g", client.get_project("P")), GroupingRecipeCreator)
