"""The per-model computations of trained models (issue 19), for lab models and saved model versions.

A model is addressed by its lab route (``/models/lab/{analysisId}/{mlTaskId}/models/{modelId}``,
through ``MLTasks`` of ``models/ml_tasks.py``) or by its saved model version's
(``/savedmodels/{id}/versions/{v}``, through ``SavedModels`` of ``models/saved_models.py``); both
hold the engine's ``TrainedModel``. The computations (``models/ml_model_details.py``) run as long
tasks on the rows the model was tested on: the held-out rows its training session keeps (DSS's
split data); without them (k-fold and clustering models, splits removed), its ML task's input
dataset read again and cut by the split the details describe (``splitDesc``: the same seeded
shuffle as the training; all the rows for a k-fold model, as DSS uses the full data then). When
that dataset no longer holds as many rows as the split did, the computation is refused rather than
run on other rows. Results are kept per
location (a lab model and each saved version apart, as DSS keeps them in each model's folder).

Reading needs READ on the project; computing and saving the user metadata need WRITE.

What the emulator cannot produce truthfully is refused (400, after the rights and the model are
checked): documentation from a Word template of the user's (the default template gives a document
of the emulator's own, as for the flow), Java/PMML/Python/MLflow scoring exports, exports to
Snowflake or Databricks, and the time series computations (the engine trains no time series model).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dssclient._json import array_or_empty, is_object, object_or_empty

from ..automation.access import READ, WRITE, project_for
from ..automation.store import column_names, data_store, open_source
from ..context import BinaryReply, RequestContext
from ..errors import DSSError, bad_request, not_found
from ..models import ml_model_details as computations
from ..models.flow_documents import DOCX_MEDIA_TYPE, docx
from ..models.ml_model_details import ModelDetailsResults
from ..models.ml_tasks import MLTask, MLTasks
from ..models.saved_models import SavedModels
from ._common import info_messages
from ._registry import handles
from ._tasks import run_task

if TYPE_CHECKING:
    from ..automation.ml_engine import TrainedModel
    from ..state import Project

LAB, SAVED = "lab", "savedmodel"


@dataclass
class Located:
    """A trained model where a route addresses it."""

    project: Project
    location: tuple[str, ...]
    trained: TrainedModel
    # Where its training rows are: (project key, dataset name) of its ML task's input.
    input_dataset: tuple[str, str] | None
    user_meta: dict[str, Any]
    label: str
    # The held-out rows its training session keeps (None once removed, or for k-fold and clustering).
    held_out: list[dict[str, Any]] | None = None


def _lab(ctx: RequestContext, right: str) -> Located:
    """The lab model the path names, if the caller holds ``right``. Call with the state lock held."""
    state = ctx.services.state
    project_key = ctx.path["projectKey"]
    project = project_for(ctx, project_key, right)
    full_id = ctx.path["mlTaskModelId"]
    task, model = state.extension(MLTasks).lab_model(project_key, full_id)
    if (task.analysis_id, task.mltask_id) != (ctx.path["mlTaskAnalysisId"], ctx.path["mlTaskId"]):
        raise not_found(f"Model {full_id} not found in ML task {ctx.path['analysisId']}/{ctx.path['mlTaskId']}")
    if model.trained is None:
        raise not_found(f"Model {full_id} was not trained: {model.error}")
    return Located(
        project,
        (LAB, project_key, full_id),
        model.trained,
        (project_key, task.input_dataset),
        model.user_meta,
        full_id,
        _held_out(task, model.session),
    )


def _held_out(task: MLTask, session_number: int) -> list[dict[str, Any]] | None:
    session = next((s for s in task.sessions if s.number == session_number), None)
    return session.held_out if session is not None and session.held_out else None


def _saved(ctx: RequestContext, right: str) -> Located:
    """The saved model version the path names, if the caller holds ``right``. Call with the state lock held."""
    state = ctx.services.state
    project_key = ctx.path["projectKey"]
    project = project_for(ctx, project_key, right)
    saved_model = state.extension(SavedModels).get(project_key, ctx.path["savedModelId"])
    version_id = ctx.path["versionId"]
    version = saved_model.versions.get(version_id)
    if version is None:
        raise not_found(f"Version {version_id} of saved model {project_key}.{saved_model.id} not found")
    # Its rows: those of the ML task it was deployed from (the emulator knows no other origin's).
    input_dataset: tuple[str, str] | None = None
    held_out: list[dict[str, Any]] | None = None
    if version.origin is not None:
        try:
            task, origin = state.extension(MLTasks).lab_model(project_key, version.origin)
            input_dataset = (project_key, task.input_dataset)
            held_out = _held_out(task, origin.session)
        except DSSError:
            input_dataset = None
    label = f"version {version_id} of saved model {saved_model.id}"
    return Located(
        project,
        (SAVED, project_key, saved_model.id, version_id),
        version.trained,
        input_dataset,
        version.user_meta,
        label,
        held_out,
    )


def _where(variant: str) -> Callable[[RequestContext, str], Located]:
    return _lab if variant == LAB else _saved


def _results(ctx: RequestContext) -> ModelDetailsResults:
    return ctx.services.state.extension(ModelDetailsResults)


# -- the rows a model was trained and tested on -------------------------------------------------------


def _split_rows(
    ctx: RequestContext, located: Located, *, with_train_rows: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], bool]:
    """(train rows, test rows, whether the test rows are all the rows: k-fold and clustering models).

    The held-out rows the model's training session keeps are its test rows (DSS's split data). Else
    (k-fold and clustering models, splits removed, train rows for a Lasso path) the dataset is read
    again as a head-sequential sample: its first rows, those without a target dropped, then
    ``trainInfo.fullRows`` of them cut with the seeded shuffle ``splitDesc`` describes; a dataset
    holding fewer rows, and time-ordered splits, are refused. (A session trained on a random sample
    whose split data was removed would get other rows: the emulator cannot tell.) Call WITHOUT the lock.
    """
    from ..automation import ml_engine

    if located.held_out is not None and not with_train_rows:
        return [], list(located.held_out), False
    state = ctx.services.state
    if located.input_dataset is None:
        raise bad_request(
            f"The emulator does not know the rows {located.label} was trained on (it keeps them for models "
            "of its ML tasks and the versions deployed from them)"
        )
    project_key, name = located.input_dataset
    details = located.trained.details
    expected = object_or_empty(details.get("trainInfo")).get("fullRows")
    with state.lock:
        project = state.projects.get(project_key)
        dataset = project.datasets.get(name) if project is not None else None
        if dataset is None:
            raise bad_request(f"The dataset {project_key}.{name} that {located.label} was trained on no longer exists")
        columns = column_names(dataset.definition)
        source = open_source(data_store(ctx.services), project_key, dataset.definition)
    target = located.trained.target
    rows: list[dict[str, Any]] = []
    for values in source.rows():
        if isinstance(expected, int) and len(rows) >= expected:
            source.close()
            break
        row = dict(zip(columns, values, strict=False))
        if target is None or row.get(target) not in (None, ""):
            rows.append(row)
    if not isinstance(expected, int) or len(rows) != expected:
        raise bad_request(
            f"The dataset {project_key}.{name} no longer holds the {expected} rows {located.label} was trained and "
            f"tested on ({len(rows)} now): the emulator cannot find its test rows again"
        )
    if located.trained.prediction_type == computations.CLUSTERING:
        return rows, rows, True
    desc = object_or_empty(details.get("splitDesc"))
    if desc.get("ssdSplitMode", "RANDOM") != "RANDOM":
        raise bad_request(
            f"The split data of {located.label} was removed, and the emulator finds the rows of a time-ordered "
            "split again from its session's split data only"
        )
    split = ml_engine.make_split(len(rows), desc)
    if split.folds:
        return rows, rows, True
    return [rows[i] for i in split.train], [rows[i] for i in split.test], False


def _declared_type(trained: TrainedModel, feature: str) -> str | None:
    if feature in trained.plan.numeric:
        return computations.NUMERIC
    if feature in trained.plan.categorical:
        return computations.CATEGORY
    return None


def _computation_params(body: Mapping[str, Any]) -> tuple[list[str], int, int]:
    features = array_or_empty(body.get("features"))
    if not features:
        raise bad_request("No feature to compute on: give at least one in 'features'")
    params = object_or_empty(body.get("computationParams"))
    sample_size = params.get("sample_size", 10000)
    random_state = params.get("random_state", 1337)
    if not isinstance(sample_size, int) or not isinstance(random_state, int):
        raise bad_request("sample_size and random_state must be integers")
    return [str(f) for f in features], sample_size, random_state


# -- user metadata ---------------------------------------------------------------------------------------


def _save_user_meta(ctx: RequestContext, variant: str) -> None:
    body = ctx.body
    if not is_object(body):
        raise bad_request("The user metadata must be an object")
    with ctx.services.state.lock:
        located = _where(variant)(ctx, WRITE)
        located.user_meta.clear()
        located.user_meta.update(copy.deepcopy(body))


@handles("saveLabModelUserMeta")
def save_lab_model_user_meta(ctx: RequestContext) -> None:
    _save_user_meta(ctx, LAB)


@handles("saveSavedModelVersionUserMeta")
def save_saved_model_version_user_meta(ctx: RequestContext) -> None:
    _save_user_meta(ctx, SAVED)


# -- partial dependencies --------------------------------------------------------------------------------


def _compute_partial_dependencies(ctx: RequestContext, variant: str) -> dict[str, Any]:
    features, sample_size, random_state = _computation_params(ctx.body_fields)
    with ctx.services.state.lock:
        located = _where(variant)(ctx, WRITE)
    unknown = [f for f in features if f not in located.trained.features]
    if unknown:
        raise bad_request(f"Not a feature of {located.label}: {', '.join(unknown)}")
    computations.model_outputs(located.trained)  # refuses what has no partial dependence (clustering)

    def compute() -> dict[str, Any]:
        _, test_rows, _ = _split_rows(ctx, located)
        computed = [
            computations.partial_dependence(
                located.trained,
                test_rows,
                feature,
                sample_size=sample_size,
                random_state=random_state,
                declared_type=_declared_type(located.trained, feature),
            )
            for feature in features
        ]
        with ctx.services.state.lock:
            results = _results(ctx).of(located.location)
            for pd in computed:
                results.partial_dependencies[pd["feature"]] = pd
            return results.partial_dependencies_json()

    return run_task(ctx, f"Computing partial dependencies of {located.label}", {"features": features}, compute)


def _get_partial_dependencies(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, READ)
        return copy.deepcopy(_results(ctx).of(located.location).partial_dependencies_json())


@handles("computeLabModelPartialDependencies")
def compute_lab_model_partial_dependencies(ctx: RequestContext) -> dict[str, Any]:
    return _compute_partial_dependencies(ctx, LAB)


@handles("computeSavedModelVersionPartialDependencies")
def compute_saved_model_version_partial_dependencies(ctx: RequestContext) -> dict[str, Any]:
    return _compute_partial_dependencies(ctx, SAVED)


@handles("getLabModelPartialDependencies")
def get_lab_model_partial_dependencies(ctx: RequestContext) -> dict[str, Any]:
    return _get_partial_dependencies(ctx, LAB)


@handles("getSavedModelVersionPartialDependencies")
def get_saved_model_version_partial_dependencies(ctx: RequestContext) -> dict[str, Any]:
    return _get_partial_dependencies(ctx, SAVED)


# -- subpopulation analyses ------------------------------------------------------------------------------


def _compute_subpopulation_analyses(ctx: RequestContext, variant: str) -> dict[str, Any]:
    features, sample_size, random_state = _computation_params(ctx.body_fields)
    with ctx.services.state.lock:
        located = _where(variant)(ctx, WRITE)
    if located.trained.prediction_type not in (computations.BINARY, computations.REGRESSION):
        # As DSS's own computation: binary classification and regression only.
        raise bad_request(f"Subpopulation analyses are not available for a {located.trained.prediction_type} model")

    def compute() -> dict[str, Any]:
        _, test_rows, all_rows = _split_rows(ctx, located)
        if test_rows and any(f not in test_rows[0] for f in features):
            missing = [f for f in features if f not in test_rows[0]]
            raise bad_request(f"No such column in the rows of {located.label}: {', '.join(missing)}")
        rows, on_sample = computations.sample_rows(test_rows, sample_size, random_state)
        predictions = located.trained.predict(rows)
        overall = computations.performance(located.trained, rows, predictions)
        analyses = [
            computations.subpopulation_analysis(
                located.trained,
                rows,
                predictions,
                feature,
                on_sample=on_sample,
                random_state=random_state,
                same_rows_as_split=not on_sample and not all_rows,
                declared_type=_declared_type(located.trained, feature),
            )
            for feature in features
        ]
        with ctx.services.state.lock:
            results = _results(ctx).of(located.location)
            if results.subpopulation_params != (sample_size, random_state):
                # Other rows than the analyses kept so far: those are dropped, as DSS drops them.
                results.subpopulation_analyses.clear()
                results.subpopulation_params = (sample_size, random_state)
            results.subpopulation_global = overall
            for analysis in analyses:
                results.subpopulation_analyses[analysis["feature"]] = analysis
            return results.subpopulation_json()

    return run_task(ctx, f"Computing subpopulation analyses of {located.label}", {"features": features}, compute)


def _get_subpopulation_analyses(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, READ)
        return copy.deepcopy(_results(ctx).of(located.location).subpopulation_json())


@handles("computeLabModelSubpopulationAnalyses")
def compute_lab_model_subpopulation_analyses(ctx: RequestContext) -> dict[str, Any]:
    return _compute_subpopulation_analyses(ctx, LAB)


@handles("computeSavedModelVersionSubpopulationAnalyses")
def compute_saved_model_version_subpopulation_analyses(ctx: RequestContext) -> dict[str, Any]:
    return _compute_subpopulation_analyses(ctx, SAVED)


@handles("getLabModelSubpopulationAnalyses")
def get_lab_model_subpopulation_analyses(ctx: RequestContext) -> dict[str, Any]:
    return _get_subpopulation_analyses(ctx, LAB)


@handles("getSavedModelVersionSubpopulationAnalyses")
def get_saved_model_version_subpopulation_analyses(ctx: RequestContext) -> dict[str, Any]:
    return _get_subpopulation_analyses(ctx, SAVED)


# -- Shapley feature importance and global explanations ------------------------------------------------


def _compute_shapley(ctx: RequestContext, variant: str) -> dict[str, Any]:
    params = object_or_empty(object_or_empty(ctx.body_fields).get("computationParams"))
    values: dict[str, int | None] = {}
    for name in ("n_explanations", "mc_steps", "num_samples"):
        value = params.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise bad_request(f"{name} must be an integer")
        values[name] = value
    with ctx.services.state.lock:
        located = _where(variant)(ctx, WRITE)
    if located.trained.prediction_type not in (computations.BINARY, computations.REGRESSION):
        raise bad_request(f"Shapley feature importance is not available for a {located.trained.prediction_type} model")

    def compute() -> dict[str, Any]:
        _, test_rows, _ = _split_rows(ctx, located)
        explanations = computations.shapley_explanations(
            located.trained,
            test_rows,
            n_explanations=values["n_explanations"],
            mc_steps=values["mc_steps"],
            num_samples=values["num_samples"],
        )
        with ctx.services.state.lock:
            _results(ctx).of(located.location).global_explanations = explanations
        return copy.deepcopy(explanations)

    return run_task(ctx, f"Computing the Shapley feature importance of {located.label}", {}, compute)


def _get_global_explanations(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, READ)
        return copy.deepcopy(_results(ctx).of(located.location).global_explanations or {})


def _get_global_explanations_facts(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        _where(variant)(ctx, READ)
    # DSS draws sentences from the explanations; their shape is not documented: the emulator
    # draws none, and answers what DSS answers when there are none.
    return {}


@handles("computeLabModelShapleyFeatureImportance")
def compute_lab_model_shapley_feature_importance(ctx: RequestContext) -> dict[str, Any]:
    return _compute_shapley(ctx, LAB)


@handles("computeSavedModelVersionShapleyFeatureImportance")
def compute_saved_model_version_shapley_feature_importance(ctx: RequestContext) -> dict[str, Any]:
    return _compute_shapley(ctx, SAVED)


@handles("getLabModelGlobalExplanations")
def get_lab_model_global_explanations(ctx: RequestContext) -> dict[str, Any]:
    return _get_global_explanations(ctx, LAB)


@handles("getSavedModelVersionGlobalExplanations")
def get_saved_model_version_global_explanations(ctx: RequestContext) -> dict[str, Any]:
    return _get_global_explanations(ctx, SAVED)


@handles("getLabModelGlobalExplanationsFacts")
def get_lab_model_global_explanations_facts(ctx: RequestContext) -> dict[str, Any]:
    return _get_global_explanations_facts(ctx, LAB)


@handles("getSavedModelVersionGlobalExplanationsFacts")
def get_saved_model_version_global_explanations_facts(ctx: RequestContext) -> dict[str, Any]:
    return _get_global_explanations_facts(ctx, SAVED)


# -- trees, coefficient paths, scatter plots (lab models, as the official client reads them) -----------


@handles("getLabModelTrees")
def get_lab_model_trees(ctx: RequestContext) -> dict[str, Any]:
    from ..automation.ml_engine import fitted_structure

    with ctx.services.state.lock:
        located = _lab(ctx, READ)
    trees = fitted_structure(located.trained)["trees"]
    if trees is None:
        raise bad_request(
            f"This model has no tree data: {located.label} ({located.trained.algorithm}) is not tree-based"
        )
    result: dict[str, Any] = trees
    return result


@handles("getLabModelCoefficientPaths")
def get_lab_model_coefficient_paths(ctx: RequestContext) -> dict[str, Any]:
    from ..automation.ml_engine import fitted_structure

    with ctx.services.state.lock:
        located = _lab(ctx, READ)
    if located.trained.algorithm != "LASSO_REGRESSION":
        raise bad_request(
            f"This model has no coefficient paths: {located.label} ({located.trained.algorithm}) "
            "is not a Lasso regression"
        )
    train_rows, _, _ = _split_rows(ctx, located, with_train_rows=True)
    paths = fitted_structure(located.trained, train_rows)["coefPaths"]
    if paths is None:
        raise bad_request(f"This model has no coefficient paths: {located.label}")
    result: dict[str, Any] = paths
    return result


@handles("getLabModelScatterPlots")
def get_lab_model_scatter_plots(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        located = _lab(ctx, READ)
    if located.trained.prediction_type != computations.CLUSTERING:
        raise bad_request(f"Scatter plots are for clustering models: {located.label} is a prediction model")
    _, rows, _ = _split_rows(ctx, located)
    return computations.scatter_plots(located.trained, rows)


# -- documentation ------------------------------------------------------------------------------------------


def _documentation_lines(located: Located) -> list[tuple[str, bool]]:
    trained = located.trained
    lines: list[tuple[str, bool]] = [(f"Model documentation: {located.user_meta.get('name') or located.label}", True)]
    lines.append((f"Model: {located.label}", False))
    lines.append((f"Algorithm: {trained.algorithm}", False))
    lines.append((f"Prediction type: {trained.prediction_type}", False))
    if trained.target is not None:
        lines.append((f"Target: {trained.target}", False))
    lines.append((f"Features: {', '.join(trained.features)}", False))
    lines.append(("Performance on the test rows", True))
    lines.extend((f"{name}: {value:.6g}", False) for name, value in sorted(trained.metrics.items()))
    return lines


def _generate_documentation(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, WRITE)
    project_key = located.project.key

    def generate() -> dict[str, Any]:
        content = docx(_documentation_lines(located))
        with ctx.services.state.lock:
            export_id = _results(ctx).add_document(variant, project_key, content)
        return {"exportId": export_id, "data": info_messages()}

    return run_task(ctx, f"Generating the documentation of {located.label}", {}, generate)


def _refuse_template(ctx: RequestContext, variant: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        _where(variant)(ctx, WRITE)
    # DSS fills the template's placeholders; the emulator cannot do it faithfully: refused.
    raise bad_request("The emulator generates model documentation from its own default template only")


def _download_documentation(ctx: RequestContext, variant: str) -> BinaryReply:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        content = _results(ctx).document(variant, project.key, ctx.path["exportId"])
    return BinaryReply(media_type=DOCX_MEDIA_TYPE, length=len(content), chunks=lambda: iter([content]))


@handles("generateLabModelDocumentationFromDefaultTemplate")
def generate_lab_model_documentation_from_default_template(ctx: RequestContext) -> dict[str, Any]:
    return _generate_documentation(ctx, LAB)


@handles("generateSavedModelVersionDocumentationFromDefaultTemplate")
def generate_saved_model_version_documentation_from_default_template(ctx: RequestContext) -> dict[str, Any]:
    return _generate_documentation(ctx, SAVED)


@handles("generateLabModelDocumentationFromTemplateInFolder")
def generate_lab_model_documentation_from_template_in_folder(ctx: RequestContext) -> dict[str, Any]:
    return _refuse_template(ctx, LAB)


@handles("generateSavedModelVersionDocumentationFromTemplateInFolder")
def generate_saved_model_version_documentation_from_template_in_folder(ctx: RequestContext) -> dict[str, Any]:
    return _refuse_template(ctx, SAVED)


@handles("generateLabModelDocumentationFromCustomTemplate")
def generate_lab_model_documentation_from_custom_template(ctx: RequestContext) -> dict[str, Any]:
    return _refuse_template(ctx, LAB)


@handles("generateSavedModelVersionDocumentationFromCustomTemplate")
def generate_saved_model_version_documentation_from_custom_template(ctx: RequestContext) -> dict[str, Any]:
    return _refuse_template(ctx, SAVED)


@handles("downloadLabModelDocumentation")
def download_lab_model_documentation(ctx: RequestContext) -> BinaryReply:
    return _download_documentation(ctx, LAB)


@handles("downloadSavedModelVersionDocumentation")
def download_saved_model_version_documentation(ctx: RequestContext) -> BinaryReply:
    return _download_documentation(ctx, SAVED)


# -- exports the emulator cannot make ---------------------------------------------------------------------


def _refuse_export(ctx: RequestContext, variant: str, what: str, right: str = READ) -> Any:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, right)
    # DSS writes these with its own code generators and licensed exporters: the emulator has none,
    # and refuses rather than answer a file that would not be DSS's.
    raise bad_request(f"The emulator cannot export {located.label} {what}")


@handles("getLabModelScoringJar")
def get_lab_model_scoring_jar(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, LAB, "as a Java scoring JAR")


@handles("getSavedModelVersionScoringJar")
def get_saved_model_version_scoring_jar(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, SAVED, "as a Java scoring JAR")


@handles("getLabModelScoringPmml")
def get_lab_model_scoring_pmml(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, LAB, "as PMML")


@handles("getSavedModelVersionScoringPmml")
def get_saved_model_version_scoring_pmml(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, SAVED, "as PMML")


def _python_what(ctx: RequestContext) -> str:
    return "as an MLflow model" if ctx.query.get("mlflowExport") else "in DSS's Python scoring format"


@handles("getLabModelScoringPython")
def get_lab_model_scoring_python(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, LAB, _python_what(ctx))


@handles("getSavedModelVersionScoringPython")
def get_saved_model_version_scoring_python(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, SAVED, _python_what(ctx))


@handles("exportLabModelToDatabricksRegistry")
def export_lab_model_to_databricks_registry(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, LAB, "to a Databricks registry (it has no Databricks connection)", WRITE)


@handles("exportSavedModelVersionToDatabricksRegistry")
def export_saved_model_version_to_databricks_registry(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, SAVED, "to a Databricks registry (it has no Databricks connection)", WRITE)


@handles("exportSavedModelVersionToSnowflakeFunction")
def export_saved_model_version_to_snowflake_function(ctx: RequestContext) -> Any:
    return _refuse_export(ctx, SAVED, "to a Snowflake function (it has no Snowflake connection)", WRITE)


# -- time series (the engine trains no time series model) ----------------------------------------------


def _refuse_timeseries(ctx: RequestContext, variant: str, right: str) -> Any:
    with ctx.services.state.lock:
        located = _where(variant)(ctx, right)
    if ctx.operation.operation_id.startswith("compute") and "computationParams" in ctx.query:
        try:
            json.loads(str(ctx.query["computationParams"]))
        except ValueError:
            raise bad_request("computationParams must be JSON") from None
    raise bad_request(
        f"{located.label} is a {located.trained.prediction_type} model, not a time series forecasting one"
    )


@handles("computeLabModelTimeseriesResiduals")
def compute_lab_model_timeseries_residuals(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, WRITE)


@handles("computeSavedModelVersionTimeseriesResiduals")
def compute_saved_model_version_timeseries_residuals(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, WRITE)


@handles("getLabModelTimeseriesResiduals")
def get_lab_model_timeseries_residuals(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, READ)


@handles("getSavedModelVersionTimeseriesResiduals")
def get_saved_model_version_timeseries_residuals(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, READ)


@handles("computeLabModelTimeseriesPermutationImportance")
def compute_lab_model_timeseries_permutation_importance(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, WRITE)


@handles("computeSavedModelVersionTimeseriesPermutationImportance")
def compute_saved_model_version_timeseries_permutation_importance(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, WRITE)


@handles("getLabModelTimeseriesPermutationImportance")
def get_lab_model_timeseries_permutation_importance(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, READ)


@handles("getSavedModelVersionTimeseriesPermutationImportance")
def get_saved_model_version_timeseries_permutation_importance(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, READ)


@handles("getLabModelPerTimeseriesMetrics")
def get_lab_model_per_timeseries_metrics(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, READ)


@handles("getSavedModelVersionPerTimeseriesMetrics")
def get_saved_model_version_per_timeseries_metrics(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, READ)


@handles("getLabModelPerTimeseriesEvaluationForecasts")
def get_lab_model_per_timeseries_evaluation_forecasts(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, LAB, READ)


@handles("getSavedModelVersionPerTimeseriesEvaluationForecasts")
def get_saved_model_version_per_timeseries_evaluation_forecasts(ctx: RequestContext) -> Any:
    return _refuse_timeseries(ctx, SAVED, READ)
