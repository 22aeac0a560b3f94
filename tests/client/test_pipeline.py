"""The request pipeline, against scripted answers: error mapping, retries, credentials, encoding.

These tests replace the network with httpx.MockTransport so that each one
controls exactly what DSS answers; the end-to-end tests run on the emulator.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable

import httpx
import pytest

from dssclient import (
    AuthenticationError,
    DataikuException,
    DSSAPIError,
    DSSClient,
    DSSConnectionError,
    DSSTimeoutError,
    InternalServerError,
    InvalidIdentifierError,
    NotFoundError,
    RetryPolicy,
    UnexpectedResponseError,
)

SECRET = "s3cr3t-api-key-that-must-not-leak"
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)


class Recorder:
    """A scripted DSS: answers from a list (or a function) and records what it received."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer


def make_client(recorder: Recorder, **kwargs: object) -> DSSClient:
    kwargs.setdefault("retry_policy", FAST_RETRIES)
    return DSSClient("http://dss.test:11200", SECRET, transport=httpx.MockTransport(recorder), **kwargs)  # type: ignore[arg-type]


def dss_error(status: int, error_type: str, message: str, **extra: str) -> httpx.Response:
    return httpx.Response(status, json={"errorType": error_type, "message": message, **extra})


# -- error mapping ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (418, "DSSAPIError"),
    ],
)
def test_error_status_selects_the_exception_class(status: int, expected: str) -> None:
    recorder = Recorder(dss_error(status, "com.dataiku.SomeException", "went wrong"))
    with make_client(recorder, max_retries=0, retry_policy=None) as client:
        with pytest.raises(DSSAPIError) as caught:
            client.list_projects()
    assert type(caught.value).__name__ == expected
    assert caught.value.status_code == status


def test_dss_error_keeps_the_official_text_and_details() -> None:
    recorder = Recorder(
        dss_error(
            404,
            "com.dataiku.dip.server.controllers.NotFoundException",
            "short",
            detailedMessage="Project does not exist: NOPE",
        )
    )
    with make_client(recorder) as client, pytest.raises(NotFoundError) as caught:
        client.get_project("NOPE").get_settings()
    error = caught.value
    # The official client's format, which existing scripts match with startswith().
    assert str(error) == "com.dataiku.dip.server.controllers.NotFoundException: Project does not exist: NOPE"
    assert isinstance(error, DataikuException)
    assert error.error_type == "com.dataiku.dip.server.controllers.NotFoundException"
    assert error.message == "short"
    assert error.method == "GET"
    assert error.url == "http://dss.test:11200/public/api/projects/NOPE/settings"


def test_error_without_a_dss_body_still_says_what_happened() -> None:
    recorder = Recorder(httpx.Response(502, text="<html>upstream gone</html>"))
    with make_client(recorder, max_retries=0, retry_policy=None) as client:
        with pytest.raises(InternalServerError) as caught:
            client.list_projects()
    assert caught.value.error_type == "Unknown error"
    assert "502" in caught.value.message and "upstream gone" in caught.value.message


def test_success_with_a_body_that_is_not_json_is_a_typed_error() -> None:
    recorder = Recorder(httpx.Response(200, text="not json"))
    with make_client(recorder) as client, pytest.raises(UnexpectedResponseError, match="not JSON"):
        client.list_projects()


# -- retries --------------------------------------------------------------------------------------


def test_idempotent_request_is_retried_on_503_then_succeeds() -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200, json=[{"projectKey": "A"}]))
    with make_client(recorder) as client:
        assert client.list_project_keys() == ["A"]
    assert len(recorder.requests) == 3


def test_retries_stop_after_max_retries() -> None:
    recorder = Recorder(dss_error(503, "Unavailable", "busy"))
    with make_client(recorder) as client, pytest.raises(InternalServerError):
        client.list_projects()
    assert len(recorder.requests) == 1 + FAST_RETRIES.max_retries


def test_retry_after_header_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("dssclient._transport.sleep", slept.append)
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200, json=[]))
    with make_client(recorder) as client:
        client.list_projects()
    assert slept == [3.0]


def test_post_answered_503_is_not_replayed() -> None:
    recorder = Recorder(dss_error(503, "Unavailable", "busy"))
    with make_client(recorder) as client, pytest.raises(InternalServerError):
        client.create_project("P", "P", "admin")
    assert len(recorder.requests) == 1


def test_post_that_broke_after_sending_is_not_replayed() -> None:
    recorder = Recorder(httpx.ReadError("connection reset"))
    with make_client(recorder) as client, pytest.raises(DSSConnectionError):
        client.create_project("P", "P", "admin")
    assert len(recorder.requests) == 1


def test_post_that_could_not_connect_is_retried() -> None:
    # Connection refused: nothing reached DSS, so sending again cannot duplicate anything.
    recorder = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json={}))
    with make_client(recorder) as client:
        client.create_project("P", "P", "admin")
    assert len(recorder.requests) == 2


def test_get_on_a_broken_keepalive_connection_is_retried() -> None:
    recorder = Recorder(httpx.RemoteProtocolError("server disconnected"), httpx.Response(200, json=[]))
    with make_client(recorder) as client:
        assert client.list_projects() == []
    assert len(recorder.requests) == 2


def test_read_timeout_is_not_retried_and_is_typed() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with make_client(recorder) as client, pytest.raises(DSSTimeoutError):
        client.list_projects()
    assert len(recorder.requests) == 1


# -- credentials ----------------------------------------------------------------------------------


def test_api_key_is_sent_as_basic_user_name() -> None:
    recorder = Recorder(httpx.Response(200, json=[]))
    with make_client(recorder) as client:
        client.list_projects()
    header = recorder.requests[0].headers["Authorization"]
    assert header == "Basic " + base64.b64encode(f"{SECRET}:".encode()).decode()


def test_bearer_token_and_ticket() -> None:
    recorder = Recorder(httpx.Response(200, json=[]))
    transport = httpx.MockTransport(recorder)
    with DSSClient("http://dss.test", jwt_bearer_token="tok", transport=transport) as client:
        client.list_projects()
    with DSSClient("http://dss.test", internal_ticket="tick", transport=transport) as client:
        client.list_projects()
    assert recorder.requests[0].headers["Authorization"] == "Bearer tok"
    assert recorder.requests[1].headers["X-DKU-APITicket"] == "tick"
    assert "Authorization" not in recorder.requests[1].headers


def test_credentials_are_required() -> None:
    with pytest.raises(ValueError, match="Authentication is required"):
        DSSClient("http://dss.test")


def test_extra_headers_are_sent() -> None:
    recorder = Recorder(httpx.Response(200, json=[]))
    with make_client(recorder, extra_headers={"X-Trace": "abc"}) as client:
        client.list_projects()
    assert recorder.requests[0].headers["X-Trace"] == "abc"


def test_secret_never_appears_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(
        httpx.Response(503), dss_error(401, "com.dataiku.dip.exceptions.NotAuthenticatedException", "Unknown API Key")
    )
    client = make_client(recorder)
    with pytest.raises(AuthenticationError) as caught:
        client.list_projects()
    with pytest.raises(DSSConnectionError) as connection_error:
        make_client(Recorder(httpx.ConnectError("refused")), max_retries=0, retry_policy=None).list_projects()
    texts = [
        repr(client),
        str(client._settings.auth),
        repr(client._settings.auth),
        repr(client._settings),
        str(caught.value),
        repr(caught.value),
        str(connection_error.value),
        caplog.text,
    ]
    assert caplog.records, "the retry should have been logged"
    for text in texts:
        assert SECRET not in text
        assert base64.b64encode(f"{SECRET}:".encode()).decode() not in text


# -- identifiers in paths ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("identifier", "encoded"),
    [
        ("a/b", "a%2Fb"),
        ("%2F", "%252F"),
        ("what?", "what%3F"),
        ("a#b", "a%23b"),
        ("with space", "with%20space"),
        ("été", "%C3%A9t%C3%A9"),
        ("...", "..."),
        ("a..b", "a..b"),
        ("+&=", "%2B%26%3D"),
    ],
)
def test_identifiers_are_one_percent_encoded_path_segment(identifier: str, encoded: str) -> None:
    recorder = Recorder(httpx.Response(200, json={"columns": []}))
    with make_client(recorder) as client:
        client.get_project(identifier).get_dataset(identifier).get_schema()
    path = recorder.requests[0].url.raw_path.decode("ascii")
    assert path == f"/public/api/projects/{encoded}/datasets/{encoded}/schema"


@pytest.mark.parametrize("identifier", ["", ".", ".."])
def test_identifiers_that_no_path_can_carry_are_refused_before_sending(identifier: str) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with make_client(recorder) as client:
        with pytest.raises(InvalidIdentifierError, match="address no resource"):
            client.get_project(identifier).get_settings()
        with pytest.raises(ValueError):  # InvalidIdentifierError is a ValueError too
            client.get_future(identifier).abort()
    assert recorder.requests == []


# -- configuration ---------------------------------------------------------------------------------


@pytest.mark.parametrize("timeout", [None, 0, -1, float("nan"), float("inf"), True, "3", httpx.Timeout(None)])
def test_a_timeout_cannot_be_disabled_or_zero(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        DSSClient("http://dss.test", "k", timeout=timeout)  # type: ignore[arg-type]


def test_a_timeout_bounds_the_call_and_connecting_within_it() -> None:
    client = DSSClient("http://dss.test", "k", timeout=3)
    options = client._requester.options
    assert options.deadline == 3 and options.timeout == httpx.Timeout(3, connect=3)
    client.close()
    client = DSSClient("http://dss.test", "k", timeout=httpx.Timeout(20, connect=5, read=60))
    assert client._requester.options.deadline == 60
    client.close()


def test_unknown_keyword_arguments_are_refused_and_insecure_tls_is_deprecated() -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        DSSClient("http://dss.test", "k", verify_ssl=False)
    with pytest.warns(DeprecationWarning):
        DSSClient("http://dss.test", "k", insecure_tls=True).close()


def test_base_path_of_the_official_client_can_be_chosen() -> None:
    recorder = Recorder(httpx.Response(200, json=[]))
    with make_client(recorder, base_path="/dip/publicapi") as client:
        client.list_projects()
    assert recorder.requests[0].url.path == "/dip/publicapi/projects/"


def test_request_bodies_are_sent_as_given() -> None:
    recorder = Recorder(httpx.Response(204))
    metadata = {"label": "é", "custom": {"kv": {"n": None}}, "unknown": [1, {"deep": None}]}
    with make_client(recorder) as client:
        client.get_project("P").set_metadata(metadata)
    sent = recorder.requests[0]
    assert sent.method == "PUT"
    assert sent.headers["Content-Type"] == "application/json"
    assert json.loads(sent.content) == metadata


def test_errors_survive_pickling_across_processes() -> None:
    import pickle

    from dssclient import FutureFailedError

    recorder = Recorder(dss_error(404, "com.dataiku.dip.server.controllers.NotFoundException", "gone"))
    with make_client(recorder) as client, pytest.raises(NotFoundError) as caught:
        client.list_projects()
    for error in (caught.value, FutureFailedError("job-1", {"alive": False}, caught.value)):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert vars(copy).keys() == vars(error).keys()
