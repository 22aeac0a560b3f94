"""Datasets of a project: definitions, schema, metadata, partitions.

A dataset's tags are one list in DSS, shown both in its definition and in its
metadata; saving either one updates the other, so tag filters see both.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any, cast

from dssclient._json import array_or_empty, is_array, is_mapping, is_object, object_or_empty

from ..automation import metrics
from ..automation.access import READ, WRITE, project_for, rights
from ..automation.formats import detect_csv, detect_stored
from ..automation.recipes import (
    RecipesModel,
    check_connection,
    copied_partitioning,
    copies_its_input,
    input_refs,
    managed_definition,
    output_refs,
    split_ref,
)
from ..automation.store import (
    NOT_PARTITIONED,
    UPLOADED_FILES,
    DataStore,
    RowSource,
    column_names,
    data_store,
    is_partitioned,
    open_source,
    schema_columns,
    split_partitions,
    tsv_text_chunks,
)
from ..context import BinaryReply, RequestContext
from ..errors import RUNTIME, DSSError, bad_request, conflict
from ..futures import TaskControl
from ..models.flow_zones import FlowZones
from ..models.sql import connection_kinds
from ..rows import MEDIA_TYPE as ROWS_MEDIA_TYPE
from ..state import Dataset, Project
from ._common import (
    addressed_dataset,
    existing_dataset,
    info_messages,
    readable_project,
    refuse_rename,
    writable_project,
)
from ._registry import handles

# Emulator-only property of a definition listing a partitioned dataset's partition ids.
PARTITIONS_PROPERTY = "emulatorPartitions"


@handles("listDatasets")
def list_datasets(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    wanted = set(ctx.query.get("tags") or [])
    with state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        definitions = [dataset.definition for dataset in project.datasets.values()]
        if ctx.query["foreign"]:
            definitions += state.foreign_datasets(project.key)
        return [copy.deepcopy(d) for d in definitions if not wanted or wanted & set(_tags(d))]


@handles("createDataset")
def create_dataset(ctx: RequestContext) -> dict[str, Any]:
    project_key = ctx.path["projectKey"]
    if ctx.body_fields["projectKey"] != project_key:
        given = ctx.body_fields["projectKey"]
        raise bad_request(f"The body's projectKey ({given!r}) is not the project of the path ({project_key!r})")
    params = ctx.body_fields.get("params")
    connection = params.get("connection") if is_mapping(params) else None
    if connection is not None:
        check_connection(
            connection_kinds(ctx.services), str(connection), f"dataset {project_key}.{ctx.body_fields['name']}"
        )
    with ctx.services.state.lock:
        project = writable_project(ctx, project_key)
        ctx.services.state.create_dataset(project, ctx.body, ctx.user.login)
    return {"msg": f"Created dataset {project_key}.{ctx.body_fields['name']}"}


@handles("getDatasetSettings")
def get_dataset_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(addressed_dataset(ctx).definition)


@handles("saveDatasetSettings")
def save_dataset_settings(ctx: RequestContext) -> dict[str, Any]:
    project_key, name = ctx.path["projectKey"], ctx.path["datasetName"]
    refuse_rename("dataset", "projectKey", project_key, ctx.body_fields)
    refuse_rename("dataset", "name", name, ctx.body_fields)
    with ctx.services.state.lock:
        dataset = addressed_dataset(ctx, write=True)
        dataset.definition = copy.deepcopy(ctx.body)
        if is_array(ctx.body_fields.get("tags")):
            dataset.metadata["tags"] = list(ctx.body_fields["tags"])
    return {}


@handles("deleteDataset")
def delete_dataset(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        existing_dataset(project, ctx.path["datasetName"])
        del project.datasets[ctx.path["datasetName"]]
        # Like files on a connection, the rows stay unless dropped (a dataset made again finds them).
        if ctx.query["dropData"]:
            data_store(ctx.services).forget_dataset(project.key, ctx.path["datasetName"])
        ctx.services.state.extension(metrics.MetricsModel).forget_dataset(project.key, ctx.path["datasetName"])


@handles("getDatasetSchema")
def get_dataset_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        schema = addressed_dataset(ctx).definition.get("schema")
        # A definition saved without a schema has an empty one.
        return copy.deepcopy(schema) if is_object(schema) else {"columns": [], "userModified": False}


@handles("setDatasetSchema")
def set_dataset_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        addressed_dataset(ctx, write=True).definition["schema"] = copy.deepcopy(ctx.body)
    return {}


@handles("getDatasetMetadata")
def get_dataset_metadata(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(addressed_dataset(ctx).metadata)


@handles("setDatasetMetadata")
def set_dataset_metadata(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        dataset = addressed_dataset(ctx, write=True)
        dataset.metadata = copy.deepcopy(ctx.body)
        if is_array(ctx.body_fields.get("tags")):
            dataset.definition["tags"] = list(ctx.body_fields["tags"])
    return {}


@handles("listDatasetPartitions")
def list_dataset_partitions(ctx: RequestContext) -> list[str]:
    with ctx.services.state.lock:
        definition = addressed_dataset(ctx).definition
        partitioning = definition.get("partitioning")
        dimensions = partitioning.get("dimensions") if is_mapping(partitioning) else None
        if not dimensions:
            return []
        partitions = definition.get(PARTITIONS_PROPERTY)
        listed = [p for p in partitions if isinstance(p, str)] if is_array(partitions) else []
        # Partitions that hold rows (written by jobs) are listed too.
        stored = data_store(ctx.services).partitions(ctx.path["projectKey"], ctx.path["datasetName"])
        return listed + [p for p in stored if p not in listed and p != NOT_PARTITIONED]


def _tags(definition: Mapping[str, Any]) -> list[str]:
    tags = definition.get("tags")
    return [t for t in tags if isinstance(t, str)] if is_array(tags) else []


# -- dataset data, metrics and checks (project automation) -----------------------------------------
# Rows live in the data store (automation/store.py), metric values in the metrics model.


def _store(ctx: RequestContext) -> DataStore:
    return data_store(ctx.services)


def _dataset_for(ctx: RequestContext, *rights: str) -> tuple[Project, Dataset]:
    """The project and dataset of the path, if the caller holds one of ``rights``. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], *rights)
    return project, existing_dataset(project, ctx.path["datasetName"])


@handles("createManagedDataset")
def create_managed_dataset(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    settings = object_or_empty(fields.get("creationSettings"))
    state = ctx.services.state
    connection = str(settings.get("connectionId") or "filesystem_managed")
    connections = connection_kinds(ctx.services)
    check_connection(connections, connection, f"dataset {ctx.path['projectKey']}.{fields['name']}")
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        definition = managed_definition(project.key, fields["name"], connection, connections[connection])
        if isinstance(settings.get("typeOptionId"), str):
            definition["type"] = settings["typeOptionId"]
        partitioning = copied_partitioning(state, project, settings.get("partitioningOptionId"))
        if partitioning is not None:
            definition["partitioning"] = partitioning
        specific = settings.get("specificSettings")
        if is_object(specific) and isinstance(specific.get("formatOptionId"), str):
            definition["formatOptionId"] = specific["formatOptionId"]
        state.create_dataset(project, definition, ctx.user.login)
    return {"msg": f"Created dataset {project.key}.{fields['name']}"}


@handles("listDatasetUploadedFiles")
def list_dataset_uploaded_files(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, READ)
        _need_uploaded_files(project, dataset)
        files = _store(ctx).uploads(project.key, ctx.path["datasetName"])
        return [
            {"path": "/" + name, "name": name, "size": stored.size, "lastModified": stored.modified}
            for name, stored in files
        ]


@handles("uploadDatasetFile")
def upload_dataset_file(ctx: RequestContext) -> None:
    part = ctx.body["file"]
    name = (part.filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    if not name or name in (".", ".."):
        raise bad_request("The uploaded part has no file name: send it as a file, with its name")
    state = ctx.services.state
    with state.lock:
        project, dataset = _dataset_for(ctx, WRITE)
        _need_uploaded_files(project, dataset)
        _store(ctx).add_upload(project.key, ctx.path["datasetName"], name, part.path, state.clock())


def _need_uploaded_files(project: Project, dataset: Dataset) -> None:
    if dataset.definition.get("type") != UPLOADED_FILES:
        raise bad_request(
            f"Dataset {project.key}.{dataset.definition.get('name')} is of type {dataset.definition.get('type')}, "
            f"not {UPLOADED_FILES}: it holds no uploaded files"
        )


@handles("getDatasetData")
def get_dataset_data(ctx: RequestContext) -> BinaryReply:
    if ctx.query["format"] != "tsv-excel-noheader":
        raise bad_request(f"Unsupported format {ctx.query['format']!r}: the emulator serves tsv-excel-noheader")
    store = _store(ctx)
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, READ)
        names = column_names(dataset.definition)
        wanted = [name for spec in array_or_empty(ctx.query.get("columns")) for name in spec.split(",") if name] or None
        missing = [name for name in array_or_empty(wanted) if name not in names]
        if missing:
            raise bad_request(
                f"Columns not in the schema of {project.key}.{ctx.path['datasetName']}: {', '.join(missing)}"
            )
        source = open_source(store, project.key, dataset.definition, ctx.query.get("partitions"))
    session_id = ctx.query.get("readSessionId")
    session = store.open_session(session_id, project.key, ctx.path["datasetName"]) if session_id else None
    columns = wanted if wanted is not None else names
    if source.stored_as(columns):
        if session is not None:
            session.finished = True
        return BinaryReply(ROWS_MEDIA_TYPE, source.length(), source.raw_chunks)
    if wanted is not None:
        source.columns = wanted

    def chunks() -> Iterator[bytes]:
        try:
            yield from tsv_text_chunks(source.rows())
        except Exception as error:  # reported by finishDatasetStreaming, as DSS does
            if session is not None:
                session.error = f"{type(error).__name__}: {error}"
            return
        finally:
            source.close()
        if session is not None:
            session.finished = True

    return BinaryReply(ROWS_MEDIA_TYPE, None, chunks)


@handles("finishDatasetStreaming")
def finish_dataset_streaming(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, _ = _dataset_for(ctx, READ)
    session = _store(ctx).close_session(ctx.query["readSessionId"], project.key, ctx.path["datasetName"])
    if session.error is not None:
        raise DSSError(
            500, RUNTIME, f"Reading the rows of {project.key}.{ctx.path['datasetName']} failed: {session.error}"
        )
    if not session.finished:
        raise bad_request(f"The read {ctx.query['readSessionId']} is not over: read every row before finishing it")


@handles("clearDatasetData")
def clear_dataset_data(ctx: RequestContext) -> dict[str, Any]:
    store = _store(ctx)
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, WRITE)
        partitions = split_partitions(ctx.query.get("partitions"))
        if not is_partitioned(dataset.definition):
            partitions = None
        removed = store.clear(project.key, ctx.path["datasetName"], partitions)
    return {"msg": f"Cleared {project.key}.{ctx.path['datasetName']}", "removed": removed}


@handles("copyDatasetData")
def copy_dataset_data(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    store = _store(ctx)
    with state.lock:
        project, dataset = _dataset_for(ctx, READ)
        target_project = project_for(ctx, fields["targetProjectKey"], WRITE)
        target = existing_dataset(target_project, fields["targetDatasetName"])
        source_name, target_name = ctx.path["datasetName"], fields["targetDatasetName"]
        if (project.key, source_name) == (target_project.key, target_name):
            raise bad_request("A dataset cannot be copied into itself")
        sync_schema = fields.get("syncSchema", True) is not False
        append = fields.get("writeMode", "OVERWRITE") == "APPEND"
        definition = copy.deepcopy(dataset.definition)
    source_columns = schema_columns(definition)

    def work(control: TaskControl) -> dict[str, Any]:
        with state.lock:
            if sync_schema:
                target.definition["schema"] = {"columns": copy.deepcopy(source_columns), "userModified": False}
            target_columns = column_names(target.definition)
            source = open_source(store, project.key, definition, None)
            existing = store.existing(target_project.key, target_name)
            kept = existing.partitions.get(NOT_PARTITIONED) if append and existing is not None else None
            kept_file = kept.path.open("rb") if kept is not None else None
        writer = store.new_writer(target_columns)
        count = 0
        try:
            if kept_file is not None and kept is not None:
                writer.write_all(RowSource(target_columns, [(kept_file, kept)], [], {}).rows())
            by_name = {name: index for index, name in enumerate(source.columns)}
            picks = [by_name.get(name) for name in target_columns]
            for row in source.rows():
                if count % 1000 == 0:
                    control.check_abort()
                writer.write([row[i] if i is not None else "" for i in picks])
                count += 1
        except BaseException:
            writer.discard()
            raise
        finally:
            source.close()
        path = writer.close()
        with state.lock:
            store.install(target_project.key, target_name, NOT_PARTITIONED, path, target_columns, state.clock())
        return info_messages([f"Copied {count} records into {target_project.key}.{target_name}"])

    payload = {"projectKey": project.key, "datasetName": source_name, "targetDatasetName": target_name}
    future = ctx.services.futures.start(
        ctx.user.login, f"Copy {project.key}.{source_name} to {target_name}", payload, work
    )
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)


@handles("detectDatasetFormat")
def detect_dataset_format(ctx: RequestContext) -> dict[str, Any]:
    infer = ctx.body_fields.get("inferStorageTypes") is True
    store = _store(ctx)
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, READ)
        definition = copy.deepcopy(dataset.definition)
        uploads = [stored for _, stored in store.uploads(project.key, ctx.path["datasetName"])]
        has_rows = bool(store.partitions(project.key, ctx.path["datasetName"]))

    def work(control: TaskControl) -> dict[str, Any]:
        if definition.get("type") == UPLOADED_FILES:
            return detect_csv(uploads, infer)
        return detect_stored(definition, has_rows)

    payload = {"projectKey": project.key, "datasetName": ctx.path["datasetName"]}
    future = ctx.services.futures.start(
        ctx.user.login, f"Detect the format of {project.key}.{ctx.path['datasetName']}", payload, work
    )
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)


# A short task is usually over when its answer is written; then the answer carries its result.
_QUICK_TASK_SECONDS = 2.0


def _metrics_partition(definition: dict[str, Any], partition: str) -> tuple[str, list[str] | None]:
    return metrics.partitions_for(definition, partition, [])


def _compute(ctx: RequestContext, chosen: Callable[[dict[str, Any]], list[metrics.MetricDefinition]]) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, dataset = _dataset_for(ctx, WRITE)
        definition = copy.deepcopy(dataset.definition)
    wanted = chosen(definition)
    recorded, read = _metrics_partition(definition, ctx.query.get("partition") or "")
    values = metrics.compute(_store(ctx), project.key, definition, wanted, read)
    with state.lock:
        state.extension(metrics.MetricsModel).record(
            project.key, ctx.path["datasetName"], recorded, values, state.clock()
        )
    return {
        "partition": recorded,
        "computed": [{"metricId": m.id, "value": value, "dataType": m.data_type} for m, value in values],
    }


@handles("computeDatasetMetrics")
def compute_dataset_metrics(ctx: RequestContext) -> dict[str, Any]:
    def chosen(definition: dict[str, Any]) -> list[metrics.MetricDefinition]:
        probes = ctx.body_fields.get("probes") if is_object(ctx.body_fields) else None
        if not is_array(probes):
            probes = metrics.probes_of(definition)
        return metrics.metric_definitions(probes, schema_columns(definition))

    return _compute(ctx, chosen)


@handles("computeDatasetMetricsFromIds")
def compute_dataset_metrics_from_ids(ctx: RequestContext) -> dict[str, Any]:
    def chosen(definition: dict[str, Any]) -> list[metrics.MetricDefinition]:
        return [metrics.metric_by_id(str(m), schema_columns(definition)) for m in ctx.body_fields["metricIds"]]

    return _compute(ctx, chosen)


def _partition_id(ctx: RequestContext, definition: dict[str, Any]) -> str:
    partition = ctx.path["partitionId"]
    return metrics.partitions_for(definition, "" if partition == NOT_PARTITIONED else partition, [])[0]


@handles("getDatasetLastMetricValues")
def get_dataset_last_metric_values(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, dataset = _dataset_for(ctx, READ)
        partition = _partition_id(ctx, dataset.definition)
        return metrics.last_values(
            state.extension(metrics.MetricsModel).of(project.key, ctx.path["datasetName"]), partition
        )


@handles("getDatasetMetricHistory")
def get_dataset_metric_history(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, dataset = _dataset_for(ctx, READ)
        partition = _partition_id(ctx, dataset.definition)
        model = state.extension(metrics.MetricsModel).of(project.key, ctx.path["datasetName"])
        return metrics.history(model, partition, ctx.query["metricLookup"])


@handles("runDatasetChecks")
def run_dataset_checks(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, dataset = _dataset_for(ctx, WRITE)
        checks = metrics.checks_of(dataset.definition)
        named = {metrics.check_name(check, index): check for index, check in enumerate(checks)}
        wanted = ctx.body if is_array(ctx.body) else None
        unknown = [name for name in wanted or [] if name not in named]
        if unknown:
            raise bad_request(
                f"No check named {', '.join(map(repr, unknown))} on {project.key}.{ctx.path['datasetName']}"
            )
        partition = metrics.partitions_for(dataset.definition, ctx.query.get("partition") or "", [])[0]
        model = state.extension(metrics.MetricsModel).of(project.key, ctx.path["datasetName"])
        now = state.clock()
        results: list[dict[str, Any]] = []
        for name, check in named.items():
            if wanted is not None and name not in wanted:
                continue
            points = model.history.get((partition, str(check.get("metricId"))))
            outcome, message = metrics.run_check(check, points[-1][1] if points else None)
            model.checks.setdefault(name, {})[partition] = (now, outcome, message)
            results.append({"check": copy.deepcopy(check), "value": {"outcome": outcome, "message": message}})
    return {"partition": partition, "results": results}


@handles("getDatasetInfo")
def get_dataset_info(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, READ)
        info: dict[str, Any] = {"dataset": copy.deepcopy(dataset.definition)}
        data = _store(ctx).existing(project.key, ctx.path["datasetName"])
        if data is not None and data.last_build is not None:
            info["lastBuild"] = copy.deepcopy(data.last_build)
        return info


@handles("getDatasetUsages")
def get_dataset_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project, _ = _dataset_for(ctx, READ)
        name = ctx.path["datasetName"]
        usages: list[dict[str, Any]] = []
        for other in state.projects.values():
            for recipe in state.extension(RecipesModel).of(other.key).values():
                local = name if other.key == project.key else f"{project.key}.{name}"
                for usage, refs in (
                    ("INPUT", input_refs(recipe.definition)),
                    ("OUTPUT", output_refs(recipe.definition)),
                ):
                    if local in refs:
                        usages.append(
                            {"type": "RECIPE", "objectId": recipe.name, "projectKey": other.key, "usageType": usage}
                        )
        return usages


# -- renaming (issue 18) ---------------------------------------------------------------------------


@handles("renameDataset")
def rename_dataset(ctx: RequestContext) -> None:
    old, new = ctx.body_fields["oldName"], ctx.body_fields["newName"]
    state = ctx.services.state
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        existing_dataset(project, old)
        recipes_model = state.extension(RecipesModel)
        if new in project.datasets or new in recipes_model.of(project.key):
            raise conflict(f"The flow of {project.key} already has an object named {new}")
        dataset = project.datasets[old]
        dataset.definition["name"] = new
        # Same place in the listing, under its new name.
        renamed = {new if name == old else name: found for name, found in project.datasets.items()}
        project.datasets.clear()
        project.datasets.update(renamed)
        data_store(ctx.services).rename_dataset(project.key, old, new)
        state.extension(metrics.MetricsModel).rename_dataset(project.key, old, new)
        state.extension(FlowZones).rename(project.key, "DATASET", old, new)
        # The recipes reading or writing it: this project's by name, others' by PROJECTKEY.name.
        for owner_key in state.projects:
            wanted = old if owner_key == project.key else f"{project.key}.{old}"
            replacement = new if owner_key == project.key else f"{project.key}.{new}"
            for recipe in recipes_model.of(owner_key).values():
                for item in _role_items(recipe.definition.get("inputs")) + _role_items(
                    recipe.definition.get("outputs")
                ):
                    if item.get("ref") == wanted:
                        item["ref"] = replacement
        # Where it is exposed, under its new name.
        for entry in _as_list((_as_dict(project.settings.get("exposedObjects")) or {}).get("objects")):
            exposed = _as_dict(entry)
            if exposed is not None and exposed.get("type") == "DATASET" and exposed.get("localName") == old:
                exposed["localName"] = new
        project.touch(ctx.user.login, state.clock())


def _as_dict(value: object) -> dict[str, Any] | None:
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def _as_list(value: object) -> list[Any]:
    return cast("list[Any]", value) if isinstance(value, list) else []  # type: ignore[redundant-cast]


def _role_items(roles: object) -> list[dict[str, Any]]:
    """The items of every role of a recipe's inputs or outputs."""
    found: list[dict[str, Any]] = []
    for role in (_as_dict(roles) or {}).values():
        for item in _as_list((_as_dict(role) or {}).get("items")):
            if (entry := _as_dict(item)) is not None:
                found.append(entry)
    return found


# -- hive, elasticsearch, lineage (issue 18) -------------------------------------------------------
# The emulator has no Hive metastore and no Elasticsearch server: it checks the rights and the
# dataset as DSS does, then refuses what would need them. DSS's exact messages (and exception
# types) there are unverified; the refusals are 400s saying what is missing.

ELASTICSEARCH_TYPE = "ElasticSearch"


@handles("synchronizeDatasetHiveMetastore")
def synchronize_dataset_hive_metastore(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, _ = _dataset_for(ctx, WRITE)
    raise bad_request(
        f"Cannot synchronize {project.key}.{ctx.path['datasetName']} with the Hive metastore: "
        "no Hive metastore is configured on this DSS (the emulator has none)"
    )


@handles("updateDatasetFromHive")
def update_dataset_from_hive(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, _ = _dataset_for(ctx, WRITE)
    raise bad_request(
        f"Cannot update {project.key}.{ctx.path['datasetName']} from Hive: "
        "no Hive metastore is configured on this DSS (the emulator has none)"
    )


@handles("searchDatasetDataElastic")
def search_dataset_data_elastic(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset_for(ctx, READ)
        dataset_type = dataset.definition.get("type")
    name = f"{project.key}.{ctx.path['datasetName']}"
    if dataset_type != ELASTICSEARCH_TYPE:
        raise bad_request(f"Dataset {name} is of type {dataset_type}, not on an Elasticsearch connection")
    raise bad_request(f"Cannot search {name}: the emulator has no Elasticsearch server to query")


# The lineage follows the recipes that copy their input's columns to the same-named output columns
# (automation/recipes.py, copies_its_input). Any other recipe (code, grouping, join, a prepare
# recipe with steps, ...) would need DSS's own analysis of what it computes: the lineage stops there.
@handles("getDatasetColumnLineage")
def get_dataset_column_lineage(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    column = ctx.query["columnName"]
    limit = ctx.query.get("maxDatasetCount")
    with state.lock:
        project, dataset = _dataset_for(ctx, READ)
        if column not in column_names(dataset.definition):
            raise bad_request(f"Column {column} is not in the schema of {project.key}.{ctx.path['datasetName']}")
        readable = [other for other in state.projects.values() if READ in rights(other, ctx.user)]
        # Every carrying recipe the caller may see: (its project, recipe, input datasets, output datasets).
        edges: list[tuple[str, Any, list[tuple[str, str]], list[tuple[str, str]]]] = []
        for other in readable:
            for recipe in state.extension(RecipesModel).of(other.key).values():
                if copies_its_input(recipe):
                    edges.append(
                        (
                            other.key,
                            recipe,
                            [split_ref(other.key, ref) for ref in input_refs(recipe.definition)],
                            [split_ref(other.key, ref) for ref in output_refs(recipe.definition)],
                        )
                    )
        visible = {other.key: other for other in readable}
        start = (project.key, ctx.path["datasetName"])
        visited = {start}
        relations: list[dict[str, Any]] = []

        def has_column(ref: tuple[str, str]) -> bool:
            owner = visible.get(ref[0])
            found = owner.datasets.get(ref[1]) if owner is not None else None
            return found is not None and column in column_names(found.definition)

        def follow(downstream: bool) -> None:
            pending = [start]
            while pending:
                current = pending.pop(0)
                for owner_key, recipe, inputs, outputs in edges:
                    near, far = (inputs, outputs) if downstream else (outputs, inputs)
                    if current not in near:
                        continue
                    for ref in far:
                        if not has_column(ref):
                            continue
                        if ref not in visited:
                            if limit is not None and len(visited) >= int(limit):
                                continue
                            visited.add(ref)
                            pending.append(ref)
                        source, target = (current, ref) if downstream else (ref, current)
                        relations.append(
                            {
                                "source": {"projectKey": source[0], "datasetName": source[1], "columnName": column},
                                "target": {"projectKey": target[0], "datasetName": target[1], "columnName": column},
                                "recipe": {"projectKey": owner_key, "name": recipe.name, "type": recipe.type},
                                "manual": False,
                            }
                        )

        follow(downstream=False)
        follow(downstream=True)
        return relations
