"""Managed folders: definitions, files on disk (uploads streamed to disk and renamed into place,
downloads streamed from an open handle), metrics, usages and copies as long tasks.

Rights as DSS grants them on the project: reading the content lists and reads folders and their
files; writing it creates, saves, renames, deletes folders and writes or deletes their files;
a copy reads its source and writes its target. A folder of a project the caller may not see is
refused as the project is (403, or 404 to an administrator), so that nothing leaks.
"""

from __future__ import annotations

import copy
from typing import Any, cast

from ..automation.access import READ, WRITE, project_for
from ..automation.metrics import MetricDefinition, history, last_values
from ..automation.recipes import RecipesModel, input_refs, output_refs
from ..context import BinaryReply, RequestContext
from ..errors import bad_request
from ..futures import TaskControl
from ..models import managed_folders as files
from ..models.managed_folders import NOT_PARTITIONED, ManagedFolder, ManagedFolders
from ..multipart import UploadedPart
from ..state import Project
from ._common import info_messages
from ._registry import handles

_QUICK_TASK_SECONDS = 2.0


def _model(ctx: RequestContext) -> ManagedFolders:
    return ctx.services.state.extension(ManagedFolders)


def _addressed(ctx: RequestContext, right: str) -> tuple[Project, ManagedFolder]:
    """The project and the folder the path names, if the caller holds ``right``. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], right)
    return project, _model(ctx).get(project.key, ctx.path["folderId"])


@handles("listManagedFolders")
def list_managed_folders(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [copy.deepcopy(folder.definition) for folder in _model(ctx).of_project(project.key).values()]


@handles("createManagedFolder")
def create_managed_folder(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        given_key = fields.get("projectKey")
        if given_key is not None and given_key != project.key:
            raise bad_request(f"The body's projectKey ({given_key!r}) is not the path's ({project.key!r})")
        folder = _model(ctx).create(ctx.services.workdir, project.key, fields, ctx.user.login, state.clock())
        return {"id": folder.id, "name": folder.name, "projectKey": project.key}


@handles("getManagedFolder")
def get_managed_folder(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx, READ)[1].definition)


@handles("saveManagedFolder")
def save_managed_folder(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, folder = _addressed(ctx, WRITE)
        _model(ctx).save(folder, ctx.body_fields, ctx.user.login, state.clock())
        return {"msg": f"Updated managed folder {project.key}.{folder.id}"}


@handles("deleteManagedFolder")
def delete_managed_folder(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, folder = _addressed(ctx, WRITE)
        # The recipes reading or writing the folder go with it, as DSS deletes them.
        recipes = state.extension(RecipesModel).of(project.key)
        for name in [n for n, r in recipes.items() if folder.id in _refs(r.definition)]:
            del recipes[name]
        _model(ctx).delete(folder, ctx.query.get("dropData") is True)
        return {"msg": f"Deleted managed folder {project.key}.{folder.id}"}


def _refs(definition: dict[str, Any]) -> set[str]:
    return set(input_refs(definition)) | set(output_refs(definition))


@handles("renameManagedFolder")
def rename_managed_folder(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        folder = _model(ctx).get(project.key, fields["id"])
        _model(ctx).rename(folder, fields["newName"])


# -- files -------------------------------------------------------------------------------------


def _file_path(ctx: RequestContext) -> str:
    """The file path of the URL. Its root mark ("contents//x") is dropped by the router; a value
    still starting with '/' came as an encoded slash ("contents/%2Fetc%2Fpasswd"): refused."""
    value = ctx.path["filePath"]
    if value.startswith("/"):
        raise bad_request(f"The path {value!r} is refused: an encoded '/' (%2F) cannot start a managed folder path")
    return value


@handles("listManagedFolderContents")
def list_managed_folder_contents(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folder = _addressed(ctx, READ)[1]
    return {"items": files.list_items(folder)}


@handles("getManagedFolderFile")
def get_managed_folder_file(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        folder = _addressed(ctx, READ)[1]
        size, chunks = files.open_file(folder, _file_path(ctx))
    return BinaryReply(media_type="application/octet-stream", length=size, chunks=chunks)


@handles("uploadManagedFolderFile")
def upload_managed_folder_file(ctx: RequestContext) -> dict[str, Any]:
    part = ctx.body["file"]
    assert isinstance(part, UploadedPart)
    with ctx.services.state.lock:
        folder = _addressed(ctx, WRITE)[1]
        # The part is a finished file in the working directory: renamed onto its path, it appears
        # whole; a refused or failed upload leaves nothing (the pipeline removes the part).
        return files.install(folder, _file_path(ctx), part.path, ctx.services.state.clock())


@handles("deleteManagedFolderFile")
def delete_managed_folder_file(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        folder = _addressed(ctx, WRITE)[1]
        files.delete_path(folder, _file_path(ctx))


# -- metrics -----------------------------------------------------------------------------------


def _compute(ctx: RequestContext, wanted: list[MetricDefinition]) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, folder = _addressed(ctx, WRITE)

    def work(control: TaskControl) -> dict[str, Any]:
        control.check_abort()
        values = files.compute_metrics(folder, wanted)
        with state.lock:
            when = state.clock()
            for metric, value in values:
                folder.metrics.definitions[metric.id] = metric
                folder.metrics.history.setdefault((NOT_PARTITIONED, metric.id), []).append((when, value))
        return {
            "partition": NOT_PARTITIONED,
            "computed": [{"metricId": m.id, "value": v, "dataType": m.data_type} for m, v in values],
        }

    payload = {"projectKey": project.key, "folderId": folder.id}
    future = ctx.services.futures.start(ctx.user.login, f"Compute metrics of {project.key}.{folder.id}", payload, work)
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)


@handles("computeManagedFolderMetrics")
def compute_managed_folder_metrics(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folder = _addressed(ctx, WRITE)[1]
        fields: Any = ctx.body_fields
        probes: Any = cast("dict[str, Any]", fields).get("probes") if isinstance(fields, dict) else None
        if probes is None:
            settings: Any = folder.definition.get("metrics")
            probes = cast("dict[str, Any]", settings).get("probes") if isinstance(settings, dict) else None
        wanted = files.metrics_of_probes(probes if probes is not None else [{"type": "basic"}])
    return _compute(ctx, wanted)


@handles("computeManagedFolderMetricsFromIds")
def compute_managed_folder_metrics_from_ids(ctx: RequestContext) -> dict[str, Any]:
    wanted = [files.metric_by_id(metric_id) for metric_id in ctx.body_fields["metricIds"]]
    return _compute(ctx, wanted)


@handles("getManagedFolderLastMetricValues")
def get_managed_folder_last_metric_values(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folder = _addressed(ctx, READ)[1]
        return last_values(folder.metrics, NOT_PARTITIONED)


@handles("getManagedFolderMetricHistory")
def get_managed_folder_metric_history(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folder = _addressed(ctx, READ)[1]
        return history(folder.metrics, NOT_PARTITIONED, ctx.query["metricLookup"])


# -- around the folder -------------------------------------------------------------------------


@handles("getManagedFolderUsages")
def get_managed_folder_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project, folder = _addressed(ctx, READ)
        usages: list[dict[str, Any]] = []
        for other in state.projects.values():
            local = folder.id if other.key == project.key else f"{project.key}.{folder.id}"
            for recipe in state.extension(RecipesModel).of(other.key).values():
                for usage, refs in (
                    ("RECIPE_INPUT", input_refs(recipe.definition)),
                    ("RECIPE_OUTPUT", output_refs(recipe.definition)),
                ):
                    if local in refs:
                        usages.append({"type": usage, "objectId": recipe.name, "objectProjectKey": other.key})
        return usages


@handles("copyManagedFolder")
def copy_managed_folder(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project, source = _addressed(ctx, READ)
        target_project = project_for(ctx, fields["targetProjectKey"], WRITE)
        target = _model(ctx).get(target_project.key, fields["targetFolderId"])
        if target is source:
            raise bad_request("A managed folder cannot be copied into itself")
        overwrite = fields.get("writeMode", "OVERWRITE") == "OVERWRITE"

    def work(control: TaskControl) -> dict[str, Any]:
        copied = files.copy_files(source, target, overwrite, control.check_abort, state.clock)
        return info_messages([f"Copied {copied} files into {target_project.key}.{target.id}"])

    payload = {"projectKey": project.key, "folderId": source.id, "targetFolderId": target.id}
    future = ctx.services.futures.start(
        ctx.user.login, f"Copy {project.key}.{source.id} to {target_project.key}.{target.id}", payload, work
    )
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)
