"""The router: paths with or without their trailing slash, literal segments before parameters, 405s.

DSS's web framework answers a path whatever its trailing slash (third-party SDKs call
``GET /projects/{projectKey}/``), and prefers a literal segment to a parameter.
"""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dssclient.emulator import Emulator
from dssclient.emulator.spec import ApiSpec, Operation, SpecError, load_api_spec

ErrorOf = Callable[[httpx.Response], dict[str, Any]]


def operation_of(emulator: Emulator) -> str | None:
    return emulator.request_log[-1].operation_id


def both_forms(path: str) -> list[str]:
    bare = path.rstrip("/")
    return [bare, bare + "/"]


@pytest.fixture
def scenario(admin_http: httpx.Client, new_project: Callable[..., Any]) -> str:
    new_project("P")
    body = {"id": "S", "name": "Daily", "type": "step_based", "params": {"steps": []}}
    assert admin_http.post("/projects/P/scenarios/", json=body).status_code == 200
    return "S"


@pytest.mark.parametrize("path", both_forms("/projects/P"))
def test_a_project_with_or_without_trailing_slash(
    dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., Any], path: str
) -> None:
    new_project("P")
    answer = admin_http.get(path)
    assert answer.status_code == 200, answer.text
    assert answer.json()["projectKey"] == "P"
    assert operation_of(dss_emulator) == "getProjectSummary"


@pytest.mark.parametrize("path", both_forms("/projects/"))
def test_a_collection_with_or_without_trailing_slash(
    dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., Any], path: str
) -> None:
    new_project("P")
    answer = admin_http.get(path)
    assert answer.status_code == 200 and [p["projectKey"] for p in answer.json()] == ["P"]
    assert operation_of(dss_emulator) == "listProjects"
    assert admin_http.get(path.replace("projects", "instance-info")).status_code == 200


@pytest.mark.parametrize("path", both_forms("/projects/P/scenarios/S"))
def test_a_scenario_with_or_without_trailing_slash(
    dss_emulator: Emulator, admin_http: httpx.Client, scenario: str, path: str
) -> None:
    answer = admin_http.get(path)
    assert answer.status_code == 200, answer.text
    assert answer.json()["id"] == "S"
    assert operation_of(dss_emulator) == "getScenario"


@pytest.mark.parametrize("path", both_forms("/admin/code-envs/PYTHON/env"))
def test_a_code_env_with_or_without_trailing_slash(dss_emulator: Emulator, admin_http: httpx.Client, path: str) -> None:
    created = admin_http.post(
        "/admin/code-envs/python/env", params={"wait": "True"}, json={"deploymentMode": "DESIGN_MANAGED"}
    )
    assert created.status_code == 200, created.text
    answer = admin_http.get(path)
    assert answer.status_code == 200, answer.text
    assert answer.json()["envName"] == "env"
    assert operation_of(dss_emulator) == "getCodeEnvSettings"


def test_a_job_and_its_log_with_or_without_trailing_slash(
    dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., Any]
) -> None:
    new_project("P")
    dataset = {"projectKey": "P", "name": "d", "type": "Inline", "params": {}}
    assert admin_http.post("/projects/P/datasets/", json=dataset).status_code == 200
    recipe = {
        "recipePrototype": {
            "type": "sync",
            "name": "copy",
            "inputs": {"main": {"items": [{"ref": "d"}]}},
            "outputs": {"main": {"items": [{"ref": "out"}]}},
        },
        "creationSettings": {"createOutputDataset": True},
    }
    assert admin_http.post("/projects/P/recipes/", json=recipe).status_code == 200
    job = admin_http.post("/projects/P/jobs/", json={"outputs": [{"id": "out"}]}).json()["id"]
    deadline = time.monotonic() + 10
    for path in both_forms(f"/projects/P/jobs/{job}"):
        while admin_http.get(path).json()["baseStatus"]["state"] != "DONE":
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert operation_of(dss_emulator) == "getJobStatus"
    for path in both_forms(f"/projects/P/jobs/{job}/log"):
        log = admin_http.get(path)
        assert log.status_code == 200 and "Running recipe copy" in log.text
        assert operation_of(dss_emulator) == "getJobLog"


@pytest.mark.parametrize("path", both_forms("/projects/P/scenarios/S/light"))
def test_a_literal_segment_beats_a_parameter(
    dss_emulator: Emulator, admin_http: httpx.Client, scenario: str, path: str
) -> None:
    # /scenarios/{scenarioId}/{runId}/ also matches, with runId "light": the literal wins.
    answer = admin_http.get(path)
    assert answer.status_code == 200, answer.text
    assert operation_of(dss_emulator) == "getScenarioStatus"
    # A run id that is not a literal still reaches the run.
    assert admin_http.get("/projects/P/scenarios/S/no-such-run/").status_code == 404
    assert operation_of(dss_emulator) == "getScenarioRun"


@pytest.mark.parametrize("path", both_forms("/projects/P/scenarios/S/run"))
def test_a_post_on_a_literal_with_a_trailing_slash_is_routed(
    dss_emulator: Emulator, admin_http: httpx.Client, scenario: str, path: str
) -> None:
    answer = admin_http.post(path, json={})
    assert answer.status_code == 200, answer.text
    assert operation_of(dss_emulator) == "runScenario"


def test_backtracking_out_of_a_literal_that_lacks_the_method(
    dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., Any]
) -> None:
    # /datasets/managed is a literal for POST only: a GET reaches the dataset named "managed".
    new_project("P")
    body = {"projectKey": "P", "name": "managed", "type": "Inline", "params": {}}
    assert admin_http.post("/projects/P/datasets/", json=body).status_code == 200
    for path in both_forms("/projects/P/datasets/managed"):
        answer = admin_http.get(path)
        assert answer.status_code == 200 and answer.json()["name"] == "managed"


def test_405_only_when_the_path_matches_with_other_methods(
    dss_emulator: Emulator, admin_http: httpx.Client, scenario: str, error_of: ErrorOf
) -> None:
    for path in both_forms("/projects/P"):
        answer = admin_http.patch(path)
        assert answer.status_code == 405 and answer.headers["allow"] == "DELETE, GET"
        assert error_of(answer)["errorType"] == "org.springframework.web.HttpRequestMethodNotSupportedException"
    # Both /scenarios/{id}/light and /scenarios/{id}/{runId}/ match: their methods are allowed.
    answer = admin_http.post("/projects/P/scenarios/S/light/")
    assert answer.status_code == 405 and answer.headers["allow"] == "GET, PUT"
    # Nothing matches: 404, whatever the method.
    for path in ("/projects/P/scenarios/S/light/x", "/projects/P/scenarios/S/run/x/"):
        assert admin_http.post(path).status_code == 404
        assert admin_http.get(path).status_code == 404


def test_a_trailing_slash_after_a_file_path_is_refused() -> None:
    # A multi-segment parameter is not bound without the slash: "a/" would name a folder.
    spec = load_api_spec()
    assert spec.route("GET", ["plugins", "geo", "contents", "a", ""]).operation is None
    assert spec.route("GET", ["plugins", "geo", "contents", ""]).operation.operation_id == "listPluginFiles"  # type: ignore[union-attr]


# -- every path of the spec ----------------------------------------------------------------------

SPEC = load_api_spec()
OPERATIONS = sorted(SPEC.operations.values(), key=lambda op: op.operation_id)
LITERALS = {segment.literal for op in OPERATIONS for segment in op.segments if segment.literal is not None}
# Parameter values: any non-empty text that is not a literal of some template (a value equal to
# a literal is routed to the literal, as the tests above show).
VALUES = st.text(min_size=1, max_size=12).filter(lambda value: value not in LITERALS and value not in (".", ".."))


def concrete_segments(operation: Operation, values: list[str]) -> list[str]:
    """The decoded segments of a URL of the operation's template, one value per parameter."""
    pieces = iter(values)
    return [next(pieces) if segment.parameter is not None else str(segment.literal) for segment in operation.segments]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(OPERATIONS), st.lists(VALUES, min_size=8, max_size=8), st.booleans())
def test_every_spec_path_routes_to_its_operation_with_or_without_trailing_slash(
    operation: Operation, values: list[str], slashed: bool
) -> None:
    segments = concrete_segments(operation, values)
    if slashed and operation.segments[-1].multi:
        # A file path's trailing slash is refused (test above); without it, it is the file.
        route = SPEC.route(operation.method, [*segments, ""], operation.api_node == "admin")
        assert route.operation is not operation
        return
    route = SPEC.route(operation.method, [*segments, ""] if slashed else segments, operation.api_node == "admin")
    assert route.operation is operation, (operation.template, segments, slashed, route)
    assert route.path_parameters == {
        segment.parameter: value
        for segment, value in zip(operation.segments, segments, strict=True)
        if segment.parameter is not None
    }


def test_every_spec_template_routes_from_its_url_in_both_forms() -> None:
    # The URL as a client sends it (an identifier with a space and a '/', percent-encoded), cut
    # into segments by the pipeline's own functions, then routed; calling every operation over
    # HTTP would run its handler.
    from dssclient.emulator.pipeline import _decode_segments, _strip_base_path

    for operation in OPERATIONS:
        path = "/" + "/".join(
            urllib.parse.quote("v 1/2" if segment.parameter is not None else str(segment.literal), safe="")
            for segment in operation.segments
        )
        forms = [path] if operation.segments[-1].multi else [path, path + "/"]
        for form in forms:
            # The API node's admin API is served under its own base path (issue 19).
            admin = operation.api_node == "admin"
            rest = form if admin else _strip_base_path(operation.method, "/public/api" + form)
            segments = _decode_segments(operation.method, rest)
            route = SPEC.route(operation.method, segments, admin)
            assert route.operation is operation, (form, route)


def _document(*templates: str) -> dict[str, Any]:
    return {
        "paths": {
            template: {"get": {"operationId": f"op{index}", "responses": {"200": {"description": "ok"}}}}
            for index, template in enumerate(templates)
        }
    }


@pytest.mark.parametrize(
    "templates", [("/things/", "/things"), ("/things/{a}/x", "/things/{b}/x/"), ("/things/{a}", "/things/{b}")]
)
def test_templates_no_rule_could_tell_apart_are_refused_at_load(templates: tuple[str, str]) -> None:
    document = _document(*templates)
    for item, template in zip(document["paths"].values(), templates, strict=True):
        names = [text[1:-1] for text in template.split("/") if text.startswith("{")]
        item["get"]["parameters"] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in names
        ]
    with pytest.raises(SpecError, match="route the same URLs"):
        ApiSpec(document)
    # Another method on the twin path is no conflict: each method reaches its own.
    document["paths"][templates[1]]["put"] = document["paths"][templates[1]].pop("get")
    spec = ApiSpec(document)
    url = [segment.literal or "v" for segment in spec.operations["op1"].segments]
    assert spec.route("PUT", url).operation is spec.operations["op1"]
    assert spec.route("GET", [*url, ""]).operation is spec.operations["op0"]


def test_paths_whose_every_url_another_path_matches_say_so_in_the_spec() -> None:
    # When every URL of a path also matches another path (/scenarios/{id}/light and
    # /scenarios/{id}/{runId}/, or two paths differing only by a trailing slash), that URL reaches
    # the methods of both: the spec marks such a path with x-dss-ambiguous-with, which the linters
    # and the fuzzer read.
    from dssclient.emulator.spec import Segment, load_document

    paths = load_document()["paths"]
    shapes = {op.template: op.segments for op in OPERATIONS if not op.segments[-1].multi}

    def covered(mine: tuple[Segment, ...], other: tuple[Segment, ...]) -> bool:
        return len(mine) == len(other) and all(
            theirs.parameter is not None or this.literal == theirs.literal
            for this, theirs in zip(mine, other, strict=True)
        )

    found = 0
    for template, segments in shapes.items():
        others = [t for t, s in shapes.items() if t != template and covered(segments, s)]
        if others:
            found += 1
            assert paths[template].get("x-dss-ambiguous-with") in shapes, (template, others)
    assert found >= 10, "the spec has such paths; this test must see them"
