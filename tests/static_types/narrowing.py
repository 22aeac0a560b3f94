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
    from dssclient.payloads import InfoMessagesMessagesItem

    assert_type(status.get_status_messages(), list[InfoMessagesMessagesItem])
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


# Payloads typed from the spec: the deployers, API services, code studios, plugins, project folders and imports.
def typed_deployers_and_services_sync(client: DSSClient) -> None:
    from dssclient.dss.apideployer import (
        DSSAPIDeployerDeploymentSettings,
        DSSAPIDeployerDeploymentUpdate,
        DSSAPIDeployerInfra,
        DSSAPIDeployerService,
    )
    from dssclient.dss.projectdeployer import DSSProjectDeployerDeployment
    from dssclient.payloads import (
        ApiDeployerDeploymentHeavyStatus,
        ApiDeployerDeploymentLightStatus,
        ApiDeployerDeploymentSettings,
        ApiDeployerDeploymentUpdate,
        ApiDeployerDeploymentUpdateListItem,
        ApiDeployerInfoMessages,
        ApiDeployerInfraSettings,
        ApiDeployerInfraStatus,
        ApiDeployerOpenApiDocument,
        ApiDeployerQueryResults,
        ApiDeployerServiceSettings,
        ApiDeployerServiceStatus,
        ApiDeployerServiceVersion,
        ApiDeployerStage,
        ApiServiceEndpointSummary,
        ApiServicePackage,
        ApiServicePackageSummary,
        ApiServiceSettings,
        ApiServiceSettingsEndpointsItem,
        CodeStudio,
        CodeStudioConflicts,
        CodeStudioListItem,
        CodeStudioPushResult,
        CodeStudioStatus,
        CodeStudioZone,
        DeployerInfraSettings,
        DeployerInfraStatus,
        DeployerStage,
        DeploymentHeavyStatus,
        DeploymentLightStatus,
        DeploymentSettings,
        DeploymentUpdate,
        PluginFileNode,
        PluginParameterSetDesc,
        PluginParameterSetSettings,
        PluginPreset,
        PluginPresetPermission,
        PluginSettings,
        PluginUsages,
        ProjectDeployerInfraBasicInfo,
        ProjectFolder,
        ProjectFolderSettings,
        ProjectFolderSettingsPermissionsItem,
        ProjectImportResult,
        PublishedProjectBundle,
        PublishedProjectSettings,
        PublishedProjectStatus,
    )

    # API Deployer
    deployer = client.get_apideployer()
    assert_type(deployer.list_deployments(as_objects=False), list[ApiDeployerDeploymentLightStatus])
    assert_type(deployer.list_deployments(as_objects=False)[0]["deploymentBasicInfo"]["id"], str)
    assert_type(deployer.list_infras(as_objects=False), list[ApiDeployerInfraStatus])
    assert_type(deployer.list_infras(), list[DSSAPIDeployerInfra])
    assert_type(deployer.list_services(as_objects=False), list[ApiDeployerServiceStatus])
    assert_type(deployer.list_services(), list[DSSAPIDeployerService])
    assert_type(deployer.list_stages(), list[ApiDeployerStage])
    infra = deployer.get_infra("i")
    assert_type(infra.get_status().get_raw(), ApiDeployerInfraStatus)
    assert_type(infra.get_settings().get_raw(), ApiDeployerInfraSettings)
    deployment = deployer.get_deployment("d")
    status = deployment.get_status()
    assert_type(status.get_light(), ApiDeployerDeploymentLightStatus)
    assert_type(status.get_heavy(), ApiDeployerDeploymentHeavyStatus)
    assert_type(status.get_health_messages(), ApiDeployerInfoMessages)
    assert_type(deployment.get_governance_status(), ApiDeployerInfoMessages)
    assert_type(deployment.get_settings(), DSSAPIDeployerDeploymentSettings)
    assert_type(deployment.get_settings().get_raw(), ApiDeployerDeploymentSettings)
    assert_type(deployment.run_queries([{"q": {}}]), ApiDeployerQueryResults)
    assert_type(deployment.run_test_queries(), ApiDeployerQueryResults)
    assert_type(deployment.get_open_api().get(), ApiDeployerOpenApiDocument)
    assert_type(deployment.get_update(), DSSAPIDeployerDeploymentUpdate)
    assert_type(deployment.get_update().get_raw(), ApiDeployerDeploymentUpdate)
    assert_type(deployment.list_updates()[0].get_raw(), ApiDeployerDeploymentUpdateListItem)
    service = deployer.get_service("s")
    assert_type(service.get_status().get_raw(), ApiDeployerServiceStatus)
    assert_type(service.get_status().get_versions(), list[ApiDeployerServiceVersion])
    assert_type(service.get_settings().get_raw(), ApiDeployerServiceSettings)

    # Project deployer
    projects = client.get_projectdeployer()
    assert_type(projects.list_deployments(as_objects=False), list[DeploymentLightStatus])
    assert_type(projects.list_deployments(), list[DSSProjectDeployerDeployment])
    assert_type(projects.list_infras(as_objects=False), list[DeployerInfraStatus])
    assert_type(projects.list_projects(as_objects=False), list[PublishedProjectStatus])
    assert_type(projects.list_stages(), list[DeployerStage])
    assert_type(projects.get_infra("i").get_status().get_raw(), DeployerInfraStatus)
    assert_type(projects.get_infra("i").get_settings().get_raw(), DeployerInfraSettings)
    project_deployment = projects.get_deployment("d")
    assert_type(project_deployment.get_status().get_light(), DeploymentLightStatus)
    assert_type(project_deployment.get_status().get_heavy(), DeploymentHeavyStatus)
    assert_type(project_deployment.get_status().get_health_messages(), ApiDeployerInfoMessages)
    assert_type(project_deployment.get_settings().get_raw(), DeploymentSettings)
    assert_type(project_deployment.get_update().get_raw(), DeploymentUpdate)
    assert_type(project_deployment.list_updates()[0].get_raw(), DeploymentUpdate)
    published = projects.get_project("P").get_status()
    assert_type(published.get_raw(), PublishedProjectStatus)
    assert_type(published.get_bundles(), list[PublishedProjectBundle])
    assert_type(published.get_bundles()[0]["id"], str)
    assert_type(published.get_infras(), list[ProjectDeployerInfraBasicInfo])
    assert_type(projects.get_project("P").get_settings().get_raw(), PublishedProjectSettings)

    # API Designer
    project = client.get_project("P")
    api_service = project.get_api_service("s")
    assert_type(api_service.get_settings().get_raw(), ApiServiceSettings)
    assert_type(api_service.get_settings().endpoints, list[ApiServiceSettingsEndpointsItem])
    assert_type(api_service.list_packages(), list[ApiServicePackage])
    assert_type(api_service.get_package_summary("v1"), ApiServicePackageSummary)
    assert_type(project.list_api_services()[0].endpoints, list[ApiServiceEndpointSummary])

    # Code studios
    code_studio = project.get_code_studio("c")
    assert_type(project.list_code_studios()[0].get_raw(), CodeStudioListItem)
    assert_type(code_studio.get_settings().get_raw(), CodeStudio)
    assert_type(code_studio.get_status().get_raw(), CodeStudioStatus)
    assert_type(code_studio.get_status().get_zones(as_type="objects"), list[CodeStudioZone])
    assert_type(code_studio.get_status().get_zones(), list[str])
    assert_type(code_studio.check_conflicts("z").get_raw(), CodeStudioConflicts)
    assert_type(code_studio.push_to_code_studio("z"), CodeStudioPushResult)
    assert_type(code_studio.change_owner("u"), CodeStudio)

    # Plugins
    plugin = client.get_plugin("p")
    plugin_settings = plugin.get_settings()
    assert_type(plugin_settings.get_raw(), PluginSettings)
    assert_type(plugin.get_project_settings("P").get_raw(), PluginSettings)
    assert_type(plugin.list_files(), list[PluginFileNode])
    assert_type(plugin.list_usages().get_raw(), PluginUsages)
    parameter_set = plugin_settings.get_parameter_set("ps")
    if parameter_set is not None:
        assert_type(parameter_set.desc, PluginParameterSetDesc)
        assert_type(parameter_set.settings, PluginParameterSetSettings)
        preset = parameter_set.create_preset("x")
        assert_type(preset.get_raw(), PluginPreset)
        assert_type(preset.get_permission_item("g"), PluginPresetPermission | None)
        # A preset's values are the user's own, by parameter name: free-form.
        assert_type(preset.config, dict[str, Any])

    # Project folders and imports
    folder = client.get_root_project_folder()
    assert_type(folder.get_raw(), ProjectFolder)
    assert_type(folder.get_settings().get_raw(), ProjectFolderSettings)
    assert_type(folder.get_settings().get_permissions(), list[ProjectFolderSettingsPermissionsItem])
    assert_type(client.prepare_project_import(b"zip").execute(), ProjectImportResult)


async def typed_deployers_and_services_async(client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.apideployer import AsyncDSSAPIDeployerDeploymentSettings
    from dssclient.payloads import (
        ApiDeployerDeploymentLightStatus,
        ApiDeployerInfoMessages,
        ApiServiceSettings,
        CodeStudioListItem,
        CodeStudioStatus,
        DeploymentHeavyStatus,
        PluginSettings,
        ProjectFolderSettings,
        ProjectImportResult,
        PublishedProjectBundle,
    )

    deployer = client.get_apideployer()
    assert_type(await deployer.list_deployments(as_objects=False), list[ApiDeployerDeploymentLightStatus])
    deployment = deployer.get_deployment("d")
    assert_type(await deployment.get_settings(), AsyncDSSAPIDeployerDeploymentSettings)
    assert_type((await deployment.get_status()).get_health_messages(), ApiDeployerInfoMessages)
    assert_type(await deployment.get_governance_status(), ApiDeployerInfoMessages)
    project_deployment = client.get_projectdeployer().get_deployment("d")
    assert_type((await project_deployment.get_status()).get_heavy(), DeploymentHeavyStatus)
    published = await client.get_projectdeployer().get_project("P").get_status()
    assert_type(published.get_bundles(), list[PublishedProjectBundle])
    project = client.get_project("P")
    assert_type((await project.get_api_service("s").get_settings()).get_raw(), ApiServiceSettings)
    assert_type((await project.list_code_studios())[0].get_raw(), CodeStudioListItem)
    assert_type((await project.get_code_studio("c").get_status()).get_raw(), CodeStudioStatus)
    assert_type((await client.get_plugin("p").get_settings()).get_raw(), PluginSettings)
    folder = await client.get_root_project_folder()
    assert_type((await folder.get_settings()).get_raw(), ProjectFolderSettings)
    assert_type(await (await client.prepare_project_import(b"zip")).execute(), ProjectImportResult)


# Payloads typed from the spec, second increment (issue 16): recipes, metrics, SQL queries, discussions,
# workspaces, meanings, notebooks, apps.
def typed_payloads_project_content_sync(client: DSSClient) -> None:
    from dssclient.dss.metrics import ComputedMetrics
    from dssclient.dss.notebook import DSSNotebook
    from dssclient.dss.recipe import CodeRecipeSettings
    from dssclient.dss.workspace import DSSWorkspacePermissionItem
    from dssclient.payloads import (
        AppInstanceSummary,
        AppManifest,
        AppManifestHomepageSectionsItemTilesItem,
        AppSummary,
        ComputedMetric,
        ComputedMetricsValues,
        Discussion,
        DiscussionRepliesItem,
        InfoMessagesMessagesItem,
        ManagedDatasetCreationSettings,
        MeaningDefinition,
        MetricValuePoint,
        NotebookState,
        NotebookStateActiveSessionsItem,
        ObjectMetadata,
        RecipeAndPayload,
        RecipeDefinition,
        RecipeDefinitionParams,
        RecipeDefinitionParamsEnvSelection,
        RecipeEngine,
        RecipeRole,
        RecipeRoles,
        SqlColumn,
        WorkspaceObject,
        WorkspaceSettings,
        WorkspaceSettingsPermissionsItem,
    )

    project = client.get_project("P")
    recipe = project.get_recipe("r")
    settings = recipe.get_settings()
    assert_type(settings.get_raw(), RecipeDefinition)
    assert_type(settings.get_recipe_raw_definition(), RecipeDefinition)
    assert_type(settings.data, RecipeAndPayload)
    assert_type(settings.get_recipe_inputs(), RecipeRoles)
    assert_type(settings.get_recipe_inputs()["main"], RecipeRole)
    assert_type(settings.get_recipe_outputs()["main"]["items"][0]["ref"], str)
    assert_type(settings.get_recipe_params(), RecipeDefinitionParams)
    assert_type(settings.raw_params, RecipeDefinitionParams)
    assert_type(recipe.get_metadata(), ObjectMetadata)
    code = project.new_recipe("python").create().get_settings()
    assert_type(code, CodeRecipeSettings)
    assert_type(code.get_code_env_settings(), RecipeDefinitionParamsEnvSelection | None)
    status = recipe.get_status()
    assert_type(status.get_selected_engine_details(), RecipeEngine)
    assert_type(status.get_engines_details(), list[RecipeEngine])
    assert_type(status.get_status_messages()[0], InfoMessagesMessagesItem)
    metrics = project.get_dataset("d").get_last_metric_values()
    assert_type(metrics, ComputedMetrics)
    assert_type(metrics.get_raw(), ComputedMetricsValues)
    assert_type(metrics.get_metric_by_id("records:COUNT_RECORDS"), ComputedMetric)
    assert_type(metrics.get_global_data("records:COUNT_RECORDS"), MetricValuePoint)
    assert_type(metrics.get_partition_data("records:COUNT_RECORDS", "p"), MetricValuePoint | None)
    assert_type(metrics.get_first_partition_data("records:COUNT_RECORDS"), MetricValuePoint)
    assert_type(metrics.get_global_value("records:COUNT_RECORDS"), int | float | str)
    assert_type(project.new_managed_dataset("d").get_creation_settings(), ManagedDatasetCreationSettings)
    query = client.sql_query("select 1", connection="c")
    assert_type(query.get_schema(), list[SqlColumn])
    notebook = DSSNotebook(client, "P", "n")
    assert_type(notebook.get_state(), NotebookState)
    assert_type(notebook.get_sessions(), list[NotebookStateActiveSessionsItem])
    discussion = notebook.get_object_discussions().get_discussion("x")
    assert_type(discussion.get_metadata(), Discussion)
    assert_type(discussion.get_replies()[0].get_raw_data(), DiscussionRepliesItem)
    workspace = client.get_workspace("W")
    assert_type(workspace.get_settings().get_raw(), WorkspaceSettings)
    assert_type(workspace.get_settings().permissions, list[WorkspaceSettingsPermissionsItem] | None)
    assert_type(workspace.list_objects()[0].get_raw(), WorkspaceObject)
    assert_type(DSSWorkspacePermissionItem.admin_group("g"), WorkspaceSettingsPermissionsItem)
    assert_type(client.get_meaning("m").get_definition(), MeaningDefinition)
    assert_type(client.get_meaning("m").set_definition({"label": "M"}), MeaningDefinition)
    app = client.get_app("A")
    assert_type(app.list_instances(), list[AppInstanceSummary])
    assert_type(app.get_manifest().get_raw(), AppManifest)
    assert_type(app.get_manifest().get_all_actions(), list[AppManifestHomepageSectionsItemTilesItem])
    assert_type(client.list_apps()[0].get_raw(), AppSummary)


async def typed_payloads_project_content_async(client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.notebook import AsyncDSSNotebook
    from dssclient.aio.dss.workspace import DSSWorkspacePermissionItem
    from dssclient.payloads import (
        AppInstanceSummary,
        AppManifest,
        ComputedMetricsValues,
        Discussion,
        DiscussionRepliesItem,
        InfoMessagesMessagesItem,
        MeaningDefinition,
        NotebookState,
        NotebookStateActiveSessionsItem,
        ObjectMetadata,
        RecipeDefinition,
        RecipeEngine,
        RecipeRoles,
        SqlColumn,
        WorkspaceObject,
        WorkspaceSettings,
        WorkspaceSettingsPermissionsItem,
    )

    project = client.get_project("P")
    recipe = project.get_recipe("r")
    settings = await recipe.get_settings()
    assert_type(settings.get_raw(), RecipeDefinition)
    assert_type(settings.get_recipe_inputs(), RecipeRoles)
    assert_type(await recipe.get_metadata(), ObjectMetadata)
    status = await recipe.get_status()
    assert_type(status.get_selected_engine_details(), RecipeEngine)
    assert_type(status.get_status_messages(), list[InfoMessagesMessagesItem])
    metrics = await project.get_dataset("d").get_last_metric_values()
    assert_type(metrics.get_raw(), ComputedMetricsValues)
    query = await client.sql_query("select 1", connection="c")
    assert_type(query.get_schema(), list[SqlColumn])
    discussion = await AsyncDSSNotebook(client, "P", "n").get_object_discussions().get_discussion("x")
    assert_type(discussion.get_metadata(), Discussion)
    assert_type((await discussion.get_replies())[0].get_raw_data(), DiscussionRepliesItem)
    workspace = client.get_workspace("W")
    assert_type((await workspace.get_settings()).get_raw(), WorkspaceSettings)
    assert_type((await workspace.list_objects())[0].get_raw(), WorkspaceObject)
    assert_type(DSSWorkspacePermissionItem.member_user("u"), WorkspaceSettingsPermissionsItem)
    assert_type(await client.get_meaning("m").get_definition(), MeaningDefinition)
    notebook = AsyncDSSNotebook(client, "P", "n")
    assert_type(await notebook.get_state(), NotebookState)
    assert_type(notebook.get_sessions(), list[NotebookStateActiveSessionsItem])
    assert_type(await notebook.unload(), NotebookState)
    app = client.get_app("A")
    assert_type(await app.list_instances(), list[AppInstanceSummary])
    assert_type((await app.get_manifest()).get_raw(), AppManifest)


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


# The client's own answers, futures, jobs, scenarios and the flow, typed from the spec (issue 16).
def typed_client_futures_jobs_scenarios_flow_sync(client: DSSClient) -> None:
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
        JobStatusBaseStatus,
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
    assert_type(job.get_status()["baseStatus"], JobStatusBaseStatus)  # described by the spec (specrich)
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


def visual_recipe_payloads(client: DSSClient) -> None:
    from dssclient.dss.recipe import GroupingRecipeSettings, JoinRecipeSettings, PrepareRecipeSettings
    from dssclient.recipe_payloads import GroupingColumnAggregations, Join, JoinCondition, PrepareStep, VirtualInput

    project = client.get_project("P")
    grouping = project.new_recipe("grouping").with_input("a").with_new_output("b", "c").create().get_settings()
    assert_type(grouping, GroupingRecipeSettings)
    assert_type(grouping.set_column_aggregations("amount", sum=True), GroupingColumnAggregations)
    assert_type(grouping.get_or_create_column_settings("amount")["column"], str)
    prepare = project.new_recipe("prepare").with_input("a").with_new_output("b", "c").create().get_settings()
    assert_type(prepare, PrepareRecipeSettings)
    assert_type(prepare.raw_steps, list[PrepareStep])
    join_settings = project.get_recipe("j").get_settings()
    assert isinstance(join_settings, JoinRecipeSettings)
    assert_type(join_settings.raw_virtual_inputs, list[VirtualInput])
    join = join_settings.add_join("INNER")
    assert_type(join, Join)
    assert_type(join_settings.add_condition_to_join(join, column1="id", column2="id"), JoinCondition)
    assert_type(join_settings.raw_joins[0]["on"], list[JoinCondition])


def notebooks_webapps_macros(client: DSSClient) -> None:
    # Issue 18: the listings and reads whose result depends on an argument.
    from dssclient import DSSStream
    from dssclient.dss.jupyternotebook import DSSJupyterNotebook, DSSJupyterNotebookListItem, DSSNotebookSession
    from dssclient.dss.macro import DSSMacro
    from dssclient.dss.notebook import DSSNotebook
    from dssclient.dss.sqlnotebook import DSSSQLNotebook, DSSSQLNotebookListItem
    from dssclient.dss.webapp import DSSWebApp, DSSWebAppListItem
    from dssclient.payloads import JupyterNotebookSession, MacroDefinition, NotebookState

    project = client.get_project("P")
    assert_type(project.list_jupyter_notebooks(), list[DSSJupyterNotebook])
    assert_type(project.list_jupyter_notebooks(True, "listitems"), list[DSSJupyterNotebookListItem])
    assert_type(project.list_jupyter_notebooks(as_type="listitems"), list[DSSJupyterNotebookListItem])
    assert_type(project.list_running_notebooks(), list[DSSNotebook])
    assert_type(project.list_running_notebooks(as_objects=False), list[NotebookState])
    notebook = project.get_jupyter_notebook("nb")
    assert_type(notebook.get_sessions(), list[JupyterNotebookSession])
    assert_type(notebook.get_sessions(as_objects=True), list[DSSNotebookSession])
    assert_type(project.list_sql_notebooks(), list[DSSSQLNotebookListItem])
    assert_type(project.list_sql_notebooks(as_type="objects"), list[DSSSQLNotebook])
    assert_type(project.list_webapps(), list[DSSWebAppListItem])
    assert_type(project.list_webapps(as_type="objects"), list[DSSWebApp])
    assert_type(project.list_macros(), list[MacroDefinition])
    assert_type(project.list_macros(as_objects=True), list[DSSMacro])
    macro = project.get_macro("m")
    assert_type(macro.get_result("r"), DSSStream)
    assert_type(macro.get_result("r", as_type="string"), str)


async def wikis_and_libraries(client: DSSClient, async_client: AsyncDSSClient) -> None:
    from dssclient.aio.dss.projectlibrary import AsyncDSSLibraryFile, AsyncDSSLibraryFolder
    from dssclient.dss.projectlibrary import DSSLibraryFile, DSSLibraryFolder
    from dssclient.payloads import WikiArticle, WikiTaxonomyNode

    library = client.get_project("P").get_library()
    library_file = library.get_file("/python/a.py")
    assert library_file is not None
    assert_type(library_file, DSSLibraryFile)
    assert_type(library_file.read(), str)
    assert_type(library_file.read("str"), str)
    assert_type(library_file.read(as_type="bytes"), bytes)
    assert_type(library.get_folder("/python"), DSSLibraryFolder | None)
    async_library = await async_client.get_project("P").get_library()
    async_file = async_library.get_file("/python/a.py")
    assert async_file is not None
    assert_type(async_file, AsyncDSSLibraryFile)
    assert_type(await async_file.read(), str)
    assert_type(await async_file.read("bytes"), bytes)
    assert_type(async_library.root, AsyncDSSLibraryFolder)
    wiki = client.get_project("P").get_wiki()
    assert_type(wiki.get_settings().get_taxonomy(), list[WikiTaxonomyNode])
    assert_type(wiki.get_article("Home").get_data().get_metadata(), WikiArticle | None)


def streaming_endpoints_and_continuous_activities(client: DSSClient) -> None:
    from dssclient.dss.continuousactivity import DSSContinuousActivity
    from dssclient.dss.recipe import CodeRecipeCreator, CodeRecipeSettings
    from dssclient.dss.streaming_endpoint import (
        DSSManagedStreamingEndpointCreationHelper,
        DSSStreamingEndpoint,
        DSSStreamingEndpointListItem,
        DSSStreamingEndpointSettings,
    )
    from dssclient.payloads import ContinuousActivity, CreateManagedStreamingEndpointBodyCreationSettings, DatasetSchema

    project = client.get_project("P")
    assert_type(project.list_streaming_endpoints(), list[DSSStreamingEndpointListItem])
    assert_type(project.list_streaming_endpoints(as_type="objects"), list[DSSStreamingEndpoint])
    assert_type(project.list_streaming_endpoints()[0].schema, DatasetSchema)
    endpoint = project.create_kafka_streaming_endpoint("orders", "kafka", "orders")
    assert_type(endpoint.get_settings(), DSSStreamingEndpointSettings)
    helper = project.new_managed_streaming_endpoint("m").with_store_into("kafka", "json")
    assert_type(helper, DSSManagedStreamingEndpointCreationHelper)
    assert_type(helper.get_creation_settings(), CreateManagedStreamingEndpointBodyCreationSettings)
    assert_type(project.list_continuous_activities(), list[DSSContinuousActivity])
    assert_type(project.list_continuous_activities(as_objects=False), list[ContinuousActivity])
    assert_type(project.get_recipe("r").get_continuous_activity().get_status(), ContinuousActivity)
    assert_type(project.new_recipe("cpython").with_input("orders"), CodeRecipeCreator)
    assert_type(endpoint.new_code_recipe("cpython"), CodeRecipeCreator)
    assert_type(endpoint.new_code_recipe("cpython").create().get_settings(), CodeRecipeSettings)


async def dashboards_insights_and_data_quality(client: DSSClient, async_client: AsyncDSSClient) -> None:
    """Issue 18: listings narrow on ``as_type``; rules, results and statuses are typed."""
    from dssclient.aio.dss.dashboard import AsyncDSSDashboard, AsyncDSSDashboardListItem
    from dssclient.aio.dss.data_quality import AsyncDSSDataQualityRule
    from dssclient.aio.dss.insight import AsyncDSSInsight, AsyncDSSInsightListItem
    from dssclient.dss.dashboard import DSSDashboard, DSSDashboardListItem
    from dssclient.dss.data_quality import DSSDataQualityRule, DSSDataQualityRuleResult
    from dssclient.dss.insight import DSSInsight, DSSInsightListItem
    from dssclient.payloads import Dashboard, DataQualityRule, DataQualityTimelineDay, Insight

    project = client.get_project("P")
    assert_type(project.list_dashboards(), list[DSSDashboardListItem])
    assert_type(project.list_dashboards(as_type="objects"), list[DSSDashboard])
    assert_type(project.list_insights(), list[DSSInsightListItem])
    assert_type(project.list_insights(as_type="objects"), list[DSSInsight])
    assert_type(project.get_dashboard("d").get_settings().get_raw(), Dashboard)
    assert_type(project.get_insight("i").get_settings().get_raw(), Insight)
    rules = project.get_dataset("d").get_data_quality_rules()
    assert_type(rules.list_rules(), list[DSSDataQualityRule])
    assert_type(rules.list_rules(as_type="dict"), list[DataQualityRule])
    assert_type(rules.get_last_rules_results(), list[DSSDataQualityRuleResult])
    assert_type(rules.list_rules()[0].get_last_result(), DSSDataQualityRuleResult | None)
    assert_type(project.get_data_quality_timeline(), list[DataQualityTimelineDay])

    aproject = async_client.get_project("P")
    assert_type(await aproject.list_dashboards(), list[AsyncDSSDashboardListItem])
    assert_type(await aproject.list_dashboards(as_type="objects"), list[AsyncDSSDashboard])
    assert_type(await aproject.list_insights(as_type="objects"), list[AsyncDSSInsight])
    assert_type(await aproject.list_insights(), list[AsyncDSSInsightListItem])
    arules = aproject.get_dataset("d").get_data_quality_rules()
    assert_type(await arules.list_rules(), list[AsyncDSSDataQualityRule])
    assert_type(await arules.list_rules(as_type="dict"), list[DataQualityRule])


def the_rest_of_the_flow(client: DSSClient) -> None:  # issue 18
    from dssclient.dss.flow import DSSFlowZone, FlowDocumentationResult, SchemaPropagationReport
    from dssclient.dss.project import SqlTableName, TablesImportReport
    from dssclient.dss.recipe import CodeRecipeCreator, PythonRecipeCreator
    from dssclient.payloads import ProjectTags

    project = client.get_project("P")
    assert_type(project.get_dataset("d").new_code_recipe("python"), PythonRecipeCreator)
    assert_type(project.get_dataset("d").new_code_recipe("r"), CodeRecipeCreator)
    flow = project.get_flow()
    assert_type(flow.create_zone("Z"), DSSFlowZone)
    assert_type(flow.new_schema_propagation("d").start(), DSSFuture[SchemaPropagationReport])
    assert_type(flow.generate_documentation(), DSSFuture[FlowDocumentationResult])
    assert_type(project.get_tags(), ProjectTags)
    assert_type(project.list_sql_tables("c"), list[SqlTableName])
    assert_type(project.init_tables_import().prepare().execute(), DSSFuture[TablesImportReport])


async def the_last_dataset_members(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 18
    from dssclient.aio.dss.dataset import ElasticSearchResult as AsyncElasticSearchResult
    from dssclient.dss.dataset import ElasticSearchResult
    from dssclient.payloads import ColumnLineageRelation

    dataset = client.get_project("P").get_dataset("d")
    assert_type(dataset.get_column_lineage("c"), list[ColumnLineageRelation])
    assert_type(dataset.search_data_elastic("*"), ElasticSearchResult)
    assert_type(dataset.synchronize_hive_metastore(), None)
    assert_type(dataset.update_from_hive(), None)
    adataset = aclient.get_project("P").get_dataset("d")
    assert_type(await adataset.get_column_lineage("c"), list[ColumnLineageRelation])
    assert_type(await adataset.search_data_elastic("*"), AsyncElasticSearchResult)


async def the_analyses(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.analysis import AsyncDSSAnalysis
    from dssclient.dss.analysis import DSSAnalysis
    from dssclient.payloads import AnalysisListItem

    dataset = client.get_project("P").get_dataset("d")
    assert_type(dataset.list_analyses(), list[AnalysisListItem])
    assert_type(dataset.list_analyses(as_type="objects"), list[DSSAnalysis])
    adataset = aclient.get_project("P").get_dataset("d")
    assert_type(await adataset.list_analyses(), list[AnalysisListItem])
    assert_type(await adataset.list_analyses(as_type="objects"), list[AsyncDSSAnalysis])


async def ml_tasks(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.ml import AsyncDSSMLTask
    from dssclient.dss.ml import DSSMLTask
    from dssclient.payloads import TrainedModelSnippet

    task = client.get_project("P").create_prediction_ml_task("d", "target")
    assert_type(task, DSSMLTask)
    assert_type(task.get_trained_model_snippet("m"), TrainedModelSnippet)
    assert_type(task.get_trained_model_snippet(ids=["m"]), dict[str, TrainedModelSnippet])
    assert_type(task.get_trained_model_snippet(), dict[str, TrainedModelSnippet])
    atask = aclient.get_project("P").get_ml_task("a", "t")
    assert_type(atask, AsyncDSSMLTask)
    assert_type(await atask.get_trained_model_snippet(id="m"), TrainedModelSnippet)
    assert_type(await atask.get_trained_model_snippet(ids=["m"]), dict[str, TrainedModelSnippet])


async def statistics_worksheets(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.statistics import AsyncDSSStatisticsWorksheet
    from dssclient.aio.dss.statistics import DSSStatisticsCardResult as AsyncCardResult
    from dssclient.aio.dss.statistics import DSSStatisticsComputationResult as AsyncComputationResult
    from dssclient.dss.statistics import (
        DSSStatisticsCardResult,
        DSSStatisticsComputationResult,
        DSSStatisticsWorksheet,
    )
    from dssclient.payloads import StatisticsWorksheet

    dataset = client.get_project("P").get_dataset("d")
    assert_type(dataset.list_statistics_worksheets(), list[DSSStatisticsWorksheet])
    assert_type(dataset.list_statistics_worksheets(as_objects=False), list[StatisticsWorksheet])
    worksheet = dataset.get_statistics_worksheet("w")
    assert_type(worksheet.run_worksheet(), DSSStatisticsCardResult)
    assert_type(worksheet.run_worksheet(wait=False), DSSFuture[DSSStatisticsCardResult])
    assert_type(worksheet.run_card({"type": "univariate_summary"}), DSSStatisticsCardResult)
    assert_type(worksheet.run_card({"type": "univariate_summary"}, wait=False), DSSFuture[DSSStatisticsCardResult])
    assert_type(worksheet.run_computation({"type": "count"}), DSSStatisticsComputationResult)
    assert_type(worksheet.run_computation({"type": "count"}, wait=False), DSSFuture[DSSStatisticsComputationResult])
    adataset = aclient.get_project("P").get_dataset("d")
    assert_type(await adataset.list_statistics_worksheets(), list[AsyncDSSStatisticsWorksheet])
    aworksheet = adataset.get_statistics_worksheet("w")
    assert_type(await aworksheet.run_card({"type": "x"}), AsyncCardResult)
    assert_type(await aworksheet.run_computation({"type": "x"}, wait=False), AsyncDSSFuture[AsyncComputationResult])


def ml_task_settings(client: DSSClient) -> None:  # issue 19
    from dssclient.dss.ml_task_settings import (
        CategoricalHyperparameterSettings,
        DSSPredictionMLTaskSettings,
        DSSTimeseriesForecastingMLTaskSettings,
        LogitSettings,
        NumericalHyperparameterSettings,
        PredictionAlgorithmSettings,
        ProphetSettings,
        RandomForestSettings,
        Range,
        XGBoostSettings,
    )

    settings = client.get_project("P").get_ml_task("a", "t").get_settings()
    forecast = client.get_project("P").get_ml_task("a", "f").get_settings()
    assert isinstance(settings, DSSPredictionMLTaskSettings)
    assert isinstance(forecast, DSSTimeseriesForecastingMLTaskSettings)
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    assert_type(forest, RandomForestSettings)
    assert_type(forest.n_estimators, NumericalHyperparameterSettings)
    forest.n_estimators = [10, 20]  # a list of ints is a list of numbers
    forest.max_tree_depth = Range(2, 8, nb_values=3)
    assert_type(settings.get_algorithm_settings("LOGISTIC_REGRESSION"), LogitSettings)
    assert_type(settings.get_algorithm_settings("XGBOOST_REGRESSION"), XGBoostSettings)
    assert_type(settings.get_algorithm_settings("my custom model"), PredictionAlgorithmSettings)
    tree = settings.get_algorithm_settings("DECISION_TREE_CLASSIFICATION")
    assert_type(tree.criterion, CategoricalHyperparameterSettings)
    assert_type(forecast.get_algorithm_settings("PROPHET"), ProphetSettings)


async def the_saved_models(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.recipe import AsyncClusteringScoringRecipeCreator, AsyncPredictionScoringRecipeCreator
    from dssclient.dss.recipe import ClusteringScoringRecipeCreator, PredictionScoringRecipeCreator

    project = client.get_project("P")
    assert_type(project.new_recipe("prediction_scoring"), PredictionScoringRecipeCreator)
    assert_type(project.new_recipe("clustering_scoring", "score"), ClusteringScoringRecipeCreator)
    aproject = aclient.get_project("P")
    assert_type(aproject.new_recipe("prediction_scoring"), AsyncPredictionScoringRecipeCreator)
    assert_type(aproject.new_recipe("clustering_scoring"), AsyncClusteringScoringRecipeCreator)


async def ml_model_details(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.ml_model_details import AsyncDSSTrainedPredictionModelDetails
    from dssclient.aio.dss.ml_model_details import DSSPartialDependencies as AsyncDSSPartialDependencies
    from dssclient.aio.dss.ml_model_details import DSSSubpopulationAnalyses as AsyncDSSSubpopulationAnalyses
    from dssclient.dss.ml_model_details import (
        DSSPartialDependencies,
        DSSSubpopulationAnalyses,
        DSSTrainedPredictionModelDetails,
    )
    from dssclient.payloads import ModelDetailsPartialDependencies, ModelDetailsSubpopulationAnalyses

    details = client.get_project("P").get_ml_task("a", "t").get_trained_model_details("m")
    assert isinstance(details, DSSTrainedPredictionModelDetails)
    assert_type(details.compute_partial_dependencies("x"), DSSPartialDependencies)
    assert_type(details.compute_partial_dependencies("x", wait=False), DSSFuture[ModelDetailsPartialDependencies])
    assert_type(details.compute_subpopulation_analyses("x"), DSSSubpopulationAnalyses)
    assert_type(details.compute_subpopulation_analyses(["x"], False), DSSFuture[ModelDetailsSubpopulationAnalyses])
    adetails = await aclient.get_project("P").get_ml_task("a", "t").get_trained_model_details("m")
    assert isinstance(adetails, AsyncDSSTrainedPredictionModelDetails)
    assert_type(await adetails.compute_partial_dependencies(["x"]), AsyncDSSPartialDependencies)
    assert_type(
        await adetails.compute_partial_dependencies("x", wait=False), AsyncDSSFuture[ModelDetailsPartialDependencies]
    )
    assert_type(await adetails.compute_subpopulation_analyses("x", wait=True), AsyncDSSSubpopulationAnalyses)


async def the_evaluation_members(client: DSSClient, aclient: AsyncDSSClient) -> None:  # issue 19
    from dssclient.aio.dss.recipe import AsyncEvaluationRecipeCreator, AsyncStandaloneEvaluationRecipeCreator
    from dssclient.dss.drift import DataDriftResult, DriftResult
    from dssclient.dss.recipe import EvaluationRecipeCreator, StandaloneEvaluationRecipeCreator

    project = client.get_project("P")
    assert_type(project.new_recipe("evaluation"), EvaluationRecipeCreator)
    assert_type(project.new_recipe("standalone_evaluation"), StandaloneEvaluationRecipeCreator)
    evaluation = project.get_model_evaluation_store("s").get_model_evaluation("e")
    assert_type(evaluation.compute_drift(), DriftResult)
    assert_type(evaluation.compute_drift(wait=False), DSSFuture[DriftResult])
    assert_type(evaluation.compute_data_drift(), DataDriftResult)
    aproject = aclient.get_project("P")
    assert_type(aproject.new_recipe("evaluation"), AsyncEvaluationRecipeCreator)
    assert_type(aproject.new_recipe("standalone_evaluation"), AsyncStandaloneEvaluationRecipeCreator)
    aevaluation = aproject.get_evaluation_store("s").get_evaluation("e")
    assert_type(await aevaluation.compute_drift(), DriftResult)
    assert_type(await aevaluation.compute_drift(wait=False), AsyncDSSFuture[DriftResult])
