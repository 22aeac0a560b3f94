# Derived from tests/client/aio/test_folder_transfers.py by scripts/unasync.py: do not edit.
"""Managed folder transfers under faults (issue 18), on a scripted server: a download retried
after a broken connection is whole and not corrupted; one cut midway raises rather than return
part of the file; an upload cut by the server is never sent twice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dssclient import DSSClient, DSSConnectionError, RetryPolicy
from tests.scripted_server import Received, Reply, answer, scripted_server

BODY = bytes(range(256)) * 8192  # 2 MiB: several chunks
RETRIES = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.02)
ITEM = {"path": "/a.bin", "size": len(BODY), "lastModified": 1}


def reset_first_then_whole() -> tuple[list[str], Callable[[Received], Reply]]:
    seen: list[str] = []

    def script(request: Received) -> Reply:
        seen.append(request.target)
        if len(seen) == 1:
            return Reply([], reset=True)
        return Reply([answer(200, BODY, content_type="application/octet-stream")])

    return seen, script


def test_a_download_retried_after_a_reset_is_whole_and_not_corrupted() -> None:
    seen, script = reset_first_then_whole()
    with scripted_server(script) as server:
        with DSSClient(server.url, "key", timeout=10, retry_policy=RETRIES) as client:
            folder = client.get_project("P").get_managed_folder("F1")
            with folder.get_file("/dir/a.bin") as stream:
                received = b"".join([chunk for chunk in stream.iter_content(64 * 1024)])
    assert received == BODY
    assert len(seen) == 2
    assert all(target.endswith("/projects/P/managedfolders/F1/contents/dir/a.bin") for target in seen)


def test_a_download_cut_midway_raises_instead_of_returning_part_of_the_file() -> None:
    def script(request: Received) -> Reply:
        full = answer(200, BODY, content_type="application/octet-stream")
        return Reply([full[: len(full) - len(BODY) // 2]], close=True)

    with scripted_server(script) as server:
        with DSSClient(server.url, "key", timeout=10, retry_policy=RETRIES) as client:
            folder = client.get_project("P").get_managed_folder("F1")
            stream = folder.get_file("a.bin")
            received = bytearray()
            with pytest.raises(DSSConnectionError):
                with stream:
                    for chunk in stream.iter_content(64 * 1024):
                        received += chunk
    assert len(received) < len(BODY)
    assert server.count() == 1  # a body cut midway is not stitched to a second answer


def test_an_upload_cut_by_the_server_is_not_sent_twice() -> None:
    def script(request: Received) -> Reply:
        return Reply([], reset=True)

    with scripted_server(script) as server:
        with DSSClient(server.url, "key", timeout=10, retry_policy=RETRIES) as client:
            folder = client.get_project("P").get_managed_folder("F1")
            with pytest.raises(DSSConnectionError):
                folder.put_file("a.bin", BODY)
    assert server.count("POST") == 1


def test_an_upload_sends_the_official_multipart_part() -> None:
    bodies: list[bytes] = []

    def script(request: Received) -> Reply:
        bodies.append(request.body)
        return Reply([answer(200, ITEM)])

    with scripted_server(script) as server:
        with DSSClient(server.url, "key", timeout=10) as client:
            item = client.get_project("P").get_managed_folder("F1").put_file("/a.bin", BODY)
    assert item == ITEM
    (body,) = bodies
    assert b'Content-Disposition: form-data; name="file"' in body and BODY in body
