"""Saved models of a project (issue 19): their versions, details, settings, metrics, usages, and the
versions of MLflow and external models.

A saved model is what an ML task deploys to the flow; its versions are the models deployed or
imported there, one of them active (the one scoring recipes and API endpoints use).
:meth:`AsyncDSSSavedModel.get_version_details` returns the details classes of
:mod:`dssclient.aio.dss.ml_model_details`, chosen as the official client chooses them.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import sys
import tempfile
import zipfile
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import saved_models

from dssclient._json import is_object, object_or_empty
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body, multipart_body
from .discussion import AsyncDSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import (
        ExternalModelVersionMetadata,
        SavedModel,
        SavedModelMiniTaskModelingMetrics,
        SavedModelUsage,
        SavedModelVersion,
        TrainedModelDetails,
        TrainedModelSnippet,
    )

    from ..dssclient import AsyncDSSClient
    from .flow import AsyncDSSFlowZone
    from .managedfolder import AsyncDSSManagedFolder
    from .ml import AsyncDSSMLTask
    from .ml_model_details import (
        AsyncDSSTrainedClusteringModelDetails,
        AsyncDSSTrainedMultiTargetPredictionModelDetails,
        AsyncDSSTrainedPredictionModelDetails,
        AsyncDSSTrainedTimeseriesForecastingModelDetails,
    )
    from .project import AsyncDSSProject

# The prediction types whose external versions need classes, and how many.
_CLASSIFICATION = {"BINARY_CLASSIFICATION", "MULTICLASS"}


class RunConfigUtils:
    """Where the calling code runs: its code env and containerized configuration, read from the
    process's environment (the values ``LOCAL-CODE-ENV`` and ``LOCAL-CONFIG`` stand for)."""

    @staticmethod
    def retrieve_used_env() -> str:
        """The code env this process runs in (a code studio's, a container's, or a DSS code env
        read from the interpreter's path); ``"INHERIT"`` when none can be told."""
        if os.environ.get("DKU_IS_CODE_STUDIO") == "1":
            found = re.search(r"/([^/]+)/bin/python", sys.executable)
            return found.group(1) if found else "INHERIT"
        if os.environ.get("DKU_CONTAINER_EXEC"):
            return os.environ.get("DKU_CODE_ENV_NAME") or "INHERIT"
        found = re.search(r"code-envs/python/([^/]+)/", sys.executable)
        return found.group(1) if found else "INHERIT"

    @staticmethod
    def retrieve_used_containerized_exec_config() -> str:
        """The containerized execution configuration this process runs in: its name, ``"INHERIT"``
        in a container that does not say it, ``"NONE"`` outside containers."""
        if os.environ.get("DKU_CONTAINER_EXEC"):
            return os.environ.get("DKU_CONTAINER_EXEC_NAME") or "INHERIT"
        return "NONE"


def _code_env(name: str) -> str:
    return RunConfigUtils.retrieve_used_env() if name == "LOCAL-CODE-ENV" else name


def _container_config(name: str) -> str:
    return RunConfigUtils.retrieve_used_containerized_exec_config() if name == "LOCAL-CONFIG" else name


def _selection(selection: Any) -> Any:
    """A sampling, given as a dict or a ``DSSDatasetSelectionBuilder`` (anything with ``build()``)."""
    build = getattr(selection, "build", None)
    return build() if callable(build) else selection


def _dataset_name(dataset: Any) -> str:
    """A dataset given by name or as a handle (anything with a ``name``, as the official client reads it)."""
    name = dataset if isinstance(dataset, str) else getattr(dataset, "name", None)
    if not isinstance(name, str):
        raise TypeError(f"A dataset is given by its name or a dataset handle, not {dataset!r}")
    return name


class AsyncDSSSavedModel:
    """A handle on a saved model of a project. Get one with :meth:`DSSProject.get_saved_model`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, sm_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.sm_id = sm_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, sm_id={self.sm_id!r})"

    @property
    def id(self) -> str:
        """The saved model's identifier."""
        return self.sm_id

    @property
    def project(self) -> AsyncDSSProject:
        """The project holding the saved model (no call is made)."""
        return self.client.get_project(self.project_key)

    async def get_settings(self) -> AsyncDSSSavedModelSettings:
        """The saved model's settings. (operation ``getSavedModel``)"""
        settings: SavedModel = await self.client._requester.json(
            saved_models.get_saved_model.request_kwargs, self.project_key, self.sm_id
        )
        return AsyncDSSSavedModelSettings(self, settings)

    # -- versions ------------------------------------------------------------------------------

    async def list_versions(self) -> list[SavedModelVersion]:
        """The versions of the saved model, each a dict with at least ``id`` and ``active``.

        (operation ``listSavedModelVersions``)
        """
        versions: list[SavedModelVersion] = await self.client._requester.json(
            saved_models.list_saved_model_versions.request_kwargs, self.project_key, self.sm_id
        )
        return versions

    async def get_active_version(self) -> SavedModelVersion | None:
        """The active version (as :meth:`list_versions` lists it), or None when no version is active.

        (operation ``listSavedModelVersions``)
        """
        for version in await self.list_versions():
            if version.get("active"):
                return version
        return None

    async def get_version_details(
        self, version_id: str
    ) -> (
        AsyncDSSTrainedPredictionModelDetails
        | AsyncDSSTrainedMultiTargetPredictionModelDetails
        | AsyncDSSTrainedTimeseriesForecastingModelDetails
        | AsyncDSSTrainedClusteringModelDetails
    ):
        """The details of a version: prediction, multi-target, time series or clustering details, as
        the version's snippet and details say. (operations ``getSavedModelVersionDetails``,
        ``getSavedModelVersionSnippet``)
        """
        from .ml_model_details import (  # the ML modules import this one
            AsyncDSSTrainedClusteringModelDetails,
            AsyncDSSTrainedMultiTargetPredictionModelDetails,
            AsyncDSSTrainedPredictionModelDetails,
            AsyncDSSTrainedTimeseriesForecastingModelDetails,
            details_for_model,
        )

        _DETAILS_CLASSES = (
            AsyncDSSTrainedPredictionModelDetails,
            AsyncDSSTrainedMultiTargetPredictionModelDetails,
            AsyncDSSTrainedTimeseriesForecastingModelDetails,
            AsyncDSSTrainedClusteringModelDetails,
        )

        details: TrainedModelDetails = await self.client._requester.json(
            saved_models.get_saved_model_version_details.request_kwargs, self.project_key, self.sm_id, version_id
        )
        snippet = await self.get_version_snippet(version_id)
        found = details_for_model(details, snippet, saved_model=self, saved_model_version=version_id)
        assert isinstance(found, _DETAILS_CLASSES)  # details_for_model chooses among them
        return found

    async def get_version_snippet(self, version_id: str) -> TrainedModelSnippet:
        """The summary of a version: prediction type, algorithm, training state, main metrics.

        (operation ``getSavedModelVersionSnippet``)
        """
        snippet: TrainedModelSnippet = await self.client._requester.json(
            saved_models.get_saved_model_version_snippet.request_kwargs, self.project_key, self.sm_id, version_id
        )
        return snippet

    async def set_active_version(self, version_id: str) -> None:
        """Make a version the active one. (operation ``setSavedModelActiveVersion``)"""
        await self.client._requester.empty(
            saved_models.set_saved_model_active_version.request_kwargs, self.project_key, self.sm_id, version_id
        )

    async def delete_versions(self, versions: list[str] | str, remove_intermediate: bool = True) -> None:
        """Delete versions (a list of identifiers, or one); DSS refuses to delete the active one.

        ``remove_intermediate``: also the intermediate versions of a partitioned model.
        (operation ``deleteSavedModelVersions``)
        """
        listed: list[object] = [versions] if isinstance(versions, str) else list(versions)
        if not all(isinstance(version, str) for version in listed):
            raise TypeError(f"Versions are identifiers (str), not {versions!r}")
        await self.client._requester.empty(
            saved_models.delete_saved_model_versions.request_kwargs,
            self.project_key,
            self.sm_id,
            body=json_body({"versions": listed, "removeIntermediate": remove_intermediate}),
        )

    async def get_origin_ml_task(self) -> AsyncDSSMLTask | None:
        """The ML task whose model was last deployed to this saved model, or None.

        (operation ``getSavedModel``)
        """
        from .ml import AsyncDSSMLTask  # the ML modules import this one

        full_id = (await self.get_settings()).get_raw().get("lastExportedFrom")
        if full_id is None:
            return None
        return AsyncDSSMLTask.from_full_model_id(self.client, full_id, project_key=self.project_key)

    # -- MLflow and external versions ----------------------------------------------------------

    async def import_mlflow_version_from_path(
        self,
        version_id: str,
        path: str | os.PathLike[str],
        code_env_name: str = "LOCAL-CODE-ENV",
        container_exec_config_name: str = "LOCAL-CONFIG",
        set_active: bool = True,
        binary_classification_threshold: float = 0.5,
    ) -> AsyncExternalModelVersionHandler:
        """Add a version from a local folder holding an MLflow model (sent as a zip archive, built in
        a temporary file). The saved model must come from :meth:`DSSProject.create_mlflow_pyfunc_model`.

        ``LOCAL-CODE-ENV`` and ``LOCAL-CONFIG`` stand for this process's code env and containerized
        configuration (:class:`RunConfigUtils`). (operation ``importSavedModelVersion``)
        """
        folder = os.fspath(path)
        if not os.path.isdir(folder):
            raise NotADirectoryError(f"DSSSavedModel.import_mlflow_version_from_path: {folder!r} is not a directory")
        code_env, config = _code_env(code_env_name), _container_config(container_exec_config_name)
        with tempfile.TemporaryFile() as archive:
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
                for root, _, files in os.walk(folder):
                    for name in sorted(files):
                        local = os.path.join(root, name)
                        zipped.write(local, os.path.relpath(local, folder))
            archive.seek(0)
            await self.client._requester.empty(
                saved_models.import_saved_model_version.request_kwargs,
                self.project_key,
                self.sm_id,
                version_id,
                code_env_name=code_env,
                container_exec_config_name=config,
                set_active=set_active,
                binary_classification_threshold=binary_classification_threshold,
                body=multipart_body(file=("tmpmodel.zip", archive)),
            )
        return self.get_external_model_version_handler(version_id)

    async def import_mlflow_version_from_managed_folder(
        self,
        version_id: str,
        managed_folder: AsyncDSSManagedFolder | str,
        path: str,
        code_env_name: str = "LOCAL-CODE-ENV",
        container_exec_config_name: str = "LOCAL-CONFIG",
        set_active: bool = True,
        binary_classification_threshold: float = 0.5,
    ) -> AsyncExternalModelVersionHandler:
        """Add a version from the MLflow model in ``path`` of a managed folder (a handle, or its
        identifier: ``id`` in this project, ``PROJECTKEY.id`` in another).

        (operation ``importSavedModelVersion``)
        """
        if isinstance(managed_folder, str):
            folder_ref = managed_folder
        elif hasattr(managed_folder, "odb_id"):
            folder_ref = f"{managed_folder.project_key}.{managed_folder.odb_id}"
        else:
            raise TypeError(
                "managed_folder is the identifier of a managed folder or a DSSManagedFolder, "
                f"not {type(managed_folder).__name__}"
            )
        await self.client._requester.empty(
            saved_models.import_saved_model_version.request_kwargs,
            self.project_key,
            self.sm_id,
            version_id,
            folder_ref=folder_ref,
            path=path,
            code_env_name=_code_env(code_env_name),
            container_exec_config_name=_container_config(container_exec_config_name),
            set_active=set_active,
            binary_classification_threshold=binary_classification_threshold,
            # DSS wants a multipart request even without a file (the official client sends no part).
            body=multipart_body(file=("", b"")),
        )
        return self.get_external_model_version_handler(version_id)

    async def import_mlflow_version_from_databricks(
        self,
        version_id: str,
        connection_name: str,
        use_unity_catalog: bool,
        model_name: str,
        model_version: str,
        code_env_name: str = "LOCAL-CODE-ENV",
        container_exec_config_name: str = "LOCAL-CONFIG",
        set_active: bool = True,
        binary_classification_threshold: float = 0.5,
    ) -> AsyncExternalModelVersionHandler:
        """Add a version from a model of a Databricks registry, reached through a DSS connection of
        type ``DatabricksModelDeployment``. The model is downloaded with the ``mlflow`` package
        (which must be installed), then imported as :meth:`import_mlflow_version_from_path` does.

        (operations ``getConnectionInfo``, ``importSavedModelVersion``)
        """
        info = await self.client.get_connection(connection_name).get_info(self.project_key)
        if info.get("type") != "DatabricksModelDeployment":
            raise ValueError(f"The connection {connection_name} is not a Databricks connection")
        params = info.get("params")
        if not isinstance(params, dict):
            raise PermissionError(f"Reading the details of the connection {connection_name} needs its permission")
        try:
            # mlflow is not a dependency of dssclient: imported by name, where it is installed.
            artifacts: Any = importlib.import_module("mlflow.store.artifact.models_artifact_repo")
        except ImportError as missing:
            raise ImportError(
                "DSSSavedModel.import_mlflow_version_from_databricks downloads the model with the mlflow package: "
                "install mlflow"
            ) from missing
        with tempfile.TemporaryDirectory() as folder, _databricks_registry(info, use_unity_catalog):
            repository: Any = artifacts.ModelsArtifactRepository(f"models:/{model_name}/{model_version}")
            repository.download_artifacts("", dst_path=folder)
            return await self.import_mlflow_version_from_path(
                version_id,
                folder,
                code_env_name=code_env_name,
                container_exec_config_name=container_exec_config_name,
                set_active=set_active,
                binary_classification_threshold=binary_classification_threshold,
            )

    async def create_external_model_version(
        self,
        version_id: str,
        configuration: dict[str, Any],
        target_column_name: str | None = None,
        class_labels: list[str] | None = None,
        set_active: bool = True,
        binary_classification_threshold: float = 0.5,
        input_dataset: Any = None,
        selection: Any = None,
        use_optimal_threshold: bool = True,
        skip_expensive_reports: bool = True,
        features_list: list[dict[str, Any]] | None = None,
        container_exec_config_name: str = "LOCAL-CONFIG",
        input_format: str = "GUESS",
        output_format: str = "GUESS",
        evaluate: bool = True,
    ) -> None:
        """Add a version to an external model (from :meth:`DSSProject.create_external_model`): the
        endpoint ``configuration`` names (``protocol`` and its fields), then its metadata, then, with
        ``evaluate``, its evaluation on ``input_dataset``.

        (operations ``importSavedModelVersion``, ``getSavedModel``, ``getExternalModelVersionMetadata``,
        ``saveExternalModelVersionMetadata``, ``evaluateExternalModelVersion``)
        """
        if not is_object(configuration):
            raise TypeError("configuration is a dict of the endpoint's parameters (protocol, ...)")
        if evaluate and input_dataset is None:
            raise ValueError("Evaluating the version needs an input_dataset (or pass evaluate=False)")
        config = _container_config(container_exec_config_name)
        await self.client._requester.empty(
            saved_models.import_saved_model_version.request_kwargs,
            self.project_key,
            self.sm_id,
            version_id,
            set_active=set_active,
            proxy_model_version_configuration=json.dumps(configuration),
            binary_classification_threshold=binary_classification_threshold,
            body=multipart_body(file=("", b"")),
        )
        handler = self.get_external_model_version_handler(version_id)
        await handler._set_core_external_metadata(
            target_column_name,
            class_labels,
            features_list,
            input_dataset,
            selection,
            container_exec_config_name=config,
            input_format=input_format,
            output_format=output_format,
        )
        if evaluate:
            await handler.evaluate(input_dataset, config, selection, use_optimal_threshold, skip_expensive_reports)

    def get_external_model_version_handler(self, version_id: str) -> AsyncExternalModelVersionHandler:
        """A handler on a version of an MLflow or external model (no call is made)."""
        return AsyncExternalModelVersionHandler(self, version_id)

    # -- metrics, usages, zones, discussions ----------------------------------------------------

    async def get_metric_values(self, version_id: str) -> ComputedMetrics:
        """The metrics of a version and their values. (operation ``getSavedModelVersionMetrics``)"""
        raw = await self.client._requester.json(
            saved_models.get_saved_model_version_metrics.request_kwargs, self.project_key, self.sm_id, version_id
        )
        return ComputedMetrics(raw)

    async def get_usages(self) -> list[SavedModelUsage]:
        """The recipes using the saved model (``RECIPE_INPUT``: scoring, evaluation).

        (operation ``getSavedModelUsages``)
        """
        usages: list[SavedModelUsage] = await self.client._requester.json(
            saved_models.get_saved_model_usages.request_kwargs, self.project_key, self.sm_id
        )
        return usages

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the saved model (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "SAVED_MODEL", self.sm_id)

    async def get_zone(self) -> AsyncDSSFlowZone:
        """The flow zone holding the saved model. (operations ``listFlowZones``, ``getFlowZone``)"""
        from .flow import zone_of  # the flow module imports the handles' modules

        return await zone_of(self)

    async def move_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Move the saved model into a zone, a handle or an id. (operation ``addFlowZoneItem``)"""
        from .flow import move_to_zone

        await move_to_zone(self, zone)

    async def share_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Share the saved model to a zone, a handle or an id. (operation ``shareToFlowZone``)"""
        from .flow import share_to_zone

        await share_to_zone(self, zone)

    async def unshare_from_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Stop sharing the saved model to a zone, a handle or an id. (operation ``unshareFromFlowZone``)"""
        from .flow import unshare_from_zone

        await unshare_from_zone(self, zone)

    async def delete(self) -> None:
        """Delete the saved model and all its versions. (operation ``deleteSavedModel``)"""
        await self.client._requester.empty(saved_models.delete_saved_model.request_kwargs, self.project_key, self.sm_id)


class _databricks_registry:  # noqa: N801 (a context manager, named as used)
    """MLflow pointed at a Databricks registry for the duration of a download, as the connection
    says (host, port, token); the environment and the registry URI restored afterwards."""

    _KEYS = ("MLFLOW_TRACKING_URI", "DATABRICKS_HOST", "DATABRICKS_TOKEN", "http_proxy", "https_proxy")

    def __init__(self, info: Any, use_unity_catalog: bool) -> None:
        self.info = info
        self.use_unity_catalog = use_unity_catalog
        self.saved: dict[str, str | None] = {}
        self.registry_uri: Any = None
        self.mlflow: Any = None

    def __enter__(self) -> None:
        mlflow: Any = importlib.import_module("mlflow")
        self.mlflow = mlflow
        info: dict[str, Any] = self.info
        params: dict[str, Any] = info.get("params") or {}
        auth = params.get("authType")
        if auth == "OAUTH2_APP":
            token: Any = object_or_empty(info.get("resolvedOAuth2Credential")).get("accessToken")
        elif auth == "PERSONAL_ACCESS_TOKEN":
            token = params.get("personalAccessToken")
        else:
            raise ValueError(f"Unhandled authentication of the Databricks connection: {auth}")
        host, port = params.get("host"), params.get("port")
        if not host or not port:
            raise ValueError("The Databricks connection has no host or no port")
        url = f"{'https' if params.get('ssl') else 'http'}://{host}:{port}"
        http_path = str(params.get("httpPath") or "").rstrip("/")
        if http_path:
            url += http_path if http_path.startswith("/") else "/" + http_path
        self.saved = {key: os.environ.get(key) for key in self._KEYS}
        proxy: Any = info.get("proxySettingsAsString")
        if proxy:
            os.environ["http_proxy"] = os.environ["https_proxy"] = "http://" + str(proxy)
        self.registry_uri = mlflow.get_registry_uri()
        mlflow.set_registry_uri("databricks-uc" if self.use_unity_catalog else "databricks")
        os.environ["MLFLOW_TRACKING_URI"] = "databricks"
        os.environ["DATABRICKS_HOST"] = url
        os.environ["DATABRICKS_TOKEN"] = str(token)

    def __exit__(self, *exc: object) -> None:
        mlflow: Any = self.mlflow
        for key, value in self.saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        mlflow.set_registry_uri(self.registry_uri)


class AsyncExternalModelVersionHandler:
    """A version of an MLflow or external model: its metadata and its evaluation.

    Get one with :meth:`DSSSavedModel.get_external_model_version_handler`.
    """

    def __init__(self, saved_model: AsyncDSSSavedModel, version_id: str) -> None:
        self.saved_model = saved_model
        self.version_id = version_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(saved_model={self.saved_model!r}, version_id={self.version_id!r})"

    async def get_settings(self) -> AsyncMLFlowVersionSettings:
        """The version's metadata (target, classes, features). (operation ``getExternalModelVersionMetadata``)"""
        return AsyncMLFlowVersionSettings(self, await self._metadata())

    async def _metadata(self) -> ExternalModelVersionMetadata:
        sm = self.saved_model
        metadata: ExternalModelVersionMetadata = await sm.client._requester.json(
            saved_models.get_external_model_version_metadata.request_kwargs, sm.project_key, sm.sm_id, self.version_id
        )
        return metadata

    async def _check_classes(self, class_labels: list[str] | None) -> None:
        prediction_type = (await self.saved_model.get_settings()).prediction_type
        if prediction_type == "MULTICLASS" and not isinstance(class_labels, list):
            raise ValueError("A multiclass model needs its classes in class_labels (a list)")
        binary = prediction_type == "BINARY_CLASSIFICATION"
        if binary and (not isinstance(class_labels, list) or len(class_labels) != 2):
            raise ValueError("A binary classification model needs exactly 2 classes in class_labels")
        if prediction_type == "REGRESSION" and class_labels not in (None, []):
            raise ValueError("A regression model has no classes: leave class_labels unset (or empty)")

    async def _model_version_info(
        self,
        target_column_name: str | None,
        class_labels: list[str] | None,
        get_features_from_dataset: str | None,
        get_features_from_dataset_sampling: Any,
        features_list: list[dict[str, Any]] | None,
    ) -> dict[str, Any]:
        if features_list is not None and get_features_from_dataset is not None:
            raise ValueError("The features come from features_list or from get_features_from_dataset, not both")
        if features_list is not None and not all(
            is_object(feature) and "name" in feature and "type" in feature for feature in features_list
        ):
            raise ValueError("features_list is a list of {'name': 'feature_name', 'type': 'feature_type'}")
        metadata = cast("dict[str, Any]", dict(await self._metadata()))
        if target_column_name is not None:
            metadata["targetColumnName"] = target_column_name
        if class_labels is not None:
            metadata["classLabels"] = [{"label": label} for label in class_labels]
        if get_features_from_dataset is not None:
            metadata["gatherFeaturesFromDataset"] = get_features_from_dataset
        if get_features_from_dataset_sampling is not None:
            metadata["guessingDatasetSamplingParam"] = get_features_from_dataset_sampling
        if features_list is not None:
            metadata["features"] = features_list
        return metadata

    async def _save_metadata(self, metadata: dict[str, Any], container_exec_config_name: str) -> None:
        sm = self.saved_model
        await sm.client._requester.empty(
            saved_models.save_external_model_version_metadata.request_kwargs,
            sm.project_key,
            sm.sm_id,
            self.version_id,
            container_exec_config_name=container_exec_config_name,
            body=json_body(metadata),
        )

    async def _set_core_external_metadata(
        self,
        target_column_name: str | None,
        class_labels: list[str] | None = None,
        features_list: list[dict[str, Any]] | None = None,
        input_dataset: Any = None,
        input_dataset_sampling: Any = None,
        container_exec_config_name: str = "NONE",
        input_format: str = "GUESS",
        output_format: str = "GUESS",
    ) -> None:
        await self._check_classes(class_labels)
        dataset = _dataset_name(input_dataset) if input_dataset is not None and features_list is None else None
        info = await self._model_version_info(
            target_column_name,
            class_labels,
            dataset,
            input_dataset_sampling if features_list is None else None,
            features_list,
        )
        configuration: Any = info.get("proxyModelVersionConfiguration")
        protocol: Any = configuration.get("protocol") if is_object(configuration) else None
        if protocol == "vertex-ai":
            info["inputFormat"], info["outputFormat"] = "INPUT_VERTEX_DEFAULT", "OUTPUT_VERTEX_DEFAULT"
        elif protocol in ("azure-ml", "sagemaker", "databricks"):
            info["inputFormat"], info["outputFormat"] = input_format, output_format
            if input_dataset is not None:
                info["signatureAndFormatsGuessingDataset"] = _dataset_name(input_dataset)
        await self._save_metadata(info, container_exec_config_name)

    async def set_core_metadata(
        self,
        target_column_name: str,
        class_labels: list[str] | None = None,
        get_features_from_dataset: str | None = None,
        features_list: list[dict[str, Any]] | None = None,
        container_exec_config_name: str = "LOCAL-CONFIG",
        get_features_from_dataset_sampling: Any = None,
    ) -> None:
        """Set the version's target, classes (for classification) and features (from a dataset's
        columns, or ``features_list``: ``[{"name": ..., "type": ...}]``), which evaluating it needs.

        (operations ``getExternalModelVersionMetadata``, ``getSavedModel``, ``saveExternalModelVersionMetadata``)
        """
        info = await self._model_version_info(
            target_column_name,
            class_labels,
            get_features_from_dataset,
            get_features_from_dataset_sampling,
            features_list,
        )
        await self._check_classes(class_labels)
        await self._save_metadata(info, _container_config(container_exec_config_name))

    async def evaluate(
        self,
        dataset_ref: Any,
        container_exec_config_name: str = "LOCAL-CONFIG",
        selection: Any = None,
        use_optimal_threshold: bool = True,
        skip_expensive_reports: bool = True,
    ) -> None:
        """Evaluate the version on a dataset (a name or a handle); its details then show the
        performance. :meth:`set_core_metadata` must have been called first.

        (operation ``evaluateExternalModelVersion``)
        """
        sm = self.saved_model
        await sm.client._requester.empty(
            saved_models.evaluate_external_model_version.request_kwargs,
            sm.project_key,
            sm.sm_id,
            self.version_id,
            use_optimal_threshold=use_optimal_threshold,
            skip_expensive_reports=skip_expensive_reports,
            body=json_body(
                {
                    "datasetRef": _dataset_name(dataset_ref),
                    "containerExecConfigName": _container_config(container_exec_config_name),
                    "samplingParam": _selection(selection),
                }
            ),
        )


class AsyncMLFlowVersionSettings:
    """The metadata of an MLflow or external model's version, edited in :attr:`raw`, then saved.

    Get them with :meth:`ExternalModelVersionHandler.get_settings`.
    """

    def __init__(self, version_handler: AsyncExternalModelVersionHandler, data: ExternalModelVersionMetadata) -> None:
        self.version_handler = version_handler
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.version_handler!r})"

    @property
    def raw(self) -> ExternalModelVersionMetadata:
        """The metadata as a dict, to edit in place before saving."""
        return self.data

    async def save(self) -> None:
        """Send the metadata back to DSS, whole. (operation ``saveExternalModelVersionMetadata``)"""
        sm = self.version_handler.saved_model
        await sm.client._requester.empty(
            saved_models.save_external_model_version_metadata.request_kwargs,
            sm.project_key,
            sm.sm_id,
            self.version_handler.version_id,
            body=json_body(self.data),
        )


class AsyncDSSSavedModelSettings(DSSRawSettings["SavedModel"]):
    """A saved model's settings. Edit them through :meth:`get_raw`, then :meth:`save`.

    Get them with :meth:`DSSSavedModel.get_settings`.
    """

    def __init__(self, saved_model: AsyncDSSSavedModel, settings: SavedModel) -> None:
        super().__init__(settings)
        self.saved_model = saved_model

    @property
    def prediction_metrics_settings(self) -> SavedModelMiniTaskModelingMetrics:
        """The metrics settings of the model (``miniTask.modeling.metrics``: evaluation metric,
        threshold optimization, ...), a dict edited in place."""
        metrics: SavedModelMiniTaskModelingMetrics = self._untyped["miniTask"]["modeling"]["metrics"]
        return metrics

    @property
    def prediction_type(self) -> str | None:
        """The prediction type (``BINARY_CLASSIFICATION``, ``MULTICLASS``, ``REGRESSION``, ...);
        None for a clustering model or an MLflow model of another kind."""
        prediction_type: str | None = self._untyped["miniTask"].get("predictionType")
        return prediction_type

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveSavedModel``)"""
        await self.saved_model.client._requester.empty(
            saved_models.save_saved_model.request_kwargs,
            self.saved_model.project_key,
            self.saved_model.sm_id,
            body=json_body(self.settings),
        )
