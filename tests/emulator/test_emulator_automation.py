"""The emulator's automation runtime over raw HTTP: how rows are framed, read sessions, the Python runner."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.automation.python import PythonFailed, RequestRefused, run_python
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.futures import FutureRegistry, TaskAborted, TaskControl

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
CSV = b"id,name\n1,ann\n2,bob\n"


@pytest.fixture
def rows_dataset(dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., Any]) -> str:
    new_project("P")
    body = {
        "projectKey": "P",
        "name": "d",
        "type": "Filesystem",
        "params": {"connection": "filesystem_managed", "path": "d"},
    }
    assert admin_http.post("/projects/P/datasets/", json=body).status_code == 200
    schema = {"columns": [{"name": "id", "type": "bigint"}, {"name": "name", "type": "string"}]}
    assert admin_http.put("/projects/P/datasets/d/schema", json=schema).status_code == 200
    store = data_store(dss_emulator.pipeline.services)
    write_rows(store, "P", "d", ["id", "name"], [["1", "ann"], ["2", "tab\there"]], dss_emulator.state.clock)
    return "d"


def test_rows_in_their_stored_columns_go_out_as_the_file_with_a_length(
    admin_http: httpx.Client, rows_dataset: str
) -> None:
    answer = admin_http.get(
        "/projects/P/datasets/d/data/", params={"format": "tsv-excel-noheader", "readSessionId": "s1"}
    )
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/tab-separated-values"
    assert answer.headers["content-length"] == str(len(answer.content))
    assert answer.content == b'1\tann\n2\t"tab\there"\n'
    assert admin_http.get("/projects/P/datasets/d/finish-streaming/", params={"readSessionId": "s1"}).status_code == 204


def test_other_columns_are_cut_row_by_row_and_sent_chunked(admin_http: httpx.Client, rows_dataset: str) -> None:
    answer = admin_http.get("/projects/P/datasets/d/data/", params=[("columns", "name"), ("columns", "id")])
    assert answer.status_code == 200 and "content-length" not in answer.headers
    assert answer.headers.get("transfer-encoding") == "chunked"
    assert answer.content == b'ann\t1\n"tab\there"\t2\n'
    comma = admin_http.get("/projects/P/datasets/d/data/", params={"columns": "name,id"})
    assert comma.content == answer.content


def test_a_read_that_fails_midway_is_reported_when_finished(
    dss_emulator: Emulator, admin_http: httpx.Client, rows_dataset: str, error_of: ErrorOf
) -> None:
    stored = data_store(dss_emulator.pipeline.services).existing("P", "d")
    assert stored is not None
    stored.partitions["NP"].path.write_bytes(b"1\tann\n2\t\xff\xfe broken\n")
    answer = admin_http.get("/projects/P/datasets/d/data/", params={"columns": "name", "readSessionId": "broken"})
    assert answer.status_code == 200
    finished = admin_http.get("/projects/P/datasets/d/finish-streaming/", params={"readSessionId": "broken"})
    assert finished.status_code == 500 and "UnicodeDecodeError" in error_of(finished)["message"]
    unknown = admin_http.get("/projects/P/datasets/d/finish-streaming/", params={"readSessionId": "never"})
    assert unknown.status_code == 404


def test_reads_refuse_unknown_formats_and_columns(
    admin_http: httpx.Client, rows_dataset: str, error_of: ErrorOf
) -> None:
    answer = admin_http.get("/projects/P/datasets/d/data/", params={"format": "json"})
    assert answer.status_code == 400 and "tsv-excel-noheader" in error_of(answer)["message"]
    answer = admin_http.get("/projects/P/datasets/d/data/", params={"columns": "nope"})
    assert answer.status_code == 400 and "nope" in error_of(answer)["message"]


def test_an_upload_as_the_official_client_sends_it(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    body = {"projectKey": "P", "name": "u", "type": "UploadedFiles", "params": {}}
    assert admin_http.post("/projects/P/datasets/", json=body).status_code == 200
    boundary = "b0undary"
    payload = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\n\r\n'.encode()
        + CSV
        + f"\r\n--{boundary}--\r\n".encode()
    )
    answer = admin_http.post(
        "/projects/P/datasets/u/uploaded/files",
        content=payload,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert answer.status_code == 204
    assert [(f["name"], f["size"]) for f in admin_http.get("/projects/P/datasets/u/uploaded/files").json()] == [
        ("c.csv", len(CSV))
    ]


def test_logs_are_text(admin_http: httpx.Client, rows_dataset: str) -> None:
    recipe = {
        "recipePrototype": {
            "type": "sync",
            "name": "copy",
            "inputs": {"main": {"items": [{"ref": "d"}]}},
            "outputs": {"main": {"items": [{"ref": "out"}]}},
        },
        "creationSettings": {"createOutputDataset": True},
    }
    assert admin_http.post("/projects/P/recipes/", json=recipe).json() == {"name": "copy", "projectKey": "P"}
    job = admin_http.post("/projects/P/jobs/", json={"outputs": [{"id": "out", "partition": None}]}).json()
    deadline = time.monotonic() + 10
    while admin_http.get(f"/projects/P/jobs/{job['id']}/").json()["baseStatus"]["state"] != "DONE":
        assert time.monotonic() < deadline
        time.sleep(0.02)
    log = admin_http.get(f"/projects/P/jobs/{job['id']}/log")
    assert log.headers["content-type"] == "text/plain" and "Running recipe copy" in log.text


# -- the Python runner -----------------------------------------------------------------------------


def run_script(script: str, tmp_path: Path, handle: Callable[[dict[str, Any]], Any], timeout: float = 30) -> list[str]:
    lines: list[str] = []
    registry = FutureRegistry(10, lambda: 0)
    outcome: dict[str, Any] = {}

    def work(control: TaskControl) -> None:
        try:
            run_python(script, {"projectKey": "P"}, handle, lines.append, control, timeout, tmp_path)
        except (PythonFailed, TaskAborted) as error:
            outcome["error"] = error
            if isinstance(error, TaskAborted):
                raise

    future = registry.start("admin", "script", {}, work)
    assert future.wait(60)
    if "error" in outcome:
        raise outcome["error"]
    return lines


def test_requests_and_output_share_standard_output(tmp_path: Path) -> None:
    seen: list[dict[str, Any]] = []

    def handle(request: dict[str, Any]) -> Any:
        seen.append(request)
        return {"echo": request["op"]}

    script = "from dataiku import _runtime\nprint('half a line', end='')\nprint(_runtime.request('ping', n=1))\n"
    lines = run_script(script, tmp_path, handle)
    assert seen == [{"op": "ping", "n": 1}]
    assert lines == ["half a line", "{'echo': 'ping'}"]


def test_a_refused_request_raises_in_the_code_and_an_error_exit_fails(tmp_path: Path) -> None:
    def refuse(request: dict[str, Any]) -> Any:
        raise RequestRefused("not for you")

    with pytest.raises(PythonFailed, match=r"At line 2: <class '[\w.]*EmulatorError'>: not for you"):
        run_script("from dataiku import _runtime\n_runtime.request('x')\n", tmp_path, refuse)
    with pytest.raises(PythonFailed, match="exited with code 3"):
        run_script("import sys\nsys.exit(3)\n", tmp_path, refuse)


def test_a_script_past_its_time_is_killed(tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(PythonFailed, match="more than 0.3 s"):
        run_script("import time\ntime.sleep(30)\n", tmp_path, lambda r: None, timeout=0.3)
    assert time.monotonic() - started < 10


def test_an_abort_kills_the_process_at_once(tmp_path: Path) -> None:
    registry = FutureRegistry(10, lambda: 0)
    marker = tmp_path / "started"

    def work(control: TaskControl) -> None:
        script = f"import time, pathlib\npathlib.Path({str(marker)!r}).touch()\ntime.sleep(30)\n"
        run_python(script, {}, lambda r: None, lambda line: None, control, 60, tmp_path / "run")

    future = registry.start("admin", "script", {}, work)
    deadline = time.monotonic() + 10
    while not marker.exists():
        assert time.monotonic() < deadline
        time.sleep(0.02)
    started = time.monotonic()
    future.request_abort()
    assert future.wait(10) and time.monotonic() - started < 5
    assert future.status == "ABORTED"


def test_jobs_run_as_tasks_not_listed_among_the_futures(admin_http: httpx.Client, rows_dataset: str) -> None:
    recipe = {
        "recipePrototype": {
            "type": "python",
            "name": "slow",
            "inputs": {"main": {"items": [{"ref": "d"}]}},
            "outputs": {"main": {"items": [{"ref": "d_out"}]}},
        },
        "creationSettings": {"script": "import time\ntime.sleep(30)\n"},
    }
    managed = {"name": "d_out", "creationSettings": {"connectionId": "filesystem_managed"}}
    assert admin_http.post("/projects/P/datasets/managed", json=managed).status_code == 200
    assert admin_http.post("/projects/P/recipes/", json=recipe).status_code == 200
    job = admin_http.post("/projects/P/jobs/", json={"outputs": [{"id": "d_out"}]}).json()
    assert admin_http.get("/futures/", params={"allUsers": "true"}).json() == []
    assert [j["def"]["id"] for j in admin_http.get("/jobs/running/").json()] == [job["id"]]
    assert admin_http.post(f"/projects/P/jobs/{job['id']}/abort").json()["state"] == "ABORTED"
