"""Datasets of a project: definitions, schema, metadata, partitions.

A dataset's tags are one list in DSS, shown both in its definition and in its
metadata; saving either one updates the other, so tag filters see both.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ._common import addressed_dataset, existing_dataset, readable_project, refuse_rename, writable_project
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
        if isinstance(ctx.body_fields.get("tags"), list):
            dataset.metadata["tags"] = list(ctx.body_fields["tags"])
    return {}


@handles("deleteDataset")
def delete_dataset(ctx: RequestContext) -> None:
    # dropData is accepted; the emulator holds no data to drop.
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        existing_dataset(project, ctx.path["datasetName"])
        del project.datasets[ctx.path["datasetName"]]


@handles("getDatasetSchema")
def get_dataset_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        schema = addressed_dataset(ctx).definition.get("schema")
        # A definition saved without a schema has an empty one.
        return copy.deepcopy(schema) if isinstance(schema, dict) else {"columns": [], "userModified": False}


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
        if isinstance(ctx.body_fields.get("tags"), list):
            dataset.definition["tags"] = list(ctx.body_fields["tags"])
    return {}


@handles("listDatasetPartitions")
def list_dataset_partitions(ctx: RequestContext) -> list[str]:
    with ctx.services.state.lock:
        definition = addressed_dataset(ctx).definition
        partitioning = definition.get("partitioning")
        dimensions = partitioning.get("dimensions") if isinstance(partitioning, Mapping) else None
        if not dimensions:
            return []
        partitions = definition.get(PARTITIONS_PROPERTY)
        return [p for p in partitions if isinstance(p, str)] if isinstance(partitions, list) else []


def _tags(definition: Mapping[str, Any]) -> list[str]:
    tags = definition.get("tags")
    return [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
