"""Streaming endpoints (settings, schema, usages, stream capture) and continuous activities (start, stop, state)."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, UNSAFE_CODE_RECIPE_TYPES, WRITE, project_for, require_code_rights
from ..automation.recipes import RecipesModel, input_refs, output_refs, split_ref
from ..context import RequestContext
from ..errors import bad_request, not_found
from ..futures import Future, TaskControl
from ..models import streaming as streaming_model
from ..models.streaming import (
    CONTINUOUS_RECIPE_TYPES,
    STARTED,
    STOPPED,
    Activity,
    StreamingModel,
    json_object,
)
from ..state import Project, user_tag
from ._common import refuse_rename
from ._registry import handles
from ._tasks import run_task
from .futures import ABORT_GRACE_SECONDS

# How often a continuous activity's main loop checks that its recipe still exists.
_LOOP_TICK_SECONDS = 0.25


def _model(ctx: RequestContext) -> StreamingModel:
    return ctx.services.state.extension(StreamingModel)


def _endpoint(ctx: RequestContext, *rights: str) -> tuple[Project, dict[str, Any]]:
    """The project and the endpoint the path names, if the caller holds the rights. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], *rights)
    return project, _model(ctx).get(project.key, ctx.path["streamingEndpointName"])


# -- streaming endpoints ------------------------------------------------------------------------


@handles("listStreamingEndpoints")
def list_streaming_endpoints(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [copy.deepcopy(endpoint) for endpoint in _model(ctx).of(project.key).values()]


@handles("createStreamingEndpoint")
def create_streaming_endpoint(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    if fields.get("projectKey") not in (None, ctx.path["projectKey"]):
        given, path = fields["projectKey"], ctx.path["projectKey"]
        raise bad_request(f"The body's projectKey ({given!r}) is not the project of the path ({path!r})")
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        model = _model(ctx)
        model.check_params(fields["type"], fields.get("params"), ctx.user)
        model.create(project.key, ctx.body, ctx.user.login)
    return {}


@handles("createManagedStreamingEndpoint")
def create_managed_streaming_endpoint(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        model = _model(ctx)
        model.create(project.key, model.managed_definition(ctx.body_fields, ctx.user), ctx.user.login)
    return {}


@handles("getStreamingEndpoint")
def get_streaming_endpoint(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_endpoint(ctx, READ)[1])


@handles("saveStreamingEndpoint")
def save_streaming_endpoint(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    refuse_rename("streaming endpoint", "projectKey", ctx.path["projectKey"], fields)
    refuse_rename("streaming endpoint", "id", ctx.path["streamingEndpointName"], fields)
    with ctx.services.state.lock:
        project, endpoint = _endpoint(ctx, WRITE)
        if fields["type"] != endpoint["type"]:
            raise bad_request(
                f"A streaming endpoint's type cannot change (from {endpoint['type']} to {fields['type']})"
            )
        params = json_object(fields.get("params"))
        old_params = json_object(endpoint.get("params"))
        # The connection is checked when it changes: one that was valid when set stays readable.
        if params.get("connection") != old_params.get("connection"):
            _model(ctx).check_params(fields["type"], params, ctx.user)
        saved = copy.deepcopy(ctx.body)
        saved["projectKey"], saved["id"] = project.key, endpoint["id"]
        version = int(json_object(endpoint.get("versionTag")).get("versionNumber", 0)) + 1
        saved["versionTag"] = user_tag(ctx.user.login, ctx.services.state.clock(), version)
        if endpoint.get("creationTag") is not None:
            saved["creationTag"] = endpoint["creationTag"]
        _model(ctx).of(project.key)[endpoint["id"]] = saved


@handles("deleteStreamingEndpoint")
def delete_streaming_endpoint(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        project, endpoint = _endpoint(ctx, WRITE)
        model = _model(ctx)
        # Like DSS, the recipes that read or write the endpoint go with it (and their activities).
        recipes = state.extension(RecipesModel).of(project.key)
        for recipe_name in [name for name, recipe in recipes.items() if _uses(project, recipe.definition, endpoint)]:
            del recipes[recipe_name]
            model.forget_activity(project.key, recipe_name)
        model.delete(project.key, endpoint["id"])


def _uses(project: Project, definition: dict[str, Any], endpoint: dict[str, Any]) -> bool:
    refs = [split_ref(project.key, ref) for ref in input_refs(definition) + output_refs(definition)]
    return (project.key, endpoint["id"]) in refs


@handles("getStreamingEndpointSchema")
def get_streaming_endpoint_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        schema = json_object(_endpoint(ctx, READ)[1].get("schema"))
        return copy.deepcopy(schema) if schema else {"columns": []}


@handles("setStreamingEndpointSchema")
def set_streaming_endpoint_schema(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, endpoint = _endpoint(ctx, WRITE)
        endpoint["schema"] = copy.deepcopy(ctx.body)
    return {}


@handles("getStreamingEndpointUsages")
def get_streaming_endpoint_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project, endpoint = _endpoint(ctx, READ)
        usages: list[dict[str, Any]] = []
        for recipe in state.extension(RecipesModel).of(project.key).values():
            for kind, refs in (
                ("RECIPE_INPUT", input_refs(recipe.definition)),
                ("RECIPE_OUTPUT", output_refs(recipe.definition)),
            ):
                if (project.key, endpoint["id"]) in [split_ref(project.key, ref) for ref in refs]:
                    usages.append({"type": kind, "objectId": recipe.name, "objectProjectKey": project.key})
        return usages


def _test_and_detect(ctx: RequestContext, endpoint_type: str) -> dict[str, Any]:
    """A capture of the stream, as a long task that fails: the emulator reaches no Kafka cluster and no URL.

    What DSS reports when it cannot reach the stream is not known to us (unverified): the task
    fails with a message saying so, rather than pretend that an empty capture was made.
    """
    with ctx.services.state.lock:
        project, endpoint = _endpoint(ctx, WRITE)
        if endpoint["type"] != endpoint_type:
            raise bad_request(
                f"Streaming endpoint {project.key}.{endpoint['id']} is a {endpoint['type']} one, not {endpoint_type}"
            )
        params = json_object(endpoint.get("params"))
        name = endpoint["id"]
        if endpoint_type == "kafka":
            if params.get("connection") is None:
                problem = f"Streaming endpoint {project.key}.{name} has no Kafka connection"
            else:
                problem = (
                    f"Cannot reach the Kafka cluster of connection '{params['connection']}': "
                    "the emulator does not connect to Kafka"
                )
        elif params.get("url") is None:
            problem = f"Streaming endpoint {project.key}.{name} has no URL"
        else:
            problem = f"Cannot reach {params['url']}: the emulator does not connect to HTTP SSE streams"

    def capture() -> Any:
        raise bad_request(problem)

    return run_task(ctx, f"Test and detect {name}", {"projectKey": project.key}, capture)


@handles("testAndDetectKafkaStreamingEndpoint")
def test_and_detect_kafka_streaming_endpoint(ctx: RequestContext) -> dict[str, Any]:
    return _test_and_detect(ctx, "kafka")


@handles("testAndDetectHttpSseStreamingEndpoint")
def test_and_detect_http_sse_streaming_endpoint(ctx: RequestContext) -> dict[str, Any]:
    return _test_and_detect(ctx, "httpsse")


# -- continuous activities ----------------------------------------------------------------------


def _activity(ctx: RequestContext, *rights: str) -> tuple[Project, str, Activity]:
    """The project, the continuous recipe's name and its activity the path names. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], *rights)
    name = ctx.path["recipeId"]
    recipe = ctx.services.state.extension(RecipesModel).of(project.key).get(name)
    if recipe is None or recipe.type not in CONTINUOUS_RECIPE_TYPES:
        # Only continuous recipes have an activity; DSS's answer for another recipe is unverified.
        raise not_found(f"Continuous activity does not exist: {project.key}.{name}")
    return project, name, _model(ctx).activity(project.key, name, recipe.type)


def _activity_json(project_key: str, recipe_name: str, activity: Activity) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "projectKey": project_key,
        "recipeId": recipe_name,
        "recipeType": activity.recipe_type,
        "desiredState": activity.desired_state,
    }
    if activity.loop_params is not None:
        answer["loopParams"] = copy.deepcopy(activity.loop_params)
    if activity.loop is not None:
        answer["mainLoopState"] = {
            "futureId": activity.loop.job_id,
            "futureInfo": activity.loop.state_json(with_result=False),
            "attemptCount": activity.attempts,
        }
    return answer


@handles("listContinuousActivities")
def list_continuous_activities(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        model = _model(ctx)
        return [
            _activity_json(project.key, name, model.activity(project.key, name, recipe.type))
            for name, recipe in state.extension(RecipesModel).of(project.key).items()
            if recipe.type in CONTINUOUS_RECIPE_TYPES
        ]


@handles("getContinuousActivity")
def get_continuous_activity(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, name, activity = _activity(ctx, READ)
        return _activity_json(project.key, name, activity)


_DEFAULT_LOOP_PARAMS = {
    "abortAfterCrashes": -1,
    "initialRestartDelayMS": 0,
    "restartDelayIncMS": 0,
    "maxRestartDelayMS": 0,
}


@handles("startContinuousActivity")
def start_continuous_activity(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    given = json_object(ctx.body_fields)
    with state.lock:
        project, name, activity = _activity(ctx, WRITE)
        if activity.recipe_type in UNSAFE_CODE_RECIPE_TYPES:
            require_code_rights(ctx.user, f"run the code of continuous recipe {name}")
        activity.loop_params = _DEFAULT_LOOP_PARAMS | copy.deepcopy(given)
        activity.desired_state = STARTED
        if activity.loop is None or not activity.loop.alive:
            if _model(ctx).running_activities() >= streaming_model.MAX_RUNNING_ACTIVITIES:
                # An emulator limit, not DSS's: each running activity holds a thread.
                raise bad_request(
                    f"The emulator runs at most {streaming_model.MAX_RUNNING_ACTIVITIES} continuous activities at once"
                )
            activity.attempts += 1
            activity.loop = _start_loop(ctx, project.key, name)
        return _activity_json(project.key, name, activity)


def _start_loop(ctx: RequestContext, project_key: str, recipe_name: str) -> Future:
    """The main loop: a long task alive until aborted or until its recipe is gone. It moves no data."""
    state = ctx.services.state

    def loop(control: TaskControl) -> None:
        control.set_progress([{"name": f"Continuous recipe {recipe_name}", "unit": "NONE", "cur": 0, "target": 0}])
        while True:
            control.sleep(_LOOP_TICK_SECONDS)
            with state.lock:
                recipe = state.extension(RecipesModel).of(project_key).get(recipe_name)
                if project_key not in state.projects or recipe is None or recipe.type not in CONTINUOUS_RECIPE_TYPES:
                    return

    return ctx.services.futures.start(
        ctx.user.login,
        f"Continuous activity {recipe_name}",
        {"projectKey": project_key, "recipeId": recipe_name},
        loop,
    )


@handles("stopContinuousActivity")
def stop_continuous_activity(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, _, activity = _activity(ctx, WRITE)
        activity.desired_state = STOPPED
        loop = activity.loop
        if loop is not None:
            loop.request_abort()
    # Waited for outside the lock, which the loop takes between its ticks.
    if loop is not None:
        loop.wait(ABORT_GRACE_SECONDS)
