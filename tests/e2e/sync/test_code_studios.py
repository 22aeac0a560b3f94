# Derived from tests/e2e/aio/test_code_studios.py by scripts/unasync.py: do not edit.
"""Code studios of a project, end to end against the emulator: lifecycle, status, zones, conflicts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.codestudio import (
    DSSCodeStudioObject,
    DSSCodeStudioObjectConflicts,
    DSSCodeStudioObjectListItem,
    DSSCodeStudioObjectSettings,
    DSSCodeStudioObjectStatus,
)
from dssclient.emulator.models.code_studios import CodeStudios
from tests.conftest import FAST_POLLING, admin_key, sent_bodies

SHARED_WITH_READERS = [{"group": "readers", "readProjectContent": True, "writeProjectContent": True}]


def studios_of(emulator: Any) -> CodeStudios:
    model: CodeStudios = emulator.state.extension(CodeStudios)
    return model


def started(client: DSSClient, name: str = "mine") -> DSSCodeStudioObject:
    project = client.create_project("P", "P", "admin")
    studio = project.create_code_studio(name, "vscode")
    (studio.restart()).wait_for_result(timeout=10)
    return studio


def test_a_new_code_studio_is_stopped_and_listed(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    studio = project.create_code_studio("Exploration", "vscode")
    assert isinstance(studio, DSSCodeStudioObject) and studio.project_key == "P" and studio.code_studio_id
    assert sent_bodies(dss_emulator, "createCodeStudio") == [{"name": "Exploration", "templateId": "vscode"}]
    status = studio.get_status()
    assert isinstance(status, DSSCodeStudioObjectStatus)
    assert status.state == "STOPPED" and status.last_state_change is None
    assert status.get_zones() == [] and status.get_zones(as_type="objects") == []

    (item,) = project.list_code_studios()
    assert isinstance(item, DSSCodeStudioObjectListItem)
    assert (item.id, item.name, item.owner, item.template_id) == (
        studio.code_studio_id,
        "Exploration",
        "admin",
        "vscode",
    )
    assert item.template_label == "VS Code"
    assert item.template_description.startswith("VS Code server")
    assert item.to_code_studio().code_studio_id == studio.code_studio_id
    (handle,) = project.list_code_studios(as_type="objects")
    assert handle.code_studio_id == studio.code_studio_id
    with pytest.raises(ValueError):
        project.list_code_studios(as_type="list_item")  # type: ignore[call-overload]


def test_settings_describe_the_code_studio(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    first = project.create_code_studio("same name", "jupyterlab")
    second = project.create_code_studio("same name", "jupyterlab")
    assert first.code_studio_id != second.code_studio_id  # DSS chooses ids; names need not be unique
    settings = first.get_settings()
    assert isinstance(settings, DSSCodeStudioObjectSettings)
    assert (settings.id, settings.name, settings.owner, settings.template_id) == (
        first.code_studio_id,
        "same name",
        "admin",
        "jupyterlab",
    )
    assert settings.lib_name
    settings.get_raw()["name"] = "changed locally"
    assert settings.name == "changed locally"  # get_raw is the dict itself
    assert (first.get_settings()).name == "same name"
    assert not hasattr(settings, "save")  # DSS offers no call to save a code studio's definition


def test_start_and_stop_are_long_tasks(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    studio = project.create_code_studio("mine", "vscode")
    future = studio.restart()
    assert isinstance(future, DSSFuture) and future.job_id
    future.wait_for_result(timeout=10)
    status = studio.get_status()
    assert status.state == "RUNNING"
    assert isinstance(status.last_state_change, datetime.datetime) and status.last_state_change.tzinfo is not None
    assert abs(status.last_state_change - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)
    zones = status.get_zones()
    assert "code_studio-versioned" in zones and "recipes" in zones
    assert [z["id"] for z in status.get_zones(as_type="objects")] == zones
    assert {"port": 8080}.items() <= status.get_raw()["exposed"][0].items()
    with pytest.raises(ValueError):
        status.get_zones(as_type="dicts")  # type: ignore[call-overload]

    stop = studio.stop()
    assert stop.job_id
    stop.wait_for_result(timeout=10)
    stopped = studio.get_status()
    assert stopped.state == "STOPPED" and stopped.get_zones() == []
    assert stopped.last_state_change is not None and stopped.last_state_change >= status.last_state_change


def test_stopping_a_stopped_code_studio_is_over_at_once(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    studio = project.create_code_studio("mine", "vscode")
    future = studio.stop()
    assert future.job_id is None and future.state is not None and future.state["hasResult"] is True
    assert future.wait_for_result(timeout=1) is None
    assert [e.operation_id for e in dss_emulator.request_log if e.operation_id == "getFutureState"] == []


def test_the_states_between(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(code_studio_seconds=5)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = client.create_project("P", "P", "admin")
        studio = project.create_code_studio("mine", "vscode")
        start = studio.restart()
        assert (studio.get_status()).state == "STARTING"
        again = studio.restart()
        assert again.job_id == start.job_id  # a second start waits on the first
        stop = studio.stop()  # stopping while starting gives up the start
        assert (studio.get_status()).state == "STOPPING"
        with pytest.raises(BadRequestError):
            studio.restart()
        stop.abort()
        with pytest.raises(FutureFailedError):
            start.wait_for_result(timeout=5)
        assert (studio.get_status()).state == "STOPPED"


def test_a_template_never_built_cannot_start(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    studio = project.create_code_studio("R", "rstudio")
    with pytest.raises(FutureFailedError, match="never built"):
        (studio.restart()).wait_for_result(timeout=10)
    assert (studio.get_status()).state == "STOPPED"
    (client.get_code_studio_template("rstudio").build()).wait_for_result(timeout=10)
    (studio.restart()).wait_for_result(timeout=10)
    assert (studio.get_status()).state == "RUNNING"


def test_push_copies_dss_files_into_the_code_studio(client: DSSClient, dss_emulator: Any) -> None:
    studio = started(client)
    model = studios_of(dss_emulator)
    with dss_emulator.state.lock:
        model.write_in_dss("P", studio.code_studio_id, "recipes", "compute_x.py", "print(1)\n", "admin")
        model.write_in_dss("P", studio.code_studio_id, "recipes", "compute_y.py", b"\x00\x01", "admin")
    assert studio.push_to_code_studio("recipes") == {"count": 2, "size": 11}
    with dss_emulator.state.lock:
        assert model.files_in_studio("P", studio.code_studio_id, "recipes") == {
            "compute_x.py": b"print(1)\n",
            "compute_y.py": b"\x00\x01",
        }


def test_conflicts_are_files_changed_on_both_sides(client: DSSClient, dss_emulator: Any) -> None:
    studio = started(client)
    studio_id = studio.code_studio_id
    model = studios_of(dss_emulator)
    with dss_emulator.state.lock:
        model.write_in_dss("P", studio_id, "code_studio-versioned", "a.py", "v0", "admin")
        model.write_in_dss("P", studio_id, "code_studio-versioned", "gone.py", "v0", "admin")
    studio.push_to_code_studio("code_studio-versioned")
    clean = studio.check_conflicts("code_studio-versioned")
    assert isinstance(clean, DSSCodeStudioObjectConflicts) and not clean.is_error
    assert (clean.added, clean.modified, clean.deleted, clean.authors) == ([], [], [], [])
    commit_after_push = clean["code_studio-versioned"]["commitTo"]

    with dss_emulator.state.lock:
        model.write_in_studio("P", studio_id, "code_studio-versioned", "a.py", "studio edit")
        model.write_in_studio("P", studio_id, "code_studio-versioned", "new.py", "studio")
        model.write_in_studio("P", studio_id, "code_studio-versioned", "gone.py", None)
        model.write_in_studio("P", studio_id, "code_studio-versioned", "alone.py", "only in the studio")
        model.write_in_dss("P", studio_id, "code_studio-versioned", "a.py", "dss edit", "reader")
        model.write_in_dss("P", studio_id, "code_studio-versioned", "new.py", "dss", "reader")
        model.write_in_dss("P", studio_id, "code_studio-versioned", "gone.py", "dss edit", "admin")
    conflicts = studio.check_conflicts("code_studio-versioned")
    assert conflicts.modified == ["a.py"] and conflicts.added == ["new.py"] and conflicts.deleted == ["gone.py"]
    assert conflicts.authors == ["admin", "reader"]
    zone = conflicts.get_raw()["code_studio-versioned"]
    assert zone["commitFrom"] == commit_after_push and zone["commitTo"] != commit_after_push
    assert conflicts == conflicts.get_raw()  # a dict itself

    assert studio.pull_from_code_studio("code_studio-versioned") is None
    with dss_emulator.state.lock:
        in_dss = model.files_in_dss("P", studio_id, "code_studio-versioned")
    assert in_dss == {"a.py": b"studio edit", "new.py": b"studio", "alone.py": b"only in the studio"}
    after = studio.check_conflicts("code_studio-versioned")
    assert (after.added, after.modified, after.deleted) == ([], [], [])


def test_zones_that_cannot_be_synchronized(client: DSSClient) -> None:
    studio = started(client)
    unknown = studio.check_conflicts("no-such-zone")
    assert unknown.is_error and unknown.added == []
    with pytest.raises(NotFoundError):
        studio.push_to_code_studio("no-such-zone")
    (studio.stop()).wait_for_result(timeout=10)
    assert (studio.check_conflicts("recipes")).is_error
    with pytest.raises(BadRequestError, match="not running"):
        studio.push_to_code_studio("recipes")
    with pytest.raises(BadRequestError, match="not running"):
        studio.pull_from_code_studio("recipes")


def test_only_the_owner_uses_a_code_studio(client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin", permissions=SHARED_WITH_READERS)
    theirs = reader_client.get_project("P").create_code_studio("theirs", "vscode")
    assert (theirs.get_settings()).owner == "reader"
    (theirs.restart()).wait_for_result(timeout=10)
    assert theirs.push_to_code_studio("recipes") == {"count": 0, "size": 0}
    as_admin = project.get_code_studio(theirs.code_studio_id)
    with pytest.raises(PermissionDeniedError):
        as_admin.push_to_code_studio("recipes")
    with pytest.raises(PermissionDeniedError):
        as_admin.check_conflicts("recipes")
    # Administrators may stop (and start) someone else's code studio, not use it.
    (as_admin.stop()).wait_for_result(timeout=10)
    mine = project.create_code_studio("mine", "vscode")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_code_studio(mine.code_studio_id).restart()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_code_studio(mine.code_studio_id).delete()


def test_a_project_reader_may_not_create_code_studios(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    assert reader_client.get_project("P").list_code_studios() == []
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").create_code_studio("x", "vscode")


def test_change_owner_gives_the_code_studio_away(client: DSSClient, dss_emulator: Any) -> None:
    studio = started(client)
    definition = studio.change_owner("reader")
    assert definition["owner"] == "reader" and (studio.get_settings()).owner == "reader"
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "changeCodeStudioOwner"]
    assert entry.query == {"newOwner": ["reader"]}
    with pytest.raises(PermissionDeniedError):
        studio.push_to_code_studio("recipes")
    with pytest.raises(BadRequestError):
        studio.change_owner("nobody")


def test_unknown_template_project_and_code_studio(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    with pytest.raises(NotFoundError):
        project.create_code_studio("x", "no-such-template")
    assert project.list_code_studios() == []
    with pytest.raises(NotFoundError):
        client.get_project("NOPE").list_code_studios()
    for studio_id in ("nope", "a/b", "ü ?#"):
        with pytest.raises(NotFoundError):
            project.get_code_studio(studio_id).get_status()
    with pytest.raises(InvalidIdentifierError):
        project.get_code_studio("..").get_settings()


def test_delete_removes_the_code_studio_even_running(client: DSSClient, dss_emulator: Any) -> None:
    studio = started(client)
    studio.delete()
    with pytest.raises(NotFoundError):
        studio.get_settings()
    project = client.get_project("P")
    assert project.list_code_studios() == []
    other = project.create_code_studio("other", "vscode")
    project.delete()
    with dss_emulator.state.lock:
        assert "P" not in studios_of(dss_emulator).studios
    client.create_project("P", "P", "admin")
    with pytest.raises(NotFoundError):
        client.get_project("P").get_code_studio(other.code_studio_id).get_settings()
