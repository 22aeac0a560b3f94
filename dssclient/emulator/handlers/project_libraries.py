"""Project libraries: the files and folders of a project's library (models/project_libraries.py).

Reading needs the right to read the project's content; every change needs the right to write
it and, as the library is code that recipes and notebooks run, the permission to write
unisolated code (``mayWriteUnsafeCode``), as DSS asks of those who write code.
"""

from __future__ import annotations

from typing import Any

from ..automation.access import READ, WRITE, project_for, require_code_rights
from ..context import RequestContext
from ..errors import bad_request
from ..models.project_libraries import ProjectLibraries
from ._registry import handles


def _libraries(ctx: RequestContext) -> ProjectLibraries:
    return ctx.services.state.extension(ProjectLibraries)


def _readable(ctx: RequestContext) -> str:
    return project_for(ctx, ctx.path["projectKey"], READ).key


def _writable(ctx: RequestContext) -> str:
    project = project_for(ctx, ctx.path["projectKey"], WRITE)
    require_code_rights(ctx.user, f"change the library of project {project.key}")
    return project.key


@handles("listLibraryContents")
def list_library_contents(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return _libraries(ctx).tree(_readable(ctx))


@handles("getLibraryFile")
def get_library_file(ctx: RequestContext) -> dict[str, Any]:
    encoding = ctx.query.get("dataEncoding")
    if encoding not in (None, "base64"):
        raise bad_request(f"Unknown dataEncoding {encoding!r}: base64 is the one known")
    with ctx.services.state.lock:
        return _libraries(ctx).read(_readable(ctx), ctx.path["libraryPath"], encoding)


@handles("writeLibraryFile")
def write_library_file(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _libraries(ctx).write(_writable(ctx), ctx.path["libraryPath"], bytes(ctx.body or b""))


@handles("createLibraryFolder")
def create_library_folder(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _libraries(ctx).make_folder(_writable(ctx), ctx.path["libraryPath"])


@handles("deleteLibraryItem")
def delete_library_item(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _libraries(ctx).delete(_writable(ctx), ctx.path["libraryPath"])


@handles("renameLibraryItem")
def rename_library_item(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _libraries(ctx).rename(_writable(ctx), ctx.body_fields["oldPath"], ctx.body_fields["newName"])


@handles("moveLibraryItem")
def move_library_item(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _libraries(ctx).move(_writable(ctx), ctx.body_fields["oldPath"], ctx.body_fields["newPath"])
