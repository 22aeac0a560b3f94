"""Instance information, the caller's identity, and the streamed scoring libraries jar."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import httpx

from dssclient.emulator import Emulator
from tests.emulator.conftest import HttpFactory

Factory = Callable[..., Emulator]


def test_instance_info(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(dss_version="14.1.2", node_id="node-7", node_name="Design node")
    answer = http_for(emulator).get("/instance-info")
    assert answer.json() == {
        "nodeId": "node-7",
        "nodeName": "Design node",
        "nodeType": "DESIGN",
        "dssVersion": "14.1.2",
    }
    assert answer.headers["dss-version"] == "14.1.2"


def test_auth_info(admin_http: httpx.Client, reader_http: httpx.Client) -> None:
    assert admin_http.get("/auth/info").json() == {
        "authIdentifier": "admin",
        "authSource": "PERSONAL_API_KEY",
        "groups": ["administrators"],
        "userProfile": "DESIGNER",
    }
    reader = reader_http.get("/auth/info", params={"withSecrets": "true"}).json()
    assert reader["authIdentifier"] == "reader" and reader["groups"] == ["readers"] and reader["secrets"] == []


def test_scoring_jar_is_streamed_whole(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    size = 3 * 1024 * 1024 + 12345  # not a whole number of blocks
    emulator = dss_emulator_factory(scoring_libs_size=size)
    digest, received = hashlib.sha256(), 0
    with http_for(emulator).stream("GET", "/resources/scoring-lib-jar") as answer:
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/java-archive"
        assert answer.headers["content-length"] == str(size)
        for chunk in answer.iter_raw(65536):
            digest.update(chunk)
            received += len(chunk)
    assert received == size
    assert digest.hexdigest() == emulator.scoring_libs_sha256()
    assert emulator.request_log[-1].status == 200


def test_scoring_jar_content_is_deterministic(dss_emulator_factory: Factory) -> None:
    first = dss_emulator_factory(scoring_libs_size=2_000_000)
    second = dss_emulator_factory(scoring_libs_size=2_000_000)
    other_size = dss_emulator_factory(scoring_libs_size=2_000_001)
    assert first.scoring_libs_sha256() == second.scoring_libs_sha256() != other_size.scoring_libs_sha256()


def test_empty_scoring_jar(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    answer = http_for(dss_emulator_factory(scoring_libs_size=0)).get("/resources/scoring-lib-jar")
    assert answer.status_code == 200 and answer.content == b"" and answer.headers["content-length"] == "0"


def test_a_client_leaving_mid_download_does_not_hurt(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(scoring_libs_size=64 * 1024 * 1024)
    client = http_for(emulator)
    with client.stream("GET", "/resources/scoring-lib-jar") as answer:
        next(answer.iter_raw(1024))
    # The emulator still answers (the stream's connection was dropped, not the server).
    assert client.get("/instance-info").status_code == 200
