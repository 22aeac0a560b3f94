"""DSS's MLflow integration: a project's experiment tracking (experiments, runs) and DSS's extension of MLflow.

Get the handle with :meth:`DSSProject.get_mlflow_extension`. Every call names the project in
the ``x-dku-mlflow-project-key`` header, as the official client does. Besides the official
client's methods, the handle has a few of MLflow's own tracking calls (create and delete
experiments and runs, log metrics and parameters, read a run), for automation that tracks
experiments without the ``mlflow`` package.
"""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Never

from dssclient_generated.api import mlflow
from dssclient_generated.types import UNSET

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.dss.utils import DSSDatasetSelectionBuilder
    from dssclient.payloads import (
        MlflowCreateExperimentAnswer,
        MlflowExperimentList,
        MlflowRun,
        MlflowRunAnswer,
        MlflowRunModel,
    )

    from ..dssclient import AsyncDSSClient
    from .project import AsyncDSSProject
    from .savedmodel import AsyncExternalModelVersionHandler

# The values DSS takes for a run's prediction type (set_run_inference_info).
PREDICTION_TYPES = ("REGRESSION", "BINARY_CLASSIFICATION", "MULTICLASS", "OTHER")
_CLASSIFICATIONS = ("BINARY_CLASSIFICATION", "MULTICLASS")
VIEW_TYPES = ("ACTIVE_ONLY", "DELETED_ONLY", "ALL")
# MLflow answers the writes of its tracking API with an empty object.
EmptyAnswer = dict[str, Never]


class AsyncDSSMLflowExtension:
    """A project's experiment tracking, as DSS's MLflow extension serves it. Get one with
    :meth:`DSSProject.get_mlflow_extension`."""

    def __init__(self, client: AsyncDSSClient, project_key: str) -> None:
        self.client = client
        self.project: AsyncDSSProject = client.get_project(project_key)
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    # -- the official client's methods ---------------------------------------------------------------

    async def list_models(self, run_id: str) -> list[MlflowRunModel]:
        """The models a run logged. (operation ``listMlflowRunModels``)"""
        models: list[MlflowRunModel] = await self.client._requester.json(
            mlflow.list_mlflow_run_models.request_kwargs, run_id, x_dku_mlflow_project_key=self.project_key
        )
        return models

    async def list_experiments(self, view_type: str = "ACTIVE_ONLY", max_results: int = 1000) -> MlflowExperimentList:
        """The project's experiments: ``{"experiments": [...]}`` (the key is absent when there is none).

        ``view_type`` is ``ACTIVE_ONLY``, ``DELETED_ONLY`` or ``ALL`` (``ValueError`` otherwise,
        before any call). (operation ``searchMlflowExperiments``)
        """
        if view_type not in VIEW_TYPES:
            raise ValueError(f"view_type is one of {', '.join(VIEW_TYPES)}, not {view_type!r}")
        found: MlflowExperimentList = await self.client._requester.json(
            mlflow.search_mlflow_experiments.request_kwargs,
            body=json_body({"view_type": view_type, "max_results": max_results}),
            x_dku_mlflow_project_key=self.project_key,
        )
        return found

    async def rename_experiment(self, experiment_id: str, new_name: str) -> EmptyAnswer:
        """Rename an experiment. (operation ``renameMlflowExperiment``)"""
        answer: EmptyAnswer = await self.client._requester.json(
            mlflow.rename_mlflow_experiment.request_kwargs,
            body=json_body({"experiment_id": experiment_id, "new_name": new_name}),
            x_dku_mlflow_project_key=self.project_key,
        )
        return answer

    async def restore_experiment(self, experiment_id: str) -> EmptyAnswer:
        """Restore a deleted experiment, with the runs its deletion deleted. (operation ``restoreMlflowExperiment``)"""
        answer: EmptyAnswer = await self.client._requester.json(
            mlflow.restore_mlflow_experiment.request_kwargs,
            body=json_body({"experiment_id": experiment_id}),
            x_dku_mlflow_project_key=self.project_key,
        )
        return answer

    async def restore_run(self, run_id: str) -> EmptyAnswer:
        """Restore a deleted run. (operation ``restoreMlflowRun``)"""
        answer: EmptyAnswer = await self.client._requester.json(
            mlflow.restore_mlflow_run.request_kwargs,
            body=json_body({"run_id": run_id}),
            x_dku_mlflow_project_key=self.project_key,
        )
        return answer

    async def garbage_collect(self) -> None:
        """Delete for good the project's experiments and runs marked deleted. (operation ``garbageCollectMlflow``)"""
        await self.client._requester.empty(
            mlflow.garbage_collect_mlflow.request_kwargs, x_dku_mlflow_project_key=self.project_key
        )

    async def create_experiment_tracking_dataset(
        self,
        dataset_name: str,
        experiment_ids: Sequence[str] | None = None,
        view_type: str = "ACTIVE_ONLY",
        filter_expr: str = "",
        order_by: Sequence[str] | None = None,
        format: str = "LONG",  # noqa: A002 - the official name
    ) -> None:
        """Create a virtual dataset exposing the runs of the project's experiments.

        ``experiment_ids`` filters on experiments (none: all); ``view_type`` is ``ACTIVE_ONLY``,
        ``DELETED_ONLY`` or ``ALL``; ``filter_expr`` an MLflow search expression; ``order_by``
        order clauses; ``format`` ``LONG`` or ``JSON``. (operation ``createMlflowExperimentTrackingDataset``)
        """
        await self.client._requester.empty(
            mlflow.create_mlflow_experiment_tracking_dataset.request_kwargs,
            body=json_body(
                {
                    "datasetName": dataset_name,
                    "experimentIds": list(experiment_ids or []),
                    "viewType": view_type,
                    "filter": filter_expr,
                    "orderBy": list(order_by or []),
                    "format": format,
                }
            ),
            x_dku_mlflow_project_key=self.project_key,
        )

    async def clean_experiment_tracking_db(self) -> None:
        """Delete every experiment, run, parameter, metric and tag of the project (administrators only).

        (operation ``cleanMlflowExperimentTrackingDb``)
        """
        await self.client._requester.empty(mlflow.clean_mlflow_experiment_tracking_db.request_kwargs, self.project_key)

    async def set_run_inference_info(
        self,
        run_id: str,
        prediction_type: str,
        classes: Sequence[Any] | None = None,
        code_env_name: str | None = None,
        target: str | None = None,
    ) -> None:
        """Record what deploying a run's model needs: its prediction type (one of
        ``REGRESSION``, ``BINARY_CLASSIFICATION``, ``MULTICLASS``, ``OTHER``), its classes in the
        model's order (required for, and only for, the classifications; each turned into a
        string), a Python code env able to run it, and the target's name.

        Invalid arguments raise ``ValueError`` before any call, as with the official client.
        (operation ``setMlflowRunInferenceInfo``)
        """
        if prediction_type not in PREDICTION_TYPES:
            raise ValueError(f"Invalid prediction type: {prediction_type}")
        if classes and prediction_type not in _CLASSIFICATIONS:
            raise ValueError("Classes can be specified only for BINARY_CLASSIFICATION or MULTICLASS prediction types")
        class_names: list[str] | None = None
        if prediction_type in _CLASSIFICATIONS:
            if not classes:
                raise ValueError(f"Classes must be specified for {prediction_type} prediction type")
            if not isinstance(classes, list):
                raise ValueError(f"Wrong type for classes: {type(classes)}")
            if any(c is None for c in classes):
                raise ValueError("class cannot be None")
            class_names = [str(c) for c in classes]
        if code_env_name and not isinstance(code_env_name, str):  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
            raise ValueError("code_env_name must be a string")
        if target and not isinstance(target, str):  # pyright: ignore[reportUnnecessaryIsInstance] - untyped callers pass anything
            raise ValueError("target must be a string")
        body: dict[str, Any] = {"run_id": run_id, "prediction_type": prediction_type}
        if class_names:
            body["classes"] = json.dumps(class_names)
        if code_env_name:
            body["code_env_name"] = code_env_name
        if target:
            body["target"] = target
        await self.client._requester.empty(
            mlflow.set_mlflow_run_inference_info.request_kwargs,
            body=json_body(body),
            x_dku_mlflow_project_key=self.project_key,
        )

    async def import_analyses_models_into_experiment(self, model_ids: Sequence[str], experiment_id: str) -> None:
        """Record trained models of the project's visual analyses (their full ids, as
        :meth:`DSSMLTask.get_trained_models_ids` gives them) as runs of an experiment.

        (operation ``importAnalysisModelsIntoMlflowExperiment``)
        """
        await self.client._requester.empty(
            mlflow.import_analysis_models_into_mlflow_experiment.request_kwargs,
            project_key=self.project_key,
            full_model_ids=list(model_ids),
            experiment_id=experiment_id,
            x_dku_mlflow_project_key=self.project_key,
        )

    async def deploy_run_model(
        self,
        run_id: str,
        sm_id: str,
        version_id: str | None = None,
        use_inference_info: bool = True,
        code_env_name: str | None = None,
        evaluation_dataset: str | None = None,
        target_column_name: str | None = None,
        class_labels: Sequence[str] | None = None,
        model_sub_folder: str | None = None,
        model_name: str | None = None,
        selection: DSSDatasetSelectionBuilder | Mapping[str, Any] | None = None,
        activate: bool = True,
        binary_classification_threshold: float = 0.5,
        use_optimal_threshold: bool = True,
        skip_expensive_reports: bool = False,
    ) -> AsyncExternalModelVersionHandler:
        """Deploy the model a run logged as a version of an MLflow saved model (one made with
        :meth:`DSSProject.create_mlflow_pyfunc_model`), with the lineage to the run; evaluated on
        ``evaluation_dataset`` when given (sampled by ``selection``: a
        :class:`~dssclient.dss.utils.DSSDatasetSelectionBuilder` or its dict).

        ``version_id`` (no whitespace nor dash) defaults to a timestamp, as with the official client;
        ``model_name`` names the run's model when it logged several (``model_sub_folder`` is its
        deprecated name). ``code_env_name``, ``target_column_name`` and ``class_labels`` complete or
        replace what :meth:`set_run_inference_info` recorded (``use_inference_info``). Returns the new
        version's handler.

        The emulator stores no MLflow artifact (its runs log no model): it refuses every deployment
        with a :class:`~dssclient.BadRequestError` once the project, the run and the saved model are
        found. (operations ``getSavedModel``, ``deployMlflowRunModel``)
        """
        from dssclient.dss.utils import DSSDatasetSelectionBuilder

        sampling: Any = selection.build() if isinstance(selection, DSSDatasetSelectionBuilder) else selection
        if version_id is None:
            version_id = time.strftime("%Y_%m_%dT%H_%M_%S", time.localtime())
        saved_model = self.project.get_saved_model(sm_id)
        prediction_type = (await saved_model.get_settings()).prediction_type
        info: dict[str, Any] = {}
        if evaluation_dataset is not None:
            info["gatherFeaturesFromDataset"] = evaluation_dataset
            info["guessingDatasetSamplingParam"] = None if sampling is None else dict(sampling)
        if target_column_name is not None:
            info["targetColumnName"] = target_column_name
        info["classLabels"] = [{"label": label} for label in class_labels or []]
        if code_env_name is not None:
            info["pythonCodeEnvName"] = code_env_name
        if prediction_type is not None:
            info["predictionType"] = prediction_type
        if model_sub_folder is not None:
            warnings.warn(
                "The 'model_sub_folder' parameter is deprecated. Please use 'model_name' instead.",
                DeprecationWarning,
                stacklevel=2,
            )
            if model_name is None:
                model_name = model_sub_folder
        await self.client._requester.empty(
            mlflow.deploy_mlflow_run_model.request_kwargs,
            project_key=self.project_key,
            run_id=run_id,
            sm_id=sm_id,
            version_id=version_id,
            model_name=UNSET if model_name is None else model_name,
            model_version_info=json.dumps(info),
            sampling_param=UNSET if sampling is None else json.dumps(dict(sampling)),
            activate=activate,
            binary_classification_threshold=binary_classification_threshold,
            use_optimal_threshold=use_optimal_threshold,
            skip_expensive_reports=skip_expensive_reports,
            use_inference_info=use_inference_info,
            x_dku_mlflow_project_key=self.project_key,
        )
        return saved_model.get_external_model_version_handler(version_id)

    # -- MLflow's own tracking calls (what the mlflow package sends through DSS) ---------------------

    async def create_experiment(
        self, name: str, artifact_location: str | None = None, tags: Mapping[str, str] | None = None
    ) -> str:
        """Create an experiment; returns its identifier. (operation ``createMlflowExperiment``)"""
        body: dict[str, Any] = {"name": name}
        if artifact_location is not None:
            body["artifact_location"] = artifact_location
        if tags:
            body["tags"] = [{"key": k, "value": v} for k, v in tags.items()]
        created: MlflowCreateExperimentAnswer = await self.client._requester.json(
            mlflow.create_mlflow_experiment.request_kwargs,
            body=json_body(body),
            x_dku_mlflow_project_key=self.project_key,
        )
        return created["experiment_id"]

    async def delete_experiment(self, experiment_id: str) -> None:
        """Mark an experiment (and its runs) deleted. (operation ``deleteMlflowExperiment``)"""
        await self.client._requester.json(
            mlflow.delete_mlflow_experiment.request_kwargs,
            body=json_body({"experiment_id": experiment_id}),
            x_dku_mlflow_project_key=self.project_key,
        )

    async def create_run(
        self,
        experiment_id: str,
        run_name: str | None = None,
        start_time: int | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> MlflowRun:
        """Start a run in an experiment (``start_time`` in epoch milliseconds, now by default).

        (operation ``createMlflowRun``)
        """
        body: dict[str, Any] = {"experiment_id": experiment_id}
        if run_name is not None:
            body["run_name"] = run_name
        body["start_time"] = start_time if start_time is not None else int(time.time() * 1000)
        if tags:
            body["tags"] = [{"key": k, "value": v} for k, v in tags.items()]
        created: MlflowRunAnswer = await self.client._requester.json(
            mlflow.create_mlflow_run.request_kwargs, body=json_body(body), x_dku_mlflow_project_key=self.project_key
        )
        return created["run"]

    async def get_run(self, run_id: str) -> MlflowRun:
        """A run: ``info`` and ``data`` (the latest value of each metric, parameters, tags).

        (operation ``getMlflowRun``)
        """
        found: MlflowRunAnswer = await self.client._requester.json(
            mlflow.get_mlflow_run.request_kwargs, run_id=run_id, x_dku_mlflow_project_key=self.project_key
        )
        return found["run"]

    async def delete_run(self, run_id: str) -> None:
        """Mark a run deleted. (operation ``deleteMlflowRun``)"""
        await self.client._requester.json(
            mlflow.delete_mlflow_run.request_kwargs,
            body=json_body({"run_id": run_id}),
            x_dku_mlflow_project_key=self.project_key,
        )

    async def log_metric(
        self, run_id: str, key: str, value: float, step: int = 0, timestamp: int | None = None
    ) -> None:
        """Log a metric's value at a step (``timestamp`` in epoch milliseconds, now by default).

        (operation ``logMlflowMetric``)
        """
        await self.client._requester.json(
            mlflow.log_mlflow_metric.request_kwargs,
            body=json_body(
                {
                    "run_id": run_id,
                    "key": key,
                    "value": value,
                    "timestamp": timestamp if timestamp is not None else int(time.time() * 1000),
                    "step": step,
                }
            ),
            x_dku_mlflow_project_key=self.project_key,
        )

    async def log_param(self, run_id: str, key: str, value: Any) -> None:
        """Log a parameter (its value turned into a string); a logged parameter cannot change.

        (operation ``logMlflowParameter``)
        """
        await self.client._requester.json(
            mlflow.log_mlflow_parameter.request_kwargs,
            body=json_body({"run_id": run_id, "key": key, "value": str(value)}),
            x_dku_mlflow_project_key=self.project_key,
        )
