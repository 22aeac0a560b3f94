"""Recipes of the flow: their definitions and payloads, how they are created, checked, and what
schema they give their outputs; and the flow graph they make with the datasets.

A recipe is stored as DSS returns it: ``{"recipe": definition, "payload": text}``. Code
recipes (``python``, ...) keep their code in the payload; visual ones (``sync``, ``grouping``,
``join``, ``shaker``, ...) a JSON document of their settings.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from dssclient._json import is_array, is_mapping, is_object, mapping_or_empty

from ..defaults import default_metadata
from ..errors import DSSError, bad_request, conflict, not_found
from ..state import DSSState, Project, user_tag
from .store import column_names, schema_columns

CODE_TYPES = frozenset(
    {
        "python",
        "r",
        "sql_script",
        "pyspark",
        "sparkr",
        "spark_scala",
        "shell",
        "spark_sql_query",
        "cpython",
        "ksql",
        "hive",
        "impala",
    }
)
# Code types whose code runs in a code env of a language: their params carry an envSelection.
CODE_ENV_LANGUAGES = {"python": "PYTHON", "pyspark": "PYTHON", "cpython": "PYTHON", "r": "R", "sparkr": "R"}
# Recipes whose payload is SQL run on the SQLite database of their inputs' SQL connection
# (sql_query is a visual recipe in DSS's listing, but its payload is the text of its query).
SQL_TYPES = frozenset({"sql_query", "sql_script"})
VISUAL_TYPES = frozenset(
    {
        "sync",
        "csync",
        "grouping",
        "join",
        "shaker",
        "prepare",
        "sort",
        "topn",
        "distinct",
        "vstack",
        "sampling",
        "split",
        "window",
        "pivot",
        "upsert",
        "fuzzyjoin",
        "geojoin",
        "generate_features",
        "download",
        "export",
        "sql_query",
        "prediction_scoring",
        "clustering_scoring",
        "evaluation",
        "standalone_evaluation",
        "nlp_llm_evaluation",
        "nlp_agent_evaluation",
        "extract_failed_rows",
        "nlp_llm_rag_embedding",
        "embed_documents",
        "extract_content",
        "extract_fields",
        "prompt",
    }
)
# What the emulator can run; other types are created and stored, and fail when run.
# Scoring recipes (issue 19): a saved model scores a dataset's rows (automation/ml_scoring.py).
SCORING_TYPES = frozenset({"prediction_scoring", "clustering_scoring"})
RUNNABLE_TYPES = (
    frozenset({"sync", "grouping", "join", "shaker", "prepare", "python", "sql_query", "sql_script"})
    | SCORING_TYPES
    | {"evaluation", "standalone_evaluation"}  # issue 19: automation/ml_evaluation.py
)
# The visual recipes whose output schema the emulator computes and whose rows it computes itself.
COMPUTED_TYPES = frozenset({"sync", "grouping", "join", "shaker", "prepare"})
NAME = re.compile(r"[A-Za-z0-9_]+")

DEFAULT_PYTHON = """# -*- coding: utf-8 -*-
import dataiku
from dataiku import recipe

# Copies the rows of the first input into every output: replace with your own code.
inputs = recipe.get_inputs_as_datasets()
for output in recipe.get_outputs_as_datasets():
    output.write_schema(inputs[0].read_schema())
    with output.get_writer() as writer:
        for row in inputs[0].iter_tuples():
            writer.write_tuple(row)
"""


@dataclass
class Recipe:
    definition: dict[str, Any]
    payload: str
    metadata: dict[str, Any]
    # Bumped on every save: a recursive build rebuilds what a changed recipe writes.
    revision: int = 0

    @property
    def type(self) -> str:
        return str(self.definition.get("type"))

    @property
    def name(self) -> str:
        return str(self.definition.get("name"))

    def as_json(self) -> dict[str, Any]:
        return {"recipe": copy.deepcopy(self.definition), "payload": self.payload}


class RecipesModel:
    """Every project's recipes. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._recipes: dict[str, dict[str, Recipe]] = {}

    def of(self, project_key: str) -> dict[str, Recipe]:
        return self._recipes.setdefault(project_key, {})

    def get(self, project_key: str, name: str) -> Recipe:
        recipe = self.of(project_key).get(name)
        if recipe is None:
            raise not_found(f"Recipe does not exist: {project_key}.{name}")
        return recipe

    def forget_project(self, project_key: str) -> None:
        self._recipes.pop(project_key, None)

    def producer(self, project_key: str, dataset_ref: str) -> Recipe | None:
        """The recipe that writes a dataset of the project, if any."""
        for recipe in self.of(project_key).values():
            if dataset_ref in output_refs(recipe.definition):
                return recipe
        return None


# -- inputs and outputs ------------------------------------------------------------------------


def _role_items(roles: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if not is_mapping(roles):
        return
    for role, content in roles.items():
        items = content.get("items") if is_mapping(content) else None
        for item in items if is_array(items) else []:
            if is_object(item) and isinstance(item.get("ref"), str):
                yield str(role), item


def is_managed_folder(state: DSSState, project_key: str, folder_id: str) -> bool:
    """Whether a recipe's ref names a managed folder (issue 18: folders as recipe inputs and outputs)."""
    from ..models.managed_folders import ManagedFolders

    return folder_id in state.extension(ManagedFolders).of_project(project_key)


def is_saved_model(state: DSSState, project_key: str, model_id: str) -> bool:
    """Whether a recipe's ref names a saved model (issue 19: the ``model`` input of scoring recipes)."""
    from ..models.saved_models import SavedModels

    return state.extension(SavedModels).find(project_key, model_id) is not None


def input_refs(definition: Mapping[str, Any]) -> list[str]:
    return [item["ref"] for _, item in _role_items(definition.get("inputs"))]


def output_refs(definition: Mapping[str, Any]) -> list[str]:
    return [item["ref"] for _, item in _role_items(definition.get("outputs"))]


def output_items(definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [item for _, item in _role_items(definition.get("outputs"))]


def _is_evaluation_store(state: DSSState, project_key: str, ref: str) -> bool:
    from .ml_evaluation import is_evaluation_store

    return is_evaluation_store(state, project_key, ref)


def _is_streaming_endpoint(state: DSSState, project_key: str, name: str) -> bool:
    """Whether a recipe's ref names a streaming endpoint (continuous recipes read and write them)."""
    from ..models.streaming import is_streaming_endpoint

    return is_streaming_endpoint(state, project_key, name)


def _check_streaming_refs(state: DSSState, project_key: str, recipe_type: str, refs: list[str]) -> None:
    from ..models.streaming import check_streaming_recipe

    check_streaming_recipe(state, project_key, recipe_type, refs)


def _streaming_endpoint_columns(state: DSSState, project_key: str, name: str) -> list[dict[str, Any]] | None:
    from ..models.streaming import endpoint_schema_columns

    return endpoint_schema_columns(state, project_key, name)


def split_ref(project_key: str, ref: str) -> tuple[str, str]:
    """(project key, dataset name) of a ref: ``name`` in the recipe's project, or ``PROJECTKEY.name``."""
    if "." in ref:
        owner, _, name = ref.partition(".")
        return owner, name
    return project_key, ref


# -- creation ------------------------------------------------------------------------------------


def create_recipe(
    state: DSSState,
    model: RecipesModel,
    project: Project,
    body: Mapping[str, Any],
    login: str,
    connections: Mapping[str, str | None] | None = None,
) -> Recipe:
    """Create a recipe as createRecipe does: outputs created, inputs checked, a name made up. Hold the lock.

    ``connections`` are the connections of the instance, each with the type of the datasets it
    holds if it is an SQL one (``models.sql.connection_kinds``): a new output on another one is
    refused, one on an SQL connection is a table. None: not checked, every new output is files.
    """
    proto = copy.deepcopy(dict(body.get("recipePrototype") or {}))
    settings = dict(body.get("creationSettings") or {})
    if proto.get("projectKey") not in (None, project.key):
        raise bad_request(f"The prototype's projectKey ({proto.get('projectKey')!r}) is not the project of the path")
    recipe_type = proto.get("type")
    if recipe_type == "prepare":
        recipe_type = proto["type"] = "shaker"
    if recipe_type not in CODE_TYPES | VISUAL_TYPES:
        raise bad_request(f"Unknown recipe type {recipe_type!r}")
    proto["projectKey"] = project.key
    proto["inputs"] = proto.get("inputs") if is_object(proto.get("inputs")) else {}
    proto["outputs"] = proto.get("outputs") if is_object(proto.get("outputs")) else {}
    virtual = settings.get("virtualInputs")
    if is_array(virtual) and virtual:
        proto["inputs"] = {"main": {"items": [{"ref": str(ref), "deps": []} for ref in virtual]}}
    for _, item in _role_items(proto["inputs"]):
        item.setdefault("deps", [])
    for _, item in _role_items(proto["outputs"]):
        item.setdefault("appendMode", False)
    raw = settings.get("rawCreation") is True
    inputs, outputs = input_refs(proto), output_refs(proto)
    if not raw:
        _check_streaming_refs(state, project.key, str(recipe_type), inputs + outputs)
        for ref in inputs:
            owner, input_name = split_ref(project.key, ref)
            source = state.projects.get(owner)
            if source is None or (
                input_name not in source.datasets
                and not _is_streaming_endpoint(state, owner, input_name)
                and not is_managed_folder(state, owner, input_name)
                and not is_saved_model(state, owner, input_name)
            ):
                raise not_found(f"Input dataset does not exist: {owner}.{input_name}")
        created = _created_outputs(settings, outputs)
        for ref in outputs:
            if "." in ref:
                raise bad_request(f"A recipe writes into its own project only, not into {ref}")
            if ref not in created and is_managed_folder(state, project.key, ref):
                continue
            if ref not in created and _is_evaluation_store(state, project.key, ref):
                continue  # issue 19: evaluation recipes write into evaluation stores
            if ref in project.datasets and ref in created:
                raise conflict(f"Dataset {project.key}.{ref} already exists: write into it with an existing output")
            if (
                ref not in project.datasets
                and ref not in created
                and not _is_streaming_endpoint(state, project.key, ref)
            ):
                raise not_found(f"Output dataset does not exist: {project.key}.{ref}")
    name: Any = proto.get("name")
    if name is None:
        name = _made_up_name(model, project, str(recipe_type), inputs, outputs)
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise bad_request(f"Invalid recipe name {name!r}: use letters, digits and underscores")
    if name in model.of(project.key):
        raise conflict(f"Recipe {project.key}.{name} already exists")
    if name in project.datasets:
        raise conflict(f"A dataset of the flow is already named {name}: recipes and datasets share the flow's names")
    proto["name"] = name
    if not raw:
        refuse_second_producer(model, project, None, outputs)
        for ref, output_settings in _created_outputs(settings, outputs).items():
            if connections is not None:
                check_connection(connections, _output_connection(output_settings), f"dataset {project.key}.{ref}")
    now = state.clock()
    proto.setdefault("params", _default_params(str(recipe_type)))
    proto.setdefault("tags", [])
    proto.setdefault("customMeta", {"kv": {}})
    proto.setdefault("redispatchPartitioning", False)
    proto.setdefault("neverRecomputeExistingPartitions", False)
    proto["versionTag"] = user_tag(login, now)
    proto["creationTag"] = user_tag(login, now)
    payload = _default_payload(str(recipe_type), settings, proto, state, project)
    recipe = Recipe(proto, payload, default_metadata(name, None, proto.get("tags") or []))
    # Computed before anything is stored, so that a refusal leaves no recipe or output behind.
    schemas = creation_schemas(state, project, recipe) if not raw and recipe.type in VISUAL_TYPES else {}
    if not raw:
        for ref, output_settings in _created_outputs(settings, outputs).items():
            _create_output(
                state,
                project,
                ref,
                output_settings,
                (connections or {}).get(_output_connection(output_settings)),
                login,
            )
    model.of(project.key)[name] = recipe
    # Like DSS, the outputs of a visual recipe get the schema it computes.
    for ref, schema in schemas.items():
        if ref in project.datasets and not schema_columns(project.datasets[ref].definition):
            project.datasets[ref].definition["schema"] = schema
    return recipe


def _created_outputs(settings: Mapping[str, Any], outputs: list[str]) -> dict[str, Mapping[str, Any]]:
    """The outputs the recipe creates, each with the settings ``_create_output`` reads.

    A single-output recipe says ``createOutputDataset`` (all its outputs, with
    ``outputDatasetSettings``); a multi-output one (split) lists the new ones by role in
    ``outputDatasetsCreationSettingsByRole``; the others must exist already.
    """
    created: dict[str, Mapping[str, Any]] = {}
    if settings.get("createOutputDataset") is True:
        created = {ref: settings for ref in outputs}
    by_role = settings.get("outputDatasetsCreationSettingsByRole")
    for per_output in by_role.values() if is_mapping(by_role) else ():
        for ref, output in per_output.items() if is_mapping(per_output) else ():
            if ref in outputs:
                created[ref] = {"outputDatasetSettings": mapping_or_empty(output)}
    return created


def _made_up_name(
    model: RecipesModel, project: Project, recipe_type: str, inputs: list[str], outputs: list[str]
) -> str:
    if recipe_type in CODE_TYPES or recipe_type == "sql_query":
        base = "compute_" + (outputs[0] if outputs else "recipe")
    else:
        base = f"{recipe_type}_" + (inputs[0].replace(".", "_") if inputs else "recipe")
    taken = set(model.of(project.key)) | set(project.datasets)
    name, suffix = base, 1
    while name in taken:
        suffix += 1
        name = f"{base}_{suffix}"
    return name


def _default_params(recipe_type: str) -> dict[str, Any]:
    if recipe_type in CODE_ENV_LANGUAGES:
        # Like DSS, a new code recipe runs in the code env its project selects.
        return {"envSelection": {"envMode": "INHERIT"}, "containerSelection": {"containerMode": "INHERIT"}}
    if recipe_type in CODE_TYPES or recipe_type == "sql_query":
        return {}
    return {"engineType": "DSS", "engineParams": {}}


def _default_payload(
    recipe_type: str, settings: Mapping[str, Any], proto: Mapping[str, Any], state: DSSState, project: Project
) -> str:
    if recipe_type in CODE_TYPES or recipe_type == "sql_query":
        for field in ("script", "rawPayload"):
            if isinstance(settings.get(field), str):
                return str(settings[field])
        return DEFAULT_PYTHON if recipe_type == "python" else ""
    if isinstance(settings.get("rawPayload"), str):
        return str(settings["rawPayload"])
    if recipe_type == "sync":
        # Nothing to set: an empty JSON document, which the payload helpers read as such.
        return "{}"
    if recipe_type == "grouping":
        key = settings.get("groupKey")
        keys = [{"column": key}] if isinstance(key, str) else []
        return json.dumps(
            {"keys": keys, "values": [], "globalCount": True, "computedColumns": [], "postFilter": {"enabled": False}}
        )
    if recipe_type == "shaker":
        return json.dumps({"steps": [], "columnsSelection": {"mode": "ALL"}, "origin": "PREPARE_RECIPE"})
    if recipe_type == "join":
        refs = input_refs(proto)
        virtual: list[dict[str, Any]] = [
            {"index": index, "computedColumns": [], "preFilter": {"enabled": False}, "prefix": ""}
            for index in range(len(refs))
        ]
        joins: list[dict[str, Any]] = []
        columns = [_columns_of(state, project, ref) for ref in refs]
        for index in range(1, len(refs)):
            common = [name for name in columns[0] if name in columns[index]]
            join: dict[str, Any] = {"table1": 0, "table2": index, "type": "LEFT", "conditionsMode": "AND", "on": []}
            if common:
                # Like DSS, join on a column the inputs share by name.
                join["on"].append(
                    {
                        "type": "EQ",
                        "column1": {"name": common[0], "table": 0},
                        "column2": {"name": common[0], "table": index},
                    }
                )
            joins.append(join)
        return json.dumps(
            {"virtualInputs": virtual, "joins": joins, "computedColumns": [], "postFilter": {"enabled": False}}
        )
    return "{}"


def _columns_of(state: DSSState, project: Project, ref: str) -> list[str]:
    owner, name = split_ref(project.key, ref)
    source = state.projects.get(owner)
    dataset = source.datasets.get(name) if source is not None else None
    return column_names(dataset.definition) if dataset is not None else []


def _output_connection(settings: Mapping[str, Any]) -> str:
    output = settings.get("outputDatasetSettings")
    connection = output.get("connectionId") if is_mapping(output) else None
    return str(connection or "filesystem_managed")


def check_connection(connections: Collection[str], name: str, what: str) -> None:
    """Refuse a dataset on a connection the instance does not have.

    What DSS answers here is not known (unverified): the emulator refuses with a 400 rather
    than create a dataset that nothing can read or write.
    """
    if name not in connections:
        raise bad_request(f"Cannot create {what}: connection '{name}' does not exist")


def refuse_second_producer(model: RecipesModel, project: Project, recipe_name: str | None, outputs: list[str]) -> None:
    """A dataset has at most one recipe writing it: refuse outputs another recipe already writes.

    DSS's exact error for this is not known (unverified); the emulator answers a 400.
    """
    for ref in outputs:
        for other in model.of(project.key).values():
            if other.name != recipe_name and ref in output_refs(other.definition):
                raise bad_request(
                    f"Dataset {project.key}.{ref} is already the output of recipe {other.name}: "
                    "a dataset can be written by one recipe only"
                )


def _create_output(
    state: DSSState, project: Project, name: str, settings: Mapping[str, Any], sql_type: str | None, login: str
) -> None:
    output = mapping_or_empty(settings.get("outputDatasetSettings"))
    connection = _output_connection(settings)
    definition: dict[str, Any] = managed_definition(project.key, name, connection, sql_type)
    option = output.get("partitioningOptionId") or settings.get("partitioningOptionId")
    copied = copied_partitioning(state, project, option)
    if copied is not None:
        definition["partitioning"] = copied
    state.create_dataset(project, definition, login)


def managed_definition(project_key: str, name: str, connection: str, sql_type: str | None = None) -> dict[str, Any]:
    """The definition DSS gives a managed dataset: a table of type ``sql_type`` on an SQL
    connection, files on others."""
    if sql_type is not None:
        return {
            "projectKey": project_key,
            "name": name,
            "type": sql_type,
            "managed": True,
            "params": {"connection": connection, "mode": "table", "table": "${projectKey}_" + name},
            "schema": {"columns": [], "userModified": False},
            "partitioning": {"dimensions": []},
        }
    return {
        "projectKey": project_key,
        "name": name,
        "type": "Filesystem",
        "managed": True,
        "params": {"connection": connection, "path": f"{project_key}/{name}"},
        "formatType": "csv",
        "formatParams": {"style": "unix", "charset": "utf8", "separator": "\t", "compress": "gz"},
        "schema": {"columns": [], "userModified": False},
        "partitioning": {"dimensions": []},
    }


def copied_partitioning(state: DSSState, project: Project, option: Any) -> dict[str, Any] | None:
    """The partitioning named by ``copy:dataset:<ref>``, if that is the option."""
    if not isinstance(option, str) or not option.startswith("copy:"):
        return None
    parts = option.split(":", 2)
    if len(parts) != 3 or parts[1] != "dataset":
        return None
    owner, name = split_ref(project.key, parts[2])
    source = state.projects.get(owner)
    dataset = source.datasets.get(name) if source is not None else None
    if dataset is None:
        raise not_found(f"Cannot copy the partitioning of {owner}.{name}: it does not exist")
    partitioning = dataset.definition.get("partitioning")
    return copy.deepcopy(partitioning) if is_object(partitioning) else None


# -- output schemas ------------------------------------------------------------------------------


def json_payload(recipe: Recipe) -> dict[str, Any]:
    if not recipe.payload.strip():
        return {}
    try:
        payload = json.loads(recipe.payload)
    except ValueError as error:
        raise bad_request(f"The payload of recipe {recipe.name} is not valid JSON: {error}") from None
    if not is_object(payload):
        raise bad_request(f"The payload of recipe {recipe.name} is not a JSON object")
    return payload


# Recipes each of whose outputs has its input's columns, whatever their settings.
COLUMN_COPYING_RECIPES = frozenset({"sync", "sampling", "split"})


def copies_its_input(recipe: Recipe) -> bool:
    """Whether the recipe's outputs have its input's columns, by name: what schema propagation and
    column lineage follow (a prepare recipe does only without steps); any other recipe stops them."""
    if recipe.type in COLUMN_COPYING_RECIPES:
        return True
    if recipe.type in ("shaker", "prepare"):
        try:
            return not json_payload(recipe).get("steps")
        except DSSError:
            return False
    return False


def input_schemas(state: DSSState, project: Project, recipe: Recipe) -> list[list[dict[str, Any]]]:
    schemas: list[list[dict[str, Any]]] = []
    for ref in input_refs(recipe.definition):
        owner, name = split_ref(project.key, ref)
        source = state.projects.get(owner)
        dataset = source.datasets.get(name) if source is not None else None
        if dataset is None and is_saved_model(state, owner, name):
            continue  # the model a scoring recipe reads: no columns of its own
        endpoint_columns = _streaming_endpoint_columns(state, owner, name) if dataset is None else None
        if endpoint_columns is not None:
            schemas.append(endpoint_columns)
            continue
        if dataset is None:
            raise not_found(f"Input dataset does not exist: {owner}.{name}")
        schemas.append(copy.deepcopy(schema_columns(dataset.definition)))
    return schemas


def computed_output_schemas(state: DSSState, project: Project, recipe: Recipe) -> dict[str, dict[str, Any]]:
    """The schema a visual recipe gives each of its outputs. Code recipes cannot tell (400)."""
    from . import executors

    if recipe.type in CODE_TYPES or recipe.type in SQL_TYPES:
        raise bad_request(
            f"Recipe {recipe.name} is a {recipe.type} recipe: its code decides its output schema, "
            "which cannot be computed beforehand"
        )
    if recipe.type in SCORING_TYPES:
        from .ml_scoring import output_schemas

        return output_schemas(state, project, recipe)
    if recipe.type not in COMPUTED_TYPES:
        raise bad_request(f"The emulator cannot compute the output schema of a {recipe.type} recipe")
    try:
        columns = executors.output_columns(
            recipe.type, json_payload(recipe), input_schemas(state, project, recipe), input_refs(recipe.definition)
        )
    except executors.RecipeError as error:
        raise bad_request(f"Recipe {recipe.name} cannot compute its output schema: {error}") from None
    return {ref: {"columns": copy.deepcopy(columns), "userModified": False} for ref in output_refs(recipe.definition)}


# Visual recipes the emulator does not run whose outputs, as DSS creates them with default
# settings, carry the columns of their first input (every output of a split does).
PASSTHROUGH_TYPES = frozenset({"sort", "topn", "distinct", "sampling", "split", "window"})


def creation_schemas(state: DSSState, project: Project, recipe: Recipe) -> dict[str, dict[str, Any]]:
    """The schema a new visual recipe gives its outputs; none for types whose schema the emulator
    cannot tell (their outputs start empty, as an unconfigured recipe's would)."""
    if recipe.type in COMPUTED_TYPES or recipe.type in SCORING_TYPES:
        return computed_output_schemas(state, project, recipe)
    inputs = input_schemas(state, project, recipe)
    columns: list[dict[str, Any]]
    if recipe.type in PASSTHROUGH_TYPES and inputs:
        columns = inputs[0]
    elif recipe.type == "vstack":
        # A new stack recipe keeps the union of its inputs' columns, by name, in order of appearance.
        columns = []
        seen: set[Any] = set()
        for schema in inputs:
            for column in schema:
                if column.get("name") not in seen:
                    seen.add(column.get("name"))
                    columns.append(column)
    else:
        return {}
    return {ref: {"columns": copy.deepcopy(columns), "userModified": False} for ref in output_refs(recipe.definition)}


# -- status --------------------------------------------------------------------------------------

# The engine a code recipe of these types runs on (type, label).
_CODE_ENGINES = {
    "python": ("USER_CODE", "Local Python process"),
    "r": ("USER_CODE", "Local R process"),
    "hive": ("HIVE", "Hive"),
    "impala": ("IMPALA", "Impala"),
    "spark_sql_query": ("SPARK", "Spark"),
    "pyspark": ("SPARK", "Spark"),
    "sparkr": ("SPARK", "Spark"),
    "spark_scala": ("SPARK", "Spark"),
}


def status(state: DSSState, project: Project, recipe: Recipe) -> dict[str, Any]:
    """The checks DSS makes on a recipe, and the engine it would run on."""
    from . import executors

    messages: list[dict[str, Any]] = []

    def problem(code: str, title: str, message: str, severity: str = "ERROR") -> None:
        messages.append(
            {
                "severity": severity,
                "isFatal": severity == "ERROR",
                "code": code,
                "title": title,
                "message": message,
                "details": message,
            }
        )

    for ref in input_refs(recipe.definition):
        owner, name = split_ref(project.key, ref)
        source = state.projects.get(owner)
        if source is None or (
            name not in source.datasets
            and not _is_streaming_endpoint(state, owner, name)
            and not is_saved_model(state, owner, name)
        ):
            problem("ERR_RECIPE_INPUT_MISSING", "Missing input", f"Input dataset {owner}.{name} does not exist")
    for ref in output_refs(recipe.definition):
        if (
            ref not in project.datasets
            and not _is_streaming_endpoint(state, project.key, ref)
            and not _is_evaluation_store(state, project.key, ref)
        ):
            problem("ERR_RECIPE_OUTPUT_MISSING", "Missing output", f"Output dataset {project.key}.{ref} does not exist")
    if not output_refs(recipe.definition):
        problem("ERR_RECIPE_NO_OUTPUT", "No output", "The recipe has no output")
    if recipe.type == "python":
        try:
            compile(recipe.payload, f"<recipe {recipe.name}>", "exec")
        except SyntaxError as error:
            problem("ERR_RECIPE_CODE_SYNTAX", "Syntax error", f"Line {error.lineno}: {error.msg}")
    elif recipe.type in COMPUTED_TYPES and not messages:
        try:
            executors.output_columns(
                recipe.type, json_payload(recipe), input_schemas(state, project, recipe), input_refs(recipe.definition)
            )
        except executors.RecipeError as error:
            problem("ERR_RECIPE_INVALID_SETTINGS", "Invalid settings", str(error))
        except Exception as error:  # a 400 from the payload
            problem("ERR_RECIPE_INVALID_SETTINGS", "Invalid settings", getattr(error, "message", str(error)))
    if recipe.type not in RUNNABLE_TYPES:
        problem(
            "WARN_EMULATOR_UNSUPPORTED",
            "Not runnable here",
            f"The emulator does not run {recipe.type} recipes",
            "WARNING",
        )
    engine = {"type": "DSS", "label": "DSS", "recommended": True, "isSelectable": True}
    if recipe.type in SQL_TYPES:
        engine = {"type": "SQL", "label": "In-database (SQL)", "recommended": True, "isSelectable": True}
    elif recipe.type in CODE_TYPES:
        kind, label = _CODE_ENGINES.get(recipe.type, ("USER_CODE", "Local process"))
        engine = {"type": kind, "label": label, "recommended": True, "isSelectable": True}
    order = ["INFO", "SUCCESS", "WARNING", "ERROR"]
    answer: dict[str, Any] = {
        "selectedEngine": engine,
        "engines": [engine],
        "allMessagesForFrontend": {"messages": messages},
    }
    if messages:
        answer["allMessagesForFrontend"]["maxSeverity"] = max((m["severity"] for m in messages), key=order.index)
        answer["allMessagesForFrontend"]["anyMessage"] = True
    return answer


# -- the flow graph ------------------------------------------------------------------------------


def flow_graph(state: DSSState, model: RecipesModel, project: Project) -> dict[str, Any]:
    """The project's flow: its datasets and recipes, and the datasets of other projects its recipes read."""
    nodes: dict[str, dict[str, Any]] = {}
    for name, dataset in project.datasets.items():
        nodes[name] = {
            "ref": name,
            "type": "COMPUTABLE_DATASET",
            "subType": dataset.definition.get("type"),
            "projectKey": project.key,
            "predecessors": [],
            "successors": [],
        }
    from ..models.streaming import StreamingModel

    for name in state.extension(StreamingModel).of(project.key):
        nodes[name] = {
            "ref": name,
            "type": "COMPUTABLE_STREAMING_ENDPOINT",
            "projectKey": project.key,
            "predecessors": [],
            "successors": [],
        }
    from ..models.saved_models import SavedModels

    for saved in state.extension(SavedModels).of_project(project.key):
        nodes[saved.id] = {
            "ref": saved.id,
            "type": "COMPUTABLE_SAVED_MODEL",
            "projectKey": project.key,
            "predecessors": [],
            "successors": [],
        }
    from ..models.evaluation_stores import EvaluationStores

    for name in state.extension(EvaluationStores).of_project(project.key):  # issue 19
        nodes[name] = {
            "ref": name,
            "type": "COMPUTABLE_MODEL_EVALUATION_STORE",
            "projectKey": project.key,
            "predecessors": [],
            "successors": [],
        }
    for name, recipe in model.of(project.key).items():
        node = nodes.setdefault(
            name,
            {
                "ref": name,
                "type": "RUNNABLE_RECIPE",
                "subType": recipe.type,
                "projectKey": project.key,
                "predecessors": [],
                "successors": [],
            },
        )
        for ref in input_refs(recipe.definition):
            owner, dataset_name = split_ref(project.key, ref)
            key = dataset_name if owner == project.key else f"{owner}.{dataset_name}"
            source = nodes.setdefault(
                key,
                {"ref": key, "type": "COMPUTABLE_DATASET", "projectKey": owner, "predecessors": [], "successors": []},
            )
            _link(source, node, key, name)
        for ref in output_refs(recipe.definition):
            target = nodes.setdefault(
                ref,
                {
                    "ref": ref,
                    "type": "COMPUTABLE_DATASET",
                    "projectKey": project.key,
                    "predecessors": [],
                    "successors": [],
                },
            )
            _link(node, target, name, ref)
    return {"nodes": nodes}


def _link(source: dict[str, Any], target: dict[str, Any], source_key: str, target_key: str) -> None:
    if target_key not in source["successors"]:
        source["successors"].append(target_key)
    if source_key not in target["predecessors"]:
        target["predecessors"].append(source_key)
