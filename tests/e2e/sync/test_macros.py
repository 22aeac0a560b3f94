# Derived from tests/e2e/aio/test_macros.py by scripts/unasync.py: do not edit.
"""Macros, end to end: the built-in "List datasets using connection" listed, defined, run, polled, read, aborted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient._stream import DSSStream
from dssclient.dss.macro import DSSMacro
from dssclient.emulator.models.macros import LIST_DATASETS_USING_CONNECTION
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies


@pytest.fixture
def dss_emulator(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(sql_connections={"warehouse": None})


@pytest.fixture
def client(dss_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def reader_client(dss_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(dss_emulator.url, reader_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


def with_datasets(client: DSSClient) -> None:
    for key in ("P", "Q"):
        project = client.create_project(key, key, "admin")
        for name, connection, table in (("orders", "warehouse", "ORDERS"), ("files", "filesystem_managed", None)):
            params: dict[str, Any] = {"connection": connection}
            if table is not None:
                params.update({"table": table, "schema": "public"})
            kind = "PostgreSQL" if table else "Filesystem"
            project.create_dataset(f"{name}_{key.lower()}", kind, params=params)


def test_the_builtin_macro_is_listed_and_defined(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    (definition,) = project.list_macros()
    assert definition["runnableType"] == LIST_DATASETS_USING_CONNECTION
    assert definition["resultType"] == "RESULT_TABLE"
    assert [p["name"] for p in definition["params"]] == ["connection", "all_projects"]
    (macro,) = project.list_macros(as_objects=True)
    assert isinstance(macro, DSSMacro) and macro.runnable_type == LIST_DATASETS_USING_CONNECTION
    assert macro.get_definition() == definition  # carried from the listing, no call
    fresh = project.get_macro(LIST_DATASETS_USING_CONNECTION)
    assert fresh.get_definition() == definition
    with pytest.raises(NotFoundError):
        project.get_macro("pyrunnable_nothing_here").get_definition()
    with pytest.raises(NotFoundError):
        project.get_macro("pyrunnable_nothing_here").run()


def test_a_run_lists_the_datasets_on_a_connection(client: DSSClient, dss_emulator: Any) -> None:
    with_datasets(client)
    macro = client.get_project("P").get_macro(LIST_DATASETS_USING_CONNECTION)
    run_id = macro.run(params={"connection": "warehouse"})
    assert sent_bodies(dss_emulator, "runMacro")[-1] == {"params": {"connection": "warehouse"}, "adminParams": {}}
    status = macro.get_status(run_id)
    assert status["running"] is False and status["success"] is True
    result = macro.get_result(run_id, as_type="json")
    assert result["records"] == [["PostgreSQL:orders_p", "ORDERS", "public", []]]
    assert [c["name"] for c in result["columns"]] == ["dataset", "table", "schema", "tags"]
    assert result["columns"][0]["type"] == "LOCAL_DATASET_WITH_TYPE"
    # Reading the result ends the run.
    with pytest.raises(NotFoundError):
        macro.get_status(run_id)
    with pytest.raises(NotFoundError):
        macro.get_result(run_id)

    every = macro.run(params={"connection": "filesystem_managed", "all_projects": True})
    text = macro.get_result(every, as_type="string")
    assert isinstance(text, str)
    assert [r[0] for r in json.loads(text)["records"]] == ["Filesystem:P.files_p", "Filesystem:Q.files_q"]

    streamed = macro.run(params={"connection": "nowhere"})
    stream = macro.get_result(streamed)
    assert isinstance(stream, DSSStream)
    with stream:
        assert json.loads(stream.readall())["records"] == []
    with pytest.raises(ValueError):
        macro.get_result("x", as_type="bytes")  # type: ignore[call-overload]


def test_a_run_not_waited_for_is_polled(client: DSSClient) -> None:
    with_datasets(client)
    macro = client.get_project("P").get_macro(LIST_DATASETS_USING_CONNECTION)
    run_id = macro.run(params={"connection": "warehouse"}, wait=False)
    for _ in range(200):
        if not (macro.get_status(run_id))["running"]:
            break
    else:
        pytest.fail("the run never ended")
    assert (macro.get_result(run_id, as_type="json"))["records"] == [["PostgreSQL:orders_p", "ORDERS", "public", []]]
    # Aborting a run that is over changes nothing; an unknown run is not found.
    done = macro.run(params={"connection": "warehouse"})
    macro.abort(done)
    assert (macro.get_status(done))["success"] is True
    with pytest.raises(NotFoundError):
        macro.abort("no-such-run")


def test_bad_runs_are_refused(client: DSSClient) -> None:
    client.create_project("P", "P", "admin")
    macro = client.get_project("P").get_macro(LIST_DATASETS_USING_CONNECTION)
    with pytest.raises(BadRequestError, match="connection"):
        macro.run()
    with pytest.raises(BadRequestError):
        macro.run(params={"connection": ""})


def test_runs_follow_the_callers_rights(client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    with_datasets(client)
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]
    theirs = reader_client.get_project("P").get_macro(LIST_DATASETS_USING_CONNECTION)
    assert (theirs.get_definition())["adminParams"] == []
    run_id = theirs.run(params={"connection": "warehouse", "all_projects": True}, admin_params={"x": 1})
    # The macro runs as its caller: project Q is not theirs to read.
    assert [r[0] for r in (theirs.get_result(run_id, as_type="json"))["records"]] == ["PostgreSQL:P.orders_p"]
    # Someone else's run, or a run through another project, is not found.
    mine = client.get_project("P").get_macro(LIST_DATASETS_USING_CONNECTION)
    admin_run = mine.run(params={"connection": "warehouse"})
    with pytest.raises(NotFoundError):
        theirs.get_status(admin_run)
    with pytest.raises(NotFoundError):
        client.get_project("Q").get_macro(LIST_DATASETS_USING_CONNECTION).get_status(admin_run)
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("Q").list_macros()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("Q").get_macro(LIST_DATASETS_USING_CONNECTION).run(params={"connection": "x"})
