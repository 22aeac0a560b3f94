"""Macros usable in a project: definitions, runs (waited for or not), states, results, aborts."""

from __future__ import annotations

from typing import Any

from ..automation.access import READ, project_for
from ..context import BinaryReply, RequestContext
from ..errors import bad_request
from ..futures import TaskControl
from ..models._json import as_object
from ..models.macros import Macros
from ._registry import handles

RESULT_MEDIA_TYPE = "application/octet-stream"


def _model(ctx: RequestContext) -> Macros:
    return ctx.services.state.extension(Macros)


def _visible_definition(ctx: RequestContext, definition: dict[str, Any]) -> dict[str, Any]:
    # DSS answers the admin parameters to administrators only.
    if not ctx.user.admin:
        definition["adminParams"] = []
    return definition


@handles("listMacros")
def list_macros(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
        return [_visible_definition(ctx, d) for d in _model(ctx).definitions()]


@handles("getMacroDefinition")
def get_macro_definition(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
        return _visible_definition(ctx, _model(ctx).definition(ctx.path["runnableType"]))


@handles("runMacro")
def run_macro(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    fields = ctx.body_fields
    params = as_object(fields.get("params") or {})
    if params is None:
        raise bad_request("A macro's params are an object")
    user = ctx.user
    with state.lock:
        # Running a macro in a project needs to read it; the built-in macro reads only.
        project = project_for(ctx, ctx.path["projectKey"], READ)
        definition = _model(ctx).definition(ctx.path["runnableType"])
        missing = [
            p["name"] for p in definition["params"] if p.get("mandatory") and params.get(p["name"]) in (None, "")
        ]
        if missing:
            raise bad_request(
                f"Mandatory parameters of macro {definition['runnableType']} missing: {', '.join(missing)}"
            )
        model = _model(ctx)
        run = model.new_run(project.key, ctx.path["runnableType"], user.login)
        if ctx.query.get("wait", True):
            model.execute(run, project, user, params)
            return run.state()

        def work(control: TaskControl) -> None:
            with state.lock:
                if not run.aborted and not control.abort_requested:
                    model.execute(run, project, user, params)

        run.task = services.futures.start(user.login, f"Macro {run.runnable_type}", {}, work, listed=False)
        return run.state()


@handles("getMacroRunState")
def get_macro_run_state(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _model(ctx).get(project.key, ctx.path["runnableType"], ctx.path["runId"], ctx.user).state()


@handles("abortMacroRun")
def abort_macro_run(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        run = _model(ctx).get(project.key, ctx.path["runnableType"], ctx.path["runId"], ctx.user)
        if run.running:
            run.running, run.aborted = False, True
            if run.task is not None:
                run.task.request_abort()


@handles("getMacroRunResult")
def get_macro_run_result(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        model = _model(ctx)
        run = model.get(project.key, ctx.path["runnableType"], ctx.path["runId"], ctx.user)
        if run.running:
            raise bad_request(f"Macro run {run.run_id} is still running")
        if run.result is None:
            raise bad_request(f"Macro run {run.run_id} has no result: {run.error or 'it was aborted'}")
        result = run.result
        # Reading the result ends the run.
        del model.runs[run.run_id]
    return BinaryReply(media_type=RESULT_MEDIA_TYPE, length=len(result), chunks=lambda: iter((result,)))
