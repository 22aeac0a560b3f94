"""What a user sees when DSS cannot be reached or does not answer: a typed error, within the timeout."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from dssclient import DSSClient, DSSConnectionError, DSSTimeoutError, RetryPolicy


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.05)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


def test_server_down_gives_a_connection_error_after_bounded_retries() -> None:
    policy = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.02)
    client = DSSClient(f"http://127.0.0.1:{closed_port()}", "key", timeout=2, retry_policy=policy)
    started = time.monotonic()
    with pytest.raises(DSSConnectionError, match="could not reach DSS") as caught:
        client.list_projects()
    assert time.monotonic() - started < 2
    assert not isinstance(caught.value, DSSTimeoutError)
    client.close()


def test_server_that_never_answers_gives_a_timeout_error(silent_server: int) -> None:
    client = DSSClient(f"http://127.0.0.1:{silent_server}", "key", timeout=0.3)
    started = time.monotonic()
    with pytest.raises(DSSTimeoutError, match="timeout passed"):
        client.list_projects()
    elapsed = time.monotonic() - started
    # A read timeout is not retried: one timeout, not three.
    assert 0.3 <= elapsed < 0.9
    client.close()
