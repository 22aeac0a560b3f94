"""Projects."""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Never, TypedDict, overload

from dssclient_generated.api import (
    api_services,
    apps,
    code_studios,
    dashboards,
    data_quality,
    datasets,
    jobs,
    jupyter_notebooks,
    macros,
    managed_folders,
    notebooks,
    project_archives,
    project_folders,
    project_tags,
    projects,
    recipes,
    scenario_testing,
    scenarios,
    sql_notebooks,
    streaming,
    tables_import,
    webapps,
)

from dssclient._paths import check_identifier
from dssclient._polling import check_wait_timeout
from dssclient.dss.utils import DSSRawSettings, as_list_items, nested_dict

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .apiservice import AsyncDSSAPIService, AsyncDSSAPIServiceListItem
from .codestudio import AsyncDSSCodeStudioObject, AsyncDSSCodeStudioObjectListItem
from .continuousactivity import AsyncDSSContinuousActivity
from .dashboard import AsyncDSSDashboard, AsyncDSSDashboardListItem
from .dataset import AsyncDSSDataset, AsyncDSSDatasetListItem, AsyncDSSManagedDatasetCreationHelper
from .discussion import AsyncDSSObjectDiscussions
from .flow import AsyncDSSProjectFlow
from .future import AsyncDSSFuture
from .insight import AsyncDSSInsight, AsyncDSSInsightListItem
from .job import AsyncDSSJob, AsyncDSSJobListItem, AsyncJobDefinitionBuilder
from .jupyternotebook import AsyncDSSJupyterNotebook, AsyncDSSJupyterNotebookListItem
from .macro import AsyncDSSMacro
from .managedfolder import AsyncDSSManagedFolder
from .notebook import AsyncDSSNotebook
from .projectlibrary import AsyncDSSLibrary
from .recipe import (
    AsyncAgentEvaluationRecipeCreator,
    AsyncCodeRecipeCreator,
    AsyncContinuousSyncRecipeCreator,
    AsyncDistinctRecipeCreator,
    AsyncDownloadRecipeCreator,
    AsyncDSSRecipe,
    AsyncDSSRecipeCreator,
    AsyncDSSRecipeListItem,
    AsyncEvaluationRecipeCreator,
    AsyncExtractFailedRowsRecipeCreator,
    AsyncFuzzyJoinRecipeCreator,
    AsyncGenerateFeaturesRecipeCreator,
    AsyncGeoJoinRecipeCreator,
    AsyncGroupingRecipeCreator,
    AsyncJoinRecipeCreator,
    AsyncLLMEvaluationRecipeCreator,
    AsyncPivotRecipeCreator,
    AsyncPrepareRecipeCreator,
    AsyncSamplingRecipeCreator,
    AsyncSortRecipeCreator,
    AsyncSplitRecipeCreator,
    AsyncSQLQueryRecipeCreator,
    AsyncStackRecipeCreator,
    AsyncStandaloneEvaluationRecipeCreator,
    AsyncSyncRecipeCreator,
    AsyncTopNRecipeCreator,
    AsyncUpsertRecipeCreator,
    AsyncWindowRecipeCreator,
    new_recipe_creator,
)
from .scenario import AsyncDSSScenario, AsyncDSSScenarioListItem, DSSTestingStatus
from .sqlnotebook import AsyncDSSSQLNotebook, AsyncDSSSQLNotebookListItem
from .streaming_endpoint import (
    AsyncDSSManagedStreamingEndpointCreationHelper,
    AsyncDSSStreamingEndpoint,
    AsyncDSSStreamingEndpointListItem,
)
from .webapp import CODE_WEBAPP_TYPES, AsyncDSSWebApp, AsyncDSSWebAppListItem
from .wiki import AsyncDSSWiki

if TYPE_CHECKING:
    from dssclient.payloads import (  # saved models (issue 19)
        Acknowledgement,
        AnalysisCreated,
        AnalysisListItem,
        BundleActivationReport,
        BundleList,
        BundlePreloadReport,
        BundlePublication,
        BundleSummary,
        ContinuousActivity,
        DataQualityDatasetSummary,
        DataQualityTimelineDay,
        JupyterNotebookContent,
        JupyterNotebookListItem,
        MacroDefinition,
        ManagedFolder,
        ManagedFolderCreated,
        MLTaskList,
        MLTaskQueues,
        MLTaskRef,
        NotebookState,
        ObjectMetadata,
        ProjectDuplicated,
        ProjectFromBundle,
        ProjectPermissions,
        ProjectSettings,
        ProjectSummary,
        ProjectTags,
        ProjectVariables,
        SavedModel,
        SavedModelCreated,
        SqlNotebookContent,
        SqlNotebookListItem,
        TablesImportCandidates,
        TestingStatus,
        WebAppCreated,
        WebAppListItem,
    )
    from dssclient.payloads import FutureState as FutureStatePayload

    from ..dssclient import AsyncDSSClient
    from .analysis import AsyncDSSAnalysis
    from .app import AsyncDSSAppManifest
    from .evaluationcomparison import AsyncDSSEvaluationComparison
    from .evaluationstore import AsyncDSSEvaluationStore
    from .ml import AsyncDSSMLTask, DSSMLTaskQueues
    from .mlflow import AsyncDSSMLflowExtension
    from .modelcomparison import AsyncDSSModelComparison
    from .modelevaluationstore import AsyncDSSModelEvaluationStore
    from .projectfolder import AsyncDSSProjectFolder
    from .recipe import AsyncClusteringScoringRecipeCreator, AsyncPredictionScoringRecipeCreator
    from .savedmodel import AsyncDSSSavedModel  # saved models (issue 19)
    from .scenario import AsyncPythonScriptBasedScenarioSettings, AsyncStepBasedScenarioSettings

ListItems = Literal["listitems", "listitem"]
Objects = Literal["objects", "object"]


class AsyncDSSProject:
    """A handle on a project. Get one with :meth:`DSSClient.get_project`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    # -- the project itself -------------------------------------------------------------------

    async def get_summary(self) -> ProjectSummary:
        """The project's summary: key, name, owner, tags, version. (operation ``getProjectSummary``)"""
        summary: ProjectSummary = await self.client._requester.json(
            projects.get_project_summary.request_kwargs, self.project_key
        )
        return summary

    async def delete(
        self,
        clear_managed_datasets: bool = False,
        clear_output_managed_folders: bool = False,
        clear_job_and_scenario_logs: bool = True,
        clear_managed_knowledge_banks: bool = False,
        **kwargs: Any,
    ) -> AsyncDSSFuture:
        """Delete the project (administrators only). (operation ``deleteProject``)

        Also accepts the official client's ``wait`` (default True: DSS answers
        once the deletion is over) and its older ``drop_data`` (same as
        ``clear_managed_datasets``). Returns the deletion's future, finished
        when ``wait`` is true. A deletion that waits counts against the call's
        timeout: for a large project, use ``client.with_options(timeout=...)``.
        """
        wait = bool(kwargs.pop("wait", True))
        if kwargs.pop("drop_data", False):
            clear_managed_datasets = True
        if kwargs:
            raise TypeError(f"DSSProject.delete() got unexpected keyword arguments: {sorted(kwargs)}")
        state = await self.client._requester.json(
            projects.delete_project.request_kwargs,
            self.project_key,
            clear_managed_datasets=clear_managed_datasets,
            clear_output_managed_folders=clear_output_managed_folders,
            clear_job_and_scenario_logs=clear_job_and_scenario_logs,
            clear_managed_knowledge_banks=clear_managed_knowledge_banks,
            wait=wait,
        )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def get_settings(self) -> AsyncDSSProjectSettings:
        """The project's settings, to edit and :meth:`~DSSProjectSettings.save`. (operation ``getProjectSettings``)"""
        raw: ProjectSettings = await self.client._requester.json(
            projects.get_project_settings.request_kwargs, self.project_key
        )
        return AsyncDSSProjectSettings(self.client, self.project_key, raw)

    async def get_metadata(self) -> ObjectMetadata:
        """Label, description, tags, checklists and custom metadata. (operation ``getProjectMetadata``)"""
        metadata: ObjectMetadata = await self.client._requester.json(
            projects.get_project_metadata.request_kwargs, self.project_key
        )
        return metadata

    async def set_metadata(self, metadata: Mapping[str, Any]) -> None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setProjectMetadata``)"""
        await self.client._requester.empty(
            projects.set_project_metadata.request_kwargs, self.project_key, body=json_body(metadata)
        )

    async def get_variables(self) -> ProjectVariables:
        """The variables, as ``{"standard": {...}, "local": {...}}``. (operation ``getProjectVariables``)"""
        variables: ProjectVariables = await self.client._requester.json(
            projects.get_project_variables.request_kwargs, self.project_key
        )
        return variables

    async def set_variables(self, obj: Mapping[str, Any]) -> None:
        """Replace the variables with a modified copy of :meth:`get_variables`'s. (operation ``setProjectVariables``)"""
        for key in ("standard", "local"):
            if key not in obj:
                raise ValueError(f"Missing '{key}' key in argument")
        await self.client._requester.empty(
            projects.set_project_variables.request_kwargs, self.project_key, body=json_body(obj)
        )

    # -- datasets -------------------------------------------------------------------------------

    @overload
    async def list_datasets(
        self, as_type: ListItems = "listitems", include_shared: bool = False, tags: list[str] | None = None
    ) -> list[AsyncDSSDatasetListItem]: ...

    @overload
    async def list_datasets(
        self, as_type: Objects, include_shared: bool = False, tags: list[str] | None = None
    ) -> list[AsyncDSSDataset]: ...

    async def list_datasets(
        self,
        as_type: ListItems | Objects = "listitems",
        include_shared: bool = False,
        tags: list[str] | None = None,
    ) -> list[AsyncDSSDatasetListItem] | list[AsyncDSSDataset]:
        """The project's datasets, as list items or as handles. (operation ``listDatasets``)

        :param include_shared: also list datasets shared into this project by others.
        :param tags: only datasets with at least one of these tags.
        """
        from dssclient_generated.types import UNSET

        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = await self.client._requester.json(
            datasets.list_datasets.request_kwargs, self.project_key, foreign=include_shared, tags=tags or UNSET
        )
        if list_items:
            return [AsyncDSSDatasetListItem(self.client, item) for item in items]
        return [AsyncDSSDataset(self.client, item.get("projectKey", self.project_key), item["name"]) for item in items]

    def get_dataset(self, dataset_name: str) -> AsyncDSSDataset:
        """A handle on a dataset of this project (no call is made)."""
        return AsyncDSSDataset(self.client, self.project_key, dataset_name)

    async def create_dataset(
        self,
        dataset_name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        params: dict[str, Any] | None = None,
        formatType: str | None = None,  # noqa: N803 - the official client's parameter name
        formatParams: dict[str, Any] | None = None,  # noqa: N803
    ) -> AsyncDSSDataset:
        """Create a dataset and return its handle. (operation ``createDataset``)

        ``params`` and ``formatParams`` depend on the dataset type and format:
        copy them from a dataset created in the UI (see :meth:`DSSDataset.get_settings`).
        A name that could never be addressed (``''``, ``'.'``, ``'..'``) is refused before
        anything is sent.
        """
        check_identifier("dataset name", dataset_name)
        definition: dict[str, Any] = {
            "name": dataset_name,
            "projectKey": self.project_key,
            "type": type,
            "params": params if params is not None else {},
            "formatParams": formatParams if formatParams is not None else {},
        }
        if formatType is not None:
            definition["formatType"] = formatType
        await self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(definition)
        )
        return AsyncDSSDataset(self.client, self.project_key, dataset_name)

    # -- code studios, API services (API Designer) -----------------------------------------------

    @overload
    async def list_code_studios(self, as_type: ListItems = "listitems") -> list[AsyncDSSCodeStudioObjectListItem]: ...

    @overload
    async def list_code_studios(self, as_type: Objects) -> list[AsyncDSSCodeStudioObject]: ...

    async def list_code_studios(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSCodeStudioObjectListItem] | list[AsyncDSSCodeStudioObject]:
        """The project's code studios, as list items or as handles. (operation ``listCodeStudios``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = await self.client._requester.json(
            code_studios.list_code_studios.request_kwargs, self.project_key
        )
        if list_items:
            return [AsyncDSSCodeStudioObjectListItem(self.client, self.project_key, item) for item in items]
        return [AsyncDSSCodeStudioObject(self.client, self.project_key, item["id"]) for item in items]

    def get_code_studio(self, code_studio_id: str) -> AsyncDSSCodeStudioObject:
        """A handle on a code studio of this project (no call is made)."""
        return AsyncDSSCodeStudioObject(self.client, self.project_key, code_studio_id)

    async def create_code_studio(self, name: str, template_id: str) -> AsyncDSSCodeStudioObject:
        """Create a code studio from a template, owned by the caller, stopped. (operation ``createCodeStudio``)

        DSS chooses its identifier; start it with :meth:`DSSCodeStudioObject.restart`.
        """
        created: dict[str, Any] = await self.client._requester.json(
            code_studios.create_code_studio.request_kwargs,
            self.project_key,
            body=json_body({"name": name, "templateId": template_id}),
        )
        return AsyncDSSCodeStudioObject(self.client, self.project_key, created["codeStudio"]["id"])

    @overload
    async def list_api_services(self, as_type: ListItems = "listitems") -> list[AsyncDSSAPIServiceListItem]: ...

    @overload
    async def list_api_services(self, as_type: Objects) -> list[AsyncDSSAPIService]: ...

    async def list_api_services(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSAPIServiceListItem] | list[AsyncDSSAPIService]:
        """The project's API services, as list items or as handles. (operation ``listApiServices``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = await self.client._requester.json(
            api_services.list_api_services.request_kwargs, self.project_key
        )
        if list_items:
            return [AsyncDSSAPIServiceListItem(self.client, item) for item in items]
        return [AsyncDSSAPIService(self.client, self.project_key, item["id"]) for item in items]

    async def create_api_service(self, service_id: str) -> AsyncDSSAPIService:
        """Create an API service, without endpoints. (operation ``createApiService``)

        No call deletes an API service: deleting the project does.
        """
        await self.client._requester.empty(api_services.create_api_service.request_kwargs, self.project_key, service_id)
        return AsyncDSSAPIService(self.client, self.project_key, service_id)

    def get_api_service(self, service_id: str) -> AsyncDSSAPIService:
        """A handle on an API service of this project (no call is made)."""
        return AsyncDSSAPIService(self.client, self.project_key, service_id)

    # -- instance content: folder, export, bundles -------------------------------------------------

    async def get_project_folder(self) -> AsyncDSSProjectFolder:
        """The folder holding the project. (operation ``locateProjectFolder``)"""
        from .projectfolder import AsyncDSSProjectFolder

        data = await self.client._requester.json(project_folders.locate_project_folder.request_kwargs, self.project_key)
        return AsyncDSSProjectFolder(self.client, data)

    async def move_to_folder(self, folder: AsyncDSSProjectFolder) -> None:
        """Move the project into ``folder``. (operations ``locateProjectFolder``, ``moveProjectToFolder``)"""
        current = await self.get_project_folder()
        await current.move_project_to(self.project_key, folder)

    async def get_export_stream(self, options: dict[str, Any] | None = None) -> AsyncDSSStream:
        """The project exported as a zip archive, a stream read as it arrives. Close it. (operation ``exportProject``)

        ``options`` choose which data go with the project's definition (``exportUploads``,
        ``exportManagedFS``, ``exportAllDatasets``, ... each false by default). The stream
        can be passed to :meth:`DSSClient.prepare_project_import` as it is.
        """
        return await self.client._requester.stream(
            project_archives.export_project.request_kwargs, self.project_key, body=json_body(options or {})
        )

    async def export_to_file(self, path: str | os.PathLike[str], options: dict[str, Any] | None = None) -> None:
        """Export the project into the zip file ``path``, written as it arrives; a failed download
        leaves ``path`` as it was. (operation ``exportProject``)"""
        await write_to_file(await self.get_export_stream(options), path)

    async def list_exported_bundles(self) -> BundleList:
        """The bundles made in the project: ``{"bundles": [...]}``. (operation ``listExportedBundles``)"""
        bundles: BundleList = await self.client._requester.json(
            project_archives.list_exported_bundles.request_kwargs, self.project_key
        )
        return bundles

    async def export_bundle(
        self, bundle_id: str, release_notes: str | None = None, evaluate_project_standards_checks: bool = True
    ) -> BundleSummary:
        """Make a bundle of the project (design nodes). (operation ``exportBundle``)"""
        from dssclient_generated.types import UNSET

        bundle: BundleSummary = await self.client._requester.json(
            project_archives.export_bundle.request_kwargs,
            self.project_key,
            bundle_id,
            release_notes=release_notes if release_notes is not None else UNSET,
            evaluate_project_standards_checks=evaluate_project_standards_checks,
        )
        return bundle

    async def delete_exported_bundle(self, bundle_id: str) -> Acknowledgement:
        """Delete a bundle of the project (design nodes). (operation ``deleteExportedBundle``)"""
        answer: Acknowledgement = await self.client._requester.json(
            project_archives.delete_exported_bundle.request_kwargs, self.project_key, bundle_id
        )
        return answer

    async def get_exported_bundle_archive_stream(self, bundle_id: str) -> AsyncDSSStream:
        """A bundle's archive, a stream read as it arrives. Close it. (operation ``getExportedBundleArchive``)"""
        return await self.client._requester.stream(
            project_archives.get_exported_bundle_archive.request_kwargs, self.project_key, bundle_id
        )

    async def download_exported_bundle_archive_to_file(self, bundle_id: str, path: str | os.PathLike[str]) -> None:
        """Write a bundle's archive into ``path`` (``"-"``: stdout); a failed download leaves ``path``
        as it was. (operation ``getExportedBundleArchive``)"""
        await write_to_file(await self.get_exported_bundle_archive_stream(bundle_id), path)

    async def publish_bundle(self, bundle_id: str, published_project_key: str | None = None) -> BundlePublication:
        """Publish a bundle on the project deployer; returns where. (operation ``publishBundle``)

        It goes into the published project ``published_project_key`` (this project's key
        when None), created if it does not exist.
        """
        from dssclient_generated.types import UNSET

        published: BundlePublication = await self.client._requester.json(
            project_archives.publish_bundle.request_kwargs,
            self.project_key,
            bundle_id,
            published_project_key=published_project_key if published_project_key is not None else UNSET,
        )
        return published

    async def get_app_manifest(self) -> AsyncDSSAppManifest:
        """The app manifest of this project, an app's template or instance. (operation ``getProjectAppManifest``)"""
        from .app import AsyncDSSAppManifest

        raw = await self.client._requester.json(apps.get_project_app_manifest.request_kwargs, self.project_key)
        return AsyncDSSAppManifest(self.client, raw, self.project_key)

    async def list_imported_bundles(self) -> BundleList:
        """The bundles imported in the project: ``{"bundles": [...]}``. (operation ``listImportedBundles``)"""
        bundles: BundleList = await self.client._requester.json(
            project_archives.list_imported_bundles.request_kwargs, self.project_key
        )
        return bundles

    async def import_bundle_from_archive(self, archive_path: str) -> ProjectFromBundle:
        """Import a bundle archive on the DSS node's disk (automation nodes). (operation ``importBundleFromArchive``)

        ``archive_path`` is made absolute here, and read by the DSS node: it must be a path on
        that machine. Returns the project and the bundle imported.
        """
        imported: ProjectFromBundle = await self.client._requester.json(
            project_archives.import_bundle_from_archive.request_kwargs,
            self.project_key,
            archive_path=os.path.abspath(archive_path),
        )
        return imported

    async def import_bundle_from_stream(self, fp: Any) -> None:
        """Import a bundle archive (a binary file or bytes). (operation ``importBundleFromStream``)"""
        async with upload_source(fp, "AsyncDSSProject.import_bundle_from_stream") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            await self.client._requester.empty(
                project_archives.import_bundle_from_stream.request_kwargs, self.project_key, body=body
            )

    async def activate_bundle(
        self, bundle_id: str, scenarios_to_enable: dict[str, bool] | None = None
    ) -> BundleActivationReport:
        """Give the project the content of an imported bundle (automation nodes). (operation ``activateBundle``)

        ``scenarios_to_enable`` maps scenario identifiers to whether each is active after.
        Returns the activation report.
        """
        options = {"scenariosActiveOnActivation": scenarios_to_enable} if scenarios_to_enable else {}
        report: BundleActivationReport = await self.client._requester.json(
            project_archives.activate_bundle.request_kwargs, self.project_key, bundle_id, body=json_body(options)
        )
        return report

    async def preload_bundle(self, bundle_id: str) -> BundlePreloadReport:
        """Ready an imported bundle for activation (automation nodes); returns the preload report.

        (operation ``preloadBundle``)
        """
        report: BundlePreloadReport = await self.client._requester.json(
            project_archives.preload_bundle.request_kwargs, self.project_key, bundle_id
        )
        return report

    async def delete_imported_bundle(self, bundle_id: str) -> Acknowledgement:
        """Delete a bundle imported in the project (automation nodes; not the active one).

        (operation ``deleteImportedBundle``)
        """
        answer: Acknowledgement = await self.client._requester.json(
            project_archives.delete_imported_bundle.request_kwargs, self.project_key, bundle_id
        )
        return answer

    # -- project automation: datasets with data, recipes, jobs, scenarios, flow, permissions ------

    async def create_upload_dataset(self, dataset_name: str, connection: str | None = None) -> AsyncDSSDataset:
        """Create a dataset of uploaded files (add them with :meth:`DSSDataset.uploaded_add_file`).

        (operation ``createDataset``)
        """
        check_identifier("dataset name", dataset_name)
        params: dict[str, Any] = {} if connection is None else {"uploadConnection": connection}
        body = {"name": dataset_name, "projectKey": self.project_key, "type": "UploadedFiles", "params": params}
        await self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSDataset(self.client, self.project_key, dataset_name)

    async def create_filesystem_dataset(
        self, dataset_name: str, connection: str, path_in_connection: str
    ) -> AsyncDSSDataset:
        """Create a dataset of the files at a path of a filesystem connection. (operation ``createDataset``)"""
        return await self.create_fslike_dataset(dataset_name, "Filesystem", connection, path_in_connection)

    async def create_fslike_dataset(
        self,
        dataset_name: str,
        dataset_type: str,
        connection: str,
        path_in_connection: str,
        extra_params: dict[str, Any] | None = None,
    ) -> AsyncDSSDataset:
        """Create a file-based dataset (``Filesystem``, ``S3``, ...) on a connection. (operation ``createDataset``)"""
        check_identifier("dataset name", dataset_name)
        params: dict[str, Any] = {"connection": connection, "path": path_in_connection}
        if extra_params is not None:
            params.update(extra_params)
        body = {"name": dataset_name, "projectKey": self.project_key, "type": dataset_type, "params": params}
        await self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSDataset(self.client, self.project_key, dataset_name)

    def new_managed_dataset(self, dataset_name: str) -> AsyncDSSManagedDatasetCreationHelper:
        """Start creating a managed dataset (no call is made): choose its connection, then ``create()``."""
        check_identifier("dataset name", dataset_name)
        return AsyncDSSManagedDatasetCreationHelper(self, dataset_name)

    def new_managed_dataset_creation_helper(self, dataset_name: str) -> AsyncDSSManagedDatasetCreationHelper:
        """Deprecated name of :meth:`new_managed_dataset`."""
        warnings.warn(
            "new_managed_dataset_creation_helper is deprecated: use new_managed_dataset", DeprecationWarning, 2
        )
        return self.new_managed_dataset(dataset_name)

    @overload
    async def list_recipes(self, as_type: ListItems = "listitems") -> list[AsyncDSSRecipeListItem]: ...

    @overload
    async def list_recipes(self, as_type: Objects) -> list[AsyncDSSRecipe]: ...

    async def list_recipes(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSRecipeListItem] | list[AsyncDSSRecipe]:
        """The project's recipes, as list items or as handles. (operation ``listRecipes``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = await self.client._requester.json(
            recipes.list_recipes.request_kwargs, self.project_key
        )
        if list_items:
            return [AsyncDSSRecipeListItem(self.client, item) for item in items]
        return [AsyncDSSRecipe(self.client, self.project_key, item["name"]) for item in items]

    def get_recipe(self, recipe_name: str) -> AsyncDSSRecipe:
        """A handle on a recipe of this project (no call is made)."""
        return AsyncDSSRecipe(self.client, self.project_key, recipe_name)

    async def create_recipe(self, recipe_proto: dict[str, Any], creation_settings: dict[str, Any]) -> AsyncDSSRecipe:
        """Create a recipe from a prototype and creation settings; the builders of :meth:`new_recipe` call this.

        ``recipe_proto`` gets this project's key (the dict is changed, as the official client
        changes it). (operation ``createRecipe``)
        """
        recipe_proto["projectKey"] = self.project_key
        body = {"recipePrototype": recipe_proto, "creationSettings": creation_settings}
        answer = await self.client._requester.json(
            recipes.create_recipe.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSRecipe(self.client, self.project_key, answer["name"])

    @overload
    def new_recipe(self, type: Literal["grouping"], name: str | None = None) -> AsyncGroupingRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sync"], name: str | None = None) -> AsyncSyncRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["join"], name: str | None = None) -> AsyncJoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["prepare", "shaker"], name: str | None = None
    ) -> AsyncPrepareRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["extract_failed_rows"], name: str | None = None
    ) -> AsyncExtractFailedRowsRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["evaluation"], name: str | None = None
    ) -> AsyncEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["standalone_evaluation"], name: str | None = None
    ) -> AsyncStandaloneEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["nlp_llm_evaluation"], name: str | None = None
    ) -> AsyncLLMEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["nlp_agent_evaluation"], name: str | None = None
    ) -> AsyncAgentEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self,
        type: Literal[
            "python",
            "r",
            "sql_script",
            "pyspark",
            "sparkr",
            "spark_scala",
            "shell",
            "cpython",
            "ksql",
            "streaming_spark_scala",
        ],
        name: str | None = None,
    ) -> AsyncCodeRecipeCreator: ...

    @overload
    def new_recipe(self, type: Literal["sort"], name: str | None = None) -> AsyncSortRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["distinct"], name: str | None = None) -> AsyncDistinctRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["window"], name: str | None = None) -> AsyncWindowRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["pivot"], name: str | None = None) -> AsyncPivotRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sampling"], name: str | None = None) -> AsyncSamplingRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["download"], name: str | None = None) -> AsyncDownloadRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["csync"], name: str | None = None) -> AsyncContinuousSyncRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sql_query"], name: str | None = None) -> AsyncSQLQueryRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["upsert"], name: str | None = None) -> AsyncUpsertRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["topn"], name: str | None = None) -> AsyncTopNRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["vstack"], name: str | None = None) -> AsyncStackRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(
        self, type: Literal["generate_features"], name: str | None = None
    ) -> AsyncGenerateFeaturesRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["fuzzyjoin"], name: str | None = None) -> AsyncFuzzyJoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["geojoin"], name: str | None = None) -> AsyncGeoJoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["split"], name: str | None = None) -> AsyncSplitRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["prediction_scoring"], name: str | None = None
    ) -> AsyncPredictionScoringRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["clustering_scoring"], name: str | None = None
    ) -> AsyncClusteringScoringRecipeCreator: ...

    @overload
    def new_recipe(self, type: str, name: str | None = None) -> AsyncDSSRecipeCreator: ...  # noqa: A002

    def new_recipe(self, type: str, name: str | None = None) -> AsyncDSSRecipeCreator:  # noqa: A002
        """A builder of a recipe of that type (``sync``, ``grouping``, ``join``, ``prepare``, ``python``...)."""
        return new_recipe_creator(self, type, name)

    @overload
    async def list_jobs(self, as_type: ListItems = "listitems") -> list[AsyncDSSJobListItem]: ...

    @overload
    async def list_jobs(self, as_type: Objects) -> list[AsyncDSSJob]: ...

    async def list_jobs(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSJobListItem] | list[AsyncDSSJob]:
        """The project's jobs, newest first. (operation ``listJobs``)"""
        list_items = as_list_items(as_type)
        items = [
            AsyncDSSJobListItem(self.client, item)
            for item in await self.client._requester.json(jobs.list_jobs.request_kwargs, self.project_key)
        ]
        return items if list_items else [item.to_job() for item in items]

    @overload
    async def list_running_jobs(self, as_type: ListItems = "listitems") -> list[AsyncDSSJobListItem]: ...

    @overload
    async def list_running_jobs(self, as_type: Objects) -> list[AsyncDSSJob]: ...

    async def list_running_jobs(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSJobListItem] | list[AsyncDSSJob]:
        """The project's jobs that are not over. (operation ``listRunningJobs``)"""
        list_items = as_list_items(as_type)
        items = [
            AsyncDSSJobListItem(self.client, item)
            for item in await self.client._requester.json(jobs.list_running_jobs.request_kwargs, self.project_key)
        ]
        return items if list_items else [item.to_job() for item in items]

    def get_job(self, id: str) -> AsyncDSSJob:  # noqa: A002
        """A handle on a job of this project (no call is made)."""
        return AsyncDSSJob(self.client, self.project_key, id)

    async def start_job(self, definition: dict[str, Any]) -> AsyncDSSJob:
        """Start a job from its definition (see :meth:`new_job`). (operation ``startJob``)"""
        answer = await self.client._requester.json(
            jobs.start_job.request_kwargs, self.project_key, body=json_body(definition)
        )
        return AsyncDSSJob(self.client, self.project_key, answer["id"])

    async def start_job_and_wait(
        self, definition: dict[str, Any], no_fail: bool = False, timeout: float | None = None, progress: bool = False
    ) -> str:
        """Start a job and wait until it is over; returns its final state. (operation ``startJob``)

        ``timeout`` and ``progress`` as in :meth:`DSSJob.wait`.
        """
        check_wait_timeout(timeout)
        job = await self.start_job(definition)
        return await job.wait(no_fail=no_fail, timeout=timeout, progress=progress)

    def new_job(self, job_type: str = "NON_RECURSIVE_FORCED_BUILD") -> AsyncJobDefinitionBuilder:
        """A builder of a job: add outputs, then ``start()`` or ``start_and_wait()`` (no call is made).

        ``job_type``: ``NON_RECURSIVE_FORCED_BUILD`` runs the recipes of the outputs;
        ``RECURSIVE_BUILD`` also what is out of date upstream; ``RECURSIVE_FORCED_BUILD``
        everything upstream; ``RECURSIVE_MISSING_ONLY_BUILD`` what was never built.
        """
        return AsyncJobDefinitionBuilder(self, job_type)

    def new_job_definition_builder(self, job_type: str = "NON_RECURSIVE_FORCED_BUILD") -> AsyncJobDefinitionBuilder:
        """Deprecated name of :meth:`new_job`."""
        warnings.warn("new_job_definition_builder is deprecated: use new_job", DeprecationWarning, 2)
        return self.new_job(job_type)

    @overload
    async def list_scenarios(self, as_type: Literal["listitems"] = "listitems") -> list[AsyncDSSScenarioListItem]: ...

    @overload
    async def list_scenarios(self, as_type: Literal["objects"]) -> list[AsyncDSSScenario]: ...

    async def list_scenarios(
        self, as_type: Literal["listitems", "objects"] = "listitems"
    ) -> list[AsyncDSSScenarioListItem] | list[AsyncDSSScenario]:
        """The project's scenarios; ``as_type`` is ``listitems`` or ``objects``. (operation ``listScenarios``)"""
        if as_type not in ("listitems", "objects"):
            raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")
        items = await self.client._requester.json(scenarios.list_scenarios.request_kwargs, self.project_key)
        if as_type == "listitems":
            return [AsyncDSSScenarioListItem(self.client, item) for item in items]
        return [AsyncDSSScenario(self.client, self.project_key, item["id"]) for item in items]

    def get_scenario(self, scenario_id: str) -> AsyncDSSScenario:
        """A handle on a scenario of this project, by its identifier (no call is made)."""
        return AsyncDSSScenario(self.client, self.project_key, scenario_id)

    @overload
    async def create_scenario(
        self,
        scenario_name: str,
        type: Literal["step_based"],  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> AsyncDSSScenario[AsyncStepBasedScenarioSettings]: ...

    @overload
    async def create_scenario(
        self,
        scenario_name: str,
        type: Literal["custom_python"],  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> AsyncDSSScenario[AsyncPythonScriptBasedScenarioSettings]: ...

    @overload
    async def create_scenario(
        self,
        scenario_name: str,
        type: str,  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> AsyncDSSScenario: ...

    async def create_scenario(
        self,
        scenario_name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        definition: dict[str, Any] | None = None,
    ) -> AsyncDSSScenario[Any]:
        """Create a scenario, ``step_based`` or ``custom_python``; DSS makes its identifier from the name.

        ``definition`` (``{"params": {}}`` by default) gets ``type`` and ``name``, as the
        official client sets them. (operation ``createScenario``)
        """
        if definition is None:
            definition = {"params": {}}
        definition["type"] = type
        definition["name"] = scenario_name
        answer = await self.client._requester.json(
            scenarios.create_scenario.request_kwargs, self.project_key, body=json_body(definition)
        )
        return AsyncDSSScenario(self.client, self.project_key, answer["id"])

    def get_flow(self) -> AsyncDSSProjectFlow:
        """The project's flow (no call is made)."""
        return AsyncDSSProjectFlow(self.client, self)

    async def get_permissions(self) -> ProjectPermissions:
        """The owner and the rights granted to groups and users (project administrators).

        (operation ``getProjectPermissions``)
        """
        permissions: ProjectPermissions = await self.client._requester.json(
            projects.get_project_permissions.request_kwargs, self.project_key
        )
        return permissions

    async def set_permissions(self, permissions: Mapping[str, Any]) -> None:
        """Replace them with a modified copy of :meth:`get_permissions`'s. (operation ``setProjectPermissions``)"""
        await self.client._requester.empty(
            projects.set_project_permissions.request_kwargs, self.project_key, body=json_body(permissions)
        )

    async def duplicate(
        self,
        target_project_key: str,
        target_project_name: str,
        duplication_mode: str = "MINIMAL",
        export_analysis_models: bool = True,
        export_saved_models: bool = True,
        export_git_repository: bool | None = None,
        export_insights_data: bool = True,
        remapping: dict[str, Any] | None = None,
        target_project_folder: Any = None,
    ) -> ProjectDuplicated:
        """Copy the project into a new one; returns the original and new project keys. (operation ``duplicateProject``)

        ``duplication_mode`` says which data is copied: ``MINIMAL``, ``SHARING``, ``FULL`` or ``NONE``.
        """
        check_identifier("project key", target_project_key)
        body: dict[str, Any] = {
            "targetProjectName": target_project_name,
            "targetProjectKey": target_project_key,
            "duplicationMode": duplication_mode,
            "exportAnalysisModels": export_analysis_models,
            "exportSavedModels": export_saved_models,
            "exportGitRepository": export_git_repository,
            "exportInsightsData": export_insights_data,
            "remapping": remapping if remapping is not None else {},
        }
        if target_project_folder is not None:
            body["targetProjectFolderId"] = getattr(target_project_folder, "project_folder_id", target_project_folder)
        answer: ProjectDuplicated = await self.client._requester.json(
            projects.duplicate_project.request_kwargs, self.project_key, body=json_body(body)
        )
        return answer

    # -- notebooks, webapps, macros (issue 18) --------------------------------------------------

    @overload
    async def list_jupyter_notebooks(
        self, active: bool = False, as_type: Objects = "object"
    ) -> list[AsyncDSSJupyterNotebook]: ...

    @overload
    async def list_jupyter_notebooks(
        self, active: bool = False, *, as_type: ListItems
    ) -> list[AsyncDSSJupyterNotebookListItem]: ...

    @overload
    async def list_jupyter_notebooks(
        self, active: bool, as_type: ListItems
    ) -> list[AsyncDSSJupyterNotebookListItem]: ...

    async def list_jupyter_notebooks(
        self, active: bool = False, as_type: ListItems | Objects = "object"
    ) -> list[AsyncDSSJupyterNotebook] | list[AsyncDSSJupyterNotebookListItem]:
        """The project's Jupyter notebooks (only those running a session when ``active``), as handles
        (the default, as in the official client) or list items. (operation ``listJupyterNotebooks``)"""
        list_items = as_list_items(as_type)
        items: list[JupyterNotebookListItem] = await self.client._requester.json(
            jupyter_notebooks.list_jupyter_notebooks.request_kwargs, self.project_key, active=active
        )
        if list_items:
            return [AsyncDSSJupyterNotebookListItem(self.client, item) for item in items]
        return [AsyncDSSJupyterNotebook(self.client, self.project_key, item["name"]) for item in items]

    def get_jupyter_notebook(self, notebook_name: str) -> AsyncDSSJupyterNotebook:
        """A handle on a Jupyter notebook of this project (no call is made)."""
        return AsyncDSSJupyterNotebook(self.client, self.project_key, notebook_name)

    async def create_jupyter_notebook(
        self, notebook_name: str, notebook_content: JupyterNotebookContent | Mapping[str, Any]
    ) -> AsyncDSSJupyterNotebook:
        """Create a Jupyter notebook from its content (nbformat, as :meth:`DSSJupyterNotebook.get_content`
        gives it). Needs the rights to write the project's content and code. (operation ``createJupyterNotebook``)"""
        await self.client._requester.json(
            jupyter_notebooks.create_jupyter_notebook.request_kwargs,
            self.project_key,
            notebook_name,
            body=json_body(notebook_content),
        )
        return AsyncDSSJupyterNotebook(self.client, self.project_key, notebook_name)

    @overload
    async def list_running_notebooks(self, as_objects: Literal[True] = True) -> list[AsyncDSSNotebook]: ...

    @overload
    async def list_running_notebooks(self, as_objects: Literal[False]) -> list[NotebookState]: ...

    async def list_running_notebooks(self, as_objects: bool = True) -> list[AsyncDSSNotebook] | list[NotebookState]:
        """The project's Jupyter notebooks that run a session (deprecated: use :meth:`list_jupyter_notebooks`
        with ``active=True``). (operation ``listActiveProjectNotebooks``)"""
        listed: list[NotebookState] = await self.client._requester.json(
            notebooks.list_active_project_notebooks.request_kwargs, self.project_key
        )
        if as_objects:
            return [AsyncDSSNotebook(self.client, item["projectKey"], item["name"], item) for item in listed]
        return listed

    @overload
    async def list_sql_notebooks(self, as_type: ListItems = "listitems") -> list[AsyncDSSSQLNotebookListItem]: ...

    @overload
    async def list_sql_notebooks(self, as_type: Objects) -> list[AsyncDSSSQLNotebook]: ...

    async def list_sql_notebooks(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSSQLNotebookListItem] | list[AsyncDSSSQLNotebook]:
        """The project's SQL notebooks, as list items or handles. (operation ``listSqlNotebooks``)"""
        list_items = as_list_items(as_type)
        items: list[SqlNotebookListItem] = await self.client._requester.json(
            sql_notebooks.list_sql_notebooks.request_kwargs, self.project_key
        )
        if list_items:
            return [AsyncDSSSQLNotebookListItem(self.client, item) for item in items]
        return [AsyncDSSSQLNotebook(self.client, self.project_key, item["id"]) for item in items]

    def get_sql_notebook(self, notebook_id: str) -> AsyncDSSSQLNotebook:
        """A handle on an SQL notebook of this project (no call is made)."""
        return AsyncDSSSQLNotebook(self.client, self.project_key, notebook_id)

    async def create_sql_notebook(
        self, notebook_content: SqlNotebookContent | Mapping[str, Any]
    ) -> AsyncDSSSQLNotebook:
        """Create an SQL notebook from its content (name, language, connection, cells); DSS chooses its id.

        (operation ``createSqlNotebook``)
        """
        created: SqlNotebookContent = await self.client._requester.json(
            sql_notebooks.create_sql_notebook.request_kwargs, self.project_key, body=json_body(notebook_content)
        )
        return AsyncDSSSQLNotebook(self.client, self.project_key, created["id"])

    @overload
    async def list_webapps(self, as_type: ListItems = "listitems") -> list[AsyncDSSWebAppListItem]: ...

    @overload
    async def list_webapps(self, as_type: Objects) -> list[AsyncDSSWebApp]: ...

    async def list_webapps(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSWebAppListItem] | list[AsyncDSSWebApp]:
        """The project's webapps, as list items or handles. (operation ``listWebApps``)"""
        list_items = as_list_items(as_type)
        items: list[WebAppListItem] = await self.client._requester.json(
            webapps.list_web_apps.request_kwargs, self.project_key
        )
        if list_items:
            return [AsyncDSSWebAppListItem(self.client, item) for item in items]
        return [AsyncDSSWebApp(self.client, self.project_key, item["id"]) for item in items]

    def get_webapp(self, webapp_id: str) -> AsyncDSSWebApp:
        """A handle on a webapp of this project (no call is made)."""
        return AsyncDSSWebApp(self.client, self.project_key, webapp_id)

    async def create_webapp(self, name: str, webapp_type: str = "STANDARD") -> AsyncDSSWebApp:
        """Create a code webapp: ``STANDARD``, ``BOKEH``, ``DASH``, ``STREAMLIT`` or ``SHINY`` (others raise
        :class:`ValueError`); DSS chooses its id. Needs the rights to write the project's content and code.

        (operation ``createWebApp``)
        """
        if webapp_type not in CODE_WEBAPP_TYPES:
            raise ValueError(f"Webapp type not supported: {webapp_type!r} (use one of {', '.join(CODE_WEBAPP_TYPES)})")
        created: WebAppCreated = await self.client._requester.json(
            webapps.create_web_app.request_kwargs,
            self.project_key,
            body=json_body({"name": name, "type": webapp_type}),
        )
        return AsyncDSSWebApp(self.client, self.project_key, created["webAppId"])

    @overload
    async def list_macros(self, as_objects: Literal[False] = False) -> list[MacroDefinition]: ...

    @overload
    async def list_macros(self, as_objects: Literal[True]) -> list[AsyncDSSMacro]: ...

    async def list_macros(self, as_objects: bool = False) -> list[MacroDefinition] | list[AsyncDSSMacro]:
        """The macros usable in this project: their definitions, or macro handles carrying them.

        (operation ``listMacros``)
        """
        definitions: list[MacroDefinition] = await self.client._requester.json(
            macros.list_macros.request_kwargs, self.project_key
        )
        if as_objects:
            return [AsyncDSSMacro(self.client, self.project_key, d["runnableType"], d) for d in definitions]
        return definitions

    def get_macro(self, runnable_type: str) -> AsyncDSSMacro:
        """A handle on a macro, to run in this project (no call is made)."""
        return AsyncDSSMacro(self.client, self.project_key, runnable_type)

    # -- wikis and project libraries (issue 18) --

    def get_wiki(self) -> AsyncDSSWiki:
        """The project's wiki (no call is made)."""
        return AsyncDSSWiki(self.client, self.project_key)

    async def get_library(self) -> AsyncDSSLibrary:
        """The project's library, with its tree read now. (operation ``listLibraryContents``)"""
        return await AsyncDSSLibrary.load(self.client, self.project_key)

    # -- streaming endpoints and continuous activities (issue 18) --

    @overload
    async def list_streaming_endpoints(
        self, as_type: ListItems = "listitems"
    ) -> list[AsyncDSSStreamingEndpointListItem]: ...

    @overload
    async def list_streaming_endpoints(self, as_type: Objects) -> list[AsyncDSSStreamingEndpoint]: ...

    async def list_streaming_endpoints(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSStreamingEndpointListItem] | list[AsyncDSSStreamingEndpoint]:
        """The project's streaming endpoints, as list items or handles. (operation ``listStreamingEndpoints``)"""
        list_items = as_list_items(as_type)
        items = [
            AsyncDSSStreamingEndpointListItem(self.client, item)
            for item in await self.client._requester.json(
                streaming.list_streaming_endpoints.request_kwargs, self.project_key
            )
        ]
        return items if list_items else [item.to_streaming_endpoint() for item in items]

    def get_streaming_endpoint(self, streaming_endpoint_name: str) -> AsyncDSSStreamingEndpoint:
        """A handle on a streaming endpoint of the project (no call is made)."""
        return AsyncDSSStreamingEndpoint(self.client, self.project_key, streaming_endpoint_name)

    async def create_streaming_endpoint(
        self,
        streaming_endpoint_name: str,
        type: str,  # noqa: A002
        params: Mapping[str, Any] | None = None,
    ) -> AsyncDSSStreamingEndpoint:
        """Create a streaming endpoint of a type (``kafka``, ``SQS``, ``httpsse``, ...) with its
        type-specific ``params``; returns its handle. (operation ``createStreamingEndpoint``)"""
        check_identifier("streaming endpoint name", streaming_endpoint_name)
        body = {
            "id": streaming_endpoint_name,
            "projectKey": self.project_key,
            "type": type,
            "params": dict(params) if params is not None else {},
        }
        await self.client._requester.json(
            streaming.create_streaming_endpoint.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSStreamingEndpoint(self.client, self.project_key, streaming_endpoint_name)

    async def create_kafka_streaming_endpoint(
        self, streaming_endpoint_name: str, connection: str | None = None, topic: str | None = None
    ) -> AsyncDSSStreamingEndpoint:
        """Create a Kafka streaming endpoint on a Kafka connection and topic; returns its handle.

        (operation ``createStreamingEndpoint``)
        """
        params: dict[str, Any] = {}
        if connection is not None:
            params["connection"] = connection
        if topic is not None:
            params["topic"] = topic
        return await self.create_streaming_endpoint(streaming_endpoint_name, "kafka", params)

    async def create_httpsse_streaming_endpoint(
        self, streaming_endpoint_name: str, url: str | None = None
    ) -> AsyncDSSStreamingEndpoint:
        """Create an HTTP SSE streaming endpoint reading the events of ``url``; returns its handle.

        (operation ``createStreamingEndpoint``)
        """
        params: dict[str, Any] = {}
        if url is not None:
            params["url"] = url
        return await self.create_streaming_endpoint(streaming_endpoint_name, "httpsse", params)

    def new_managed_streaming_endpoint(
        self, streaming_endpoint_name: str, streaming_endpoint_type: str | None = None
    ) -> AsyncDSSManagedStreamingEndpointCreationHelper:
        """A helper creating a managed streaming endpoint (Kafka or SQS), whose type may follow from its connection."""
        check_identifier("streaming endpoint name", streaming_endpoint_name)
        return AsyncDSSManagedStreamingEndpointCreationHelper(self, streaming_endpoint_name, streaming_endpoint_type)

    @overload
    async def list_continuous_activities(
        self, as_objects: Literal[True] = True
    ) -> list[AsyncDSSContinuousActivity]: ...

    @overload
    async def list_continuous_activities(self, as_objects: Literal[False]) -> list[ContinuousActivity]: ...

    @overload
    async def list_continuous_activities(
        self, as_objects: bool
    ) -> list[AsyncDSSContinuousActivity] | list[ContinuousActivity]: ...

    async def list_continuous_activities(
        self, as_objects: bool = True
    ) -> list[AsyncDSSContinuousActivity] | list[ContinuousActivity]:
        """The continuous activities of the project (one per continuous recipe): handles, or their
        states as dicts with ``as_objects=False``. (operation ``listContinuousActivities``)"""
        activities: list[ContinuousActivity] = await self.client._requester.json(
            streaming.list_continuous_activities.request_kwargs, self.project_key
        )
        if not as_objects:
            return activities
        return [AsyncDSSContinuousActivity(self.client, a["projectKey"], a["recipeId"]) for a in activities]

    def get_continuous_activity(self, recipe_id: str) -> AsyncDSSContinuousActivity:
        """A handle on the continuous activity of a continuous recipe (no call is made)."""
        return AsyncDSSContinuousActivity(self.client, self.project_key, recipe_id)

    # -- managed folders (issue 18) --

    async def list_managed_folders(self) -> list[ManagedFolder]:
        """The project's managed folders, each as its definition (a dict). (operation ``listManagedFolders``)"""
        folders: list[ManagedFolder] = await self.client._requester.json(
            managed_folders.list_managed_folders.request_kwargs, self.project_key
        )
        return folders

    def get_managed_folder(self, odb_id: str) -> AsyncDSSManagedFolder:
        """A handle on the managed folder of identifier ``odb_id`` (not its name; no call is made)."""
        return AsyncDSSManagedFolder(self.client, self.project_key, odb_id)

    async def create_managed_folder(
        self, name: str, folder_type: str | None = None, connection_name: str = "filesystem_folders"
    ) -> AsyncDSSManagedFolder:
        """Create a managed folder named ``name`` on ``connection_name`` (its storage type ``folder_type``:
        ``Filesystem``, ``S3``, ...; the connection's when None); returns its handle.
        (operation ``createManagedFolder``)
        """
        body = {
            "name": name,
            "projectKey": self.project_key,
            "type": folder_type,
            "params": {"connection": connection_name, "path": "/${projectKey}/${odbId}"},
        }
        created: ManagedFolderCreated = await self.client._requester.json(
            managed_folders.create_managed_folder.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSManagedFolder(self.client, self.project_key, created["id"])

    # -- dashboards, insights and data quality (issue 18) --------------------------------------

    @overload
    async def list_dashboards(self, as_type: ListItems = "listitems") -> list[AsyncDSSDashboardListItem]: ...

    @overload
    async def list_dashboards(self, as_type: Objects) -> list[AsyncDSSDashboard]: ...

    async def list_dashboards(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSDashboardListItem] | list[AsyncDSSDashboard]:
        """The project's dashboards the caller may see; ``as_type`` is ``listitems`` or ``objects``.

        (operation ``listDashboards``)
        """
        list_items = as_list_items(as_type)
        items = await self.client._requester.json(dashboards.list_dashboards.request_kwargs, self.project_key)
        if list_items:
            return [AsyncDSSDashboardListItem(self.client, item) for item in items]
        return [AsyncDSSDashboard(self.client, self.project_key, item["id"]) for item in items]

    def get_dashboard(self, dashboard_id: str) -> AsyncDSSDashboard:
        """A handle on a dashboard of this project, by its identifier (no call is made)."""
        return AsyncDSSDashboard(self.client, self.project_key, dashboard_id)

    async def create_dashboard(
        self, dashboard_name: str, settings: Mapping[str, Any] | None = None
    ) -> AsyncDSSDashboard:
        """Create a dashboard owned by the caller; returns its handle. (operation ``createDashboard``)

        :param dashboard_name: its name (need not be unique).
        :param settings: a definition to start from (another dashboard's ``get_settings().get_raw()``);
            no pages by default. It is not changed: the name is set on a copy.
        """
        body: dict[str, Any] = dict(settings) if settings is not None else {"pages": []}
        body["name"] = dashboard_name
        created = await self.client._requester.json(
            dashboards.create_dashboard.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSDashboard(self.client, self.project_key, created["id"])

    @overload
    async def list_insights(self, as_type: ListItems = "listitems") -> list[AsyncDSSInsightListItem]: ...

    @overload
    async def list_insights(self, as_type: Objects) -> list[AsyncDSSInsight]: ...

    async def list_insights(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[AsyncDSSInsightListItem] | list[AsyncDSSInsight]:
        """The project's insights the caller may see; ``as_type`` is ``listitems`` or ``objects``.

        (operation ``listInsights``)
        """
        list_items = as_list_items(as_type)
        items = await self.client._requester.json(dashboards.list_insights.request_kwargs, self.project_key)
        if list_items:
            return [AsyncDSSInsightListItem(self.client, item) for item in items]
        return [AsyncDSSInsight(self.client, self.project_key, item["id"]) for item in items]

    def get_insight(self, insight_id: str) -> AsyncDSSInsight:
        """A handle on an insight of this project, by its identifier (no call is made)."""
        return AsyncDSSInsight(self.client, self.project_key, insight_id)

    async def create_insight(self, creation_info: Mapping[str, Any]) -> AsyncDSSInsight:
        """Create an insight owned by the caller; returns its handle. (operation ``createInsight``)

        :param creation_info: the insight's definition: its ``type`` (``chart``, ``static_file``, ...),
            ``name`` and ``params`` (another insight's ``get_settings().get_raw()`` is an example).
        """
        created = await self.client._requester.json(
            dashboards.create_insight.request_kwargs,
            self.project_key,
            body=json_body({"insightPrototype": dict(creation_info)}),
        )
        return AsyncDSSInsight(self.client, self.project_key, created["id"])

    async def get_data_quality_status(self, only_monitored: bool = True) -> dict[str, DataQualityDatasetSummary]:
        """The data quality status of the project's (monitored) datasets, by dataset name.

        (operation ``getProjectDataQualityStatus``)
        """
        statuses: dict[str, DataQualityDatasetSummary] = await self.client._requester.json(
            data_quality.get_project_data_quality_status.request_kwargs,
            self.project_key,
            only_monitored=only_monitored,
        )
        return statuses

    async def get_data_quality_timeline(
        self, min_timestamp: int | None = None, max_timestamp: int | None = None
    ) -> list[DataQualityTimelineDay]:
        """The project's rule computations per day over a time frame (epoch milliseconds; the last 14 days
        by default): each day's worst and current outcome, and its datasets.

        (operation ``getProjectDataQualityTimeline``)
        """
        from dssclient_generated.types import UNSET

        days: list[DataQualityTimelineDay] = await self.client._requester.json(
            data_quality.get_project_data_quality_timeline.request_kwargs,
            self.project_key,
            min_timestamp=min_timestamp if min_timestamp is not None else UNSET,
            max_timestamp=max_timestamp if max_timestamp is not None else UNSET,
        )
        return days

    # -- flow, discussions, tags, variables, SQL listings (issue 18) --

    async def list_test_scenarios(self) -> list[AsyncDSSScenario]:
        """Handles on the project's test scenarios (those marked as tests). (operation ``listScenarios``)"""
        listed: list[dict[str, Any]] = await self.client._requester.json(
            scenarios.list_scenarios.request_kwargs, self.project_key
        )
        return [AsyncDSSScenario(self.client, self.project_key, s["id"]) for s in listed if s.get("markedAsTest")]

    async def get_testing_status(self, bundle_id: str | None = None) -> DSSTestingStatus:
        """The outcomes of the last runs of the test scenarios. (operation ``getTestingStatus``)"""
        from dssclient_generated.types import UNSET

        status: TestingStatus = await self.client._requester.json(
            scenario_testing.get_testing_status.request_kwargs,
            self.project_key,
            bundle_id=bundle_id if bundle_id is not None else UNSET,
        )
        return DSSTestingStatus(status)

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the project itself; calls nothing."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "PROJECT", self.project_key)

    async def get_tags(self) -> ProjectTags:
        """The tags defined in the project, with their colors and the definitions' ``version``.

        (operation ``getProjectTags``)
        """
        tags: ProjectTags = await self.client._requester.json(
            project_tags.get_project_tags.request_kwargs, self.project_key
        )
        return tags

    async def set_tags(self, tags: Mapping[str, Any] | None = None) -> None:
        """Replace the tag definitions with a modified copy of :meth:`get_tags`'s (``{}`` by default).

        (operation ``setProjectTags``)
        """
        await self.client._requester.empty(
            project_tags.set_project_tags.request_kwargs, self.project_key, body=json_body(tags if tags else {})
        )

    async def update_variables(self, variables: Mapping[str, Any], type: str = "standard") -> None:  # noqa: A002
        """Set some variables, keeping the others: ``type`` is ``standard`` or ``local``.

        (operations ``getProjectVariables``, ``setProjectVariables``)
        """
        if type not in ("standard", "local"):
            raise ValueError(f"type is 'standard' or 'local', not {type!r}")
        current = await self.get_variables()
        current["standard" if type == "standard" else "local"].update(variables)
        await self.set_variables(current)

    def init_tables_import(self) -> AsyncTablesImportDefinition:
        """Start defining tables to import as datasets; calls nothing."""
        return AsyncTablesImportDefinition(self.client, self.project_key)

    async def list_sql_schemas(self, connection_name: str) -> list[str]:
        """The schemas of an SQL connection. (operation ``listTablesImportSchemas``)"""
        schemas: list[str] = await self.client._requester.json(
            tables_import.list_tables_import_schemas.request_kwargs, self.project_key, connection_name=connection_name
        )
        return schemas

    async def list_hive_databases(self) -> list[str]:
        """The databases of Hive. (operation ``listTablesImportSchemas``)"""
        return await self.list_sql_schemas("@virtual(hive-jdbc):default")

    async def list_sql_tables(self, connection_name: str, schema_name: str | None = None) -> list[SqlTableName]:
        """The tables of an SQL connection, of one schema or all, as ``{"schema", "table"}`` dicts.

        Waits for the listing task. (operation ``listTablesImportTables``)
        """
        tables = await self._list_tables(connection_name, schema_name)
        return [{"schema": t.get("schema"), "table": t["table"]} for t in tables]

    async def list_hive_tables(self, hive_database: str) -> list[SqlTableName]:
        """The tables of a Hive database, as ``{"schema", "table"}`` dicts. (operation ``listTablesImportTables``)"""
        tables = await self._list_tables(f"@virtual(hive-jdbc):{hive_database}", None)
        return [{"schema": t.get("databaseName"), "table": t["table"]} for t in tables]

    async def _list_tables(self, connection_name: str, schema_name: str | None) -> list[dict[str, Any]]:
        from dssclient_generated.types import UNSET

        state: FutureStatePayload = await self.client._requester.json(
            tables_import.list_tables_import_tables.request_kwargs,
            self.project_key,
            connection_name=connection_name,
            schema_name=schema_name if schema_name is not None else UNSET,
        )
        result = await AsyncDSSFuture.get_result_wait_if_needed(self.client, state)
        tables: list[dict[str, Any]] = result["tables"]
        return tables

    # -- analyses (issue 19) --

    async def create_analysis(self, input_dataset: str) -> AsyncDSSAnalysis:
        """Create a visual analysis of a dataset of the project; DSS chooses its id. (operation ``createAnalysis``)"""
        from dssclient_generated.api import analyses

        from .analysis import AsyncDSSAnalysis

        created: AnalysisCreated = await self.client._requester.json(
            analyses.create_analysis.request_kwargs, self.project_key, body=json_body({"inputDataset": input_dataset})
        )
        return AsyncDSSAnalysis(self.client, self.project_key, created["id"])

    async def list_analyses(self) -> list[AnalysisListItem]:
        """The project's visual analyses, one summary dict each (``analysisId``, ``analysisName``, ``inputDataset``).

        (operation ``listAnalyses``)
        """
        from dssclient_generated.api import analyses

        items: list[AnalysisListItem] = await self.client._requester.json(
            analyses.list_analyses.request_kwargs, self.project_key
        )
        return items

    def get_analysis(self, analysis_id: str) -> AsyncDSSAnalysis:
        """A handle on a visual analysis of this project (no call is made)."""
        from .analysis import AsyncDSSAnalysis

        return AsyncDSSAnalysis(self.client, self.project_key, analysis_id)

    # -- evaluation stores (issue 19) --

    async def _fetch_evaluation_stores(self, flavor: str | None) -> list[dict[str, Any]]:
        from dssclient_generated.api import evaluation_stores
        from dssclient_generated.types import UNSET

        items: list[dict[str, Any]] = await self.client._requester.json(
            evaluation_stores.list_evaluation_stores.request_kwargs,
            self.project_key,
            flavor=flavor if flavor is not None else UNSET,
        )
        return items

    async def list_model_evaluation_stores(self) -> list[AsyncDSSEvaluationStore]:
        """The project's evaluation stores: model evaluation stores for the ``TABULAR`` ones, evaluation stores for
        the others. (operation ``listEvaluationStores``)
        """
        from .evaluationstore import AsyncDSSEvaluationStore
        from .modelevaluationstore import AsyncDSSModelEvaluationStore

        stores: list[AsyncDSSEvaluationStore] = []
        for item in await self._fetch_evaluation_stores(None):
            if item.get("mesFlavor") == "TABULAR":
                stores.append(AsyncDSSModelEvaluationStore(self.client, self.project_key, item["id"]))
            else:
                stores.append(AsyncDSSEvaluationStore(self.client, self.project_key, item["id"]))
        return stores

    async def list_evaluation_stores(self, flavor: str | None = None) -> list[AsyncDSSEvaluationStore]:
        """The project's evaluation stores, of one flavor (``TABULAR``, ``LLM``, ``AGENT``) or of ``TABULAR`` and
        ``LLM``. (operation ``listEvaluationStores``)
        """
        from .evaluationstore import AsyncDSSEvaluationStore

        return [
            AsyncDSSEvaluationStore(self.client, self.project_key, item["id"])
            for item in await self._fetch_evaluation_stores(flavor)
        ]

    def get_model_evaluation_store(self, mes_id: str) -> AsyncDSSModelEvaluationStore:
        """A handle on a model evaluation store (no call is made)."""
        from .modelevaluationstore import AsyncDSSModelEvaluationStore

        return AsyncDSSModelEvaluationStore(self.client, self.project_key, mes_id)

    def get_evaluation_store(self, evaluation_store_id: str) -> AsyncDSSEvaluationStore:
        """A handle on an evaluation store (no call is made)."""
        from .evaluationstore import AsyncDSSEvaluationStore

        return AsyncDSSEvaluationStore(self.client, self.project_key, evaluation_store_id)

    async def _create_evaluation_store(self, name: str, flavor: str) -> str:
        from dssclient_generated.api import evaluation_stores

        if not name.strip():
            raise ValueError(f"An evaluation store needs a name, not {name!r}")
        created: dict[str, Any] = await self.client._requester.json(
            evaluation_stores.create_evaluation_store.request_kwargs,
            self.project_key,
            flavor=flavor,
            body=json_body({"projectKey": self.project_key, "name": name}),
        )
        return str(created["id"])

    async def create_model_evaluation_store(self, name: str) -> AsyncDSSModelEvaluationStore:
        """Create a model evaluation store (flavor ``TABULAR``); returns its handle.

        (operation ``createEvaluationStore``)
        """
        from .modelevaluationstore import AsyncDSSModelEvaluationStore

        store_id = await self._create_evaluation_store(name, "TABULAR")
        return AsyncDSSModelEvaluationStore(self.client, self.project_key, store_id)

    async def create_evaluation_store(self, name: str, flavor: str) -> AsyncDSSModelEvaluationStore:
        """Create an evaluation store of a flavor (``TABULAR``, ``LLM``, ``AGENT``); returns its handle (a model
        evaluation store's, as the official client does). (operation ``createEvaluationStore``)
        """
        from .modelevaluationstore import AsyncDSSModelEvaluationStore

        store_id = await self._create_evaluation_store(name, flavor)
        return AsyncDSSModelEvaluationStore(self.client, self.project_key, store_id)

    async def _fetch_evaluation_comparisons(self, model_task_types: list[str] | None) -> list[dict[str, Any]]:
        from dssclient_generated.api import model_comparisons
        from dssclient_generated.types import UNSET

        items: list[dict[str, Any]] = await self.client._requester.json(
            model_comparisons.list_evaluation_comparisons.request_kwargs,
            self.project_key,
            model_task_types=list(model_task_types) if model_task_types is not None else UNSET,
        )
        return items

    async def list_model_comparisons(self) -> list[AsyncDSSEvaluationComparison]:
        """The project's comparisons: model comparisons, evaluation comparisons for the ``LLM`` ones.

        (operation ``listEvaluationComparisons``)
        """
        from .evaluationcomparison import AsyncDSSEvaluationComparison
        from .modelcomparison import AsyncDSSModelComparison

        comparisons: list[AsyncDSSEvaluationComparison] = []
        for item in await self._fetch_evaluation_comparisons(None):
            if item.get("modelTaskType", item.get("predictionType")) == "LLM":
                comparisons.append(AsyncDSSEvaluationComparison(self.client, self.project_key, item["id"]))
            else:
                comparisons.append(AsyncDSSModelComparison(self.client, self.project_key, item["id"]))
        return comparisons

    async def list_evaluation_comparisons(
        self, model_task_types: list[str] | None = None
    ) -> list[AsyncDSSEvaluationComparison]:
        """The project's evaluation comparisons, of some task types or of all but ``AGENT``.

        (operation ``listEvaluationComparisons``)
        """
        from .evaluationcomparison import AsyncDSSEvaluationComparison

        return [
            AsyncDSSEvaluationComparison(self.client, self.project_key, item["id"])
            for item in await self._fetch_evaluation_comparisons(model_task_types)
        ]

    def get_model_comparison(self, mec_id: str) -> AsyncDSSModelComparison:
        """A handle on a model comparison (no call is made)."""
        from .modelcomparison import AsyncDSSModelComparison

        return AsyncDSSModelComparison(self.client, self.project_key, mec_id)

    def get_evaluation_comparison(self, comparison_id: str) -> AsyncDSSEvaluationComparison:
        """A handle on an evaluation comparison (no call is made)."""
        from .evaluationcomparison import AsyncDSSEvaluationComparison

        return AsyncDSSEvaluationComparison(self.client, self.project_key, comparison_id)

    async def create_model_comparison(self, name: str, prediction_type: str) -> AsyncDSSModelComparison:
        """Create a comparison of models of a prediction type (``BINARY_CLASSIFICATION``, ``REGRESSION``,
        ``MULTICLASS``, ...); returns its handle. (operation ``createModelComparison``)
        """
        from dssclient_generated.api import model_comparisons

        from .modelcomparison import AsyncDSSModelComparison

        body = {"projectKey": self.project_key, "displayName": name, "predictionType": prediction_type}
        created: dict[str, Any] = await self.client._requester.json(
            model_comparisons.create_model_comparison.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSModelComparison(self.client, self.project_key, str(created["id"]))

    async def create_evaluation_comparison(self, name: str, model_task_type: str) -> AsyncDSSEvaluationComparison:
        """Create a comparison of a task type (a prediction type, ``LLM`` or ``AGENT``); returns its handle.

        (operation ``createEvaluationComparison``)
        """
        from dssclient_generated.api import model_comparisons

        from .evaluationcomparison import AsyncDSSEvaluationComparison

        body = {"projectKey": self.project_key, "displayName": name, "predictionType": model_task_type}
        created: dict[str, Any] = await self.client._requester.json(
            model_comparisons.create_evaluation_comparison.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSEvaluationComparison(self.client, self.project_key, str(created["id"]))

    # -- ML tasks (issue 19) --

    async def _create_ml_task(self, body: dict[str, Any], wait_guess_complete: bool) -> AsyncDSSMLTask:
        from dssclient_generated.api import ml_tasks

        from .ml import AsyncDSSMLTask

        ref: MLTaskRef = await self.client._requester.json(
            ml_tasks.create_ml_task.request_kwargs, self.project_key, body=json_body(body)
        )
        task = AsyncDSSMLTask(self.client, self.project_key, ref["analysisId"], ref["mlTaskId"])
        if wait_guess_complete:
            await task.wait_guess_complete()
        return task

    async def create_prediction_ml_task(
        self,
        input_dataset: str,
        target_variable: str,
        ml_backend_type: str = "PY_MEMORY",
        guess_policy: str = "DEFAULT",
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a prediction ML task (in a new visual analysis) learning ``target_variable`` from a dataset.

        ``prediction_type`` (BINARY_CLASSIFICATION, MULTICLASS, REGRESSION) is guessed from the target's
        values when not given. With ``wait_guess_complete``, returns once DSS has guessed the task's
        settings. (operation ``createMLTask``)
        """
        body: dict[str, Any] = {
            "inputDataset": input_dataset,
            "taskType": "PREDICTION",
            "targetVariable": target_variable,
            "backendType": ml_backend_type,
            "guessPolicy": guess_policy,
        }
        if prediction_type is not None:
            body["predictionType"] = prediction_type
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_clustering_ml_task(
        self,
        input_dataset: str,
        ml_backend_type: str = "PY_MEMORY",
        guess_policy: str = "KMEANS",
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a clustering ML task (in a new visual analysis) on a dataset. (operation ``createMLTask``)"""
        body = {
            "inputDataset": input_dataset,
            "taskType": "CLUSTERING",
            "backendType": ml_backend_type,
            "guessPolicy": guess_policy,
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_timeseries_forecasting_ml_task(
        self,
        input_dataset: str,
        target_variable: str,
        time_variable: str,
        timeseries_identifiers: list[str] | None = None,
        guess_policy: str = "TIMESERIES_DEFAULT",
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a time series forecasting ML task on a dataset. (operation ``createMLTask``)"""
        body = {
            "inputDataset": input_dataset,
            "taskType": "PREDICTION",
            "targetVariable": target_variable,
            "timeVariable": time_variable,
            "timeseriesIdentifiers": timeseries_identifiers,
            "backendType": "PY_MEMORY",
            "guessPolicy": guess_policy,
            "predictionType": "TIMESERIES_FORECAST",
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_multi_target_prediction_ml_task(
        self,
        input_dataset: str,
        target_variables: list[str],
        guess_policy: str = "MULTI_TARGET_DEFAULT",
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a multi-target regression ML task on a dataset. (operation ``createMLTask``)"""
        body = {
            "inputDataset": input_dataset,
            "taskType": "PREDICTION",
            "targetVariables": target_variables,
            "backendType": "PY_MEMORY",
            "guessPolicy": guess_policy,
            "predictionType": "MULTI_TARGET_REGRESSION",
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def create_causal_prediction_ml_task(
        self,
        input_dataset: str,
        outcome_variable: str,
        treatment_variable: str,
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> AsyncDSSMLTask:
        """Create a causal prediction ML task (the effect of ``treatment_variable`` on ``outcome_variable``).

        (operation ``createMLTask``)
        """
        body = {
            "inputDataset": input_dataset,
            "taskType": "PREDICTION",
            "targetVariable": outcome_variable,
            "treatmentVariable": treatment_variable,
            "backendType": "PY_MEMORY",
            "guessPolicy": "CAUSAL_PREDICTION",
            "predictionType": prediction_type,
        }
        return await self._create_ml_task(body, wait_guess_complete)

    async def list_ml_tasks(self) -> MLTaskList:
        """The ML tasks of the project's visual analyses, under ``mlTasks``. (operation ``listMLTasks``)"""
        from dssclient_generated.api import ml_tasks

        tasks: MLTaskList = await self.client._requester.json(ml_tasks.list_ml_tasks.request_kwargs, self.project_key)
        return tasks

    def get_ml_task(self, analysis_id: str, mltask_id: str) -> AsyncDSSMLTask:
        """A handle on an ML task of a visual analysis of the project (no call is made)."""
        from .ml import AsyncDSSMLTask

        return AsyncDSSMLTask(self.client, self.project_key, analysis_id, mltask_id)

    async def list_mltask_queues(self) -> DSSMLTaskQueues:
        """The project's ML task queues that hold sessions to train. (operation ``listMLTaskQueues``)"""
        from dssclient_generated.api import ml_tasks

        from .ml import DSSMLTaskQueues

        queues: MLTaskQueues = await self.client._requester.json(
            ml_tasks.list_ml_task_queues.request_kwargs, self.project_key
        )
        return DSSMLTaskQueues(queues)

    # -- MLflow experiment tracking (issue 19) --

    def get_mlflow_extension(self) -> AsyncDSSMLflowExtension:
        """The project's experiment tracking, through DSS's MLflow extension (no call is made)."""
        from .mlflow import AsyncDSSMLflowExtension

        return AsyncDSSMLflowExtension(self.client, self.project_key)

    # -- saved models (issue 19) --

    async def list_saved_models(self, include_shared: bool = False) -> list[SavedModel]:
        """The saved models of the project, each as its settings; with ``include_shared``, also those
        other projects expose to it. (operation ``listSavedModels``)"""
        from dssclient_generated.api import saved_models

        listed: list[SavedModel] = await self.client._requester.json(
            saved_models.list_saved_models.request_kwargs, self.project_key, foreign=include_shared
        )
        return listed

    def get_saved_model(self, sm_id: str) -> AsyncDSSSavedModel:
        """A handle on a saved model of the project, by identifier (no call is made)."""
        from .savedmodel import AsyncDSSSavedModel

        return AsyncDSSSavedModel(self.client, self.project_key, sm_id)

    async def _create_saved_model(self, model: dict[str, Any]) -> AsyncDSSSavedModel:
        from dssclient_generated.api import saved_models

        created: SavedModelCreated = await self.client._requester.json(
            saved_models.create_saved_model.request_kwargs, self.project_key, body=json_body(model)
        )
        return self.get_saved_model(created["id"])

    async def create_mlflow_pyfunc_model(self, name: str, prediction_type: str | None = None) -> AsyncDSSSavedModel:
        """Create an empty saved model for MLflow models, whose versions are imported afterwards
        (``prediction_type``: ``BINARY_CLASSIFICATION``, ``MULTICLASS``, ``REGRESSION``, or None for
        another kind of model, which then has no performance analysis). (operation ``createSavedModel``)"""
        return await self._create_saved_model(
            {"savedModelType": "MLFLOW_PYFUNC", "predictionType": prediction_type, "name": name}
        )

    async def create_finetuned_llm_saved_model(self, name: str) -> AsyncDSSSavedModel:
        """Create an empty saved model for LLMs fine-tuned with Python code. (operation ``createSavedModel``)"""
        return await self._create_saved_model({"savedModelType": "LLM_GENERIC", "name": name})

    async def create_external_model(
        self, name: str, prediction_type: str, configuration: dict[str, Any]
    ) -> AsyncDSSSavedModel:
        """Create a saved model whose versions are endpoints of an external service, which
        ``configuration`` names (``protocol``: ``sagemaker``, ``azure-ml``, ``vertex-ai``,
        ``databricks``; its region, connection, ...). (operation ``createSavedModel``)"""
        from dssclient._json import is_object

        if not is_object(configuration):
            raise TypeError("configuration is a dict of the external service's parameters (protocol, ...)")
        return await self._create_saved_model(
            {
                "savedModelType": "PROXY_MODEL",
                "predictionType": prediction_type,
                "name": name,
                "proxyModelConfiguration": configuration,
            }
        )

    # -- MLflow follow-ups (issue 19) --

    async def setup_mlflow(self, managed_folder: str | AsyncDSSManagedFolder, host: str | None = None) -> Never:
        """Set up the ``mlflow`` package to track into this project, its artifacts in ``managed_folder``
        (its id, ``PROJECT.id``, or its handle), as the official client's method does.

        Without the ``mlflow`` package, raises the same ``ModuleNotFoundError`` as the official client.
        With it, the managed folder is checked as the official client checks it (``TypeError`` for
        another type, :class:`~dssclient.NotFoundError` when it does not exist; operation
        ``getManagedFolder``), then ``NotImplementedError``: dssclient does not provide the official
        ``MLflowHandle``. What is missing: the MLflow plugin the official client registers with MLflow
        when it is set up (a request-header provider that adds the API key and the
        ``x-dku-mlflow-project-key`` header to MLflow's REST calls, and an artifact repository for the
        ``dss-managed-folder`` scheme that stores artifacts in the managed folder), and the environment
        it sets for them (``MLFLOW_TRACKING_URI`` = the host + ``/dip/publicapi``, or ``host``). Without
        them MLflow's calls would reach DSS unauthenticated and with no project. To track experiments
        without ``mlflow``, use :meth:`get_mlflow_extension` (``create_experiment``, ``create_run``,
        ``log_metric``, ``log_param``, ...).
        """
        import importlib

        importlib.import_module("mlflow")  # the official client's ImportError where mlflow is missing

        if isinstance(managed_folder, AsyncDSSManagedFolder):
            folder = managed_folder
        elif isinstance(managed_folder, str) and managed_folder:  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
            project_key, _, folder_id = managed_folder.rpartition(".")
            folder = self.client.get_project(project_key or self.project_key).get_managed_folder(folder_id)
        else:
            raise TypeError('Type of managed_folder must be "str" or "DSSManagedFolder"')
        await folder.get_settings()
        raise NotImplementedError(
            "DSSProject.setup_mlflow: dssclient does not provide the MLflow plugin (request-header provider, "
            "managed-folder artifact repository) the official client registers with mlflow; track experiments "
            "with get_mlflow_extension() instead"
        )


class AsyncDSSProjectSettings(DSSRawSettings["ProjectSettings"]):
    """A project's settings. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, settings: ProjectSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key

    def set_python_code_env(self, code_env_name: str | None) -> None:
        """Use this Python code environment by default, or the built-in one when ``None``."""
        self._set_code_env("python", code_env_name)

    def set_r_code_env(self, code_env_name: str | None) -> None:
        """Use this R code environment by default, or the built-in one when ``None``."""
        self._set_code_env("r", code_env_name)

    def set_container_exec_config(self, config_name: str | None) -> None:
        """Run in this containerized execution configuration by default, or locally when ``None``."""
        container = nested_dict(self._untyped, "settings", "container")
        if config_name is None:
            container["containerMode"] = "NONE"
        else:
            container["containerMode"] = "EXPLICIT_CONTAINER"
            container["containerConf"] = config_name

    def _set_code_env(self, language: str, code_env_name: str | None) -> None:
        env = nested_dict(self._untyped, "settings", "codeEnvs", language)
        if code_env_name is None:
            env["useBuiltinEnv"] = True
            env["mode"] = "USE_BUILTIN_MODE"
        else:
            env["useBuiltinEnv"] = False
            env["envName"] = code_env_name
            env["mode"] = "EXPLICIT_ENV"

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveProjectSettings``)"""
        await self.client._requester.empty(
            projects.save_project_settings.request_kwargs, self.project_key, body=json_body(self.settings)
        )

    # -- exposed objects (issue 18) --

    def add_exposed_object(self, object_type: str, object_id: str, target_project: str) -> None:
        """Expose an object of this project (``DATASET``, ``SAVED_MODEL``, ...) to another project; once only."""
        objects: list[dict[str, Any]] = nested_dict(self._untyped, "exposedObjects").setdefault("objects", [])
        found: dict[str, Any] | None = next(
            (o for o in objects if o.get("type") == object_type and o.get("localName") == object_id), None
        )
        if found is None:
            found = {"type": object_type, "localName": object_id, "rules": []}
            objects.append(found)
        rules: list[dict[str, Any]] = found.setdefault("rules", [])
        if not any(rule.get("targetProject") == target_project for rule in rules):
            rules.append({"targetProject": target_project})


class SqlTableName(TypedDict):
    """A table :meth:`DSSProject.list_sql_tables` lists: its schema (None where the database has none) and name."""

    schema: str | None
    table: str


class TablesImportReport(TypedDict, total=False):
    """What an import of tables did: the emulator's report (DSS's own is unverified, hence ``total=False``)."""

    importedDatasets: list[str]


class AsyncTablesImportDefinition:
    """Tables to import as datasets. Get one with :meth:`DSSProject.init_tables_import`; adding tables calls nothing."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key
        self.keys: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, {len(self.keys)} tables)"

    def add_hive_table(self, hive_database: str, hive_table: str) -> None:
        """Add a table of a Hive database."""
        self.keys.append({"connectionName": f"@virtual(hive-jdbc):{hive_database}", "name": hive_table})

    def add_sql_table(self, connection: str, schema: str | None, table: str, catalog: str | None = None) -> None:
        """Add a table of an SQL connection."""
        self.keys.append({"connectionName": connection, "schema": schema, "name": table, "catalog": catalog})

    def add_iceberg_table(self, connection: str, namespace: str, table: str) -> None:
        """Add a table of an Iceberg connection."""
        self.keys.append({"connectionName": connection, "namespace": namespace, "name": table})

    def add_elasticsearch_index_or_alias(self, connection: str, index_or_alias: str) -> None:
        """Add an Elasticsearch index or alias."""
        self.keys.append({"connectionName": connection, "name": index_or_alias})

    async def prepare(self) -> AsyncTablesPreparedImport:
        """Check the tables and propose a dataset for each; waits for the task. (operation ``prepareTablesImport``)"""
        state: FutureStatePayload = await self.client._requester.json(
            tables_import.prepare_tables_import.request_kwargs,
            self.project_key,
            body=json_body({"keys": self.keys}),
        )
        future: AsyncDSSFuture[TablesImportCandidates] = AsyncDSSFuture(self.client, state.get("jobId"), state)
        return AsyncTablesPreparedImport(self.client, self.project_key, await future.wait_for_result())


class AsyncTablesPreparedImport:
    """A prepared import: ``candidates`` proposes a dataset per table (names may be changed before :meth:`execute`)."""

    def __init__(self, client: AsyncDSSClient, project_key: str, candidates: TablesImportCandidates) -> None:
        self.client = client
        self.project_key = project_key
        self.candidates = candidates

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    async def execute(self) -> AsyncDSSFuture[TablesImportReport]:
        """Start creating the datasets; the future's result names them. (operation ``executeTablesImport``)"""
        state: FutureStatePayload = await self.client._requester.json(
            tables_import.execute_tables_import.request_kwargs, self.project_key, body=json_body(self.candidates)
        )
        return AsyncDSSFuture.from_resp(self.client, state)
