"""Evaluation stores (issue 19): settings, evaluations, their metrics and samples, and drift computations.

Reading needs READ on the project; creating, saving, deleting, adding evaluations and computing
drift need WRITE (as every ML write does in the emulator).
"""

from __future__ import annotations

import copy
import gzip
from typing import Any

from dssclient._json import array_or_empty, is_array, is_mapping, is_object, object_or_empty

from ..automation import metrics
from ..automation.access import READ, WRITE, project_for
from ..automation.ml_drift import start_drift
from ..automation.recipes import RecipesModel, input_refs, output_refs
from ..context import BinaryReply, RequestContext
from ..errors import bad_request
from ..models.evaluation_stores import Evaluation, EvaluationStore, EvaluationStores, check_user_meta
from ..state import Project
from ._registry import handles


def _model(ctx: RequestContext) -> EvaluationStores:
    return ctx.services.state.extension(EvaluationStores)


def _addressed(ctx: RequestContext, needed: str = READ) -> tuple[Project, EvaluationStore]:
    """The project and store of the path, if the caller holds ``needed`` on the project. Hold the lock."""
    project = project_for(ctx, ctx.path["projectKey"], needed)
    return project, _model(ctx).get(project.key, ctx.path["evaluationStoreId"])


def _evaluation(ctx: RequestContext, needed: str = READ) -> tuple[Project, EvaluationStore, Evaluation]:
    project, store = _addressed(ctx, needed)
    return project, store, store.evaluation(ctx.path["evaluationId"])


@handles("listEvaluationStores")
def list_evaluation_stores(ctx: RequestContext) -> list[dict[str, Any]]:
    flavor = ctx.query.get("flavor")
    if flavor is not None and flavor not in ("TABULAR", "LLM", "AGENT"):
        raise bad_request(f"Unknown evaluation store flavor {flavor!r}: use TABULAR, LLM or AGENT")
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _model(ctx).listed(project.key, flavor)


@handles("createEvaluationStore")
def create_evaluation_store(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        if fields.get("projectKey") not in (None, project.key):
            raise bad_request(f"The body's projectKey ({fields.get('projectKey')!r}) is not the project of the path")
        store = _model(ctx).create(project.key, str(fields["name"]), str(ctx.query["flavor"]), ctx.user.login)
        return copy.deepcopy(store.settings)


@handles("getEvaluationStore")
def get_evaluation_store(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx)[1].settings)


@handles("saveEvaluationStore")
def save_evaluation_store(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, store = _addressed(ctx, WRITE)
        _model(ctx).save(store, ctx.body, ctx.user.login)


@handles("deleteEvaluationStore")
def delete_evaluation_store(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        project, store = _addressed(ctx, WRITE)
        for recipe in state.extension(RecipesModel).of(project.key).values():
            if store.id in output_refs(recipe.definition) or store.id in input_refs(recipe.definition):
                # Like a dataset, a store that a recipe of the flow uses goes with that recipe first.
                raise bad_request(
                    f"Evaluation store {store.id} is used by recipe {recipe.name}: delete the recipe first"
                )
        _model(ctx).delete(project.key, store.id)


@handles("listEvaluations")
def list_evaluations(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        _, store = _addressed(ctx)
        ordered = sorted(store.evaluations.values(), key=lambda e: e.created)
        return [copy.deepcopy(e.info) for e in ordered]


@handles("addCustomEvaluation")
def add_custom_evaluation(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project, store = _addressed(ctx, WRITE)
        metrics_by_code: dict[str, Any] = {}
        for metric in array_or_empty(fields.get("metrics")):
            metric = object_or_empty(metric)
            code = metric.get("metricCode")
            if not isinstance(code, str) or not code:
                raise bad_request("Every metric of a custom evaluation needs a metricCode")
            if code in metrics_by_code:
                raise bad_request(f"Metric {code} is given twice")
            metrics_by_code[code] = metric.get("value")
        if not metrics_by_code:
            raise bad_request("A custom evaluation needs at least one metric")
        info: dict[str, Any] = {"hasModel": False, "evaluationType": "CUSTOM"}
        full_model_id = fields.get("fullModelId")
        if full_model_id is not None:
            if store.flavor != "TABULAR":
                raise bad_request(f"Evaluation store {store.id} is not a model evaluation store: it takes no model")
            info.update(_model_reference(ctx, project, str(full_model_id)))
        labels = [label for label in array_or_empty(fields.get("labels")) if is_object(label)]
        name = fields.get("name")
        info["userMeta"] = {"labels": labels}
        evaluation_id = fields.get("evaluationId")
        evaluation = _model(ctx).record(store, info, metrics_by_code, evaluation_id)
        evaluation.info["userMeta"]["name"] = name if isinstance(name, str) else evaluation.id
        return copy.deepcopy(evaluation.info)


def _model_reference(ctx: RequestContext, project: Project, full_id: str) -> dict[str, Any]:
    """What an evaluation keeps of the saved model version it evaluated (its full id must name one)."""
    from ..models.saved_models import SavedModels

    version = ctx.services.state.extension(SavedModels).version_of(project.key, full_id)
    if version is None:
        raise bad_request(f"{full_id} is not the full id of a saved model version of project {project.key}")
    return {"hasModel": True, "modelRef": {"fullId": full_id}}


@handles("deleteEvaluations")
def delete_evaluations(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body
    if not is_array(body) or not all(isinstance(item, str) for item in body):
        raise bad_request("The body lists the ids of the evaluations to delete")
    with ctx.services.state.lock:
        _, store = _addressed(ctx, WRITE)
        _model(ctx).delete_evaluations(store, [str(item) for item in body])
    return {}


@handles("getLatestEvaluationId")
def get_latest_evaluation_id(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        latest = _addressed(ctx)[1].latest()
    text = (latest.id if latest is not None else "").encode("utf-8")
    return BinaryReply("text/plain", len(text), lambda: iter([text]))


@handles("getEvaluationStoreUsages")
def get_evaluation_store_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project, store = _addressed(ctx)
        usages: list[dict[str, Any]] = []
        for recipe in state.extension(RecipesModel).of(project.key).values():
            for usage, refs in (
                ("RECIPE_INPUT", input_refs(recipe.definition)),
                ("RECIPE_OUTPUT", output_refs(recipe.definition)),
            ):
                if store.id in refs:
                    usages.append({"type": usage, "objectId": recipe.name, "objectProjectKey": project.key})
        return usages


@handles("getEvaluationStoreLastMetricValues")
def get_evaluation_store_last_metric_values(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        latest = _addressed(ctx)[1].latest()
        return EvaluationStores.metric_entries([latest] if latest is not None else [])


@handles("getEvaluationStoreMetricHistory")
def get_evaluation_store_metric_history(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, store = _addressed(ctx)
        return EvaluationStores.history(store, str(ctx.query["metricLookup"]))


def _computation_report(store: EvaluationStore, wanted: list[str] | None) -> dict[str, Any]:
    """The metrics of the latest evaluation, as a computation's report (all of them, or those of ``wanted``)."""
    latest = store.latest()
    if latest is None:
        raise bad_request(f"Evaluation store {store.id} has no evaluation to compute metrics on")
    entries = EvaluationStores.metric_entries([latest])["metrics"]
    known = {entry["metric"]["id"] for entry in entries}
    unknown = [metric_id for metric_id in wanted or [] if metric_id not in known]
    if unknown:
        raise bad_request(f"Unknown metric {unknown[0]!r} for evaluation store {store.id}: one of {sorted(known)}")
    computed = [
        {"metricId": entry["metric"]["id"], "value": entry["lastValues"][0]["value"], "dataType": "DOUBLE"}
        for entry in entries
        if wanted is None or entry["metric"]["id"] in wanted
    ]
    return {"partition": latest.id, "computed": computed}


@handles("computeEvaluationStoreMetrics")
def compute_evaluation_store_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, store = _addressed(ctx, WRITE)
        return _computation_report(store, None)


@handles("computeEvaluationStoreMetricsFromIds")
def compute_evaluation_store_metrics_from_ids(ctx: RequestContext) -> dict[str, Any]:
    wanted = [str(metric_id) for metric_id in array_or_empty(object_or_empty(ctx.body_fields).get("metricIds"))]
    with ctx.services.state.lock:
        _, store = _addressed(ctx, WRITE)
        return _computation_report(store, wanted)


@handles("runEvaluationStoreChecks")
def run_evaluation_store_checks(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, store = _addressed(ctx, WRITE)
        evaluation_id = ctx.query.get("evaluationId") or ""
        evaluation = store.evaluation(evaluation_id) if evaluation_id else store.latest()
        if evaluation is None:
            raise bad_request(f"Evaluation store {store.id} has no evaluation to run checks on")
        body = ctx.body
        wanted: list[str] | None = None
        checks: list[Any]
        if is_mapping(body):
            checks = [check for check in array_or_empty(body.get("checks")) if is_object(check)]
        else:
            checks = metrics.checks_of(store.settings)
            wanted = [str(name) for name in body] if is_array(body) else None
        named = {metrics.check_name(check, index): check for index, check in enumerate(checks)}
        unknown = [name for name in wanted or [] if name not in named]
        if unknown:
            raise bad_request(f"No check named {', '.join(map(repr, unknown))} on evaluation store {store.id}")
        values = {
            entry["metric"]["id"]: entry["lastValues"][0]["value"]
            for entry in EvaluationStores.metric_entries([evaluation])["metrics"]
        }
        results: list[dict[str, Any]] = []
        for name, check in named.items():
            if wanted is not None and name not in wanted:
                continue
            outcome, message = metrics.run_check(check, values.get(str(check.get("metricId"))))
            results.append({"check": copy.deepcopy(check), "value": {"outcome": outcome, "message": message}})
        return {"partition": evaluation.id, "results": results}


@handles("getEvaluation")
def get_evaluation(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, _, evaluation = _evaluation(ctx)
        return {"evaluation": copy.deepcopy(evaluation.info), "metrics": copy.deepcopy(evaluation.metrics)}


@handles("getEvaluationMetrics")
def get_evaluation_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, _, evaluation = _evaluation(ctx)
        return EvaluationStores.metric_entries([evaluation])


@handles("saveEvaluationUserMeta")
def save_evaluation_user_meta(ctx: RequestContext) -> None:
    meta = check_user_meta(ctx.body)
    with ctx.services.state.lock:
        _, _, evaluation = _evaluation(ctx, WRITE)
        evaluation.info["userMeta"] = copy.deepcopy(meta)


def _drift(ctx: RequestContext, params_key: str) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project, store, evaluation = _evaluation(ctx, WRITE)
        params = fields.get(params_key)
        reference = fields.get("referenceId")
        return start_drift(
            ctx.services,
            project,
            store,
            evaluation,
            str(reference) if reference is not None else None,
            params if is_mapping(params) else {},
            ctx.user.login,
        )


@handles("computeEvaluationDrift")
def compute_evaluation_drift(ctx: RequestContext) -> dict[str, Any]:
    return _drift(ctx, "driftParams")


@handles("computeEvaluationDataDrift")
def compute_evaluation_data_drift(ctx: RequestContext) -> dict[str, Any]:
    return _drift(ctx, "dataDriftParams")


def _sample(evaluation: Evaluation) -> tuple[list[dict[str, Any]], list[list[Any]]]:
    if evaluation.sample_columns is None or evaluation.sample_rows is None:
        raise bad_request(f"Evaluation {evaluation.id} has no sample: it was not computed by DSS on rows")
    return evaluation.sample_columns, evaluation.sample_rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value) if not isinstance(value, bool) else ("true" if value else "false")
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@handles("getEvaluationSample")
def get_evaluation_sample(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        _, rows = _sample(_evaluation(ctx)[2])
        text = "".join("\t".join(_cell(value) for value in row) + "\n" for row in rows)
    data = gzip.compress(text.encode("utf-8"), mtime=0)
    return BinaryReply("application/octet-stream", len(data), lambda: iter([data]))


@handles("getEvaluationSampleSchema")
def get_evaluation_sample_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        columns, _ = _sample(_evaluation(ctx)[2])
        return {"columns": copy.deepcopy(columns)}


@handles("getEvaluationPerTimeseriesMetrics")
def get_evaluation_per_timeseries_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, _, evaluation = _evaluation(ctx)
        if evaluation.info.get("predictionType") != "TIMESERIES_FORECAST":
            raise bad_request(f"Evaluation {evaluation.id} is not a time series forecast evaluation")
        # The emulator records no forecast evaluation (no recipe makes one): never reached today.
        return {"perTimeseries": {}}
