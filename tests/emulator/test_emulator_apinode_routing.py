"""The emulator's API node paths (issue 19): the admin API only under /admin/api, the user API only
under /public/api/v1, DSS's operations never under /admin/api, and DSS keys no API node keys."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import admin_key


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/public/api/services"),  # the admin API under DSS's base path
        ("GET", "/dip/publicapi/services"),
        ("GET", "/admin/api/projects/"),  # DSS's API under the admin base path
        ("POST", "/dip/publicapi/v1/svc/add/run"),  # the user API under the official client's DSS base path
    ],
)
def test_each_api_answers_under_its_own_base_path_only(dss_emulator: Any, method: str, path: str) -> None:
    answer = httpx.request(method, dss_emulator.url + path, auth=(admin_key(dss_emulator), ""), json={})
    assert answer.status_code == 404, answer.text


def test_the_admin_api_refuses_dss_keys_and_no_key(dss_emulator: Any) -> None:
    url = dss_emulator.url + "/admin/api/services"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, auth=(admin_key(dss_emulator), "")).status_code == 403
    # The request log keeps no key (headers are never logged) and names the operation.
    assert [entry.operation_id for entry in dss_emulator.request_log][-2:] == ["listApiNodeServices"] * 2


def test_an_unknown_service_is_a_404_with_a_dss_error_body(dss_emulator: Any) -> None:
    answer = httpx.post(dss_emulator.url + "/public/api/v1/nothing/here/run", json={"x": 1})
    assert answer.status_code == 404
    assert set(answer.json()) >= {"errorType", "message", "detailedMessage"}
