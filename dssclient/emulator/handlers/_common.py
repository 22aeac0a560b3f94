"""Access rules and answer shapes shared by the handlers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..context import RequestContext
from ..errors import UNAUTHORIZED, bad_request, forbidden, not_found
from ..state import Dataset, Project


def readable_project(ctx: RequestContext, project_key: str) -> Project:
    """The project, if the caller may read it. Call with the state lock held.

    A non-administrator gets the same 403 for a project they may not read and
    for one that does not exist, as DSS does, so that existence does not leak.
    """
    project = ctx.services.state.projects.get(project_key)
    if project is not None and project.readable_by(ctx.user):
        return project
    if ctx.user.admin:
        raise not_found(f"Project does not exist: {project_key}")
    raise forbidden("Failed to read project permissions", UNAUTHORIZED)


def writable_project(ctx: RequestContext, project_key: str) -> Project:
    """The project, if the caller may change it. Call with the state lock held."""
    project = readable_project(ctx, project_key)
    if not project.writable_by(ctx.user):
        raise forbidden(f"You may not write the content of project {project_key}", UNAUTHORIZED)
    return project


def existing_dataset(project: Project, dataset_name: str) -> Dataset:
    dataset = project.datasets.get(dataset_name)
    if dataset is None:
        raise not_found(f"dataset does not exist: {project.key}.{dataset_name}")
    return dataset


def addressed_dataset(ctx: RequestContext, *, write: bool = False) -> Dataset:
    """The dataset the path names, if the caller may read it (or change it). Call with the state lock held."""
    access = writable_project if write else readable_project
    return existing_dataset(access(ctx, ctx.path["projectKey"]), ctx.path["datasetName"])


def info_messages(messages: Sequence[str] = ()) -> dict[str, Any]:
    """DSS's InfoMessages for a task that went well: the result of most long tasks."""
    return {
        "messages": [{"severity": "INFO", "isFatal": False, "message": message} for message in messages],
        "anyMessage": bool(messages),
        "success": True,
        "warning": False,
        "error": False,
    }


def refuse_rename(kind: str, field: str, authoritative: str, body: dict[str, Any]) -> None:
    """The path names the object; a body naming another one would be a rename, which saving refuses."""
    value = body.get(field)
    if value is not None and value != authoritative:
        raise bad_request(
            f"The {kind} {field} in the body ({value!r}) differs from the one in the path ({authoritative!r}); "
            f"saving cannot rename",
        )
