"""Managed folders under hostile input (issue 18): paths stay inside their folder on every
operation, uploads are bounded by their own limit and land whole or not at all.

Requests go as raw HTTP (``http.client``, the request-target sent byte for byte: httpx would
normalise dot segments away), so these tests exercise the emulator alone, whatever the client.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.models.managed_folders import ManagedFolders

from .conftest import ADMIN_KEY, BASE, HttpFactory

AUTH = {"Authorization": "Basic " + base64.b64encode(f"{ADMIN_KEY}:".encode()).decode()}


def _folder(emulator: Emulator, http: httpx.Client) -> tuple[str, Path]:
    assert http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).status_code == 200
    created = http.post("/projects/P/managedfolders/", json={"name": "f", "projectKey": "P"})
    assert created.status_code == 200, created.text
    folder_id = created.json()["id"]
    uploaded = http.post(f"/projects/P/managedfolders/{folder_id}/contents/inside.txt", files={"file": ("", b"in")})
    assert uploaded.status_code == 200, uploaded.text
    directory = emulator.state.extension(ManagedFolders).get("P", folder_id).directory
    return folder_id, directory


def _raw(emulator: Emulator, method: str, target: str, body: bytes = b"", headers: dict[str, str] | None = None) -> Any:
    connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=10)
    try:
        connection.putrequest(method, BASE + target, skip_accept_encoding=True)
        for name, value in {**AUTH, "Content-Length": str(len(body)), **(headers or {})}.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


def _multipart(content: bytes) -> tuple[bytes, dict[str, str]]:
    body = b'--b\r\nContent-Disposition: form-data; name="file"; filename=""\r\n\r\n' + content + b"\r\n--b--\r\n"
    return body, {"Content-Type": "multipart/form-data; boundary=b"}


def _everything_under(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


HOSTILE_PATHS = [
    "../../../../etc/passwd",
    "a/../../outside.txt",
    "%2e%2e/%2e%2e/outside.txt",
    "%2E%2E%2Foutside.txt",
    "a%2F..%2F..%2Foutside.txt",
    "%252e%252e/outside.txt",
    "%252e%252e%252foutside.txt",
    "%2Fetc%2Fpasswd",
    "a%5C..%5C..%5Coutside.txt",
    "..%5Coutside.txt",
    "a%00b.txt",
    "a//b.txt",
    "/%2e%2e/outside.txt",
    "//outside.txt",
    ".",
    "a/./b.txt",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_hostile_paths_are_refused_on_every_file_operation(
    dss_emulator: Emulator, http_for: HttpFactory, tmp_path: Path, path: str
) -> None:
    http = http_for(dss_emulator)
    folder_id, directory = _folder(dss_emulator, http)
    before = _everything_under(dss_emulator.workdir)
    base = f"/projects/P/managedfolders/{folder_id}/contents/{path}"
    body, headers = _multipart(b"planted")
    for method, payload, extra in (("GET", b"", {}), ("POST", body, headers), ("DELETE", b"", {})):
        status, answer = _raw(dss_emulator, method, base, payload, extra)
        assert status == 400, (method, path, status, answer)
        assert json.loads(answer)["errorType"] == "java.lang.IllegalArgumentException"
    # Nothing was written, read or deleted anywhere: not in the folder, not beside it.
    assert _everything_under(dss_emulator.workdir) == before
    assert (directory / "inside.txt").read_bytes() == b"in"


def test_a_link_planted_in_a_folder_is_not_followed(
    dss_emulator: Emulator, http_for: HttpFactory, tmp_path: Path
) -> None:
    http = http_for(dss_emulator)
    folder_id, directory = _folder(dss_emulator, http)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"secret")
    os.symlink(secret, directory / "link.txt")
    os.symlink(tmp_path, directory / "linked_dir")
    assert http.get(f"/projects/P/managedfolders/{folder_id}/contents/link.txt").status_code == 400
    assert http.get(f"/projects/P/managedfolders/{folder_id}/contents/linked_dir/secret.txt").status_code == 400
    wrote = http.post(f"/projects/P/managedfolders/{folder_id}/contents/linked_dir/new.txt", files={"file": b"x"})
    assert wrote.status_code == 400 and not (tmp_path / "new.txt").exists()
    listed = http.get(f"/projects/P/managedfolders/{folder_id}/contents").json()["items"]
    assert [item["path"] for item in listed] == ["/inside.txt"]
    assert secret.read_bytes() == b"secret"


def test_a_folder_upload_has_its_own_larger_limit(dss_emulator_factory: Any, http_for: HttpFactory) -> None:
    emulator: Emulator = dss_emulator_factory(max_upload_bytes=64 * 1024, max_folder_upload_bytes=1024 * 1024)
    api = http_for(emulator)
    folder_id, directory = _folder(emulator, api)
    # Past the other uploads' limit, within the folders' one: accepted.
    body, headers = _multipart(b"x" * (512 * 1024))
    status, _ = _raw(emulator, "POST", f"/projects/P/managedfolders/{folder_id}/contents/half.bin", body, headers)
    assert status == 200 and (directory / "half.bin").stat().st_size == 512 * 1024
    # Past the folders' limit: refused 413 on its head, before the body is read.
    connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=10)
    try:
        connection.putrequest("POST", f"{BASE}/projects/P/managedfolders/{folder_id}/contents/big.bin")
        for name, value in {**AUTH, **headers, "Content-Length": str(2 * 1024 * 1024)}.items():
            connection.putheader(name, value)
        connection.endheaders()
        answer = connection.getresponse()
        assert answer.status == 413
        assert "larger than 1048576 bytes" in json.loads(answer.read())["message"]
    finally:
        connection.close()
    assert not (directory / "big.bin").exists()


def test_a_connection_dropped_mid_upload_leaves_no_partial_file(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    http = http_for(dss_emulator)
    folder_id, directory = _folder(dss_emulator, http)
    assert (
        http.post(f"/projects/P/managedfolders/{folder_id}/contents/kept.bin", files={"file": b"old"}).status_code
        == 200
    )
    before = _everything_under(dss_emulator.workdir)
    head, tail = b'--b\r\nContent-Disposition: form-data; name="file"; filename=""\r\n\r\n', b"\r\n--b--\r\n"
    for name in ("new.bin", "kept.bin"):
        content_length = len(head) + 4 * 1024 * 1024 + len(tail)
        request = (
            f"POST {BASE}/projects/P/managedfolders/{folder_id}/contents/{name} HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: {AUTH['Authorization']}\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: {content_length}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", dss_emulator.port), timeout=10) as sock:
            sock.sendall(request + head + b"y" * (2 * 1024 * 1024))
            # The connection drops with half of the file sent.
        # The emulator notices the drop and answers the next request; then nothing of the cut upload is left.
        assert http.get(f"/projects/P/managedfolders/{folder_id}/contents").status_code == 200
    items = http.get(f"/projects/P/managedfolders/{folder_id}/contents").json()["items"]
    assert sorted(item["path"] for item in items) == ["/inside.txt", "/kept.bin"]
    assert (directory / "kept.bin").read_bytes() == b"old"  # the replaced file is untouched
    _wait_for(lambda: _everything_under(dss_emulator.workdir) == before)


def _wait_for(condition: Any, seconds: float = 5.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_an_encoded_leading_slash_is_refused_but_the_root_mark_is_the_folder(
    dss_emulator: Emulator, http_for: HttpFactory
) -> None:
    http = http_for(dss_emulator)
    folder_id, directory = _folder(dss_emulator, http)
    # "contents//x" (the official client's "/x") is the folder's x; "contents/%2Fx" is refused.
    status, answer = _raw(dss_emulator, "GET", f"/projects/P/managedfolders/{folder_id}/contents//inside.txt")
    assert (status, answer) == (200, b"in")
    status, _ = _raw(dss_emulator, "GET", f"/projects/P/managedfolders/{folder_id}/contents/%2Finside.txt")
    assert status == 400
    # Only at the start of the file path: elsewhere an empty segment stays refused.
    status, _ = _raw(dss_emulator, "GET", f"/projects/P/managedfolders//{folder_id}/contents/inside.txt")
    assert status == 400
    status, _ = _raw(dss_emulator, "GET", f"/projects/P/managedfolders/{folder_id}/contents///inside.txt")
    assert status == 400


def test_folders_of_another_project_are_not_reachable(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    http = http_for(dss_emulator)
    folder_id, _ = _folder(dss_emulator, http)
    assert http.post("/projects/", json={"projectKey": "Q", "name": "Q", "owner": "admin"}).status_code == 200
    for method, path in (("GET", "contents/inside.txt"), ("GET", "contents"), ("DELETE", "contents/inside.txt")):
        answer = http.request(method, f"/projects/Q/managedfolders/{folder_id}/{path}")
        assert answer.status_code == 404, (method, path)
    copied = http.post(
        f"/projects/Q/managedfolders/{folder_id}/actions/copyTo",
        json={"targetProjectKey": "P", "targetFolderId": folder_id},
    )
    assert copied.status_code == 404
