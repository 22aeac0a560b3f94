"""Validation of queries and bodies, strict and lenient modes, answer validation, null dropping."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from tests.emulator.conftest import HttpFactory

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException"


def test_unparsable_json_is_a_parse_error(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/", content=b'{"projectKey": "P",')
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["errorType"] == "com.fasterxml.jackson.core.JsonParseException"
    assert "createProject" in error["message"]


@pytest.mark.parametrize(
    "body", [b"NaN", b'{"projectKey": "P", "name": "n", "owner": "admin", "x": Infinity}', b"\xff\xfe\x00garbage"]
)
def test_non_json_values_are_parse_errors(admin_http: httpx.Client, error_of: ErrorOf, body: bytes) -> None:
    answer = admin_http.post("/projects/", content=body)
    assert answer.status_code == 400
    assert error_of(answer)["errorType"] == "com.fasterxml.jackson.core.JsonParseException"


def test_missing_required_property_is_named(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/", json={"projectKey": "P", "name": "n"})
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["errorType"] == ILLEGAL_ARGUMENT
    assert "createProject" in error["message"] and "'owner'" in error["message"]


def test_wrongly_typed_property_is_located(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/", json={"projectKey": "P", "name": "n", "owner": "admin", "tags": "x"})
    assert answer.status_code == 400
    assert "$.tags" in error_of(answer)["message"]


def test_nested_violations_give_a_json_path(
    admin_http: httpx.Client, new_project: Callable[..., Any], error_of: ErrorOf
) -> None:
    new_project("P")
    admin_http.post("/projects/P/datasets/", json={"projectKey": "P", "name": "d", "type": "Inline"})
    answer = admin_http.put(
        "/projects/P/datasets/d/schema", json={"columns": [{"name": "a", "type": "string"}, {"name": "b"}]}
    )
    assert answer.status_code == 400
    message = error_of(answer)["message"]
    assert "$.columns[1]" in message and "'type'" in message


def test_json_is_parsed_whatever_the_content_type(admin_http: httpx.Client, dss_emulator: Emulator) -> None:
    body = b'{"projectKey": "P", "name": "n", "owner": "admin"}'
    assert admin_http.post("/projects/", content=body).status_code == 200  # no Content-Type, as dataikuapi sends
    body2 = body.replace(b'"P"', b'"Q"')
    assert admin_http.post("/projects/", content=body2, headers={"Content-Type": "text/plain"}).status_code == 200
    assert {"P", "Q"} <= set(dss_emulator.state.projects)


def test_nulls_in_bodies_read_as_absent(admin_http: httpx.Client) -> None:
    # What dataikuapi sends for a project created without tags, settings or description.
    body = {"projectKey": "P", "name": "n", "owner": "admin", "tags": None, "settings": None, "description": None}
    assert admin_http.post("/projects/", json=body).status_code == 200
    assert admin_http.get("/projects/").json()[0]["tags"] == []


def test_required_null_is_missing(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/", json={"projectKey": "P", "name": "n", "owner": None})
    assert answer.status_code == 400 and "'owner'" in error_of(answer)["message"]


def test_missing_body_is_refused(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/")
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["errorType"] == ILLEGAL_ARGUMENT and "requires a JSON request body" in error["message"]


@pytest.mark.parametrize("text", ["True", "true", "TRUE", "tRuE"])
def test_booleans_are_case_insensitive(admin_http: httpx.Client, text: str) -> None:
    answer = admin_http.get("/auth/info", params={"withSecrets": text})
    assert answer.status_code == 200 and answer.json()["secrets"] == []


@pytest.mark.parametrize("text", ["False", "false"])
def test_false_booleans(admin_http: httpx.Client, text: str) -> None:
    answer = admin_http.get("/auth/info", params={"withSecrets": text})
    assert answer.status_code == 200 and "secrets" not in answer.json()


@pytest.mark.parametrize("text", ["yes", "1", "", "truee"])
def test_bad_boolean_is_refused(admin_http: httpx.Client, error_of: ErrorOf, text: str) -> None:
    answer = admin_http.get("/auth/info", params={"withSecrets": text})
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["errorType"] == ILLEGAL_ARGUMENT
    assert "withSecrets" in error["message"] and "getAuthInfo" in error["message"]


def test_repeated_scalar_parameter_is_refused_in_strict_mode(admin_http: httpx.Client) -> None:
    answer = admin_http.get("/auth/info", params=[("withSecrets", "true"), ("withSecrets", "false")])
    assert answer.status_code == 400


def test_unknown_query_parameter_strict_vs_lenient(
    dss_emulator: Emulator,
    dss_emulator_factory: Callable[..., Emulator],
    http_for: HttpFactory,
    error_of: ErrorOf,
) -> None:
    strict = http_for(dss_emulator).get("/projects/", params={"includeLocations": "true"})
    assert strict.status_code == 400
    error = error_of(strict)
    assert "'includeLocations'" in error["message"] and "listProjects" in error["message"]
    lenient = http_for(dss_emulator_factory(strict=False)).get("/projects/", params={"includeLocations": "true"})
    assert lenient.status_code == 200 and lenient.json() == []


def test_body_on_a_bodiless_operation_strict_vs_lenient(
    dss_emulator: Emulator, dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory
) -> None:
    assert http_for(dss_emulator).request("GET", "/projects/", json={"a": 1}).status_code == 400
    lenient = http_for(dss_emulator_factory(strict=False))
    assert lenient.request("GET", "/projects/", json={"a": 1}).status_code == 200


def test_schema_violations_are_refused_in_lenient_mode_too(
    dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory
) -> None:
    client = http_for(dss_emulator_factory(strict=False))
    assert client.post("/projects/", json={"projectKey": "P"}).status_code == 400


def _corrupt_settings(emulator: Emulator) -> None:
    emulator.state.create_project("BROKEN", "Broken", "admin")
    emulator.state.projects["BROKEN"].settings["projectKey"] = 12  # the spec says string


def test_answers_are_validated_in_strict_mode(
    dss_emulator: Emulator, admin_http: httpx.Client, error_of: ErrorOf
) -> None:
    _corrupt_settings(dss_emulator)
    answer = admin_http.get("/projects/BROKEN/settings")
    assert answer.status_code == 500
    error = error_of(answer)
    assert error["errorType"] == "dssclient.emulator.InvalidResponse"
    assert "getProjectSettings" in error["message"] and "$.projectKey" in error["message"]


def test_answers_are_not_validated_in_lenient_mode(
    dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory
) -> None:
    emulator = dss_emulator_factory(strict=False)
    _corrupt_settings(emulator)
    answer = http_for(emulator).get("/projects/BROKEN/settings")
    assert answer.status_code == 200 and answer.json()["projectKey"] == 12


NULLY_SETTINGS = {
    "projectKey": "P",
    "name": "n",
    "owner": "admin",
    "settings": {"codeEnvs": None, "list": [None, 1, {"a": None, "b": 2}]},
    "unknownTop": None,
}


def test_nulls_are_dropped_from_answers(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    assert admin_http.put("/projects/P/settings", json=NULLY_SETTINGS).status_code == 204
    assert admin_http.get("/projects/P/settings").json() == {
        "projectKey": "P",
        "name": "n",
        "owner": "admin",
        "settings": {"list": [None, 1, {"b": 2}]},  # null list elements stay
    }


def test_nulls_are_kept_on_request(dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory) -> None:
    client = http_for(dss_emulator_factory(drop_nulls=False))
    client.post("/projects/", json={"projectKey": "P", "name": "n", "owner": "admin"})
    assert client.put("/projects/P/settings", json=NULLY_SETTINGS).status_code == 204
    assert client.get("/projects/P/settings").json() == NULLY_SETTINGS


def test_204_answers_have_no_body(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    answer = admin_http.put("/projects/P/variables/", json={"standard": {}, "local": {}})
    assert answer.status_code == 204 and answer.content == b""
