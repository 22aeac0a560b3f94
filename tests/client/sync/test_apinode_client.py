# Derived from tests/client/aio/test_apinode_client.py by scripts/unasync.py: do not edit.
"""The API node's clients on a mock transport: the requests they send (base paths, bodies,
credentials), the checks made before sending, and DSSClient's pipeline (retries, typed errors)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest

from dssclient import APINodeAdminClient, APINodeClient, InvalidIdentifierError, NotFoundError

NODE = "http://apinode.example:12000"


def recording(answers: list[httpx.Response]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers.pop(0) if len(answers) > 1 else answers[0]

    return httpx.MockTransport(handle), sent


def test_user_api_requests_go_to_the_service_path_with_the_official_bodies() -> None:
    transport, sent = recording([httpx.Response(200, json={"response": 5, "results": [{"data": {"id": "c1"}}]})])
    with APINodeClient(NODE, "svc", transport=transport) as api:
        api.run_function("add", x=2, y=3)
        api.run_function("noargs")
        api.sql_query("q", {"tier": "gold"})
        assert api.lookup_record("look", {"id": "c1"}, context={"who": "me"}) == {"data": {"id": "c1"}}
        api.lookup_records("look", [{"data": {"id": "c1"}}])
        api.predict_record("churn", {"age": 42}, forced_generation="v2")
        api.predict_records("churn", [{"features": {"age": 1}}], dispatch_key="user-7")
    assert [(r.method, r.url.path) for r in sent] == [
        ("POST", "/public/api/v1/svc/add/run"),
        ("POST", "/public/api/v1/svc/noargs/run"),
        ("POST", "/public/api/v1/svc/q/query"),
        ("POST", "/public/api/v1/svc/look/lookup"),
        ("POST", "/public/api/v1/svc/look/lookup-multi"),
        ("POST", "/public/api/v1/svc/churn/predict"),
        ("POST", "/public/api/v1/svc/churn/predict-multi"),
    ]
    bodies: list[Any] = [json.loads(r.content) if r.content else None for r in sent]
    assert bodies[0] == {"x": 2, "y": 3}
    assert bodies[1] is None  # no arguments, no body: as the official client sends it
    assert bodies[2] == {"tier": "gold"}
    assert bodies[3] == {"data": {"id": "c1"}, "context": {"who": "me"}}
    assert bodies[4] == {"items": [{"data": {"id": "c1"}}]}
    assert bodies[5]["features"] == {"age": 42} and bodies[5]["dispatch"] == {"forcedGeneration": "v2"}
    assert bodies[5]["explanations"] == {
        "enabled": None,
        "method": None,
        "nExplanations": None,
        "nMonteCarloSteps": None,
    }
    assert bodies[6]["items"] == [{"features": {"age": 1}}] and bodies[6]["dispatch"] == {"dispatchKey": "user-7"}
    # A public service: no credentials at all.
    assert all("Authorization" not in r.headers for r in sent)


def test_keys_travel_as_basic_and_never_show() -> None:
    transport, sent = recording([httpx.Response(200, json={"response": 1})])
    with APINodeClient(NODE, "svc", api_key="s3cr3t-key", transport=transport) as api:
        assert "s3cr3t" not in repr(api)
        api.run_function("add", x=1)
    with APINodeAdminClient(NODE, "admin-s3cr3t", transport=transport) as admin:
        assert "s3cr3t" not in repr(admin)
        admin.list_services()
    assert sent[0].headers["Authorization"] == "Basic " + base64.b64encode(b"s3cr3t-key:").decode()
    assert sent[1].url.path == "/admin/api/services"
    assert sent[1].headers["Authorization"] == "Basic " + base64.b64encode(b"admin-s3cr3t:").decode()


def test_admin_requests_follow_the_official_paths() -> None:
    transport, sent = recording([httpx.Response(200, json={"generations": ["v1"], "generation": "v1"})])
    with APINodeAdminClient(NODE, "k", transport=transport) as admin:
        service = admin.service("svc")
        assert service.list_generations() == ["v1"]
        service.set_generations_mapping({"entries": [{"generation": "v1", "proba": 1.0}]})
        service.switch_to_single_generation("v1")
        service.import_generation_from_archive("relative/package.zip")
        admin.auth().delete_key_by_id("k1")
    assert [(r.method, r.url.path) for r in sent] == [
        ("GET", "/admin/api/services/svc/generations"),
        ("POST", "/admin/api/services/svc/actions/setMapping"),
        ("POST", "/admin/api/services/svc/actions/switchTo/v1"),
        ("POST", "/admin/api/services/svc/generations/actions/importFromArchive"),
        ("DELETE", "/admin/api/keys/k1/key"),
    ]
    # The archive's path is made absolute, as the official client does.
    assert sent[3].url.params["filePath"].startswith("/") and sent[3].url.params["filePath"].endswith(
        "relative/package.zip"
    )


def test_bad_input_is_refused_before_anything_is_sent() -> None:
    transport, sent = recording([httpx.Response(200, json={})])
    with APINodeClient(NODE, "svc", transport=transport) as api:
        with pytest.raises(ValueError):
            api.predict_records("churn", [{"age": 1}])
        with pytest.raises(ValueError):
            api.predict_effects("churn", [{"age": 1}])
        with pytest.raises(ValueError):
            api.lookup_records("look", [{"id": "c1"}])
        with pytest.raises(InvalidIdentifierError):
            api.run_function("..")
    with pytest.raises(ValueError):
        APINodeClient(NODE, "")
    assert sent == []
    with APINodeClient(NODE, "a/b", transport=transport) as encoded:
        encoded.run_function("e p", x=1)
    assert sent[0].url.raw_path == b"/public/api/v1/a%2Fb/e%20p/run"


def test_the_pipeline_retries_and_types_errors() -> None:
    transport, sent = recording(
        [
            httpx.Response(503, headers={"Retry-After": "0"}),
            httpx.Response(200, json=[{"serviceId": "svc", "enabled": True}]),
        ]
    )
    with APINodeAdminClient(NODE, "k", transport=transport) as admin:
        assert admin.list_services() == [{"serviceId": "svc", "enabled": True}]
    assert len(sent) == 2  # a GET refused with 503 is retried, as DSSClient retries it
    missing = httpx.Response(
        404, json={"errorType": "com.dataiku.dip.server.controllers.NotFoundException", "message": "Service not found"}
    )
    transport, sent = recording([missing])
    with APINodeClient(NODE, "svc", transport=transport) as api:
        with pytest.raises(NotFoundError) as raised:
            api.run_function("add", x=1)
    assert "Service not found" in str(raised.value)
