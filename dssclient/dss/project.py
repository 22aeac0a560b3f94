# Derived from dssclient/aio/dss/project.py by scripts/unasync.py: do not edit.
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
from .._stream import DSSStream
from ._files import upload_file_name, upload_source, write_to_file
from .apiservice import DSSAPIService, DSSAPIServiceListItem
from .codestudio import DSSCodeStudioObject, DSSCodeStudioObjectListItem
from .continuousactivity import DSSContinuousActivity
from .dashboard import DSSDashboard, DSSDashboardListItem
from .dataset import DSSDataset, DSSDatasetListItem, DSSManagedDatasetCreationHelper
from .discussion import DSSObjectDiscussions
from .flow import DSSProjectFlow
from .future import DSSFuture
from .insight import DSSInsight, DSSInsightListItem
from .job import DSSJob, DSSJobListItem, JobDefinitionBuilder
from .jupyternotebook import DSSJupyterNotebook, DSSJupyterNotebookListItem
from .macro import DSSMacro
from .managedfolder import DSSManagedFolder
from .notebook import DSSNotebook
from .projectlibrary import DSSLibrary
from .recipe import (
    AgentEvaluationRecipeCreator,
    CodeRecipeCreator,
    ContinuousSyncRecipeCreator,
    DistinctRecipeCreator,
    DownloadRecipeCreator,
    DSSRecipe,
    DSSRecipeCreator,
    DSSRecipeListItem,
    EvaluationRecipeCreator,
    ExtractFailedRowsRecipeCreator,
    FuzzyJoinRecipeCreator,
    GenerateFeaturesRecipeCreator,
    GeoJoinRecipeCreator,
    GroupingRecipeCreator,
    JoinRecipeCreator,
    LLMEvaluationRecipeCreator,
    PivotRecipeCreator,
    PrepareRecipeCreator,
    SamplingRecipeCreator,
    SortRecipeCreator,
    SplitRecipeCreator,
    SQLQueryRecipeCreator,
    StackRecipeCreator,
    StandaloneEvaluationRecipeCreator,
    SyncRecipeCreator,
    TopNRecipeCreator,
    UpsertRecipeCreator,
    WindowRecipeCreator,
    new_recipe_creator,
)
from .scenario import DSSScenario, DSSScenarioListItem, DSSTestingStatus
from .sqlnotebook import DSSSQLNotebook, DSSSQLNotebookListItem
from .streaming_endpoint import (
    DSSManagedStreamingEndpointCreationHelper,
    DSSStreamingEndpoint,
    DSSStreamingEndpointListItem,
)
from .webapp import CODE_WEBAPP_TYPES, DSSWebApp, DSSWebAppListItem
from .wiki import DSSWiki

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

    from ..dssclient import DSSClient
    from .analysis import DSSAnalysis
    from .app import DSSAppManifest
    from .evaluationcomparison import DSSEvaluationComparison
    from .evaluationstore import DSSEvaluationStore
    from .ml import DSSMLTask, DSSMLTaskQueues
    from .mlflow import DSSMLflowExtension
    from .modelcomparison import DSSModelComparison
    from .modelevaluationstore import DSSModelEvaluationStore
    from .projectfolder import DSSProjectFolder
    from .recipe import ClusteringScoringRecipeCreator, PredictionScoringRecipeCreator
    from .savedmodel import DSSSavedModel  # saved models (issue 19)
    from .scenario import PythonScriptBasedScenarioSettings, StepBasedScenarioSettings

ListItems = Literal["listitems", "listitem"]
Objects = Literal["objects", "object"]


class DSSProject:
    """A handle on a project. Get one with :meth:`DSSClient.get_project`; creating it calls nothing."""

    def __init__(self, client: DSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    # -- the project itself -------------------------------------------------------------------

    def get_summary(self) -> ProjectSummary:
        """The project's summary: key, name, owner, tags, version. (operation ``getProjectSummary``)"""
        summary: ProjectSummary = self.client._requester.json(
            projects.get_project_summary.request_kwargs, self.project_key
        )
        return summary

    def delete(
        self,
        clear_managed_datasets: bool = False,
        clear_output_managed_folders: bool = False,
        clear_job_and_scenario_logs: bool = True,
        clear_managed_knowledge_banks: bool = False,
        **kwargs: Any,
    ) -> DSSFuture:
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
        state = self.client._requester.json(
            projects.delete_project.request_kwargs,
            self.project_key,
            clear_managed_datasets=clear_managed_datasets,
            clear_output_managed_folders=clear_output_managed_folders,
            clear_job_and_scenario_logs=clear_job_and_scenario_logs,
            clear_managed_knowledge_banks=clear_managed_knowledge_banks,
            wait=wait,
        )
        return DSSFuture.from_resp(self.client, state)

    def get_settings(self) -> DSSProjectSettings:
        """The project's settings, to edit and :meth:`~DSSProjectSettings.save`. (operation ``getProjectSettings``)"""
        raw: ProjectSettings = self.client._requester.json(
            projects.get_project_settings.request_kwargs, self.project_key
        )
        return DSSProjectSettings(self.client, self.project_key, raw)

    def get_metadata(self) -> ObjectMetadata:
        """Label, description, tags, checklists and custom metadata. (operation ``getProjectMetadata``)"""
        metadata: ObjectMetadata = self.client._requester.json(
            projects.get_project_metadata.request_kwargs, self.project_key
        )
        return metadata

    def set_metadata(self, metadata: Mapping[str, Any]) -> None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setProjectMetadata``)"""
        self.client._requester.empty(
            projects.set_project_metadata.request_kwargs, self.project_key, body=json_body(metadata)
        )

    def get_variables(self) -> ProjectVariables:
        """The variables, as ``{"standard": {...}, "local": {...}}``. (operation ``getProjectVariables``)"""
        variables: ProjectVariables = self.client._requester.json(
            projects.get_project_variables.request_kwargs, self.project_key
        )
        return variables

    def set_variables(self, obj: Mapping[str, Any]) -> None:
        """Replace the variables with a modified copy of :meth:`get_variables`'s. (operation ``setProjectVariables``)"""
        for key in ("standard", "local"):
            if key not in obj:
                raise ValueError(f"Missing '{key}' key in argument")
        self.client._requester.empty(
            projects.set_project_variables.request_kwargs, self.project_key, body=json_body(obj)
        )

    # -- datasets -------------------------------------------------------------------------------

    @overload
    def list_datasets(
        self, as_type: ListItems = "listitems", include_shared: bool = False, tags: list[str] | None = None
    ) -> list[DSSDatasetListItem]: ...

    @overload
    def list_datasets(
        self, as_type: Objects, include_shared: bool = False, tags: list[str] | None = None
    ) -> list[DSSDataset]: ...

    def list_datasets(
        self,
        as_type: ListItems | Objects = "listitems",
        include_shared: bool = False,
        tags: list[str] | None = None,
    ) -> list[DSSDatasetListItem] | list[DSSDataset]:
        """The project's datasets, as list items or as handles. (operation ``listDatasets``)

        :param include_shared: also list datasets shared into this project by others.
        :param tags: only datasets with at least one of these tags.
        """
        from dssclient_generated.types import UNSET

        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self.client._requester.json(
            datasets.list_datasets.request_kwargs, self.project_key, foreign=include_shared, tags=tags or UNSET
        )
        if list_items:
            return [DSSDatasetListItem(self.client, item) for item in items]
        return [DSSDataset(self.client, item.get("projectKey", self.project_key), item["name"]) for item in items]

    def get_dataset(self, dataset_name: str) -> DSSDataset:
        """A handle on a dataset of this project (no call is made)."""
        return DSSDataset(self.client, self.project_key, dataset_name)

    def create_dataset(
        self,
        dataset_name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        params: dict[str, Any] | None = None,
        formatType: str | None = None,  # noqa: N803 - the official client's parameter name
        formatParams: dict[str, Any] | None = None,  # noqa: N803
    ) -> DSSDataset:
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
        self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(definition)
        )
        return DSSDataset(self.client, self.project_key, dataset_name)

    # -- code studios, API services (API Designer) -----------------------------------------------

    @overload
    def list_code_studios(self, as_type: ListItems = "listitems") -> list[DSSCodeStudioObjectListItem]: ...

    @overload
    def list_code_studios(self, as_type: Objects) -> list[DSSCodeStudioObject]: ...

    def list_code_studios(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSCodeStudioObjectListItem] | list[DSSCodeStudioObject]:
        """The project's code studios, as list items or as handles. (operation ``listCodeStudios``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self.client._requester.json(
            code_studios.list_code_studios.request_kwargs, self.project_key
        )
        if list_items:
            return [DSSCodeStudioObjectListItem(self.client, self.project_key, item) for item in items]
        return [DSSCodeStudioObject(self.client, self.project_key, item["id"]) for item in items]

    def get_code_studio(self, code_studio_id: str) -> DSSCodeStudioObject:
        """A handle on a code studio of this project (no call is made)."""
        return DSSCodeStudioObject(self.client, self.project_key, code_studio_id)

    def create_code_studio(self, name: str, template_id: str) -> DSSCodeStudioObject:
        """Create a code studio from a template, owned by the caller, stopped. (operation ``createCodeStudio``)

        DSS chooses its identifier; start it with :meth:`DSSCodeStudioObject.restart`.
        """
        created: dict[str, Any] = self.client._requester.json(
            code_studios.create_code_studio.request_kwargs,
            self.project_key,
            body=json_body({"name": name, "templateId": template_id}),
        )
        return DSSCodeStudioObject(self.client, self.project_key, created["codeStudio"]["id"])

    @overload
    def list_api_services(self, as_type: ListItems = "listitems") -> list[DSSAPIServiceListItem]: ...

    @overload
    def list_api_services(self, as_type: Objects) -> list[DSSAPIService]: ...

    def list_api_services(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSAPIServiceListItem] | list[DSSAPIService]:
        """The project's API services, as list items or as handles. (operation ``listApiServices``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self.client._requester.json(
            api_services.list_api_services.request_kwargs, self.project_key
        )
        if list_items:
            return [DSSAPIServiceListItem(self.client, item) for item in items]
        return [DSSAPIService(self.client, self.project_key, item["id"]) for item in items]

    def create_api_service(self, service_id: str) -> DSSAPIService:
        """Create an API service, without endpoints. (operation ``createApiService``)

        No call deletes an API service: deleting the project does.
        """
        self.client._requester.empty(api_services.create_api_service.request_kwargs, self.project_key, service_id)
        return DSSAPIService(self.client, self.project_key, service_id)

    def get_api_service(self, service_id: str) -> DSSAPIService:
        """A handle on an API service of this project (no call is made)."""
        return DSSAPIService(self.client, self.project_key, service_id)

    # -- instance content: folder, export, bundles -------------------------------------------------

    def get_project_folder(self) -> DSSProjectFolder:
        """The folder holding the project. (operation ``locateProjectFolder``)"""
        from .projectfolder import DSSProjectFolder

        data = self.client._requester.json(project_folders.locate_project_folder.request_kwargs, self.project_key)
        return DSSProjectFolder(self.client, data)

    def move_to_folder(self, folder: DSSProjectFolder) -> None:
        """Move the project into ``folder``. (operations ``locateProjectFolder``, ``moveProjectToFolder``)"""
        current = self.get_project_folder()
        current.move_project_to(self.project_key, folder)

    def get_export_stream(self, options: dict[str, Any] | None = None) -> DSSStream:
        """The project exported as a zip archive, a stream read as it arrives. Close it. (operation ``exportProject``)

        ``options`` choose which data go with the project's definition (``exportUploads``,
        ``exportManagedFS``, ``exportAllDatasets``, ... each false by default). The stream
        can be passed to :meth:`DSSClient.prepare_project_import` as it is.
        """
        return self.client._requester.stream(
            project_archives.export_project.request_kwargs, self.project_key, body=json_body(options or {})
        )

    def export_to_file(self, path: str | os.PathLike[str], options: dict[str, Any] | None = None) -> None:
        """Export the project into the zip file ``path``, written as it arrives; a failed download
        leaves ``path`` as it was. (operation ``exportProject``)"""
        write_to_file(self.get_export_stream(options), path)

    def list_exported_bundles(self) -> BundleList:
        """The bundles made in the project: ``{"bundles": [...]}``. (operation ``listExportedBundles``)"""
        bundles: BundleList = self.client._requester.json(
            project_archives.list_exported_bundles.request_kwargs, self.project_key
        )
        return bundles

    def export_bundle(
        self, bundle_id: str, release_notes: str | None = None, evaluate_project_standards_checks: bool = True
    ) -> BundleSummary:
        """Make a bundle of the project (design nodes). (operation ``exportBundle``)"""
        from dssclient_generated.types import UNSET

        bundle: BundleSummary = self.client._requester.json(
            project_archives.export_bundle.request_kwargs,
            self.project_key,
            bundle_id,
            release_notes=release_notes if release_notes is not None else UNSET,
            evaluate_project_standards_checks=evaluate_project_standards_checks,
        )
        return bundle

    def delete_exported_bundle(self, bundle_id: str) -> Acknowledgement:
        """Delete a bundle of the project (design nodes). (operation ``deleteExportedBundle``)"""
        answer: Acknowledgement = self.client._requester.json(
            project_archives.delete_exported_bundle.request_kwargs, self.project_key, bundle_id
        )
        return answer

    def get_exported_bundle_archive_stream(self, bundle_id: str) -> DSSStream:
        """A bundle's archive, a stream read as it arrives. Close it. (operation ``getExportedBundleArchive``)"""
        return self.client._requester.stream(
            project_archives.get_exported_bundle_archive.request_kwargs, self.project_key, bundle_id
        )

    def download_exported_bundle_archive_to_file(self, bundle_id: str, path: str | os.PathLike[str]) -> None:
        """Write a bundle's archive into ``path`` (``"-"``: stdout); a failed download leaves ``path``
        as it was. (operation ``getExportedBundleArchive``)"""
        write_to_file(self.get_exported_bundle_archive_stream(bundle_id), path)

    def publish_bundle(self, bundle_id: str, published_project_key: str | None = None) -> BundlePublication:
        """Publish a bundle on the project deployer; returns where. (operation ``publishBundle``)

        It goes into the published project ``published_project_key`` (this project's key
        when None), created if it does not exist.
        """
        from dssclient_generated.types import UNSET

        published: BundlePublication = self.client._requester.json(
            project_archives.publish_bundle.request_kwargs,
            self.project_key,
            bundle_id,
            published_project_key=published_project_key if published_project_key is not None else UNSET,
        )
        return published

    def get_app_manifest(self) -> DSSAppManifest:
        """The app manifest of this project, an app's template or instance. (operation ``getProjectAppManifest``)"""
        from .app import DSSAppManifest

        raw = self.client._requester.json(apps.get_project_app_manifest.request_kwargs, self.project_key)
        return DSSAppManifest(self.client, raw, self.project_key)

    def list_imported_bundles(self) -> BundleList:
        """The bundles imported in the project: ``{"bundles": [...]}``. (operation ``listImportedBundles``)"""
        bundles: BundleList = self.client._requester.json(
            project_archives.list_imported_bundles.request_kwargs, self.project_key
        )
        return bundles

    def import_bundle_from_archive(self, archive_path: str) -> ProjectFromBundle:
        """Import a bundle archive on the DSS node's disk (automation nodes). (operation ``importBundleFromArchive``)

        ``archive_path`` is made absolute here, and read by the DSS node: it must be a path on
        that machine. Returns the project and the bundle imported.
        """
        imported: ProjectFromBundle = self.client._requester.json(
            project_archives.import_bundle_from_archive.request_kwargs,
            self.project_key,
            archive_path=os.path.abspath(archive_path),
        )
        return imported

    def import_bundle_from_stream(self, fp: Any) -> None:
        """Import a bundle archive (a binary file or bytes). (operation ``importBundleFromStream``)"""
        with upload_source(fp, "DSSProject.import_bundle_from_stream") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            self.client._requester.empty(
                project_archives.import_bundle_from_stream.request_kwargs, self.project_key, body=body
            )

    def activate_bundle(
        self, bundle_id: str, scenarios_to_enable: dict[str, bool] | None = None
    ) -> BundleActivationReport:
        """Give the project the content of an imported bundle (automation nodes). (operation ``activateBundle``)

        ``scenarios_to_enable`` maps scenario identifiers to whether each is active after.
        Returns the activation report.
        """
        options = {"scenariosActiveOnActivation": scenarios_to_enable} if scenarios_to_enable else {}
        report: BundleActivationReport = self.client._requester.json(
            project_archives.activate_bundle.request_kwargs, self.project_key, bundle_id, body=json_body(options)
        )
        return report

    def preload_bundle(self, bundle_id: str) -> BundlePreloadReport:
        """Ready an imported bundle for activation (automation nodes); returns the preload report.

        (operation ``preloadBundle``)
        """
        report: BundlePreloadReport = self.client._requester.json(
            project_archives.preload_bundle.request_kwargs, self.project_key, bundle_id
        )
        return report

    def delete_imported_bundle(self, bundle_id: str) -> Acknowledgement:
        """Delete a bundle imported in the project (automation nodes; not the active one).

        (operation ``deleteImportedBundle``)
        """
        answer: Acknowledgement = self.client._requester.json(
            project_archives.delete_imported_bundle.request_kwargs, self.project_key, bundle_id
        )
        return answer

    # -- project automation: datasets with data, recipes, jobs, scenarios, flow, permissions ------

    def create_upload_dataset(self, dataset_name: str, connection: str | None = None) -> DSSDataset:
        """Create a dataset of uploaded files (add them with :meth:`DSSDataset.uploaded_add_file`).

        (operation ``createDataset``)
        """
        check_identifier("dataset name", dataset_name)
        params: dict[str, Any] = {} if connection is None else {"uploadConnection": connection}
        body = {"name": dataset_name, "projectKey": self.project_key, "type": "UploadedFiles", "params": params}
        self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSDataset(self.client, self.project_key, dataset_name)

    def create_filesystem_dataset(self, dataset_name: str, connection: str, path_in_connection: str) -> DSSDataset:
        """Create a dataset of the files at a path of a filesystem connection. (operation ``createDataset``)"""
        return self.create_fslike_dataset(dataset_name, "Filesystem", connection, path_in_connection)

    def create_fslike_dataset(
        self,
        dataset_name: str,
        dataset_type: str,
        connection: str,
        path_in_connection: str,
        extra_params: dict[str, Any] | None = None,
    ) -> DSSDataset:
        """Create a file-based dataset (``Filesystem``, ``S3``, ...) on a connection. (operation ``createDataset``)"""
        check_identifier("dataset name", dataset_name)
        params: dict[str, Any] = {"connection": connection, "path": path_in_connection}
        if extra_params is not None:
            params.update(extra_params)
        body = {"name": dataset_name, "projectKey": self.project_key, "type": dataset_type, "params": params}
        self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSDataset(self.client, self.project_key, dataset_name)

    def new_managed_dataset(self, dataset_name: str) -> DSSManagedDatasetCreationHelper:
        """Start creating a managed dataset (no call is made): choose its connection, then ``create()``."""
        check_identifier("dataset name", dataset_name)
        return DSSManagedDatasetCreationHelper(self, dataset_name)

    def new_managed_dataset_creation_helper(self, dataset_name: str) -> DSSManagedDatasetCreationHelper:
        """Deprecated name of :meth:`new_managed_dataset`."""
        warnings.warn(
            "new_managed_dataset_creation_helper is deprecated: use new_managed_dataset", DeprecationWarning, 2
        )
        return self.new_managed_dataset(dataset_name)

    @overload
    def list_recipes(self, as_type: ListItems = "listitems") -> list[DSSRecipeListItem]: ...

    @overload
    def list_recipes(self, as_type: Objects) -> list[DSSRecipe]: ...

    def list_recipes(self, as_type: ListItems | Objects = "listitems") -> list[DSSRecipeListItem] | list[DSSRecipe]:
        """The project's recipes, as list items or as handles. (operation ``listRecipes``)"""
        list_items = as_list_items(as_type)
        items: list[dict[str, Any]] = self.client._requester.json(recipes.list_recipes.request_kwargs, self.project_key)
        if list_items:
            return [DSSRecipeListItem(self.client, item) for item in items]
        return [DSSRecipe(self.client, self.project_key, item["name"]) for item in items]

    def get_recipe(self, recipe_name: str) -> DSSRecipe:
        """A handle on a recipe of this project (no call is made)."""
        return DSSRecipe(self.client, self.project_key, recipe_name)

    def create_recipe(self, recipe_proto: dict[str, Any], creation_settings: dict[str, Any]) -> DSSRecipe:
        """Create a recipe from a prototype and creation settings; the builders of :meth:`new_recipe` call this.

        ``recipe_proto`` gets this project's key (the dict is changed, as the official client
        changes it). (operation ``createRecipe``)
        """
        recipe_proto["projectKey"] = self.project_key
        body = {"recipePrototype": recipe_proto, "creationSettings": creation_settings}
        answer = self.client._requester.json(
            recipes.create_recipe.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSRecipe(self.client, self.project_key, answer["name"])

    @overload
    def new_recipe(self, type: Literal["grouping"], name: str | None = None) -> GroupingRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sync"], name: str | None = None) -> SyncRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["join"], name: str | None = None) -> JoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["prepare", "shaker"], name: str | None = None
    ) -> PrepareRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["extract_failed_rows"], name: str | None = None
    ) -> ExtractFailedRowsRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["evaluation"], name: str | None = None
    ) -> EvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["standalone_evaluation"], name: str | None = None
    ) -> StandaloneEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["nlp_llm_evaluation"], name: str | None = None
    ) -> LLMEvaluationRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["nlp_agent_evaluation"], name: str | None = None
    ) -> AgentEvaluationRecipeCreator: ...

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
    ) -> CodeRecipeCreator: ...

    @overload
    def new_recipe(self, type: Literal["sort"], name: str | None = None) -> SortRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["distinct"], name: str | None = None) -> DistinctRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["window"], name: str | None = None) -> WindowRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["pivot"], name: str | None = None) -> PivotRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sampling"], name: str | None = None) -> SamplingRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["download"], name: str | None = None) -> DownloadRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["csync"], name: str | None = None) -> ContinuousSyncRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["sql_query"], name: str | None = None) -> SQLQueryRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["upsert"], name: str | None = None) -> UpsertRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["topn"], name: str | None = None) -> TopNRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["vstack"], name: str | None = None) -> StackRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(
        self, type: Literal["generate_features"], name: str | None = None
    ) -> GenerateFeaturesRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["fuzzyjoin"], name: str | None = None) -> FuzzyJoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["geojoin"], name: str | None = None) -> GeoJoinRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(self, type: Literal["split"], name: str | None = None) -> SplitRecipeCreator: ...  # noqa: A002

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["prediction_scoring"], name: str | None = None
    ) -> PredictionScoringRecipeCreator: ...

    @overload
    def new_recipe(  # noqa: A002
        self, type: Literal["clustering_scoring"], name: str | None = None
    ) -> ClusteringScoringRecipeCreator: ...

    @overload
    def new_recipe(self, type: str, name: str | None = None) -> DSSRecipeCreator: ...  # noqa: A002

    def new_recipe(self, type: str, name: str | None = None) -> DSSRecipeCreator:  # noqa: A002
        """A builder of a recipe of that type (``sync``, ``grouping``, ``join``, ``prepare``, ``python``...)."""
        return new_recipe_creator(self, type, name)

    @overload
    def list_jobs(self, as_type: ListItems = "listitems") -> list[DSSJobListItem]: ...

    @overload
    def list_jobs(self, as_type: Objects) -> list[DSSJob]: ...

    def list_jobs(self, as_type: ListItems | Objects = "listitems") -> list[DSSJobListItem] | list[DSSJob]:
        """The project's jobs, newest first. (operation ``listJobs``)"""
        list_items = as_list_items(as_type)
        items = [
            DSSJobListItem(self.client, item)
            for item in self.client._requester.json(jobs.list_jobs.request_kwargs, self.project_key)
        ]
        return items if list_items else [item.to_job() for item in items]

    @overload
    def list_running_jobs(self, as_type: ListItems = "listitems") -> list[DSSJobListItem]: ...

    @overload
    def list_running_jobs(self, as_type: Objects) -> list[DSSJob]: ...

    def list_running_jobs(self, as_type: ListItems | Objects = "listitems") -> list[DSSJobListItem] | list[DSSJob]:
        """The project's jobs that are not over. (operation ``listRunningJobs``)"""
        list_items = as_list_items(as_type)
        items = [
            DSSJobListItem(self.client, item)
            for item in self.client._requester.json(jobs.list_running_jobs.request_kwargs, self.project_key)
        ]
        return items if list_items else [item.to_job() for item in items]

    def get_job(self, id: str) -> DSSJob:  # noqa: A002
        """A handle on a job of this project (no call is made)."""
        return DSSJob(self.client, self.project_key, id)

    def start_job(self, definition: dict[str, Any]) -> DSSJob:
        """Start a job from its definition (see :meth:`new_job`). (operation ``startJob``)"""
        answer = self.client._requester.json(
            jobs.start_job.request_kwargs, self.project_key, body=json_body(definition)
        )
        return DSSJob(self.client, self.project_key, answer["id"])

    def start_job_and_wait(
        self, definition: dict[str, Any], no_fail: bool = False, timeout: float | None = None, progress: bool = False
    ) -> str:
        """Start a job and wait until it is over; returns its final state. (operation ``startJob``)

        ``timeout`` and ``progress`` as in :meth:`DSSJob.wait`.
        """
        check_wait_timeout(timeout)
        job = self.start_job(definition)
        return job.wait(no_fail=no_fail, timeout=timeout, progress=progress)

    def new_job(self, job_type: str = "NON_RECURSIVE_FORCED_BUILD") -> JobDefinitionBuilder:
        """A builder of a job: add outputs, then ``start()`` or ``start_and_wait()`` (no call is made).

        ``job_type``: ``NON_RECURSIVE_FORCED_BUILD`` runs the recipes of the outputs;
        ``RECURSIVE_BUILD`` also what is out of date upstream; ``RECURSIVE_FORCED_BUILD``
        everything upstream; ``RECURSIVE_MISSING_ONLY_BUILD`` what was never built.
        """
        return JobDefinitionBuilder(self, job_type)

    def new_job_definition_builder(self, job_type: str = "NON_RECURSIVE_FORCED_BUILD") -> JobDefinitionBuilder:
        """Deprecated name of :meth:`new_job`."""
        warnings.warn("new_job_definition_builder is deprecated: use new_job", DeprecationWarning, 2)
        return self.new_job(job_type)

    @overload
    def list_scenarios(self, as_type: Literal["listitems"] = "listitems") -> list[DSSScenarioListItem]: ...

    @overload
    def list_scenarios(self, as_type: Literal["objects"]) -> list[DSSScenario]: ...

    def list_scenarios(
        self, as_type: Literal["listitems", "objects"] = "listitems"
    ) -> list[DSSScenarioListItem] | list[DSSScenario]:
        """The project's scenarios; ``as_type`` is ``listitems`` or ``objects``. (operation ``listScenarios``)"""
        if as_type not in ("listitems", "objects"):
            raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")
        items = self.client._requester.json(scenarios.list_scenarios.request_kwargs, self.project_key)
        if as_type == "listitems":
            return [DSSScenarioListItem(self.client, item) for item in items]
        return [DSSScenario(self.client, self.project_key, item["id"]) for item in items]

    def get_scenario(self, scenario_id: str) -> DSSScenario:
        """A handle on a scenario of this project, by its identifier (no call is made)."""
        return DSSScenario(self.client, self.project_key, scenario_id)

    @overload
    def create_scenario(
        self,
        scenario_name: str,
        type: Literal["step_based"],  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> DSSScenario[StepBasedScenarioSettings]: ...

    @overload
    def create_scenario(
        self,
        scenario_name: str,
        type: Literal["custom_python"],  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> DSSScenario[PythonScriptBasedScenarioSettings]: ...

    @overload
    def create_scenario(
        self,
        scenario_name: str,
        type: str,  # noqa: A002
        definition: dict[str, Any] | None = None,
    ) -> DSSScenario: ...

    def create_scenario(
        self,
        scenario_name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        definition: dict[str, Any] | None = None,
    ) -> DSSScenario[Any]:
        """Create a scenario, ``step_based`` or ``custom_python``; DSS makes its identifier from the name.

        ``definition`` (``{"params": {}}`` by default) gets ``type`` and ``name``, as the
        official client sets them. (operation ``createScenario``)
        """
        if definition is None:
            definition = {"params": {}}
        definition["type"] = type
        definition["name"] = scenario_name
        answer = self.client._requester.json(
            scenarios.create_scenario.request_kwargs, self.project_key, body=json_body(definition)
        )
        return DSSScenario(self.client, self.project_key, answer["id"])

    def get_flow(self) -> DSSProjectFlow:
        """The project's flow (no call is made)."""
        return DSSProjectFlow(self.client, self)

    def get_permissions(self) -> ProjectPermissions:
        """The owner and the rights granted to groups and users (project administrators).

        (operation ``getProjectPermissions``)
        """
        permissions: ProjectPermissions = self.client._requester.json(
            projects.get_project_permissions.request_kwargs, self.project_key
        )
        return permissions

    def set_permissions(self, permissions: Mapping[str, Any]) -> None:
        """Replace them with a modified copy of :meth:`get_permissions`'s. (operation ``setProjectPermissions``)"""
        self.client._requester.empty(
            projects.set_project_permissions.request_kwargs, self.project_key, body=json_body(permissions)
        )

    def duplicate(
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
        answer: ProjectDuplicated = self.client._requester.json(
            projects.duplicate_project.request_kwargs, self.project_key, body=json_body(body)
        )
        return answer

    # -- notebooks, webapps, macros (issue 18) --------------------------------------------------

    @overload
    def list_jupyter_notebooks(self, active: bool = False, as_type: Objects = "object") -> list[DSSJupyterNotebook]: ...

    @overload
    def list_jupyter_notebooks(
        self, active: bool = False, *, as_type: ListItems
    ) -> list[DSSJupyterNotebookListItem]: ...

    @overload
    def list_jupyter_notebooks(self, active: bool, as_type: ListItems) -> list[DSSJupyterNotebookListItem]: ...

    def list_jupyter_notebooks(
        self, active: bool = False, as_type: ListItems | Objects = "object"
    ) -> list[DSSJupyterNotebook] | list[DSSJupyterNotebookListItem]:
        """The project's Jupyter notebooks (only those running a session when ``active``), as handles
        (the default, as in the official client) or list items. (operation ``listJupyterNotebooks``)"""
        list_items = as_list_items(as_type)
        items: list[JupyterNotebookListItem] = self.client._requester.json(
            jupyter_notebooks.list_jupyter_notebooks.request_kwargs, self.project_key, active=active
        )
        if list_items:
            return [DSSJupyterNotebookListItem(self.client, item) for item in items]
        return [DSSJupyterNotebook(self.client, self.project_key, item["name"]) for item in items]

    def get_jupyter_notebook(self, notebook_name: str) -> DSSJupyterNotebook:
        """A handle on a Jupyter notebook of this project (no call is made)."""
        return DSSJupyterNotebook(self.client, self.project_key, notebook_name)

    def create_jupyter_notebook(
        self, notebook_name: str, notebook_content: JupyterNotebookContent | Mapping[str, Any]
    ) -> DSSJupyterNotebook:
        """Create a Jupyter notebook from its content (nbformat, as :meth:`DSSJupyterNotebook.get_content`
        gives it). Needs the rights to write the project's content and code. (operation ``createJupyterNotebook``)"""
        self.client._requester.json(
            jupyter_notebooks.create_jupyter_notebook.request_kwargs,
            self.project_key,
            notebook_name,
            body=json_body(notebook_content),
        )
        return DSSJupyterNotebook(self.client, self.project_key, notebook_name)

    @overload
    def list_running_notebooks(self, as_objects: Literal[True] = True) -> list[DSSNotebook]: ...

    @overload
    def list_running_notebooks(self, as_objects: Literal[False]) -> list[NotebookState]: ...

    def list_running_notebooks(self, as_objects: bool = True) -> list[DSSNotebook] | list[NotebookState]:
        """The project's Jupyter notebooks that run a session (deprecated: use :meth:`list_jupyter_notebooks`
        with ``active=True``). (operation ``listActiveProjectNotebooks``)"""
        listed: list[NotebookState] = self.client._requester.json(
            notebooks.list_active_project_notebooks.request_kwargs, self.project_key
        )
        if as_objects:
            return [DSSNotebook(self.client, item["projectKey"], item["name"], item) for item in listed]
        return listed

    @overload
    def list_sql_notebooks(self, as_type: ListItems = "listitems") -> list[DSSSQLNotebookListItem]: ...

    @overload
    def list_sql_notebooks(self, as_type: Objects) -> list[DSSSQLNotebook]: ...

    def list_sql_notebooks(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSSQLNotebookListItem] | list[DSSSQLNotebook]:
        """The project's SQL notebooks, as list items or handles. (operation ``listSqlNotebooks``)"""
        list_items = as_list_items(as_type)
        items: list[SqlNotebookListItem] = self.client._requester.json(
            sql_notebooks.list_sql_notebooks.request_kwargs, self.project_key
        )
        if list_items:
            return [DSSSQLNotebookListItem(self.client, item) for item in items]
        return [DSSSQLNotebook(self.client, self.project_key, item["id"]) for item in items]

    def get_sql_notebook(self, notebook_id: str) -> DSSSQLNotebook:
        """A handle on an SQL notebook of this project (no call is made)."""
        return DSSSQLNotebook(self.client, self.project_key, notebook_id)

    def create_sql_notebook(self, notebook_content: SqlNotebookContent | Mapping[str, Any]) -> DSSSQLNotebook:
        """Create an SQL notebook from its content (name, language, connection, cells); DSS chooses its id.

        (operation ``createSqlNotebook``)
        """
        created: SqlNotebookContent = self.client._requester.json(
            sql_notebooks.create_sql_notebook.request_kwargs, self.project_key, body=json_body(notebook_content)
        )
        return DSSSQLNotebook(self.client, self.project_key, created["id"])

    @overload
    def list_webapps(self, as_type: ListItems = "listitems") -> list[DSSWebAppListItem]: ...

    @overload
    def list_webapps(self, as_type: Objects) -> list[DSSWebApp]: ...

    def list_webapps(self, as_type: ListItems | Objects = "listitems") -> list[DSSWebAppListItem] | list[DSSWebApp]:
        """The project's webapps, as list items or handles. (operation ``listWebApps``)"""
        list_items = as_list_items(as_type)
        items: list[WebAppListItem] = self.client._requester.json(
            webapps.list_web_apps.request_kwargs, self.project_key
        )
        if list_items:
            return [DSSWebAppListItem(self.client, item) for item in items]
        return [DSSWebApp(self.client, self.project_key, item["id"]) for item in items]

    def get_webapp(self, webapp_id: str) -> DSSWebApp:
        """A handle on a webapp of this project (no call is made)."""
        return DSSWebApp(self.client, self.project_key, webapp_id)

    def create_webapp(self, name: str, webapp_type: str = "STANDARD") -> DSSWebApp:
        """Create a code webapp: ``STANDARD``, ``BOKEH``, ``DASH``, ``STREAMLIT`` or ``SHINY`` (others raise
        :class:`ValueError`); DSS chooses its id. Needs the rights to write the project's content and code.

        (operation ``createWebApp``)
        """
        if webapp_type not in CODE_WEBAPP_TYPES:
            raise ValueError(f"Webapp type not supported: {webapp_type!r} (use one of {', '.join(CODE_WEBAPP_TYPES)})")
        created: WebAppCreated = self.client._requester.json(
            webapps.create_web_app.request_kwargs,
            self.project_key,
            body=json_body({"name": name, "type": webapp_type}),
        )
        return DSSWebApp(self.client, self.project_key, created["webAppId"])

    @overload
    def list_macros(self, as_objects: Literal[False] = False) -> list[MacroDefinition]: ...

    @overload
    def list_macros(self, as_objects: Literal[True]) -> list[DSSMacro]: ...

    def list_macros(self, as_objects: bool = False) -> list[MacroDefinition] | list[DSSMacro]:
        """The macros usable in this project: their definitions, or macro handles carrying them.

        (operation ``listMacros``)
        """
        definitions: list[MacroDefinition] = self.client._requester.json(
            macros.list_macros.request_kwargs, self.project_key
        )
        if as_objects:
            return [DSSMacro(self.client, self.project_key, d["runnableType"], d) for d in definitions]
        return definitions

    def get_macro(self, runnable_type: str) -> DSSMacro:
        """A handle on a macro, to run in this project (no call is made)."""
        return DSSMacro(self.client, self.project_key, runnable_type)

    # -- wikis and project libraries (issue 18) --

    def get_wiki(self) -> DSSWiki:
        """The project's wiki (no call is made)."""
        return DSSWiki(self.client, self.project_key)

    def get_library(self) -> DSSLibrary:
        """The project's library, with its tree read now. (operation ``listLibraryContents``)"""
        return DSSLibrary.load(self.client, self.project_key)

    # -- streaming endpoints and continuous activities (issue 18) --

    @overload
    def list_streaming_endpoints(self, as_type: ListItems = "listitems") -> list[DSSStreamingEndpointListItem]: ...

    @overload
    def list_streaming_endpoints(self, as_type: Objects) -> list[DSSStreamingEndpoint]: ...

    def list_streaming_endpoints(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSStreamingEndpointListItem] | list[DSSStreamingEndpoint]:
        """The project's streaming endpoints, as list items or handles. (operation ``listStreamingEndpoints``)"""
        list_items = as_list_items(as_type)
        items = [
            DSSStreamingEndpointListItem(self.client, item)
            for item in self.client._requester.json(streaming.list_streaming_endpoints.request_kwargs, self.project_key)
        ]
        return items if list_items else [item.to_streaming_endpoint() for item in items]

    def get_streaming_endpoint(self, streaming_endpoint_name: str) -> DSSStreamingEndpoint:
        """A handle on a streaming endpoint of the project (no call is made)."""
        return DSSStreamingEndpoint(self.client, self.project_key, streaming_endpoint_name)

    def create_streaming_endpoint(
        self,
        streaming_endpoint_name: str,
        type: str,  # noqa: A002
        params: Mapping[str, Any] | None = None,
    ) -> DSSStreamingEndpoint:
        """Create a streaming endpoint of a type (``kafka``, ``SQS``, ``httpsse``, ...) with its
        type-specific ``params``; returns its handle. (operation ``createStreamingEndpoint``)"""
        check_identifier("streaming endpoint name", streaming_endpoint_name)
        body = {
            "id": streaming_endpoint_name,
            "projectKey": self.project_key,
            "type": type,
            "params": dict(params) if params is not None else {},
        }
        self.client._requester.json(
            streaming.create_streaming_endpoint.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSStreamingEndpoint(self.client, self.project_key, streaming_endpoint_name)

    def create_kafka_streaming_endpoint(
        self, streaming_endpoint_name: str, connection: str | None = None, topic: str | None = None
    ) -> DSSStreamingEndpoint:
        """Create a Kafka streaming endpoint on a Kafka connection and topic; returns its handle.

        (operation ``createStreamingEndpoint``)
        """
        params: dict[str, Any] = {}
        if connection is not None:
            params["connection"] = connection
        if topic is not None:
            params["topic"] = topic
        return self.create_streaming_endpoint(streaming_endpoint_name, "kafka", params)

    def create_httpsse_streaming_endpoint(
        self, streaming_endpoint_name: str, url: str | None = None
    ) -> DSSStreamingEndpoint:
        """Create an HTTP SSE streaming endpoint reading the events of ``url``; returns its handle.

        (operation ``createStreamingEndpoint``)
        """
        params: dict[str, Any] = {}
        if url is not None:
            params["url"] = url
        return self.create_streaming_endpoint(streaming_endpoint_name, "httpsse", params)

    def new_managed_streaming_endpoint(
        self, streaming_endpoint_name: str, streaming_endpoint_type: str | None = None
    ) -> DSSManagedStreamingEndpointCreationHelper:
        """A helper creating a managed streaming endpoint (Kafka or SQS), whose type may follow from its connection."""
        check_identifier("streaming endpoint name", streaming_endpoint_name)
        return DSSManagedStreamingEndpointCreationHelper(self, streaming_endpoint_name, streaming_endpoint_type)

    @overload
    def list_continuous_activities(self, as_objects: Literal[True] = True) -> list[DSSContinuousActivity]: ...

    @overload
    def list_continuous_activities(self, as_objects: Literal[False]) -> list[ContinuousActivity]: ...

    @overload
    def list_continuous_activities(
        self, as_objects: bool
    ) -> list[DSSContinuousActivity] | list[ContinuousActivity]: ...

    def list_continuous_activities(
        self, as_objects: bool = True
    ) -> list[DSSContinuousActivity] | list[ContinuousActivity]:
        """The continuous activities of the project (one per continuous recipe): handles, or their
        states as dicts with ``as_objects=False``. (operation ``listContinuousActivities``)"""
        activities: list[ContinuousActivity] = self.client._requester.json(
            streaming.list_continuous_activities.request_kwargs, self.project_key
        )
        if not as_objects:
            return activities
        return [DSSContinuousActivity(self.client, a["projectKey"], a["recipeId"]) for a in activities]

    def get_continuous_activity(self, recipe_id: str) -> DSSContinuousActivity:
        """A handle on the continuous activity of a continuous recipe (no call is made)."""
        return DSSContinuousActivity(self.client, self.project_key, recipe_id)

    # -- managed folders (issue 18) --

    def list_managed_folders(self) -> list[ManagedFolder]:
        """The project's managed folders, each as its definition (a dict). (operation ``listManagedFolders``)"""
        folders: list[ManagedFolder] = self.client._requester.json(
            managed_folders.list_managed_folders.request_kwargs, self.project_key
        )
        return folders

    def get_managed_folder(self, odb_id: str) -> DSSManagedFolder:
        """A handle on the managed folder of identifier ``odb_id`` (not its name; no call is made)."""
        return DSSManagedFolder(self.client, self.project_key, odb_id)

    def create_managed_folder(
        self, name: str, folder_type: str | None = None, connection_name: str = "filesystem_folders"
    ) -> DSSManagedFolder:
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
        created: ManagedFolderCreated = self.client._requester.json(
            managed_folders.create_managed_folder.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSManagedFolder(self.client, self.project_key, created["id"])

    # -- dashboards, insights and data quality (issue 18) --------------------------------------

    @overload
    def list_dashboards(self, as_type: ListItems = "listitems") -> list[DSSDashboardListItem]: ...

    @overload
    def list_dashboards(self, as_type: Objects) -> list[DSSDashboard]: ...

    def list_dashboards(
        self, as_type: ListItems | Objects = "listitems"
    ) -> list[DSSDashboardListItem] | list[DSSDashboard]:
        """The project's dashboards the caller may see; ``as_type`` is ``listitems`` or ``objects``.

        (operation ``listDashboards``)
        """
        list_items = as_list_items(as_type)
        items = self.client._requester.json(dashboards.list_dashboards.request_kwargs, self.project_key)
        if list_items:
            return [DSSDashboardListItem(self.client, item) for item in items]
        return [DSSDashboard(self.client, self.project_key, item["id"]) for item in items]

    def get_dashboard(self, dashboard_id: str) -> DSSDashboard:
        """A handle on a dashboard of this project, by its identifier (no call is made)."""
        return DSSDashboard(self.client, self.project_key, dashboard_id)

    def create_dashboard(self, dashboard_name: str, settings: Mapping[str, Any] | None = None) -> DSSDashboard:
        """Create a dashboard owned by the caller; returns its handle. (operation ``createDashboard``)

        :param dashboard_name: its name (need not be unique).
        :param settings: a definition to start from (another dashboard's ``get_settings().get_raw()``);
            no pages by default. It is not changed: the name is set on a copy.
        """
        body: dict[str, Any] = dict(settings) if settings is not None else {"pages": []}
        body["name"] = dashboard_name
        created = self.client._requester.json(
            dashboards.create_dashboard.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSDashboard(self.client, self.project_key, created["id"])

    @overload
    def list_insights(self, as_type: ListItems = "listitems") -> list[DSSInsightListItem]: ...

    @overload
    def list_insights(self, as_type: Objects) -> list[DSSInsight]: ...

    def list_insights(self, as_type: ListItems | Objects = "listitems") -> list[DSSInsightListItem] | list[DSSInsight]:
        """The project's insights the caller may see; ``as_type`` is ``listitems`` or ``objects``.

        (operation ``listInsights``)
        """
        list_items = as_list_items(as_type)
        items = self.client._requester.json(dashboards.list_insights.request_kwargs, self.project_key)
        if list_items:
            return [DSSInsightListItem(self.client, item) for item in items]
        return [DSSInsight(self.client, self.project_key, item["id"]) for item in items]

    def get_insight(self, insight_id: str) -> DSSInsight:
        """A handle on an insight of this project, by its identifier (no call is made)."""
        return DSSInsight(self.client, self.project_key, insight_id)

    def create_insight(self, creation_info: Mapping[str, Any]) -> DSSInsight:
        """Create an insight owned by the caller; returns its handle. (operation ``createInsight``)

        :param creation_info: the insight's definition: its ``type`` (``chart``, ``static_file``, ...),
            ``name`` and ``params`` (another insight's ``get_settings().get_raw()`` is an example).
        """
        created = self.client._requester.json(
            dashboards.create_insight.request_kwargs,
            self.project_key,
            body=json_body({"insightPrototype": dict(creation_info)}),
        )
        return DSSInsight(self.client, self.project_key, created["id"])

    def get_data_quality_status(self, only_monitored: bool = True) -> dict[str, DataQualityDatasetSummary]:
        """The data quality status of the project's (monitored) datasets, by dataset name.

        (operation ``getProjectDataQualityStatus``)
        """
        statuses: dict[str, DataQualityDatasetSummary] = self.client._requester.json(
            data_quality.get_project_data_quality_status.request_kwargs,
            self.project_key,
            only_monitored=only_monitored,
        )
        return statuses

    def get_data_quality_timeline(
        self, min_timestamp: int | None = None, max_timestamp: int | None = None
    ) -> list[DataQualityTimelineDay]:
        """The project's rule computations per day over a time frame (epoch milliseconds; the last 14 days
        by default): each day's worst and current outcome, and its datasets.

        (operation ``getProjectDataQualityTimeline``)
        """
        from dssclient_generated.types import UNSET

        days: list[DataQualityTimelineDay] = self.client._requester.json(
            data_quality.get_project_data_quality_timeline.request_kwargs,
            self.project_key,
            min_timestamp=min_timestamp if min_timestamp is not None else UNSET,
            max_timestamp=max_timestamp if max_timestamp is not None else UNSET,
        )
        return days

    # -- flow, discussions, tags, variables, SQL listings (issue 18) --

    def list_test_scenarios(self) -> list[DSSScenario]:
        """Handles on the project's test scenarios (those marked as tests). (operation ``listScenarios``)"""
        listed: list[dict[str, Any]] = self.client._requester.json(
            scenarios.list_scenarios.request_kwargs, self.project_key
        )
        return [DSSScenario(self.client, self.project_key, s["id"]) for s in listed if s.get("markedAsTest")]

    def get_testing_status(self, bundle_id: str | None = None) -> DSSTestingStatus:
        """The outcomes of the last runs of the test scenarios. (operation ``getTestingStatus``)"""
        from dssclient_generated.types import UNSET

        status: TestingStatus = self.client._requester.json(
            scenario_testing.get_testing_status.request_kwargs,
            self.project_key,
            bundle_id=bundle_id if bundle_id is not None else UNSET,
        )
        return DSSTestingStatus(status)

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about the project itself; calls nothing."""
        return DSSObjectDiscussions(self.client, self.project_key, "PROJECT", self.project_key)

    def get_tags(self) -> ProjectTags:
        """The tags defined in the project, with their colors and the definitions' ``version``.

        (operation ``getProjectTags``)
        """
        tags: ProjectTags = self.client._requester.json(project_tags.get_project_tags.request_kwargs, self.project_key)
        return tags

    def set_tags(self, tags: Mapping[str, Any] | None = None) -> None:
        """Replace the tag definitions with a modified copy of :meth:`get_tags`'s (``{}`` by default).

        (operation ``setProjectTags``)
        """
        self.client._requester.empty(
            project_tags.set_project_tags.request_kwargs, self.project_key, body=json_body(tags if tags else {})
        )

    def update_variables(self, variables: Mapping[str, Any], type: str = "standard") -> None:  # noqa: A002
        """Set some variables, keeping the others: ``type`` is ``standard`` or ``local``.

        (operations ``getProjectVariables``, ``setProjectVariables``)
        """
        if type not in ("standard", "local"):
            raise ValueError(f"type is 'standard' or 'local', not {type!r}")
        current = self.get_variables()
        current["standard" if type == "standard" else "local"].update(variables)
        self.set_variables(current)

    def init_tables_import(self) -> TablesImportDefinition:
        """Start defining tables to import as datasets; calls nothing."""
        return TablesImportDefinition(self.client, self.project_key)

    def list_sql_schemas(self, connection_name: str) -> list[str]:
        """The schemas of an SQL connection. (operation ``listTablesImportSchemas``)"""
        schemas: list[str] = self.client._requester.json(
            tables_import.list_tables_import_schemas.request_kwargs, self.project_key, connection_name=connection_name
        )
        return schemas

    def list_hive_databases(self) -> list[str]:
        """The databases of Hive. (operation ``listTablesImportSchemas``)"""
        return self.list_sql_schemas("@virtual(hive-jdbc):default")

    def list_sql_tables(self, connection_name: str, schema_name: str | None = None) -> list[SqlTableName]:
        """The tables of an SQL connection, of one schema or all, as ``{"schema", "table"}`` dicts.

        Waits for the listing task. (operation ``listTablesImportTables``)
        """
        tables = self._list_tables(connection_name, schema_name)
        return [{"schema": t.get("schema"), "table": t["table"]} for t in tables]

    def list_hive_tables(self, hive_database: str) -> list[SqlTableName]:
        """The tables of a Hive database, as ``{"schema", "table"}`` dicts. (operation ``listTablesImportTables``)"""
        tables = self._list_tables(f"@virtual(hive-jdbc):{hive_database}", None)
        return [{"schema": t.get("databaseName"), "table": t["table"]} for t in tables]

    def _list_tables(self, connection_name: str, schema_name: str | None) -> list[dict[str, Any]]:
        from dssclient_generated.types import UNSET

        state: FutureStatePayload = self.client._requester.json(
            tables_import.list_tables_import_tables.request_kwargs,
            self.project_key,
            connection_name=connection_name,
            schema_name=schema_name if schema_name is not None else UNSET,
        )
        result = DSSFuture.get_result_wait_if_needed(self.client, state)
        tables: list[dict[str, Any]] = result["tables"]
        return tables

    # -- analyses (issue 19) --

    def create_analysis(self, input_dataset: str) -> DSSAnalysis:
        """Create a visual analysis of a dataset of the project; DSS chooses its id. (operation ``createAnalysis``)"""
        from dssclient_generated.api import analyses

        from .analysis import DSSAnalysis

        created: AnalysisCreated = self.client._requester.json(
            analyses.create_analysis.request_kwargs, self.project_key, body=json_body({"inputDataset": input_dataset})
        )
        return DSSAnalysis(self.client, self.project_key, created["id"])

    def list_analyses(self) -> list[AnalysisListItem]:
        """The project's visual analyses, one summary dict each (``analysisId``, ``analysisName``, ``inputDataset``).

        (operation ``listAnalyses``)
        """
        from dssclient_generated.api import analyses

        items: list[AnalysisListItem] = self.client._requester.json(
            analyses.list_analyses.request_kwargs, self.project_key
        )
        return items

    def get_analysis(self, analysis_id: str) -> DSSAnalysis:
        """A handle on a visual analysis of this project (no call is made)."""
        from .analysis import DSSAnalysis

        return DSSAnalysis(self.client, self.project_key, analysis_id)

    # -- evaluation stores (issue 19) --

    def _fetch_evaluation_stores(self, flavor: str | None) -> list[dict[str, Any]]:
        from dssclient_generated.api import evaluation_stores
        from dssclient_generated.types import UNSET

        items: list[dict[str, Any]] = self.client._requester.json(
            evaluation_stores.list_evaluation_stores.request_kwargs,
            self.project_key,
            flavor=flavor if flavor is not None else UNSET,
        )
        return items

    def list_model_evaluation_stores(self) -> list[DSSEvaluationStore]:
        """The project's evaluation stores: model evaluation stores for the ``TABULAR`` ones, evaluation stores for
        the others. (operation ``listEvaluationStores``)
        """
        from .evaluationstore import DSSEvaluationStore
        from .modelevaluationstore import DSSModelEvaluationStore

        stores: list[DSSEvaluationStore] = []
        for item in self._fetch_evaluation_stores(None):
            if item.get("mesFlavor") == "TABULAR":
                stores.append(DSSModelEvaluationStore(self.client, self.project_key, item["id"]))
            else:
                stores.append(DSSEvaluationStore(self.client, self.project_key, item["id"]))
        return stores

    def list_evaluation_stores(self, flavor: str | None = None) -> list[DSSEvaluationStore]:
        """The project's evaluation stores, of one flavor (``TABULAR``, ``LLM``, ``AGENT``) or of ``TABULAR`` and
        ``LLM``. (operation ``listEvaluationStores``)
        """
        from .evaluationstore import DSSEvaluationStore

        return [
            DSSEvaluationStore(self.client, self.project_key, item["id"])
            for item in self._fetch_evaluation_stores(flavor)
        ]

    def get_model_evaluation_store(self, mes_id: str) -> DSSModelEvaluationStore:
        """A handle on a model evaluation store (no call is made)."""
        from .modelevaluationstore import DSSModelEvaluationStore

        return DSSModelEvaluationStore(self.client, self.project_key, mes_id)

    def get_evaluation_store(self, evaluation_store_id: str) -> DSSEvaluationStore:
        """A handle on an evaluation store (no call is made)."""
        from .evaluationstore import DSSEvaluationStore

        return DSSEvaluationStore(self.client, self.project_key, evaluation_store_id)

    def _create_evaluation_store(self, name: str, flavor: str) -> str:
        from dssclient_generated.api import evaluation_stores

        if not name.strip():
            raise ValueError(f"An evaluation store needs a name, not {name!r}")
        created: dict[str, Any] = self.client._requester.json(
            evaluation_stores.create_evaluation_store.request_kwargs,
            self.project_key,
            flavor=flavor,
            body=json_body({"projectKey": self.project_key, "name": name}),
        )
        return str(created["id"])

    def create_model_evaluation_store(self, name: str) -> DSSModelEvaluationStore:
        """Create a model evaluation store (flavor ``TABULAR``); returns its handle.

        (operation ``createEvaluationStore``)
        """
        from .modelevaluationstore import DSSModelEvaluationStore

        store_id = self._create_evaluation_store(name, "TABULAR")
        return DSSModelEvaluationStore(self.client, self.project_key, store_id)

    def create_evaluation_store(self, name: str, flavor: str) -> DSSModelEvaluationStore:
        """Create an evaluation store of a flavor (``TABULAR``, ``LLM``, ``AGENT``); returns its handle (a model
        evaluation store's, as the official client does). (operation ``createEvaluationStore``)
        """
        from .modelevaluationstore import DSSModelEvaluationStore

        store_id = self._create_evaluation_store(name, flavor)
        return DSSModelEvaluationStore(self.client, self.project_key, store_id)

    def _fetch_evaluation_comparisons(self, model_task_types: list[str] | None) -> list[dict[str, Any]]:
        from dssclient_generated.api import model_comparisons
        from dssclient_generated.types import UNSET

        items: list[dict[str, Any]] = self.client._requester.json(
            model_comparisons.list_evaluation_comparisons.request_kwargs,
            self.project_key,
            model_task_types=list(model_task_types) if model_task_types is not None else UNSET,
        )
        return items

    def list_model_comparisons(self) -> list[DSSEvaluationComparison]:
        """The project's comparisons: model comparisons, evaluation comparisons for the ``LLM`` ones.

        (operation ``listEvaluationComparisons``)
        """
        from .evaluationcomparison import DSSEvaluationComparison
        from .modelcomparison import DSSModelComparison

        comparisons: list[DSSEvaluationComparison] = []
        for item in self._fetch_evaluation_comparisons(None):
            if item.get("modelTaskType", item.get("predictionType")) == "LLM":
                comparisons.append(DSSEvaluationComparison(self.client, self.project_key, item["id"]))
            else:
                comparisons.append(DSSModelComparison(self.client, self.project_key, item["id"]))
        return comparisons

    def list_evaluation_comparisons(self, model_task_types: list[str] | None = None) -> list[DSSEvaluationComparison]:
        """The project's evaluation comparisons, of some task types or of all but ``AGENT``.

        (operation ``listEvaluationComparisons``)
        """
        from .evaluationcomparison import DSSEvaluationComparison

        return [
            DSSEvaluationComparison(self.client, self.project_key, item["id"])
            for item in self._fetch_evaluation_comparisons(model_task_types)
        ]

    def get_model_comparison(self, mec_id: str) -> DSSModelComparison:
        """A handle on a model comparison (no call is made)."""
        from .modelcomparison import DSSModelComparison

        return DSSModelComparison(self.client, self.project_key, mec_id)

    def get_evaluation_comparison(self, comparison_id: str) -> DSSEvaluationComparison:
        """A handle on an evaluation comparison (no call is made)."""
        from .evaluationcomparison import DSSEvaluationComparison

        return DSSEvaluationComparison(self.client, self.project_key, comparison_id)

    def create_model_comparison(self, name: str, prediction_type: str) -> DSSModelComparison:
        """Create a comparison of models of a prediction type (``BINARY_CLASSIFICATION``, ``REGRESSION``,
        ``MULTICLASS``, ...); returns its handle. (operation ``createModelComparison``)
        """
        from dssclient_generated.api import model_comparisons

        from .modelcomparison import DSSModelComparison

        body = {"projectKey": self.project_key, "displayName": name, "predictionType": prediction_type}
        created: dict[str, Any] = self.client._requester.json(
            model_comparisons.create_model_comparison.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSModelComparison(self.client, self.project_key, str(created["id"]))

    def create_evaluation_comparison(self, name: str, model_task_type: str) -> DSSEvaluationComparison:
        """Create a comparison of a task type (a prediction type, ``LLM`` or ``AGENT``); returns its handle.

        (operation ``createEvaluationComparison``)
        """
        from dssclient_generated.api import model_comparisons

        from .evaluationcomparison import DSSEvaluationComparison

        body = {"projectKey": self.project_key, "displayName": name, "predictionType": model_task_type}
        created: dict[str, Any] = self.client._requester.json(
            model_comparisons.create_evaluation_comparison.request_kwargs, self.project_key, body=json_body(body)
        )
        return DSSEvaluationComparison(self.client, self.project_key, str(created["id"]))

    # -- ML tasks (issue 19) --

    def _create_ml_task(self, body: dict[str, Any], wait_guess_complete: bool) -> DSSMLTask:
        from dssclient_generated.api import ml_tasks

        from .ml import DSSMLTask

        ref: MLTaskRef = self.client._requester.json(
            ml_tasks.create_ml_task.request_kwargs, self.project_key, body=json_body(body)
        )
        task = DSSMLTask(self.client, self.project_key, ref["analysisId"], ref["mlTaskId"])
        if wait_guess_complete:
            task.wait_guess_complete()
        return task

    def create_prediction_ml_task(
        self,
        input_dataset: str,
        target_variable: str,
        ml_backend_type: str = "PY_MEMORY",
        guess_policy: str = "DEFAULT",
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> DSSMLTask:
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
        return self._create_ml_task(body, wait_guess_complete)

    def create_clustering_ml_task(
        self,
        input_dataset: str,
        ml_backend_type: str = "PY_MEMORY",
        guess_policy: str = "KMEANS",
        wait_guess_complete: bool = True,
    ) -> DSSMLTask:
        """Create a clustering ML task (in a new visual analysis) on a dataset. (operation ``createMLTask``)"""
        body = {
            "inputDataset": input_dataset,
            "taskType": "CLUSTERING",
            "backendType": ml_backend_type,
            "guessPolicy": guess_policy,
        }
        return self._create_ml_task(body, wait_guess_complete)

    def create_timeseries_forecasting_ml_task(
        self,
        input_dataset: str,
        target_variable: str,
        time_variable: str,
        timeseries_identifiers: list[str] | None = None,
        guess_policy: str = "TIMESERIES_DEFAULT",
        wait_guess_complete: bool = True,
    ) -> DSSMLTask:
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
        return self._create_ml_task(body, wait_guess_complete)

    def create_multi_target_prediction_ml_task(
        self,
        input_dataset: str,
        target_variables: list[str],
        guess_policy: str = "MULTI_TARGET_DEFAULT",
        wait_guess_complete: bool = True,
    ) -> DSSMLTask:
        """Create a multi-target regression ML task on a dataset. (operation ``createMLTask``)"""
        body = {
            "inputDataset": input_dataset,
            "taskType": "PREDICTION",
            "targetVariables": target_variables,
            "backendType": "PY_MEMORY",
            "guessPolicy": guess_policy,
            "predictionType": "MULTI_TARGET_REGRESSION",
        }
        return self._create_ml_task(body, wait_guess_complete)

    def create_causal_prediction_ml_task(
        self,
        input_dataset: str,
        outcome_variable: str,
        treatment_variable: str,
        prediction_type: str | None = None,
        wait_guess_complete: bool = True,
    ) -> DSSMLTask:
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
        return self._create_ml_task(body, wait_guess_complete)

    def list_ml_tasks(self) -> MLTaskList:
        """The ML tasks of the project's visual analyses, under ``mlTasks``. (operation ``listMLTasks``)"""
        from dssclient_generated.api import ml_tasks

        tasks: MLTaskList = self.client._requester.json(ml_tasks.list_ml_tasks.request_kwargs, self.project_key)
        return tasks

    def get_ml_task(self, analysis_id: str, mltask_id: str) -> DSSMLTask:
        """A handle on an ML task of a visual analysis of the project (no call is made)."""
        from .ml import DSSMLTask

        return DSSMLTask(self.client, self.project_key, analysis_id, mltask_id)

    def list_mltask_queues(self) -> DSSMLTaskQueues:
        """The project's ML task queues that hold sessions to train. (operation ``listMLTaskQueues``)"""
        from dssclient_generated.api import ml_tasks

        from .ml import DSSMLTaskQueues

        queues: MLTaskQueues = self.client._requester.json(
            ml_tasks.list_ml_task_queues.request_kwargs, self.project_key
        )
        return DSSMLTaskQueues(queues)

    # -- MLflow experiment tracking (issue 19) --

    def get_mlflow_extension(self) -> DSSMLflowExtension:
        """The project's experiment tracking, through DSS's MLflow extension (no call is made)."""
        from .mlflow import DSSMLflowExtension

        return DSSMLflowExtension(self.client, self.project_key)

    # -- saved models (issue 19) --

    def list_saved_models(self, include_shared: bool = False) -> list[SavedModel]:
        """The saved models of the project, each as its settings; with ``include_shared``, also those
        other projects expose to it. (operation ``listSavedModels``)"""
        from dssclient_generated.api import saved_models

        listed: list[SavedModel] = self.client._requester.json(
            saved_models.list_saved_models.request_kwargs, self.project_key, foreign=include_shared
        )
        return listed

    def get_saved_model(self, sm_id: str) -> DSSSavedModel:
        """A handle on a saved model of the project, by identifier (no call is made)."""
        from .savedmodel import DSSSavedModel

        return DSSSavedModel(self.client, self.project_key, sm_id)

    def _create_saved_model(self, model: dict[str, Any]) -> DSSSavedModel:
        from dssclient_generated.api import saved_models

        created: SavedModelCreated = self.client._requester.json(
            saved_models.create_saved_model.request_kwargs, self.project_key, body=json_body(model)
        )
        return self.get_saved_model(created["id"])

    def create_mlflow_pyfunc_model(self, name: str, prediction_type: str | None = None) -> DSSSavedModel:
        """Create an empty saved model for MLflow models, whose versions are imported afterwards
        (``prediction_type``: ``BINARY_CLASSIFICATION``, ``MULTICLASS``, ``REGRESSION``, or None for
        another kind of model, which then has no performance analysis). (operation ``createSavedModel``)"""
        return self._create_saved_model(
            {"savedModelType": "MLFLOW_PYFUNC", "predictionType": prediction_type, "name": name}
        )

    def create_finetuned_llm_saved_model(self, name: str) -> DSSSavedModel:
        """Create an empty saved model for LLMs fine-tuned with Python code. (operation ``createSavedModel``)"""
        return self._create_saved_model({"savedModelType": "LLM_GENERIC", "name": name})

    def create_external_model(self, name: str, prediction_type: str, configuration: dict[str, Any]) -> DSSSavedModel:
        """Create a saved model whose versions are endpoints of an external service, which
        ``configuration`` names (``protocol``: ``sagemaker``, ``azure-ml``, ``vertex-ai``,
        ``databricks``; its region, connection, ...). (operation ``createSavedModel``)"""
        from dssclient._json import is_object

        if not is_object(configuration):
            raise TypeError("configuration is a dict of the external service's parameters (protocol, ...)")
        return self._create_saved_model(
            {
                "savedModelType": "PROXY_MODEL",
                "predictionType": prediction_type,
                "name": name,
                "proxyModelConfiguration": configuration,
            }
        )

    # -- MLflow follow-ups (issue 19) --

    def setup_mlflow(self, managed_folder: str | DSSManagedFolder, host: str | None = None) -> Never:
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

        if isinstance(managed_folder, DSSManagedFolder):
            folder = managed_folder
        elif isinstance(managed_folder, str) and managed_folder:  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
            project_key, _, folder_id = managed_folder.rpartition(".")
            folder = self.client.get_project(project_key or self.project_key).get_managed_folder(folder_id)
        else:
            raise TypeError('Type of managed_folder must be "str" or "DSSManagedFolder"')
        folder.get_settings()
        raise NotImplementedError(
            "DSSProject.setup_mlflow: dssclient does not provide the MLflow plugin (request-header provider, "
            "managed-folder artifact repository) the official client registers with mlflow; track experiments "
            "with get_mlflow_extension() instead"
        )


class DSSProjectSettings(DSSRawSettings["ProjectSettings"]):
    """A project's settings. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_key: str, settings: ProjectSettings) -> None:
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

    def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveProjectSettings``)"""
        self.client._requester.empty(
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


class TablesImportDefinition:
    """Tables to import as datasets. Get one with :meth:`DSSProject.init_tables_import`; adding tables calls nothing."""

    def __init__(self, client: DSSClient, project_key: str) -> None:
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

    def prepare(self) -> TablesPreparedImport:
        """Check the tables and propose a dataset for each; waits for the task. (operation ``prepareTablesImport``)"""
        state: FutureStatePayload = self.client._requester.json(
            tables_import.prepare_tables_import.request_kwargs,
            self.project_key,
            body=json_body({"keys": self.keys}),
        )
        future: DSSFuture[TablesImportCandidates] = DSSFuture(self.client, state.get("jobId"), state)
        return TablesPreparedImport(self.client, self.project_key, future.wait_for_result())


class TablesPreparedImport:
    """A prepared import: ``candidates`` proposes a dataset per table (names may be changed before :meth:`execute`)."""

    def __init__(self, client: DSSClient, project_key: str, candidates: TablesImportCandidates) -> None:
        self.client = client
        self.project_key = project_key
        self.candidates = candidates

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    def execute(self) -> DSSFuture[TablesImportReport]:
        """Start creating the datasets; the future's result names them. (operation ``executeTablesImport``)"""
        state: FutureStatePayload = self.client._requester.json(
            tables_import.execute_tables_import.request_kwargs, self.project_key, body=json_body(self.candidates)
        )
        return DSSFuture.from_resp(self.client, state)
