"""Saved models (issue 19): their settings, versions, details, snippets, metrics and usages.

Rights as DSS grants them on the project: reading its content lists and reads saved models;
writing it creates, saves, deletes them and changes their versions. Models trained in DSS come
from an ML task's deployment (``handlers/ml_tasks.py``); this API creates the others: MLflow models
(``MLFLOW_PYFUNC``) and external models (``PROXY_MODEL``).

What the emulator refuses, and why:

- importing an MLflow version: DSS reads an MLflow model by running its code (unpickling it in
  the model's code env); the emulator does not run a model's code, so it refuses the import
  (400) rather than keep a version it could neither describe nor score;
- adding an external (proxy) version: its endpoint lives on a cloud service (SageMaker, Azure ML,
  Vertex AI, Databricks) the emulator cannot reach: refused (400);
- fine-tuned LLM saved models (``LLM_GENERIC``): not emulated (400);
- deleting the active version (400): DSS refuses it while other versions exist; whether it
  deletes a model's only version is unverified, so the emulator refuses that too.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

from dssclient._json import array_or_empty, is_object

from ..automation.access import READ, WRITE, project_for
from ..automation.recipes import RecipesModel, input_refs, output_refs, split_ref
from ..context import RequestContext
from ..errors import DSSError, bad_request, conflict, not_found
from ..models.flow_zones import register_zone_object_type
from ..models.saved_models import SavedModel, SavedModels, SavedModelVersion
from ..state import DSSState, Project
from ._registry import handles

# What createSavedModel makes, and what the emulator refuses to make.
_CREATABLE = ("MLFLOW_PYFUNC", "PROXY_MODEL")
_PREDICTION_TYPES = ("BINARY_CLASSIFICATION", "MULTICLASS", "REGRESSION")
_PROXY_PROTOCOLS = ("sagemaker", "azure-ml", "vertex-ai", "databricks")
# The settings DSS owns: a save cannot change them.
_OWNED = ("id", "projectKey", "type", "savedModelType", "activeVersion", "lastExportedFrom")


def _saved_model_ids(state: DSSState, project_key: str) -> Iterable[str]:
    return [model.id for model in state.extension(SavedModels).of_project(project_key)]


register_zone_object_type("SAVED_MODEL", _saved_model_ids)


def _model(ctx: RequestContext) -> SavedModels:
    return ctx.services.state.extension(SavedModels)


def _addressed(ctx: RequestContext, right: str) -> tuple[Project, SavedModel]:
    """The project and the saved model the path names, if the caller holds ``right``. Hold the lock."""
    project = project_for(ctx, ctx.path["projectKey"], right)
    return project, _model(ctx).get(project.key, ctx.path["savedModelId"])


def _version(saved_model: SavedModel, version_id: str) -> SavedModelVersion:
    found = saved_model.versions.get(version_id)
    if found is None:
        raise not_found(f"Version {version_id} of saved model {saved_model.project_key}.{saved_model.id} not found")
    return found


# -- rendering ---------------------------------------------------------------------------------


def _last_origin(saved_model: SavedModel) -> str | None:
    origins = [version.origin for version in saved_model.versions.values() if version.origin is not None]
    return origins[-1] if origins else None


def settings_json(saved_model: SavedModel) -> dict[str, Any]:
    """The settings of a saved model as DSS sends them: what DSS owns, then what was saved."""
    mini = saved_model.mini_task()
    mini.setdefault("modeling", {"metrics": _default_metrics(saved_model)})
    document: dict[str, Any] = {
        "projectKey": saved_model.project_key,
        "id": saved_model.id,
        "name": saved_model.name,
        "type": saved_model.task_type,
        "savedModelType": saved_model.settings.get("savedModelType", "DSS_MANAGED"),
        "miniTask": mini,
        "tags": [],
        "description": "",
        "shortDesc": "",
        "customFields": {},
        "flowOptions": {"virtualizable": False, "rebuildBehavior": "NORMAL"},
        "metrics": {"probes": [], "engineConfig": {}, "displayedState": {"columns": [], "metrics": []}},
        "metricsChecks": {"runOnBuild": False, "checks": [], "displayedState": {"checks": []}},
    }
    for key, value in saved_model.settings.items():
        if key == "miniTask" and is_object(value):
            # The saved task settings, under the task and prediction types DSS owns.
            document["miniTask"] = {**copy.deepcopy(value), **{k: v for k, v in mini.items() if k != "modeling"}}
        elif key not in _OWNED:
            document[key] = copy.deepcopy(value)
    document["name"] = saved_model.name
    if saved_model.active_version_id is not None:
        document["activeVersion"] = saved_model.active_version_id
    origin = _last_origin(saved_model)
    if origin is not None:
        document["lastExportedFrom"] = origin
    return document


def _default_metrics(saved_model: SavedModel) -> dict[str, Any]:
    if saved_model.task_type == "CLUSTERING":
        return {"evaluationMetric": "SILHOUETTE"}
    if saved_model.prediction_type == "REGRESSION":
        return {"evaluationMetric": "R2"}
    return {"evaluationMetric": "ROC_AUC", "thresholdOptimizationMetric": "F1"}


def snippet_json(saved_model: SavedModel, version: SavedModelVersion) -> dict[str, Any]:
    """The snippet of a version: ids, types, algorithm, training state, and its metrics at the top level."""
    trained = version.trained
    snippet: dict[str, Any] = {
        "fullModelId": saved_model.full_id(version.id),
        "smId": saved_model.id,
        "smVersionId": version.id,
        "taskType": saved_model.task_type,
        "algorithm": trained.algorithm,
        "trainInfo": copy.deepcopy(trained.details.get("trainInfo", {})),
        "trainDate": version.created_on,
        "userMeta": copy.deepcopy(version.user_meta),
    }
    if trained.prediction_type != "CLUSTERING":
        snippet["predictionType"] = trained.prediction_type
    snippet.update(copy.deepcopy(trained.metrics))
    return snippet


def _metric_type(name: str) -> str:
    """A metric's DSS name in upper snake case (``logLoss`` → ``LOG_LOSS``)."""
    return "".join("_" + c if c.isupper() else c for c in name).upper().lstrip("_")


# -- the saved models ---------------------------------------------------------------------------


@handles("listSavedModels")
def list_saved_models(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        models = [settings_json(model) for model in _model(ctx).of_project(project.key)]
        if ctx.query.get("foreign") is True:
            models += [settings_json(model) for model in _exposed_to(state, project.key)]
        return models


def _exposed_to(state: DSSState, project_key: str) -> list[SavedModel]:
    """The saved models other projects expose to ``project_key`` (their settings' ``exposedObjects``)."""
    found: list[SavedModel] = []
    for owner in state.projects.values():
        if owner.key == project_key:
            continue
        exposed: Any = owner.settings.get("exposedObjects")
        for item in array_or_empty(exposed.get("objects") if is_object(exposed) else None):
            if not is_object(item) or item.get("type") != "SAVED_MODEL":
                continue
            rules = array_or_empty(item.get("rules"))
            if any(is_object(rule) and rule.get("targetProject") == project_key for rule in rules):
                model = state.extension(SavedModels).find(owner.key, str(item.get("localName")))
                if model is not None:
                    found.append(model)
    return found


@handles("createSavedModel")
def create_saved_model(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    kind = fields.get("savedModelType")
    prediction_type = fields.get("predictionType")
    name = fields.get("name")
    if kind == "DSS_MANAGED":
        raise bad_request("Models trained in DSS reach the flow by deploying a model of an ML task (deployToFlow)")
    if kind == "LLM_GENERIC":
        raise bad_request("Fine-tuned LLM saved models (LLM_GENERIC) are not emulated")
    if kind not in _CREATABLE:
        raise bad_request(f"Unknown savedModelType {kind!r} (one of {', '.join(_CREATABLE)})")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("A saved model needs a name")
    if prediction_type is not None and prediction_type not in _PREDICTION_TYPES:
        raise bad_request(
            f"Unknown predictionType {prediction_type!r} (one of {', '.join(_PREDICTION_TYPES)}, or null)"
        )
    configuration = fields.get("proxyModelConfiguration")
    if kind == "PROXY_MODEL":
        if prediction_type is None:
            raise bad_request("An external model needs a predictionType")
        protocol: Any = configuration.get("protocol") if is_object(configuration) else None
        if protocol not in _PROXY_PROTOCOLS:
            raise bad_request(
                f"Unknown protocol {protocol!r} in proxyModelConfiguration (one of {', '.join(_PROXY_PROTOCOLS)})"
            )
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        saved_model = _model(ctx).create(project.key, name, prediction_type, task_type="PREDICTION")
        saved_model.settings["savedModelType"] = kind
        if kind == "PROXY_MODEL":
            saved_model.settings["proxyModelConfiguration"] = copy.deepcopy(configuration)
        return {"id": saved_model.id}


@handles("getSavedModel")
def get_saved_model(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return settings_json(_addressed(ctx, READ)[1])


@handles("saveSavedModel")
def save_saved_model(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, WRITE)[1]
        current = settings_json(saved_model)
        for key in _OWNED:
            if key in fields and fields[key] != current.get(key):
                raise bad_request(
                    f"The saved model's {key} cannot be changed by saving its settings ({current.get(key)!r})"
                )
        mini = fields.get("miniTask")
        if mini is not None:
            if not isinstance(mini, dict):
                raise bad_request("miniTask is an object")
            for key in ("taskType", "predictionType"):
                if key in mini and mini[key] != current["miniTask"].get(key):
                    raise bad_request(f"The saved model's miniTask.{key} cannot change")
        name = fields.get("name", saved_model.name)
        if not isinstance(name, str) or not name.strip():
            raise bad_request("A saved model needs a name")
        kind = saved_model.settings.get("savedModelType")
        saved_model.settings = {key: copy.deepcopy(value) for key, value in fields.items() if key not in _OWNED}
        if kind is not None:
            saved_model.settings["savedModelType"] = kind
        saved_model.name = name


@handles("deleteSavedModel")
def delete_saved_model(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        project, saved_model = _addressed(ctx, WRITE)
        # The recipes reading or writing the model go with it, as with the flow's other objects.
        recipes = state.extension(RecipesModel).of(project.key)
        for name in [n for n, r in recipes.items() if saved_model.id in _refs(project.key, r.definition)]:
            del recipes[name]
        _model(ctx).delete(project.key, saved_model.id)


def _refs(project_key: str, definition: dict[str, Any]) -> set[str]:
    refs = set(input_refs(definition)) | set(output_refs(definition))
    return {name for owner, name in (split_ref(project_key, ref) for ref in refs) if owner == project_key}


@handles("getSavedModelUsages")
def get_saved_model_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project, saved_model = _addressed(ctx, READ)
        usages: list[dict[str, Any]] = []
        for name, recipe in state.extension(RecipesModel).of(project.key).items():
            for kind, refs in (
                ("RECIPE_INPUT", input_refs(recipe.definition)),
                ("RECIPE_OUTPUT", output_refs(recipe.definition)),
            ):
                if any(split_ref(project.key, ref) == (project.key, saved_model.id) for ref in refs):
                    usages.append({"type": kind, "objectId": name, "objectProjectKey": project.key})
        return usages


# -- versions -----------------------------------------------------------------------------------


@handles("listSavedModelVersions")
def list_saved_model_versions(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, READ)[1]
        return [
            {
                "id": version.id,
                "active": version.id == saved_model.active_version_id,
                "snippet": snippet_json(saved_model, version),
            }
            for version in saved_model.versions.values()
        ]


@handles("getSavedModelVersionDetails")
def get_saved_model_version_details(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, READ)[1]
        version = _version(saved_model, ctx.path["versionId"])
        details = version.details
        details["fullModelId"] = saved_model.full_id(version.id)
        return details


@handles("getSavedModelVersionSnippet")
def get_saved_model_version_snippet(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, READ)[1]
        return snippet_json(saved_model, _version(saved_model, ctx.path["versionId"]))


@handles("setSavedModelActiveVersion")
def set_saved_model_active_version(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, WRITE)[1]
        saved_model.active_version_id = _version(saved_model, ctx.path["versionId"]).id


@handles("deleteSavedModelVersions")
def delete_saved_model_versions(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, WRITE)[1]
        versions = [str(version) for version in array_or_empty(fields.get("versions"))]
        if not versions:
            raise bad_request("No version to delete")
        for version_id in versions:
            _version(saved_model, version_id)  # every one exists, or nothing is deleted
        if saved_model.active_version_id in versions:
            raise bad_request(
                f"Version {saved_model.active_version_id} is the active version of saved model "
                f"{saved_model.project_key}.{saved_model.id}: make another version active before deleting it"
            )
        for version_id in versions:
            del saved_model.versions[version_id]


@handles("getSavedModelVersionMetrics")
def get_saved_model_version_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, READ)[1]
        version = _version(saved_model, ctx.path["versionId"])
        # Metric ids as ``model_perf:<METRIC>`` (unverified beyond the official client's reading of
        # ``metrics``/``lastValues``, which ComputedMetrics does).
        metrics: list[dict[str, Any]] = []
        for name, value in version.trained.metrics.items():
            metric_type = _metric_type(name)
            metrics.append(
                {
                    "metric": {
                        "id": f"model_perf:{metric_type}",
                        "type": "model_perf",
                        "metricType": metric_type,
                        "dataType": "DOUBLE",
                    },
                    "lastValues": [
                        {
                            "partition": "NP",
                            "value": repr(float(value)),
                            "time": version.created_on,
                            "dataType": "DOUBLE",
                        }
                    ],
                }
            )
        return {"metrics": metrics}


# -- MLflow and external versions -------------------------------------------------------------------


@handles("importSavedModelVersion")
def import_saved_model_version(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, WRITE)[1]
        kind = saved_model.settings.get("savedModelType", "DSS_MANAGED")
        version_id = ctx.path["versionId"]
        if version_id in saved_model.versions:
            raise conflict(f"Version {version_id} of saved model {saved_model.id} already exists")
    if kind == "MLFLOW_PYFUNC":
        raise bad_request(
            "The emulator does not import MLflow models: DSS reads one by running its code (unpickling it) "
            "in its code env, and the emulator does not run a model's code"
        )
    if kind == "PROXY_MODEL":
        raise bad_request(
            "The emulator does not add external model versions: their endpoints live on a cloud service "
            "(SageMaker, Azure ML, Vertex AI, Databricks) it cannot reach"
        )
    raise bad_request(
        f"Saved model {saved_model.id} is a {kind} model: only MLflow and external models get versions this way"
    )


def _no_external_version(ctx: RequestContext, right: str) -> DSSError:
    with ctx.services.state.lock:
        saved_model = _addressed(ctx, right)[1]
        version = _version(saved_model, ctx.path["versionId"])
    return bad_request(
        f"Version {version.id} of saved model {saved_model.id} was trained in DSS: "
        "it is not an MLflow or external model"
    )


@handles("getExternalModelVersionMetadata")
def get_external_model_version_metadata(ctx: RequestContext) -> dict[str, Any]:
    # The emulator holds no MLflow or external version (see importSavedModelVersion): a version
    # it has was trained in it.
    raise _no_external_version(ctx, READ)


@handles("saveExternalModelVersionMetadata")
def save_external_model_version_metadata(ctx: RequestContext) -> None:
    raise _no_external_version(ctx, WRITE)


@handles("evaluateExternalModelVersion")
def evaluate_external_model_version(ctx: RequestContext) -> None:
    raise _no_external_version(ctx, WRITE)
