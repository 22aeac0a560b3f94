"""Scoring recipes (issue 19): a saved model scores the rows of a dataset, one output row per input row.

``prediction_scoring`` and ``clustering_scoring`` recipes read one dataset (role ``main``) and one
saved model (role ``model``), and write one dataset: the input's columns, then for a classification
model one ``proba_<class>`` column per class (unless the payload's ``outputProbabilities`` is
false) and ``prediction``; for a regression model ``prediction``; for a clustering model
``cluster``. The output's schema is set at the recipe's creation and by each run, as DSS does.

A run is an activity of a job (``jobs._JobRunner._execute`` calls :func:`run_scoring_recipe`): the
rows are read and written in batches (``BATCH_ROWS``), scored by the active version's
``TrainedModel.predict`` (scikit-learn, loaded only then). A row missing a feature the model needs
(the input has no such column) fails the job with a message naming the feature; an emulator
without scikit-learn fails it with a message naming the ``ml`` extra.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from dssclient._json import array_or_empty, is_object, object_or_empty

from ..errors import bad_request, not_found
from ..state import DSSState, Project
from .executors import RecipeError
from .recipes import Recipe, input_refs, output_items, split_ref

if TYPE_CHECKING:
    from ..futures import TaskControl
    from ..models.saved_models import SavedModel, SavedModelVersion

# Rows scored at once: the memory a run holds is bounded by it, whatever the dataset's size.
BATCH_ROWS = 5000
CLASSIFICATIONS = frozenset({"BINARY_CLASSIFICATION", "MULTICLASS"})


def model_ref(project_key: str, recipe: Recipe) -> tuple[str, str] | None:
    """(project key, saved model id) of the recipe's ``model`` input, if it has one."""
    roles: Any = recipe.definition.get("inputs")
    content: Any = roles.get("model") if is_object(roles) else None
    items: Any = content.get("items") if is_object(content) else None
    for item in array_or_empty(items):
        if is_object(item) and isinstance(item.get("ref"), str):
            return split_ref(project_key, str(item["ref"]))
    return None


def dataset_refs(state: DSSState, project_key: str, recipe: Recipe) -> list[str]:
    """The recipe's inputs that are not its saved model (the datasets it scores)."""
    model = model_ref(project_key, recipe)
    return [ref for ref in input_refs(recipe.definition) if split_ref(project_key, ref) != model]


def _saved_model(state: DSSState, project_key: str, recipe: Recipe) -> SavedModel:
    from ..models.saved_models import SavedModels

    ref = model_ref(project_key, recipe)
    if ref is None:
        raise bad_request(f"Recipe {recipe.name} has no saved model input (role 'model')")
    found = state.extension(SavedModels).find(*ref)
    if found is None:
        raise not_found(f"Saved model {ref[0]}.{ref[1]} does not exist")
    return found


def _active(state: DSSState, saved_model: SavedModel) -> SavedModelVersion:
    from ..models.saved_models import SavedModels

    version = state.extension(SavedModels).active_version(saved_model)
    if version is None:
        raise RecipeError(f"Saved model {saved_model.project_key}.{saved_model.id} has no active version")
    return version


def _probabilities_wanted(recipe: Recipe) -> bool:
    try:
        payload = json.loads(recipe.payload or "{}")
    except ValueError:
        return True
    return not (is_object(payload) and payload.get("outputProbabilities") is False)


def added_columns(version: SavedModelVersion, probabilities: bool) -> list[dict[str, Any]]:
    """The columns a version's scoring adds after the input's."""
    trained = version.trained
    if trained.prediction_type == "CLUSTERING":
        return [{"name": "cluster", "type": "string"}]
    if trained.prediction_type in CLASSIFICATIONS:
        probas = [{"name": f"proba_{label}", "type": "double"} for label in trained.classes or []]
        return [*(probas if probabilities else []), {"name": "prediction", "type": "string"}]
    return [{"name": "prediction", "type": "double"}]


def _check_kind(recipe: Recipe, version: SavedModelVersion) -> None:
    clustering = version.trained.prediction_type == "CLUSTERING"
    if recipe.type == "clustering_scoring" and not clustering:
        raise bad_request(f"Recipe {recipe.name} is a clustering scoring recipe, but its model is a prediction model")
    if recipe.type == "prediction_scoring" and clustering:
        raise bad_request(f"Recipe {recipe.name} is a prediction scoring recipe, but its model is a clustering model")


def output_schemas(state: DSSState, project: Project, recipe: Recipe) -> dict[str, dict[str, Any]]:
    """The schema the recipe gives its output: the scored dataset's columns, then the model's. Hold the lock.

    A model without an active version gives no schema (the output starts empty, as in DSS until
    a version is deployed: unverified).
    """
    from .recipes import input_schemas

    saved_model = _saved_model(state, project.key, recipe)
    schemas = input_schemas(state, project, recipe)  # the model's ref is not a dataset: see recipes.input_schemas
    from ..models.saved_models import SavedModels

    version = state.extension(SavedModels).active_version(saved_model)
    if version is None or not schemas:
        return {}
    _check_kind(recipe, version)
    columns = [*copy.deepcopy(schemas[0]), *added_columns(version, _probabilities_wanted(recipe))]
    return {item["ref"]: {"columns": columns, "userModified": False} for item in output_items(recipe.definition)}


def _scored(
    trained: Any, names: Sequence[str], rows: Iterator[Sequence[str]], probabilities: bool, check_abort: Any
) -> Iterator[list[str | None]]:
    """The output rows: each input row, then its prediction's values, batch after batch."""
    from .ml_engine import MissingFeatureError

    classes = list(trained.classes or [])
    clustering = trained.prediction_type == "CLUSTERING"
    classification = trained.prediction_type in CLASSIFICATIONS
    missing = [feature for feature in trained.features if feature not in names]
    if missing:
        raise RecipeError(f"Column {missing[0]!r} is required by the model but missing from the input dataset")
    batch: list[Sequence[str]] = []

    def flush() -> Iterator[list[str | None]]:
        check_abort()
        try:
            predictions = trained.predict([dict(zip(names, row, strict=False)) for row in batch])
        except MissingFeatureError as error:
            raise RecipeError(
                f"Column {error.feature!r} is required by the model but missing from the input dataset"
            ) from None
        for row, predicted in zip(batch, predictions, strict=True):
            values: list[str | None] = [None if value == "" else value for value in row]
            if clustering:
                values.append(str(predicted["cluster"]))
            else:
                if classification and probabilities:
                    probas = object_or_empty(predicted.get("probas"))
                    values.extend(repr(float(probas.get(label, 0.0))) for label in classes)
                prediction = predicted["prediction"]
                values.append(str(prediction) if classification else repr(float(prediction)))
            yield values
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH_ROWS:
            yield from flush()
    if batch:
        yield from flush()


def run_scoring_recipe(runner: Any, activity: Any, control: TaskControl) -> None:
    """Run the scoring recipe of an activity (``jobs._JobRunner``): score its input into its output."""
    from .ml_engine import MLEngineUnavailable
    from .store import column_names

    state: DSSState = runner.state
    source = None
    try:
        with state.lock:
            project, recipe = runner._context(activity)
            saved_model = _saved_model(state, project.key, recipe)
            version = _active(state, saved_model)
            _check_kind(recipe, version)
            refs = dataset_refs(state, project.key, recipe)
            if len(refs) != 1:
                raise RecipeError(f"Recipe {recipe.name} scores one dataset, not {len(refs)}")
            schema, source = runner._input_source(project, refs[0], activity.partition)
            outputs = [item for item in output_items(recipe.definition) if item["ref"] in project.datasets]
            if not outputs:
                raise RecipeError(f"Recipe {recipe.name} has no existing output")
            probabilities = _probabilities_wanted(recipe)
            trained = version.trained
        runner.log(
            activity.id,
            f"Scoring {refs[0]} with version {version.id} of saved model {saved_model.id} ({trained.algorithm})",
        )
        input_names = [str(column.get("name")) for column in schema]
        columns = [*schema, *added_columns(version, probabilities)]
        names = [str(column.get("name")) for column in columns]
        output = outputs[0]
        writer = runner.store.new_writer(names)
        try:
            if output.get("appendMode") is True:  # the rows already there first, as other recipes append
                runner._copy_existing(project.key, output["ref"], activity.partition, names, writer)
            writer.write_all(_scored(trained, input_names, source.rows(), probabilities, control.check_abort))
            control.check_abort()
        except MLEngineUnavailable as error:
            writer.discard()
            raise RecipeError(str(error)) from None
        except BaseException:
            writer.discard()
            raise
        path = writer.close()
        with state.lock:
            dataset = project.datasets.get(output["ref"])
            if dataset is None:
                path.unlink(missing_ok=True)
                raise RecipeError(f"Output dataset {output['ref']} no longer exists")
            if column_names(dataset.definition) != names:
                dataset.definition["schema"] = {"columns": columns, "userModified": False}
                runner.log(activity.id, f"Schema of {output['ref']} set to: {', '.join(names)}")
            runner.store.install(project.key, output["ref"], activity.partition, path, names, state.clock())
        runner.log(activity.id, f"Wrote {writer.count} rows into {output['ref']}")
    finally:
        if source is not None:
            source.close()
