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
    assert_type(project.create_scenario("S", "step_based").get_settings().raw_steps, list[dict[str, Any]])
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


# Instance administration (dssclient.dss.admin, dssclient.dss.admin_common): users, groups, keys,
# connections, code envs, clusters, general settings (issue 16).
def typed_admin_payloads_sync(client: DSSClient) -> None:
    from dssclient.dss.admin import DSSAutomationCodeEnvSettings, DSSDesignCodeEnvSettings
    from dssclient.payloads import (
        Acknowledgement,
        AuthorizationMatrix,
        ClusterActionResult,
        ClusterSettings,
        ClusterStatus,
        CodeEnvContainerRuntimeAddition,
        CodeEnvOperationOutcome,
        CodeEnvSettings,
        CodeEnvUsage,
        CodeEnvVersionForProject,
        CodeEnvVersionSettings,
        CodeStudioTemplateSettings,
        ConnectionInfoResolvedAWSCredential,
        ConnectionInfoResolvedBasicCredential,
        ConnectionInfoResolvedOAuth2Credential,
        ConnectionSettings,
        ConnectionTestResult,
        FutureState,
        GeneralSettings,
        GlobalUsageSummary,
        GroupDefinition,
        KubectlCommandResult,
        KubernetesJobsDeletion,
        KubernetesPodsDeletion,
        LogFileSummary,
        PersonalApiKey,
        UserActivity,
        UserInfo,
        UserSettings,
    )

    user = client.get_user("u")
    assert_type(user.get_settings().get_raw(), UserSettings)
    assert_type(user.get_settings().get_raw()["groups"], list[str] | None)
    assert_type(client.get_own_user().get_settings().get_raw(), UserSettings)
    assert_type(user.get_definition(), UserSettings)
    assert_type(user.set_definition({"email": "e"}), Acknowledgement)
    assert_type(user.get_activity().get_raw(), UserActivity)
    assert_type(user.get_info().get_raw(), UserInfo)
    assert_type(user.get_info().groups, list[str])
    assert_type(client.list_users_activity()[0].get_raw()["lastSuccessfulLogin"], int)
    assert_type(client.get_authorization_matrix().raw, AuthorizationMatrix)
    assert_type(client.get_group("g").get_definition(), GroupDefinition)
    assert_type(client.get_group("g").get_definition()["admin"], bool | None)
    assert_type(client.get_personal_api_key("k").get_definition(), PersonalApiKey)

    connection = client.get_connection("c")
    assert_type(connection.get_settings().get_raw(), ConnectionSettings)
    assert_type(connection.get_settings().type, str)
    assert_type(connection.get_definition(), ConnectionSettings)
    assert_type(connection.test(), ConnectionTestResult)
    assert_type(connection.test()["connectionOK"], bool)
    info = connection.get_info()
    assert_type(info.get_basic_credential(), ConnectionInfoResolvedBasicCredential)
    assert_type(info.get_aws_credential(), ConnectionInfoResolvedAWSCredential)
    assert_type(info.get_aws_credential()["secretKey"], str)
    assert_type(info.get_oauth2_credential(), ConnectionInfoResolvedOAuth2Credential)

    env = client.get_code_env("PYTHON", "py")
    settings = env.get_settings()
    assert_type(settings.get_raw(), CodeEnvSettings)
    assert isinstance(settings, DSSDesignCodeEnvSettings)
    assert_type(settings.get_required_packages(), str)
    assert_type(settings.get_required_packages(as_list=True), list[str])
    assert_type(settings.get_required_conda_spec(True), list[str])
    assert_type(settings.get_container_runtime_additions(), list[CodeEnvContainerRuntimeAddition])
    automation = env.get_settings()
    assert isinstance(automation, DSSAutomationCodeEnvSettings)
    assert_type(automation.get_version("v1").get_raw(), CodeEnvVersionSettings)
    assert_type(automation.get_version().get_required_packages(), str)
    assert_type(env.get_definition(), CodeEnvSettings)
    assert_type(env.update_packages(), CodeEnvOperationOutcome)
    assert_type(env.update_packages(wait=False), DSSFuture)
    assert_type(env.update_images(), CodeEnvOperationOutcome)
    assert_type(env.set_jupyter_support(True), CodeEnvOperationOutcome)
    assert_type(env.delete(), CodeEnvOperationOutcome)
    assert_type(env.delete(wait=False), DSSFuture)
    assert_type(env.list_usages(), list[CodeEnvUsage])
    assert_type(env.list_logs(), list[LogFileSummary])
    assert_type(env.get_version_for_project("P"), CodeEnvVersionForProject)
    assert_type(client.get_code_studio_template("t").get_settings().get_raw(), CodeStudioTemplateSettings)

    cluster = client.get_cluster("k")
    assert_type(cluster.get_settings().get_raw(), ClusterSettings)
    assert_type(cluster.get_definition(), ClusterSettings)
    assert_type(cluster.get_status().get_raw(), ClusterStatus)
    assert_type(cluster.start(), ClusterActionResult)
    assert_type(cluster.stop(), ClusterActionResult)
    assert_type(cluster.run_kubectl("get pods"), KubectlCommandResult)
    assert_type(cluster.run_kubectl("get pods")["returnValue"], int)
    assert_type(cluster.delete_finished_jobs(), KubernetesJobsDeletion)
    assert_type(cluster.delete_finished_pods(), KubernetesPodsDeletion)
    assert_type(cluster.delete_all_pods(), KubernetesPodsDeletion)

    general = client.get_general_settings()
    assert_type(general.get_raw(), GeneralSettings)
    assert_type(general.push_container_exec_base_images(), FutureState)
    assert_type(client.get_global_usage_summary().raw, GlobalUsageSummary)


async def typed_admin_payloads_async(client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.admin import AsyncDSSAutomationCodeEnvSettings
    from dssclient.payloads import (
        ClusterActionResult,
        ClusterSettings,
        CodeEnvOperationOutcome,
        CodeEnvSettings,
        CodeEnvVersionSettings,
        ConnectionSettings,
        ConnectionTestResult,
        GeneralSettings,
        GroupDefinition,
        KubectlCommandResult,
        UserActivity,
        UserInfo,
        UserSettings,
    )

    user = client.get_user("u")
    assert_type((await user.get_settings()).get_raw(), UserSettings)
    assert_type((await user.get_activity()).get_raw(), UserActivity)
    assert_type((await user.get_info()).get_raw(), UserInfo)
    assert_type(await client.get_group("g").get_definition(), GroupDefinition)
    connection = client.get_connection("c")
    assert_type((await connection.get_settings()).get_raw(), ConnectionSettings)
    assert_type(await connection.test(), ConnectionTestResult)
    env = client.get_code_env("PYTHON", "py")
    settings = await env.get_settings()
    assert_type(settings.get_raw(), CodeEnvSettings)
    assert isinstance(settings, AsyncDSSAutomationCodeEnvSettings)
    assert_type(settings.get_version().get_raw(), CodeEnvVersionSettings)
    assert_type(await env.update_packages(), CodeEnvOperationOutcome)
    assert_type(await env.update_packages(wait=False), AsyncDSSFuture)
    cluster = client.get_cluster("k")
    assert_type((await cluster.get_settings()).get_raw(), ClusterSettings)
    assert_type(await cluster.start(), ClusterActionResult)
    assert_type(await cluster.run_kubectl("get pods"), KubectlCommandResult)
    assert_type((await client.get_general_settings()).get_raw(), GeneralSettings)
