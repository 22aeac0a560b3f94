"""ML tasks: creation (with the guess of their settings), settings, training sessions, trained models,
deployment to the flow as saved models.

Training runs as a real future (unlisted: DSS reports it through the task's status), every enabled
algorithm trained by ``automation/ml_engine.py`` on the dataset's rows; an ensemble of a session's
models is scored on the held-out rows the session keeps. What the emulator does not train (time
series forecasting, causal and multi-target tasks, stacked ensembles, explicit splits, other
algorithms and samplings) is refused with a clear error rather than pretended.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
from collections.abc import Callable, Mapping
from typing import Any

from dssclient._json import is_array, is_mapping, mapping_or_empty

from ..automation.access import READ, WRITE, project_for
from ..automation.recipes import Recipe, RecipesModel
from ..automation.store import column_names, data_store, open_source, schema_columns
from ..context import RequestContext
from ..defaults import default_metadata
from ..errors import NOT_IMPLEMENTED, DSSError, bad_request, conflict, not_found
from ..futures import TaskControl
from ..models.ml_defaults import guess_settings
from ..models.ml_tasks import MLTask, MLTasks
from ..models.saved_models import SavedModels
from ..state import Project, user_tag
from ._registry import handles

# Rows read from a dataset to guess a task's settings, and at most to train on (bounds).
GUESS_SAMPLE_ROWS = 10_000
MAX_TRAINING_ROWS = 100_000
CODED = "com.dataiku.dip.exceptions.CodedException"
# Prediction types whose training needs engines the emulator does not have.
UNTRAINED_PREDICTION_TYPES = (
    "TIMESERIES_FORECAST",
    "CAUSAL_BINARY_CLASSIFICATION",
    "CAUSAL_REGRESSION",
    "MULTI_TARGET_REGRESSION",
)


def _model(ctx: RequestContext) -> MLTasks:
    return ctx.services.state.extension(MLTasks)


def _task(ctx: RequestContext, *, write: bool = False) -> tuple[Project, MLTask]:
    """The project and task the path names, if the caller may read (write) the project. Hold the lock."""
    project = project_for(ctx, ctx.path["projectKey"], WRITE if write else READ)
    task = _model(ctx).get(project.key, ctx.path["mlTaskAnalysisId"], ctx.path["mlTaskId"])
    return project, task


def _dataset_definition(ctx: RequestContext, project: Project, ref: str) -> dict[str, Any]:
    """A dataset of the project by its name (``PROJECT.name`` of the same project too). Hold the lock."""
    owner, _, name = ref.rpartition(".")
    if owner and owner != project.key:
        # Shared datasets of other projects: DSS's exposure rules are not modelled here; refused.
        raise bad_request(f"The emulator trains on the datasets of the task's project only, not {ref}")
    dataset = project.datasets.get(name)
    if dataset is None:
        raise not_found(f"Dataset {project.key}.{name} not found")
    return dataset.definition


def _read_rows(ctx: RequestContext, project: Project, definition: Mapping[str, Any], limit: int) -> Any:
    """An iterator of at most ``limit`` row dicts of the dataset (opened under the lock, read after)."""
    source = open_source(data_store(ctx.services), project.key, definition)
    names = column_names(definition)

    def rows() -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for values in source.rows():
            if len(out) >= limit:
                source.close()
                break
            out.append(dict(zip(names, values, strict=False)))
        return out

    return rows


@handles("listMLTasks")
def list_ml_tasks(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return {"mlTasks": [task.summary() for task in _model(ctx).of_project(project.key)]}


@handles("listMLTaskQueues")
def list_ml_task_queues(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        queues = [
            {
                "analysisId": t.analysis_id,
                "mlTaskId": t.mltask_id,
                "mlTaskName": t.settings.get("name", ""),
                "queue": copy.deepcopy(t.queue),
            }
            for t in _model(ctx).of_project(project.key)
            if t.queue
        ]
        return {"queues": queues}


@handles("createMLTask")
def create_ml_task(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        ref = str(body["inputDataset"])
        definition = _dataset_definition(ctx, project, ref)
        columns = schema_columns(definition)
        read = _read_rows(ctx, project, definition, GUESS_SAMPLE_ROWS)
    sample = read()
    # The guess is quick: done in the request; the task's status says guessing: false at once.
    settings = guess_settings(body, columns, sample)
    settings["splitParams"]["ssdDatasetSmartName"] = ref
    with state.lock:
        task = _model(ctx).create(project.key, ref, settings)
        return {"analysisId": task.analysis_id, "mlTaskId": task.mltask_id}


@handles("deleteMLTask")
def delete_ml_task(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, task = _task(ctx, write=True)
        _model(ctx).delete(project.key, task.analysis_id, task.mltask_id)
        return {}


@handles("getMLTaskStatus")
def get_ml_task_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _task(ctx)[1].status()


@handles("getMLTaskSettings")
def get_ml_task_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_task(ctx)[1].settings)


@handles("saveMLTaskSettings")
def save_ml_task_settings(ctx: RequestContext) -> None:
    body = ctx.body
    if not is_mapping(body):
        raise bad_request("The settings of an ML task are a JSON object")
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        for key in ("taskType", "predictionType"):
            if key in body and body[key] != task.settings.get(key):
                raise bad_request(f"The {key} of an ML task cannot change by saving its settings: reguess it")
        task.settings = copy.deepcopy(dict(body))


@handles("guessMLTask")
def guess_ml_task(ctx: RequestContext) -> None:
    query = ctx.query
    core = [
        k
        for k in ("predictionType", "targetVariable", "targetVariables", "timeVariable", "timeseriesIdentifiers")
        if query.get(k) not in (None, [], "")
    ]
    if len(core) > 1:
        raise bad_request(f"Reguess one core parameter at a time, not {', '.join(core)}")
    state = ctx.services.state
    with state.lock:
        project, task = _task(ctx, write=True)
        if task.is_training:
            raise bad_request("The ML task is training: wait for the end of its training before reguessing it")
        definition = _dataset_definition(ctx, project, task.input_dataset)
        columns = schema_columns(definition)
        read = _read_rows(ctx, project, definition, GUESS_SAMPLE_ROWS)
        body: dict[str, Any] = {
            "inputDataset": task.input_dataset,
            "taskType": task.task_type,
            "backendType": task.settings.get("backendType"),
            "guessPolicy": task.settings.get("guessPolicy"),
        }
        for key in ("targetVariable", "targetVariables", "timeVariable", "timeseriesIdentifiers", "treatmentVariable"):
            if key in task.settings:
                body[key] = task.settings[key]
        # The prediction type is kept unless the target changes (then guessed again) or is given.
        if "targetVariable" not in core and "targetVariables" not in core:
            body["predictionType"] = task.settings.get("predictionType")
        for key in core:
            body[key] = query[key]
        if task.task_type == "CLUSTERING":
            body.pop("predictionType", None)
    settings = guess_settings(body, columns, read())
    settings["splitParams"]["ssdDatasetSmartName"] = task.input_dataset
    with state.lock:
        if core and query.get("fullReguess") is False:
            # Only what the core change impacts: target, prediction type, roles, remapping, metrics, algorithms.
            kept = copy.deepcopy(task.settings)
            for key in ("targetVariable", "targetVariables", "predictionType", "timeVariable", "timeseriesIdentifiers"):
                if key in settings:
                    kept[key] = settings[key]
            kept["preprocessing"] = settings["preprocessing"]
            kept["modeling"] = settings["modeling"]
            settings = kept
        task.settings = settings


@handles("reguessMLTaskWithForecastingParams")
def reguess_ml_task_with_forecasting_params(ctx: RequestContext) -> None:
    fields: Mapping[str, Any] = ctx.body_fields if is_mapping(ctx.body_fields) else {}
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        if task.prediction_type != "TIMESERIES_FORECAST":
            raise bad_request(f"ML task {task.mltask_id} is not a time series forecasting task")
        settings = task.settings
        timestep = fields.get("timestepParams")
        if is_mapping(timestep):
            settings["timestepParams"] = copy.deepcopy(dict(timestep))
        horizon = fields.get("forecastHorizon")
        if horizon is not None:
            validation = fields.get("validationHorizons", 1)
            if not isinstance(horizon, int) or horizon < 1 or not isinstance(validation, int) or validation < 1:
                raise bad_request("forecastHorizon and validationHorizons are whole numbers of at least 1")
            settings["predictionLength"] = horizon
            evaluation = settings.setdefault("evaluationParams", {})
            evaluation["testSize"] = horizon * validation
        # The algorithms' settings depend on the horizon in DSS; the emulator trains no forecasting
        # model, so updateAlgorithmSettings changes nothing here.


def sklearn_installed() -> bool:
    """Whether scikit-learn (the extra ``dssclient[ml]``) can be imported; it is not imported here."""
    return importlib.util.find_spec("sklearn") is not None


def _check_trainable(settings: Mapping[str, Any]) -> None:
    """Refuse, before anything starts, what the emulator cannot train (no scikit-learn import here)."""
    from ..automation import ml_engine

    prediction_type = settings.get("predictionType")
    if settings.get("taskType") == "PREDICTION" and prediction_type in UNTRAINED_PREDICTION_TYPES:
        raise DSSError(501, NOT_IMPLEMENTED, f"The emulator does not train {prediction_type} models")
    if not sklearn_installed():
        raise DSSError(501, NOT_IMPLEMENTED, str(ml_engine.MLEngineUnavailable()))
    try:
        ml_engine.task_prediction_type(settings)
        if not ml_engine.enabled_algorithms(settings):
            raise ml_engine.TrainingRefused("No algorithm the emulator trains is enabled in the settings")
        ml_engine.make_split(2, settings.get("splitParams"))
    except ml_engine.TrainingRefused as e:
        raise DSSError(400, CODED, str(e)) from None


def _sampling(settings: Mapping[str, Any]) -> tuple[int, Callable[[list[dict[str, Any]]], list[dict[str, Any]]]]:
    """How many rows to read for training, and the sample of them ``splitParams.ssdSelection`` asks.

    HEAD_SEQUENTIAL (the first ``maxRecords``), FULL, RANDOM_FIXED_NB (``maxRecords`` drawn at random)
    and RANDOM_FIXED_RATIO (each row kept with probability ``targetRatio``), seeded by ``ssdSeed``.
    The emulator trains on at most MAX_TRAINING_ROWS rows: a larger dataset is refused when the
    sampling would take them all. Other samplings (stratified, by column values) are refused.
    """
    split = mapping_or_empty(settings.get("splitParams"))
    selection = mapping_or_empty(split.get("ssdSelection"))
    method = selection.get("samplingMethod") or "HEAD_SEQUENTIAL"
    records = selection.get("maxRecords")
    count = records if isinstance(records, int) and not isinstance(records, bool) and records > 0 else None
    seed = split.get("ssdSeed", 1337)
    rng = random.Random(seed if isinstance(seed, int) else 1337)

    def everything(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(rows) > MAX_TRAINING_ROWS:
            raise DSSError(400, CODED, f"The emulator trains on at most {MAX_TRAINING_ROWS} rows: sample the dataset")
        return rows

    if method == "HEAD_SEQUENTIAL":
        return min(count or MAX_TRAINING_ROWS, MAX_TRAINING_ROWS), lambda rows: rows
    if method == "FULL":
        return MAX_TRAINING_ROWS + 1, everything
    if method == "RANDOM_FIXED_NB":
        wanted = count or MAX_TRAINING_ROWS

        def draw(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            rows = everything(rows)
            if len(rows) <= wanted:
                return rows
            return [rows[i] for i in sorted(rng.sample(range(len(rows)), wanted))]

        return MAX_TRAINING_ROWS + 1, draw
    if method == "RANDOM_FIXED_RATIO":
        ratio = selection.get("targetRatio")
        if not isinstance(ratio, int | float) or isinstance(ratio, bool) or not 0 < ratio <= 1:
            raise DSSError(400, CODED, f"Invalid sampling ratio (targetRatio): {ratio!r}")
        return MAX_TRAINING_ROWS + 1, lambda rows: [r for r in everything(rows) if rng.random() < ratio]
    raise DSSError(
        400,
        CODED,
        f"The emulator does not sample with {method} (HEAD_SEQUENTIAL, FULL, RANDOM_FIXED_NB, RANDOM_FIXED_RATIO)",
    )


@handles("trainMLTask")
def train_ml_task(ctx: RequestContext) -> dict[str, Any]:
    from ..automation import ml_engine

    body: Mapping[str, Any] = ctx.body_fields if is_mapping(ctx.body_fields) else {}
    services = ctx.services
    state = services.state
    model = _model(ctx)
    with state.lock:
        project, task = _task(ctx, write=True)
        if task.guessing:
            raise bad_request("The ML task is still guessing its settings")
        if task.is_training:
            raise bad_request("The ML task is already training")
        settings = copy.deepcopy(task.settings)
        _check_trainable(settings)
        definition = _dataset_definition(ctx, project, task.input_dataset)
        limit, sample = _sampling(settings)
        read = _read_rows(ctx, project, definition, limit)
        name, description = body.get("sessionName"), body.get("sessionDescription")
        session = model.new_session(
            task, name if isinstance(name, str) else None, description if isinstance(description, str) else None
        )

        def work(control: TaskControl) -> dict[str, Any]:
            try:
                rows = sample(read())
            except DSSError as e:
                # Found once the rows are read (too many of them, say): the session's models fail with it.
                model.fail_session(task, session, ml_engine.enabled_algorithms(settings), e.message)
                return {"sessionId": session.id}
            model.train_session(task, session, rows, settings, control.check_abort)
            return {"sessionId": session.id}

        payload = {"projectKey": project.key, "analysisId": task.analysis_id, "mlTaskId": task.mltask_id}
        task.training = services.futures.start(
            ctx.user.login, f"Train ML task {task.mltask_id} ({session.id})", payload, work, listed=False
        )
        return {"sessionId": session.id}


@handles("ensembleMLTaskModels")
def ensemble_ml_task_models(ctx: RequestContext) -> dict[str, Any]:
    from ..automation import ml_engine

    fields = ctx.body_fields
    services = ctx.services
    state = services.state
    model = _model(ctx)
    method = str(fields["method"])
    with state.lock:
        project, task = _task(ctx, write=True)
        if task.is_training:
            raise bad_request("The ML task is already training")
        ids = [str(i) for i in fields["modelsIds"]]
        members = [task.model(i) for i in ids]
        if method in ("LINEAR_MODEL", "LOGISTIC_MODEL"):
            raise DSSError(501, NOT_IMPLEMENTED, f"The emulator does not train stacked ensembles ({method})")
        allowed = ml_engine.ENSEMBLE_METHODS.get(task.prediction_type or "CLUSTERING", ())
        if method not in allowed:
            kinds = ", ".join(allowed) or "none"
            raise bad_request(f"{method} cannot ensemble {task.prediction_type or 'clustering'} models ({kinds})")
        if not sklearn_installed():
            raise DSSError(501, NOT_IMPLEMENTED, str(ml_engine.MLEngineUnavailable()))
        if len(members) < 2:
            raise bad_request("An ensemble needs at least 2 models")
        trained = [m.trained for m in members]
        if any(t is None for t in trained):
            raise bad_request("Only models whose training succeeded can be ensembled")
        sessions = {m.session for m in members}
        if len(sessions) != 1:
            raise bad_request("The models to ensemble must come from one session (one split)")
        session = model.session_of(task, members[0])
        if session.held_out is None:
            raise bad_request(
                f"The split data of session {session.id} is not kept (removed, or a k-fold cross-test): "
                "its models cannot be ensembled"
            )
        held_out = list(session.held_out)
        settings = copy.deepcopy(task.settings)
        lab = model.reserve_model(task, session, ml_engine.ENSEMBLE_ALGORITHM)

        def work(control: TaskControl) -> dict[str, Any]:
            control.check_abort()
            try:
                result = ml_engine.ensemble_model(held_out, settings, [t for t in trained if t is not None], method)
            except ml_engine.TrainingRefused as e:
                with state.lock:
                    lab.error = str(e)
                return {"id": lab.full_id}
            with state.lock:
                lab.trained = result
                lab.train_date = state.clock()
            return {"id": lab.full_id}

        payload = {"projectKey": project.key, "analysisId": task.analysis_id, "mlTaskId": task.mltask_id}
        task.training = services.futures.start(
            ctx.user.login, f"Ensemble models of ML task {task.mltask_id}", payload, work, listed=False
        )
        return {"id": lab.full_id}


@handles("trainMLTaskQueue")
def train_ml_task_queue(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        if task.queue:
            # Sessions are queued from DSS's UI only; nothing in the public API fills a queue.
            raise DSSError(501, NOT_IMPLEMENTED, "The emulator does not train queued sessions")
        return {}


@handles("getMLTaskModelSnippets")
def get_ml_task_model_snippets(ctx: RequestContext) -> dict[str, Any]:
    body: Mapping[str, Any] = ctx.body_fields if is_mapping(ctx.body_fields) else {}
    with ctx.services.state.lock:
        _, task = _task(ctx)
        wanted = body.get("modelsIds")
        ids = [str(i) for i in wanted] if is_array(wanted) else list(task.models)
        return {full_id: task.snippet(task.model(full_id)) for full_id in ids}


@handles("getMLTaskModelDetails")
def get_ml_task_model_details(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, task = _task(ctx)
        return task.details(task.model(ctx.path["mlTaskModelId"]))


@handles("deleteMLTaskModel")
def delete_ml_task_model(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        model = task.model(ctx.path["mlTaskModelId"])
        del task.models[model.full_id]
        for session in task.sessions:
            if model.full_id in session.models:
                session.models.remove(model.full_id)


@handles("removeUnusedMLTaskSplits")
def remove_unused_ml_task_splits(ctx: RequestContext) -> None:
    # A session's split data (its held-out rows) is unused once none of its models remains.
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        for session in task.sessions:
            if not any(full_id in task.models for full_id in session.models):
                session.held_out = None


@handles("removeAllMLTaskSplits")
def remove_all_ml_task_splits(ctx: RequestContext) -> None:
    # Every session's split data: its models can no longer be ensembled (training new ones can).
    with ctx.services.state.lock:
        _, task = _task(ctx, write=True)
        for session in task.sessions:
            session.held_out = None


_NOT_A_NAME = re.compile(r"[^A-Za-z0-9_]+")


def _recipe_name(recipes: RecipesModel, project: Project, model_name: str) -> str:
    """``train_<model name>`` as DSS names a deployed model's training recipe, made unique."""
    base = "train_" + (_NOT_A_NAME.sub("_", model_name).strip("_") or "model")
    name, n = base, 1
    while name in recipes.of(project.key) or name in project.datasets:
        n += 1
        name = f"{base}_{n}"
    return name


@handles("deployMLTaskModelToFlow")
def deploy_ml_task_model_to_flow(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project, task = _task(ctx, write=True)
        lab = task.model(ctx.path["mlTaskModelId"])
        if lab.trained is None:
            raise bad_request(f"Model {lab.full_id} cannot be deployed: its training failed")
        model_name = fields.get("modelName")
        if not isinstance(model_name, str) or not model_name.strip():
            raise bad_request("A deployed model needs a modelName")
        train_ref = str(fields["trainDatasetRef"])
        _dataset_definition(ctx, project, train_ref)
        test_ref = fields.get("testDatasetRef")
        if test_ref is not None:
            _dataset_definition(ctx, project, str(test_ref))
        recipes = state.extension(RecipesModel)
        recipe_name = _recipe_name(recipes, project, model_name)
        saved_models = state.extension(SavedModels)
        saved = saved_models.create(
            project.key,
            model_name,
            task.prediction_type,
            task_type=task.task_type,
        )
        saved_models.add_version(saved, lab.trained, origin=lab.full_id)
        saved.recipe_name = recipe_name
        recipe_type = "clustering_training" if task.task_type == "CLUSTERING" else "prediction_training"
        inputs: dict[str, Any] = {"main": {"items": [{"ref": train_ref, "deps": []}]}}
        if test_ref is not None:
            inputs["test"] = {"items": [{"ref": str(test_ref), "deps": []}]}
        now = state.clock()
        definition: dict[str, Any] = {
            "projectKey": project.key,
            "name": recipe_name,
            "type": recipe_type,
            "inputs": inputs,
            "outputs": {"main": {"items": [{"ref": saved.id, "appendMode": False}]}},
            "params": {},
            "tags": [],
            "customMeta": {"kv": {}},
            "redispatchPartitioning": False,
            "neverRecomputeExistingPartitions": False,
            "versionTag": user_tag(ctx.user.login, now),
            "creationTag": user_tag(ctx.user.login, now),
        }
        # The recipe's payload: the task's settings it retrains with (DSS's shape is unverified).
        payload = {
            "core": {"taskType": task.task_type, "predictionType": task.prediction_type},
            "mlTaskSettings": copy.deepcopy(task.settings),
            "redoOptimization": fields.get("redoOptimization", True) is not False,
        }
        recipes.of(project.key)[recipe_name] = Recipe(definition, json.dumps(payload), default_metadata(recipe_name))
        return {"savedModelId": saved.id, "trainRecipeName": recipe_name}


@handles("redeployMLTaskModelToFlow")
def redeploy_ml_task_model_to_flow(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project, task = _task(ctx, write=True)
        lab = task.model(ctx.path["mlTaskModelId"])
        if lab.trained is None:
            raise bad_request(f"Model {lab.full_id} cannot be deployed: its training failed")
        saved_models = state.extension(SavedModels)
        recipe_name, saved_model_id = fields.get("recipeName"), fields.get("savedModelId")
        if isinstance(saved_model_id, str):
            saved = saved_models.get(project.key, saved_model_id)
        elif isinstance(recipe_name, str):
            recipe = state.extension(RecipesModel).get(project.key, recipe_name)
            outputs = [
                item.get("ref") for item in recipe.definition.get("outputs", {}).get("main", {}).get("items", [])
            ]
            found = [saved_models.find(project.key, str(ref)) for ref in outputs]
            matches = [s for s in found if s is not None]
            if not matches:
                raise bad_request(f"Recipe {project.key}.{recipe_name} does not train a saved model")
            saved = matches[0]
        else:
            raise bad_request("Redeploying needs the training recipe (recipeName) or the saved model (savedModelId)")
        if saved.task_type != task.task_type or saved.prediction_type != task.prediction_type:
            raise conflict(
                f"Saved model {saved.id} holds {saved.prediction_type or saved.task_type} models, "
                f"not {task.prediction_type or task.task_type}"
            )
        activate = fields.get("activate", True) is not False
        before = saved.active_version_id
        saved_models.add_version(saved, lab.trained, activate=activate, origin=lab.full_id)
        return {"impactsDownstream": saved.active_version_id != before}
