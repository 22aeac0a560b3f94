"""First calls from many threads at once, and secrets that never show: in reprs, errors, logs, pickles."""

from __future__ import annotations

import logging
import pickle
import subprocess
import sys
import textwrap

import pytest

from dssclient import AsyncDSSClient, DSSAPIError, DSSClient, DSSConnectionError, DSSTimeoutError
from tests.scripted_server import Received, Reply, answer, scripted_server

SECRET = "s3cr3t-4pi-k3y-th4t-must-n0t-l34k"


def anything(request: Received) -> Reply:
    """A JSON answer that every slice operation can take: a list for listings, an object otherwise."""
    path = request.target.split("?", 1)[0]
    if path.endswith("/"):
        return Reply([answer(200, [])])
    return Reply(
        [answer(200, {"projectKey": "P", "nodeId": "n", "nodeName": "N", "nodeType": "DESIGN", "alive": True})]
    )


FIRST_CALLS = textwrap.dedent(
    """
    import sys, threading
    from dssclient import DSSClient
    client = DSSClient(sys.argv[1], "key")
    calls = [
        lambda: client.get_project("P").get_settings(),
        lambda: client.list_projects(),
        lambda: client.get_instance_info(),
        lambda: client.get_auth_info(),
        lambda: client.get_project("P").get_metadata(),
        lambda: client.get_project("P").get_dataset("d").get_schema(),
        lambda: client.list_code_studio_templates(),
        lambda: client.get_future("J").peek_state(),
    ]
    start = threading.Barrier(len(calls))
    failures = []

    def run(call):
        start.wait()
        try:
            call()
        except BaseException as error:
            failures.append(repr(error))

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("\\n".join(failures) or "ok")
    """
)


def test_first_calls_from_eight_threads_in_fresh_processes_all_succeed() -> None:
    """Each process imports every operation lazily from eight threads at once: no _DeadlockError."""
    with scripted_server(anything) as server:
        processes = [
            subprocess.Popen([sys.executable, "-c", FIRST_CALLS, server.url], stdout=subprocess.PIPE, text=True)
            for _ in range(20)
        ]
        outputs = [process.communicate(timeout=60)[0].strip() for process in processes]
    assert outputs == ["ok"] * len(processes), "\n".join(out for out in outputs if out != "ok")


@pytest.mark.parametrize("credential", ["api_key", "internal_ticket", "jwt_bearer_token"])
@pytest.mark.parametrize(
    "bad", [SECRET + "\n", SECRET + "\r\n", " " + SECRET, SECRET[:5] + "\x00" + SECRET[5:], SECRET + "é"]
)
def test_credentials_that_cannot_travel_in_a_header_are_refused_without_quoting_them(credential: str, bad: str) -> None:
    with pytest.raises(ValueError) as caught:
        DSSClient("http://dss.test", **{credential: bad})  # type: ignore[arg-type]
    assert SECRET not in str(caught.value) and SECRET[:5] not in str(caught.value)


@pytest.mark.parametrize("api_key", [None, 123, b"key"])
def test_a_missing_or_mistyped_key_is_refused_rather_than_sent_as_text(api_key: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        DSSClient("http://dss.test", api_key)  # type: ignore[arg-type]


def refused(request: Received) -> Reply:
    return Reply(
        [
            answer(
                401, {"errorType": "com.dataiku.dip.exceptions.NotAuthenticatedException", "message": "Unknown API key"}
            )
        ]
    )


@pytest.mark.parametrize(
    "credentials",
    [{"api_key": SECRET}, {"internal_ticket": SECRET}, {"jwt_bearer_token": SECRET}],
    ids=["api key", "ticket", "bearer"],
)
def test_no_log_line_error_or_repr_carries_the_secret(
    credentials: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx, httpcore and dssclient, at their most talkative
    seen: list[str] = []
    with scripted_server(anything) as server:
        with DSSClient(server.url, **credentials) as client:  # type: ignore[arg-type]
            client.get_project("P").get_settings()
            seen += [repr(client), repr(client._settings), repr(client.get_project("P").get_settings())]
    with scripted_server(refused) as server:
        with DSSClient(server.url, **credentials) as client, pytest.raises(DSSAPIError) as caught:  # type: ignore[arg-type]
            client.list_projects()
        seen += [str(caught.value), repr(caught.value), repr(pickle.loads(pickle.dumps(caught.value)).__dict__)]
    with scripted_server(lambda request: Reply([], delay=5)) as server:
        with DSSClient(server.url, timeout=0.3, **credentials) as client, pytest.raises(DSSTimeoutError) as timeout:  # type: ignore[arg-type]
            client.list_projects()
        seen += [str(timeout.value), repr(timeout.value.__cause__)]
    with (
        DSSClient("http://127.0.0.1:9", max_retries=0, **credentials) as client,
        pytest.raises(DSSConnectionError) as gone,
    ):  # type: ignore[arg-type]
        client.list_projects()
    seen += [str(gone.value)]
    seen += [record.getMessage() for record in caplog.records]
    seen += [caplog.text]
    assert caplog.records, "the loggers said nothing: this test would not see a leak"
    assert not [text for text in seen if SECRET in text]


def test_a_client_does_not_pickle_its_secret() -> None:
    with DSSClient("http://dss.test", SECRET) as client, pytest.raises(TypeError, match="secret"):
        pickle.dumps(client._settings)


@pytest.mark.anyio
async def test_the_async_client_keeps_the_secret_out_of_logs_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with scripted_server(refused) as server:
        async with AsyncDSSClient(server.url, jwt_bearer_token=SECRET) as client:
            with pytest.raises(DSSAPIError) as caught:
                await client.list_projects()
    assert caplog.records and SECRET not in caplog.text and SECRET not in repr(caught.value)
