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
    from dssclient.payloads import UserSettings

    project = client.get_project("P")
    assert_type(project.list_datasets(), list[DSSDatasetListItem])
    assert_type(project.list_datasets(as_type="objects"), list[DSSDataset])
    assert_type(client.list_users(), list[UserSettings])
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
    from dssclient.payloads import UserSettings

    project = client.get_project("P")
    assert_type(await project.list_datasets(), list[AsyncDSSDatasetListItem])
    assert_type(await project.list_datasets(as_type="objects"), list[AsyncDSSDataset])
    assert_type(await client.list_users(), list[UserSettings])
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


# Payloads typed from the spec (dssclient.payloads, issue 16): what the IDE and the checkers see.
def typed_payloads_sync(client: DSSClient) -> None:
    from dssclient.dss.recipe import CodeRecipeSettings, DSSRecipeSettings, GroupingRecipeSettings
    from dssclient.dss.scenario import DSSScenarioSettings, PythonScriptBasedScenarioSettings, StepBasedScenarioSettings
    from dssclient.payloads import (
        Dataset,
        DatasetParams,
        DatasetSchema,
        ObjectMetadata,
        ProjectSettings,
        ProjectSummary,
        ProjectVariables,
        ScenarioStep,
        SchemaColumn,
    )

    project = client.get_project("P")
    dataset = project.get_dataset("d")
    settings = dataset.get_settings()
    assert_type(settings.get_raw(), Dataset)
    assert_type(settings.get_raw()["params"]["connection"], str)
    assert_type(settings.get_raw_params(), DatasetParams)
    assert_type(settings.schema_columns, list[SchemaColumn])
    assert_type(dataset.get_schema()["columns"][0]["type"], str)
    assert_type(dataset.get_schema(), DatasetSchema)
    assert_type(dataset.get_metadata(), ObjectMetadata)
    assert_type(project.list_datasets()[0].schema, DatasetSchema)
    assert_type(project.get_settings().get_raw(), ProjectSettings)
    assert_type(project.get_summary()["projectKey"], str)
    assert_type(project.get_summary(), ProjectSummary)
    assert_type(project.get_variables()["standard"], dict[str, Any])
    assert_type(project.get_variables(), ProjectVariables)
    # Settings subclasses reachable without casts, when the handle knows its kind.
    assert_type(project.create_scenario("S", "step_based").get_settings(), StepBasedScenarioSettings)
    assert_type(project.create_scenario("S", "step_based").get_settings().raw_steps, list[ScenarioStep])
    assert_type(project.create_scenario("S", "custom_python").get_settings(), PythonScriptBasedScenarioSettings)
    assert_type(project.get_scenario("S").get_settings(), DSSScenarioSettings)
    grouping = project.new_recipe("grouping").with_input("a").with_new_output("b", "c").create()
    assert_type(grouping.get_settings(), GroupingRecipeSettings)
    assert_type(project.new_recipe("python").create().get_settings(), CodeRecipeSettings)
    assert_type(project.get_recipe("r").get_settings(), DSSRecipeSettings)


async def typed_payloads_async(client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.recipe import AsyncGroupingRecipeSettings
    from dssclient.aio.dss.scenario import AsyncStepBasedScenarioSettings
    from dssclient.payloads import Dataset, DatasetSchema, ProjectSettings

    project = client.get_project("P")
    dataset = project.get_dataset("d")
    settings = await dataset.get_settings()
    assert_type(settings.get_raw(), Dataset)
    assert_type(settings.get_raw()["params"]["connection"], str)
    assert_type(await dataset.get_schema(), DatasetSchema)
    assert_type((await project.get_settings()).get_raw(), ProjectSettings)
    assert_type((await project.get_summary())["projectKey"], str)
    scenario = await project.create_scenario("S", "step_based")
    assert_type(await scenario.get_settings(), AsyncStepBasedScenarioSettings)
    grouping = await project.new_recipe("grouping").with_input("a").with_new_output("b", "c").create()
    assert_type(await grouping.get_settings(), AsyncGroupingRecipeSettings)


# The client's own answers, futures, jobs, scenarios and the flow, typed from the spec (issue 16).
def typed_client_futures_jobs_scenarios_flow_sync(client: DSSClient) -> None:
    from dssclient.dss.future import DSSFuture
    from dssclient.dss.scenario import DSSScenarioSettings, DSSStepRunDetails, StepBasedScenarioSettings
    from dssclient.dss.utils import DSSInfoMessages
    from dssclient.payloads import (
        Acknowledgement,
        AuthInfo,
        CodeEnvSummary,
        FlowGraphNode,
        FutureState,
        GroupDefinition,
        JobDefinition,
        JobListItem,
        JobStatus,
        LogFileList,
        NotebookState,
        PersonalApiKey,
        PluginSummary,
        ProjectFromBundle,
        ProjectSummary,
        ScenarioReporter,
        ScenarioRun,
        ScenarioRunDetails,
        ScenarioRunError,
        ScenarioSettings,
        ScenarioStep,
        ScenarioStepRun,
        ScenarioSummary,
        ScenarioTrigger,
        TriggerFire,
        WorkspaceSettings,
    )

    # The client's answers.
    assert_type(client.list_projects(), list[ProjectSummary])
    assert_type(client.list_groups(), list[GroupDefinition])
    assert_type(client.get_auth_info(), AuthInfo)
    assert_type(client.get_auth_info()["authIdentifier"], str)
    assert_type(client.get_auth_info_from_browser_headers({}), AuthInfo)
    assert_type(client.list_code_envs(), list[CodeEnvSummary])
    assert_type(client.list_logs(), LogFileList)
    assert_type(client.list_plugins()[0]["id"], str)
    assert_type(client.list_plugins(), list[PluginSummary])
    assert_type(client.list_running_notebooks(as_objects=False), list[NotebookState])
    assert_type(client.list_workspaces(), list[WorkspaceSettings])
    assert_type(client.create_personal_api_key(), PersonalApiKey)
    assert_type(client.create_personal_api_key_for_user("u", as_type="dict"), PersonalApiKey)
    assert_type(client.create_project_from_bundle_archive(b""), ProjectFromBundle)
    assert_type(client.catalog_index_connections(), FutureState)
    # Futures: their states, and results typed by the call that started them.
    assert_type(client.list_futures(), list[FutureState])
    assert_type(client.list_running_scenarios(), list[FutureState])
    check = client.perform_instance_sanity_check(wait=False)
    assert_type(check, DSSFuture[DSSInfoMessages])
    assert_type(check.wait_for_result(), DSSInfoMessages)
    assert_type(check.get_result(), DSSInfoMessages)
    assert_type(check.get_state(), FutureState)
    assert_type(check.peek_state()["hasResult"], bool)
    assert_type(DSSFuture.from_resp(client, {}, result_wrapper=DSSInfoMessages), DSSFuture[DSSInfoMessages])
    expected: DSSFuture[ProjectSummary] = DSSFuture.from_resp(client, {"jobId": "j"})
    assert_type(expected.wait_for_result(), ProjectSummary)
    assert_type(client.get_future("j").wait_for_result(), Any)  # a task whose result is not known
    # Jobs.
    project = client.get_project("P")
    job = project.get_job("j")
    assert_type(job.get_status(), JobStatus)
    assert_type(job.get_status()["baseStatus"], dict[str, Any])
    assert_type(job.abort(), Acknowledgement)
    assert_type(project.new_job().get_definition(), JobDefinition)
    assert_type(project.new_job().get_definition()["outputs"][0]["id"], str)
    assert_type(project.list_jobs()[0].get_raw(), JobListItem)
    # Scenarios: settings, status, runs, fires, run details, list items.
    scenario = project.get_scenario("S")
    settings = scenario.get_settings()
    assert_type(settings, DSSScenarioSettings)
    assert_type(settings.get_raw(), ScenarioSettings)
    assert_type(settings.raw_triggers, list[ScenarioTrigger])
    assert_type(settings.raw_triggers[0]["type"], str | None)
    assert_type(settings.raw_reporters, list[ScenarioReporter])
    step_based = project.create_scenario("S", "step_based").get_settings()
    assert_type(step_based, StepBasedScenarioSettings)
    assert_type(step_based.raw_steps, list[ScenarioStep])
    assert_type(step_based.raw_steps[0]["type"], str | None)
    assert_type(scenario.get_status().get_raw(), ScenarioSummary)
    assert_type(scenario.get_definition(), ScenarioSummary)
    assert_type(scenario.get_definition(with_status=False), ScenarioSettings)
    assert_type(scenario.run().get_raw(), TriggerFire)
    assert_type(scenario.get_trigger_fire("t", "r").get_raw()["cancelled"], bool)
    run = scenario.get_last_runs()[0]
    assert_type(run.get_info(), ScenarioRun)
    assert_type(run.trigger, ScenarioTrigger)
    details = run.get_details()
    assert_type(details.get_raw(), ScenarioRunDetails)
    assert_type(details.first_error_details, ScenarioRunError | None)
    assert_type(details.steps[0], DSSStepRunDetails)
    assert_type(details.steps[0].get_raw(), ScenarioStepRun)
    assert_type(details.steps[0].first_error_details, ScenarioRunError | None)
    assert_type(project.list_scenarios()[0].get_raw(), ScenarioSummary)
    # The flow.
    graph = project.get_flow().get_graph()
    assert_type(graph.nodes, dict[str, FlowGraphNode])
    assert_type(graph.get_source_computables(), list[FlowGraphNode])
    assert_type(graph.get_source_recipes()[0]["successors"], list[str])
    assert_type(graph.get_successor_recipes("d"), list[FlowGraphNode])
    assert_type(graph.get_successor_computables("r"), list[FlowGraphNode])
    assert_type(graph.get_items_in_traversal_order()[0]["ref"], str)


async def typed_client_futures_jobs_scenarios_flow_async(client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.future import AsyncDSSFuture
    from dssclient.aio.dss.scenario import AsyncStepBasedScenarioSettings
    from dssclient.dss.utils import DSSInfoMessages
    from dssclient.payloads import (
        AuthInfo,
        FlowGraphNode,
        FutureState,
        JobDefinition,
        JobListItem,
        JobStatus,
        ProjectSummary,
        ScenarioRun,
        ScenarioRunError,
        ScenarioSettings,
        ScenarioStep,
        ScenarioSummary,
        ScenarioTrigger,
        TriggerFire,
    )

    assert_type(await client.list_projects(), list[ProjectSummary])
    assert_type(await client.get_auth_info(), AuthInfo)
    assert_type(await client.list_futures(), list[FutureState])
    check = await client.perform_instance_sanity_check(wait=False)
    assert_type(check, AsyncDSSFuture[DSSInfoMessages])
    assert_type(await check.wait_for_result(), DSSInfoMessages)
    assert_type(await check.get_result(), DSSInfoMessages)
    assert_type(await check.get_state(), FutureState)
    expected: AsyncDSSFuture[ProjectSummary] = AsyncDSSFuture.from_resp(client, {"jobId": "j"})
    assert_type(await expected.wait_for_result(), ProjectSummary)
    project = client.get_project("P")
    job = project.get_job("j")
    assert_type(await job.get_status(), JobStatus)
    assert_type(project.new_job().get_definition(), JobDefinition)
    assert_type((await project.list_jobs())[0].get_raw(), JobListItem)
    scenario = project.get_scenario("S")
    settings = await scenario.get_settings()
    assert_type(settings.get_raw(), ScenarioSettings)
    assert_type(settings.raw_triggers, list[ScenarioTrigger])
    step_based = await (await project.create_scenario("S", "step_based")).get_settings()
    assert_type(step_based, AsyncStepBasedScenarioSettings)
    assert_type(step_based.raw_steps, list[ScenarioStep])
    assert_type((await scenario.get_status()).get_raw(), ScenarioSummary)
    assert_type(await scenario.get_definition(with_status=False), ScenarioSettings)
    assert_type((await scenario.run()).get_raw(), TriggerFire)
    run = (await scenario.get_last_runs())[0]
    assert_type(run.get_info(), ScenarioRun)
    assert_type(run.trigger, ScenarioTrigger)
    assert_type((await run.get_details()).first_error_details, ScenarioRunError | None)
    graph = await project.get_flow().get_graph()
    assert_type(graph.get_source_computables(), list[FlowGraphNode])
    assert_type(graph.get_items_in_traversal_order()[0]["predecessors"], list[str])
