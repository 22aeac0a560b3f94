"""Experiment tracking: MLflow's tracking API as DSS serves it, and DSS's extension of it.

Every call but ``clean-db`` names its project in the ``x-dku-mlflow-project-key`` header.
Reading experiments and runs takes the right to read the project's content; creating,
logging, renaming, deleting, restoring and collecting, the right to write it; cleaning a
project's whole tracking data is for administrators (the spec's ``x-dss-admin-only``).
The state is ``models/mlflow.py``.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..._json import array_or_empty
from ..automation.access import READ, WRITE, project_for
from ..context import RequestContext
from ..errors import DSSError, bad_request, not_found
from ..models.mlflow import VIEW_TYPES, MlflowModel
from ._common import readable_project
from ._registry import handles

PROJECT_HEADER = "x-dku-mlflow-project-key"
EXPERIMENTS_DATASET_TYPE = "ExperimentsDB"


def _model(ctx: RequestContext) -> MlflowModel:
    return ctx.services.state.extension(MlflowModel)


def _project_key(ctx: RequestContext, right: str) -> str:
    """The project of the header, if the caller holds ``right`` on it. Hold the state lock."""
    return project_for(ctx, ctx.headers[PROJECT_HEADER], right).key


# -- experiments ----------------------------------------------------------------------------------


@handles("createMlflowExperiment")
def create_mlflow_experiment(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        key = _project_key(ctx, WRITE)
        experiment = _model(ctx).create_experiment(
            key, fields["name"], fields.get("artifact_location"), fields.get("tags")
        )
        return {"experiment_id": experiment.experiment_id}


@handles("deleteMlflowExperiment")
def delete_mlflow_experiment(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _model(ctx).delete_experiment(_project_key(ctx, WRITE), ctx.body_fields["experiment_id"])
    return {}


@handles("restoreMlflowExperiment")
def restore_mlflow_experiment(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _model(ctx).restore_experiment(_project_key(ctx, WRITE), ctx.body_fields["experiment_id"])
    return {}


@handles("renameMlflowExperiment")
def rename_mlflow_experiment(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        _model(ctx).rename_experiment(_project_key(ctx, WRITE), fields["experiment_id"], fields["new_name"])
    return {}


@handles("searchMlflowExperiments")
def search_mlflow_experiments(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    # Filters, orders and pages are MLflow's search language, which the emulator does not evaluate.
    for unsupported in ("filter", "order_by", "page_token"):
        if fields.get(unsupported):
            raise bad_request(f"The emulator does not evaluate MLflow searches' {unsupported}")
    with ctx.services.state.lock:
        found = _model(ctx).search_experiments(
            _project_key(ctx, READ), fields.get("view_type") or "ACTIVE_ONLY", fields.get("max_results") or 1000
        )
    return {"experiments": found} if found else {}


# -- runs -----------------------------------------------------------------------------------------


@handles("createMlflowRun")
def create_mlflow_run(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        run = _model(ctx).create_run(
            _project_key(ctx, WRITE),
            fields["experiment_id"],
            ctx.user.login,
            fields.get("run_name"),
            fields.get("start_time"),
            fields.get("tags"),
        )
        return {"run": run.to_json()}


@handles("getMlflowRun")
def get_mlflow_run(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return {"run": _model(ctx).run(_project_key(ctx, READ), ctx.query["run_id"]).to_json()}


@handles("deleteMlflowRun")
def delete_mlflow_run(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _model(ctx).delete_run(_project_key(ctx, WRITE), ctx.body_fields["run_id"])
    return {}


@handles("restoreMlflowRun")
def restore_mlflow_run(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _model(ctx).restore_run(_project_key(ctx, WRITE), ctx.body_fields["run_id"])
    return {}


@handles("logMlflowMetric")
def log_mlflow_metric(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        _model(ctx).log_metric(
            _project_key(ctx, WRITE),
            fields["run_id"],
            fields["key"],
            float(fields["value"]),
            fields["timestamp"],
            fields.get("step") or 0,
        )
    return {}


@handles("logMlflowParameter")
def log_mlflow_parameter(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        _model(ctx).log_parameter(_project_key(ctx, WRITE), fields["run_id"], fields["key"], fields["value"])
    return {}


# -- DSS's extension --------------------------------------------------------------------------------


@handles("listMlflowRunModels")
def list_mlflow_run_models(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        _model(ctx).run(_project_key(ctx, READ), ctx.path["runId"])
    # The emulator stores no MLflow artifact (see models/mlflow.py): a run has no logged model.
    return []


@handles("setMlflowRunInferenceInfo")
def set_mlflow_run_inference_info(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        key = _project_key(ctx, WRITE)
        _model(ctx).set_inference_info(key, ctx.body_fields["run_id"], ctx.body_fields)


@handles("garbageCollectMlflow")
def garbage_collect_mlflow(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _model(ctx).garbage_collect(_project_key(ctx, WRITE))


@handles("createMlflowExperimentTrackingDataset")
def create_mlflow_experiment_tracking_dataset(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    view_type = fields.get("viewType") or "ACTIVE_ONLY"
    if view_type not in VIEW_TYPES:
        raise bad_request(f"viewType is one of {', '.join(VIEW_TYPES)}, not {view_type!r}")
    data_format = fields.get("format") or "LONG"
    if data_format not in ("LONG", "JSON"):
        raise bad_request(f"format is LONG or JSON, not {data_format!r}")
    state = ctx.services.state
    with state.lock:
        key = _project_key(ctx, WRITE)
        model = _model(ctx)
        experiment_ids = [str(i) for i in array_or_empty(fields.get("experimentIds"))]
        for experiment_id in experiment_ids:
            model.experiment(key, experiment_id)
        project = state.projects[key]
        # The dataset's rows (the runs, read live by DSS) are not emulated: reading them gives none.
        params = {
            "experimentIds": experiment_ids,
            "viewType": view_type,
            "filter": fields.get("filter") or "",
            "orderBy": list(fields.get("orderBy") or []),
            "format": data_format,
        }
        body = {"projectKey": key, "name": fields["datasetName"], "type": EXPERIMENTS_DATASET_TYPE, "params": params}
        state.create_dataset(project, body, ctx.user.login)


@handles("importAnalysisModelsIntoMlflowExperiment")
def import_analysis_models_into_mlflow_experiment(ctx: RequestContext) -> None:
    key = ctx.headers[PROJECT_HEADER]
    if ctx.query["projectKey"] != key:
        raise bad_request(f"The query's projectKey ({ctx.query['projectKey']!r}) is not the header's ({key!r})")
    with ctx.services.state.lock:
        _project_key(ctx, WRITE)
        model = _model(ctx)
        experiment = model.experiment(key, ctx.query["experimentId"])
        if experiment.lifecycle_stage != "active":
            raise bad_request(f"Experiment {experiment.experiment_id} is deleted: nothing can be imported into it")
        imported = [
            (full_id, trained_model_facts(ctx, key, full_id))
            for full_id in array_or_empty(ctx.query.get("fullModelIds"))
        ]
        for full_id, (algorithm, metrics) in imported:
            run = model.create_run(key, experiment.experiment_id, ctx.user.login, full_id, None, None)
            model.log_parameter(key, run.run_id, "algorithm", algorithm)
            now = ctx.services.state.clock()
            for name, value in metrics.items():
                model.log_metric(key, run.run_id, name, value, now, 0)
            run.status = "FINISHED"
            run.end_time = now


def trained_model_facts(ctx: RequestContext, project_key: str, full_id: str) -> tuple[str, dict[str, float]]:
    """The algorithm and the numeric metrics of a trained model of the project's visual analyses.

    The trained models live in the ML tasks' model (``models/ml_tasks.py``, interface
    ``MLTasks.trained_model(project_key, full_id)`` of issue 19's shared design), written on another
    branch: it is looked up by name, and where it is absent every model id is unknown. Hold the lock.
    """
    try:
        ml_tasks = importlib.import_module("dssclient.emulator.models.ml_tasks")
    except ImportError:
        ml_tasks = None
    trained: Any = None
    if ml_tasks is not None:
        extension = ctx.services.state.extension(ml_tasks.MLTasks)
        try:
            trained = extension.trained_model(project_key, full_id)
        except DSSError:
            trained = None
    if trained is None:
        raise not_found(f"Trained model {full_id} does not exist in project {project_key}")
    metrics = {
        str(name): float(value)
        for name, value in dict(trained.metrics).items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    }
    return str(trained.algorithm), metrics


@handles("cleanMlflowExperimentTrackingDb")
def clean_mlflow_experiment_tracking_db(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        _model(ctx).clean(project.key)


# -- deploying a run's model (issue 19 follow-up) ------------------------------------------------------


@handles("deployMlflowRunModel")
def deploy_mlflow_run_model(ctx: RequestContext) -> None:
    """Refused once the project, the run and the saved model are found: the emulator's runs log no model.

    DSS deploys the model the run logged (its MLflow artifacts) as a version of an MLflow saved model;
    the emulator stores no MLflow artifact (``listMlflowRunModels`` answers no model), so there is
    nothing to deploy, and it says so with a 400 rather than making a version without a model.
    """
    from ..models.saved_models import SavedModels

    key = ctx.headers[PROJECT_HEADER]
    if ctx.query["projectKey"] != key:
        raise bad_request(f"The query's projectKey ({ctx.query['projectKey']!r}) is not the header's ({key!r})")
    run_id = ctx.query["runId"]
    version_id = str(ctx.query["versionId"])
    with ctx.services.state.lock:
        _project_key(ctx, WRITE)
        _model(ctx).active_run(key, run_id)
        saved_model = ctx.services.state.extension(SavedModels).get(key, ctx.query["smId"])
        kind = saved_model.settings.get("savedModelType", "DSS_MANAGED")
        if kind != "MLFLOW_PYFUNC":
            raise bad_request(
                f"Saved model {key}.{saved_model.id} is not an MLflow model ({kind}): a run cannot be deployed to it"
            )
    if not version_id or any(c.isspace() or c == "-" for c in version_id):
        raise bad_request(f"Invalid version id {version_id!r}: whitespaces and dashes are not allowed")
    raise bad_request(
        f"Run {run_id} has no model to deploy: the emulator's MLflow runs store no model artifacts, "
        "so deploying a run's model is not supported"
    )
