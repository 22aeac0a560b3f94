"""The fault matrix: what a broken network, proxy or server does to a call, and what the user gets.

For every fault, a GET (``list_projects``) and a POST (``create_project``): the exception type,
the time taken against the call's deadline, and how many requests the server received (a
POST that may have reached DSS is never sent twice; an idempotent GET is retried where the
rules say so). The same matrix runs on the async variant here and on the derived sync one.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from dssclient import (
    AsyncDSSClient,
    DataikuException,
    DSSConnectionError,
    DSSTimeoutError,
    InternalServerError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    RetryPolicy,
    UnexpectedResponseError,
)
from tests.scripted_server import Received, Reply, answer, scripted_server

pytestmark = pytest.mark.anyio  # unasync: remove

TIMEOUT = 1.0
# Time a failing call may take beyond its timeout: scheduling, closing, the test's own work.
SLACK = 0.6
RETRIES = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.02)
CREATED = {"msg": "Created project P"}
PROJECTS = [{"projectKey": "P"}]


@dataclass(frozen=True)
class Fault:
    # Makes the server's script: a fresh one per test, since some remember what they answered.
    script: Callable[[], Callable[[Received], Reply]]
    # Expected on a GET and on a POST: (exception or None for success, requests received).
    get: tuple[type[Exception] | None, int]
    post: tuple[type[Exception] | None, int]
    # The call ends within this many seconds (default: the timeout plus the slack).
    within: float = TIMEOUT + SLACK


def always(reply: Callable[[], Reply]) -> Callable[[], Callable[[Received], Reply]]:
    return lambda: lambda request: reply()


def first_then(
    first: Callable[[], Reply], then: Callable[[Received], Reply]
) -> Callable[[], Callable[[Received], Reply]]:
    """The first request gets ``first``, later ones what ``then`` gives."""

    def make() -> Callable[[Received], Reply]:
        seen: list[int] = []

        def script(request: Received) -> Reply:
            seen.append(1)
            return first() if len(seen) == 1 else then(request)

        return script

    return make


def success(request: Received) -> Reply:
    return Reply([answer(200, PROJECTS if request.method == "GET" else CREATED)])


HTML_PAGE = b"<html><body><h1>Please sign in</h1></body></html>"
BOMB = gzip.compress(b"[" + b" " * (64 * 1024 * 1024) + b"]", compresslevel=9)

FAULTS: dict[str, Fault] = {
    "silence": Fault(always(lambda: Reply([], delay=30)), get=(DSSTimeoutError, 1), post=(DSSTimeoutError, 1)),
    "head dripped a byte at a time": Fault(
        always(lambda: Reply([bytes([b]) for b in answer(200, PROJECTS)], pause=0.1)),
        get=(DSSTimeoutError, 1),
        post=(DSSTimeoutError, 1),
    ),
    "body dripped a byte at a time": Fault(
        always(lambda: Reply([answer(200, b"", length=500)] + [b" "] * 500, pause=0.05)),
        get=(DSSTimeoutError, 1),
        post=(DSSTimeoutError, 1),
    ),
    "reset before any answer": Fault(
        always(lambda: Reply([], reset=True)), get=(DSSConnectionError, 3), post=(DSSConnectionError, 1)
    ),
    "reset mid-body": Fault(
        always(lambda: Reply([answer(200, b'[{"projectKey": "P"}, ' + b" " * 50_000 + b"]")[:30_000]], reset=True)),
        get=(DSSConnectionError, 1),
        post=(DSSConnectionError, 1),
    ),
    "truncated JSON, then closed": Fault(
        always(lambda: Reply([answer(200, b'[{"projectKey": ', length=100)], close=True)),
        get=(DSSConnectionError, 1),
        post=(DSSConnectionError, 1),
    ),
    "proxy login page answered 200": Fault(
        always(lambda: Reply([answer(200, HTML_PAGE, content_type="text/html")])),
        get=(UnexpectedResponseError, 1),
        post=(UnexpectedResponseError, 1),
    ),
    "proxy error page answered 502": Fault(
        always(lambda: Reply([answer(502, HTML_PAGE, reason="Bad Gateway", content_type="text/html")])),
        get=(InternalServerError, 3),
        post=(InternalServerError, 1),
    ),
    "empty 200 where JSON is documented": Fault(
        always(lambda: Reply([answer(200, b"")])), get=(UnexpectedResponseError, 1), post=(None, 1)
    ),
    "redirect to another origin": Fault(
        always(lambda: Reply([answer(302, b"", reason="Found", headers=[("Location", "https://sso.example/login")])])),
        get=(RedirectError, 1),
        post=(RedirectError, 1),
    ),
    "redirect to https on the same host": Fault(
        always(
            lambda: Reply(
                [answer(301, b"", reason="Moved", headers=[("Location", "https://127.0.0.1/public/api/projects/")])]
            )
        ),
        get=(RedirectError, 1),
        post=(RedirectError, 1),
    ),
    "429 with a short Retry-After, then success": Fault(
        first_then(lambda: Reply([answer(429, {}, reason="Too Many", headers=[("Retry-After", "0.3")])]), success),
        get=(None, 2),
        post=(RateLimitError, 1),
    ),
    "429 with Retry-After past the deadline": Fault(
        always(lambda: Reply([answer(429, {}, reason="Too Many", headers=[("Retry-After", "3600")])])),
        get=(RateLimitError, 1),
        post=(RateLimitError, 1),
        within=SLACK,
    ),
    "503 without Retry-After": Fault(
        always(lambda: Reply([answer(503, {"errorType": "Busy", "message": "busy"}, reason="Unavailable")])),
        get=(InternalServerError, 3),
        post=(InternalServerError, 1),
    ),
    "503 once, then success": Fault(
        first_then(lambda: Reply([answer(503, {}, reason="Unavailable")]), success),
        get=(None, 2),
        post=(InternalServerError, 1),
    ),
    "an answer far larger than the limit": Fault(
        always(lambda: Reply([answer(200, b"[" + b" " * (8 * 1024 * 1024) + b"]")])),
        get=(ResponseTooLargeError, 1),
        post=(ResponseTooLargeError, 1),
    ),
    "a compressed answer that inflates past the limit": Fault(
        always(
            lambda: Reply([answer(200, BOMB, content_type="application/json", headers=[("Content-Encoding", "gzip")])])
        ),
        get=(ResponseTooLargeError, 1),
        post=(ResponseTooLargeError, 1),
    ),
}


async def call(client: AsyncDSSClient, method: str) -> object:
    if method == "GET":
        return await client.list_projects()
    return await client.create_project("P", "P", "admin")


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_fault_gives_a_typed_error_within_the_deadline_and_no_double_post(fault: str, method: str) -> None:
    case = FAULTS[fault]
    expected, requests = case.get if method == "GET" else case.post
    with scripted_server(case.script()) as server:
        async with AsyncDSSClient(
            server.url, "key", timeout=TIMEOUT, retry_policy=RETRIES, max_json_bytes=1024 * 1024
        ) as client:
            started = time.monotonic()
            if expected is None:
                await call(client, method)
            else:
                with pytest.raises(expected) as caught:
                    await call(client, method)
                assert isinstance(caught.value, DataikuException)
                assert "key" not in str(caught.value).split("://", 1)[0]  # no credentials in the text
            elapsed = time.monotonic() - started
        assert elapsed < case.within, f"{fault}: {elapsed:.2f} s"
        assert server.count() == requests, f"{fault}: the server received {server.count()} requests"


async def test_a_refused_connection_is_retried_then_reported_quickly() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with AsyncDSSClient(f"http://127.0.0.1:{port}", "key", timeout=TIMEOUT, retry_policy=RETRIES) as client:
        for method in ("GET", "POST"):
            started = time.monotonic()
            with pytest.raises(DSSConnectionError) as caught:
                await call(client, method)
            assert not isinstance(caught.value, DSSTimeoutError)
            assert time.monotonic() - started < SLACK


async def test_a_state_read_slower_than_the_wait_is_cut_by_it() -> None:
    """wait_for_result(timeout=1) takes about 1 s even when one state read would take 3 s."""
    from dssclient import FutureTimeoutError

    def script(request: Received) -> Reply:
        return Reply([answer(200, {"jobId": "J", "alive": True, "hasResult": False})], delay=3)

    with scripted_server(script) as server:
        async with AsyncDSSClient(server.url, "key", timeout=30) as client:
            started = time.monotonic()
            with pytest.raises(FutureTimeoutError):
                await client.get_future("J").wait_for_result(timeout=1)
            assert time.monotonic() - started < 1 + SLACK


async def test_a_state_without_alive_or_has_result_is_an_error_not_an_endless_poll() -> None:
    with scripted_server(always(lambda: Reply([answer(200, {"jobId": "J"})]))()) as server:
        async with AsyncDSSClient(server.url, "key") as client:
            with pytest.raises(UnexpectedResponseError, match="neither"):
                await client.get_future("J").wait_for_result(timeout=5)
        assert server.count() == 1


async def test_a_finished_starting_state_without_its_result_fetches_it() -> None:
    """The starting call says the task is over but leaves the result out: one non-peek read gets it."""

    def script(request: Received) -> Reply:
        if request.method == "DELETE":
            return Reply([answer(200, {"jobId": "J", "alive": False, "hasResult": True})])
        assert "peek=false" in request.target.lower()
        return Reply([answer(200, {"jobId": "J", "alive": False, "hasResult": True, "result": {"done": 1}})])

    with scripted_server(script) as server:
        async with AsyncDSSClient(server.url, "key") as client:
            future = await client.get_project("P").delete(wait=False)
            assert await future.wait_for_result(timeout=5) == {"done": 1}
        assert server.count() == 2
