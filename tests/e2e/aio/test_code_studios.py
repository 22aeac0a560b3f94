"""Code studios of a project, end to end against the emulator: lifecycle, status, zones, conflicts."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.codestudio import (
    AsyncDSSCodeStudioObject,
    AsyncDSSCodeStudioObjectListItem,
    AsyncDSSCodeStudioObjectSettings,
    AsyncDSSCodeStudioObjectStatus,
    DSSCodeStudioObjectConflicts,
)
from dssclient.emulator.models.code_studios import CodeStudios
from tests.conftest import FAST_POLLING, admin_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

SHARED_WITH_READERS = [{"group": "readers", "readProjectContent": True, "writeProjectContent": True}]


def studios_of(emulator: Any) -> CodeStudios:
    model: CodeStudios = emulator.state.extension(CodeStudios)
    return model


async def started(client: AsyncDSSClient, name: str = "mine") -> AsyncDSSCodeStudioObject:
    project = await client.create_project("P", "P", "admin")
    studio = await project.create_code_studio(name, "vscode")
    await (await studio.restart()).wait_for_result(timeout=10)
    return studio


async def test_a_new_code_studio_is_stopped_and_listed(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    studio = await project.create_code_studio("Exploration", "vscode")
    assert isinstance(studio, AsyncDSSCodeStudioObject) and studio.project_key == "P" and studio.code_studio_id
    assert sent_bodies(dss_emulator, "createCodeStudio") == [{"name": "Exploration", "templateId": "vscode"}]
    status = await studio.get_status()
    assert isinstance(status, AsyncDSSCodeStudioObjectStatus)
    assert status.state == "STOPPED" and status.last_state_change is None
    assert status.get_zones() == [] and status.get_zones(as_type="objects") == []

    (item,) = await project.list_code_studios()
    assert isinstance(item, AsyncDSSCodeStudioObjectListItem)
    assert (item.id, item.name, item.owner, item.template_id) == (
        studio.code_studio_id,
        "Exploration",
        "admin",
        "vscode",
    )
    assert item.template_label == "VS Code"
    assert item.template_description.startswith("VS Code server")
    assert item.to_code_studio().code_studio_id == studio.code_studio_id
    (handle,) = await project.list_code_studios(as_type="objects")
    assert handle.code_studio_id == studio.code_studio_id
    with pytest.raises(ValueError):
        await project.list_code_studios(as_type="list_item")  # type: ignore[call-overload]


async def test_settings_describe_the_code_studio(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    first = await project.create_code_studio("same name", "jupyterlab")
    second = await project.create_code_studio("same name", "jupyterlab")
    assert first.code_studio_id != second.code_studio_id  # DSS chooses ids; names need not be unique
    settings = await first.get_settings()
    assert isinstance(settings, AsyncDSSCodeStudioObjectSettings)
    assert (settings.id, settings.name, settings.owner, settings.template_id) == (
        first.code_studio_id,
        "same name",
        "admin",
        "jupyterlab",
    )
    assert settings.lib_name
    settings.get_raw()["name"] = "changed locally"
    assert settings.name == "changed locally"  # get_raw is the dict itself
    assert (await first.get_settings()).name == "same name"
    assert not hasattr(settings, "save")  # DSS offers no call to save a code studio's definition


async def test_start_and_stop_are_long_tasks(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    studio = await project.create_code_studio("mine", "vscode")
    future = await studio.restart()
    assert isinstance(future, AsyncDSSFuture) and future.job_id
    await future.wait_for_result(timeout=10)
    status = await studio.get_status()
    assert status.state == "RUNNING"
    assert isinstance(status.last_state_change, datetime.datetime) and status.last_state_change.tzinfo is not None
    assert abs(status.last_state_change - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)
    zones = status.get_zones()
    assert "code_studio-versioned" in zones and "recipes" in zones
    assert [z["id"] for z in status.get_zones(as_type="objects")] == zones
    assert {"port": 8080}.items() <= status.get_raw()["exposed"][0].items()
    with pytest.raises(ValueError):
        status.get_zones(as_type="dicts")  # type: ignore[call-overload]

    stop = await studio.stop()
    assert stop.job_id
    await stop.wait_for_result(timeout=10)
    stopped = await studio.get_status()
    assert stopped.state == "STOPPED" and stopped.get_zones() == []
    assert stopped.last_state_change is not None and stopped.last_state_change >= status.last_state_change


async def test_stopping_a_stopped_code_studio_is_over_at_once(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    studio = await project.create_code_studio("mine", "vscode")
    future = await studio.stop()
    assert future.job_id is None and future.state is not None and future.state["hasResult"] is True
    assert await future.wait_for_result(timeout=1) is None
    assert [e.operation_id for e in dss_emulator.request_log if e.operation_id == "getFutureState"] == []


async def test_the_states_between(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(code_studio_seconds=5)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = await client.create_project("P", "P", "admin")
        studio = await project.create_code_studio("mine", "vscode")
        start = await studio.restart()
        assert (await studio.get_status()).state == "STARTING"
        again = await studio.restart()
        assert again.job_id == start.job_id  # a second start waits on the first
        stop = await studio.stop()  # stopping while starting gives up the start
        assert (await studio.get_status()).state == "STOPPING"
        with pytest.raises(BadRequestError):
            await studio.restart()
        await stop.abort()
        with pytest.raises(FutureFailedError):
            await start.wait_for_result(timeout=5)
        assert (await studio.get_status()).state == "STOPPED"


async def test_a_template_never_built_cannot_start(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    studio = await project.create_code_studio("R", "rstudio")
    with pytest.raises(FutureFailedError, match="never built"):
        await (await studio.restart()).wait_for_result(timeout=10)
    assert (await studio.get_status()).state == "STOPPED"
    await (await client.get_code_studio_template("rstudio").build()).wait_for_result(timeout=10)
    await (await studio.restart()).wait_for_result(timeout=10)
    assert (await studio.get_status()).state == "RUNNING"


async def test_push_copies_dss_files_into_the_code_studio(client: AsyncDSSClient, dss_emulator: Any) -> None:
    studio = await started(client)
    model = studios_of(dss_emulator)
    with dss_emulator.state.lock:
        model.write_in_dss("P", studio.code_studio_id, "recipes", "compute_x.py", "print(1)\n", "admin")
        model.write_in_dss("P", studio.code_studio_id, "recipes", "compute_y.py", b"\x00\x01", "admin")
    assert await studio.push_to_code_studio("recipes") == {"count": 2, "size": 11}
    with dss_emulator.state.lock:
        assert model.files_in_studio("P", studio.code_studio_id, "recipes") == {
            "compute_x.py": b"print(1)\n",
            "compute_y.py": b"\x00\x01",
        }


async def test_conflicts_are_files_changed_on_both_sides(client: AsyncDSSClient, dss_emulator: Any) -> None:
    studio = await started(client)
    studio_id = studio.code_studio_id
    model = studios_of(dss_emulator)
    with dss_emulator.state.lock:
        model.write_in_dss("P", studio_id, "code_studio-versioned", "a.py", "v0", "admin")
        model.write_in_dss("P", studio_id, "code_studio-versioned", "gone.py", "v0", "admin")
    await studio.push_to_code_studio("code_studio-versioned")
    clean = await studio.check_conflicts("code_studio-versioned")
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
    conflicts = await studio.check_conflicts("code_studio-versioned")
    assert conflicts.modified == ["a.py"] and conflicts.added == ["new.py"] and conflicts.deleted == ["gone.py"]
    assert conflicts.authors == ["admin", "reader"]
    zone = conflicts.get_raw()["code_studio-versioned"]
    assert zone["commitFrom"] == commit_after_push and zone["commitTo"] != commit_after_push
    assert conflicts == conflicts.get_raw()  # a dict itself

    assert await studio.pull_from_code_studio("code_studio-versioned") is None
    with dss_emulator.state.lock:
        in_dss = model.files_in_dss("P", studio_id, "code_studio-versioned")
    assert in_dss == {"a.py": b"studio edit", "new.py": b"studio", "alone.py": b"only in the studio"}
    after = await studio.check_conflicts("code_studio-versioned")
    assert (after.added, after.modified, after.deleted) == ([], [], [])


async def test_zones_that_cannot_be_synchronized(client: AsyncDSSClient) -> None:
    studio = await started(client)
    unknown = await studio.check_conflicts("no-such-zone")
    assert unknown.is_error and unknown.added == []
    with pytest.raises(NotFoundError):
        await studio.push_to_code_studio("no-such-zone")
    await (await studio.stop()).wait_for_result(timeout=10)
    assert (await studio.check_conflicts("recipes")).is_error
    with pytest.raises(BadRequestError, match="not running"):
        await studio.push_to_code_studio("recipes")
    with pytest.raises(BadRequestError, match="not running"):
        await studio.pull_from_code_studio("recipes")


async def test_only_the_owner_uses_a_code_studio(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    project = await client.create_project("P", "P", "admin", permissions=SHARED_WITH_READERS)
    theirs = await reader_client.get_project("P").create_code_studio("theirs", "vscode")
    assert (await theirs.get_settings()).owner == "reader"
    await (await theirs.restart()).wait_for_result(timeout=10)
    assert await theirs.push_to_code_studio("recipes") == {"count": 0, "size": 0}
    as_admin = project.get_code_studio(theirs.code_studio_id)
    with pytest.raises(PermissionDeniedError):
        await as_admin.push_to_code_studio("recipes")
    with pytest.raises(PermissionDeniedError):
        await as_admin.check_conflicts("recipes")
    # Administrators may stop (and start) someone else's code studio, not use it.
    await (await as_admin.stop()).wait_for_result(timeout=10)
    mine = await project.create_code_studio("mine", "vscode")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_code_studio(mine.code_studio_id).restart()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_code_studio(mine.code_studio_id).delete()


async def test_a_project_reader_may_not_create_code_studios(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    assert await reader_client.get_project("P").list_code_studios() == []
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").create_code_studio("x", "vscode")


async def test_change_owner_gives_the_code_studio_away(client: AsyncDSSClient, dss_emulator: Any) -> None:
    studio = await started(client)
    definition = await studio.change_owner("reader")
    assert definition["owner"] == "reader" and (await studio.get_settings()).owner == "reader"
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "changeCodeStudioOwner"]
    assert entry.query == {"newOwner": ["reader"]}
    with pytest.raises(PermissionDeniedError):
        await studio.push_to_code_studio("recipes")
    with pytest.raises(BadRequestError):
        await studio.change_owner("nobody")


async def test_unknown_template_project_and_code_studio(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    with pytest.raises(NotFoundError):
        await project.create_code_studio("x", "no-such-template")
    assert await project.list_code_studios() == []
    with pytest.raises(NotFoundError):
        await client.get_project("NOPE").list_code_studios()
    for studio_id in ("nope", "a/b", "ü ?#"):
        with pytest.raises(NotFoundError):
            await project.get_code_studio(studio_id).get_status()
    with pytest.raises(InvalidIdentifierError):
        await project.get_code_studio("..").get_settings()


async def test_delete_removes_the_code_studio_even_running(client: AsyncDSSClient, dss_emulator: Any) -> None:
    studio = await started(client)
    await studio.delete()
    with pytest.raises(NotFoundError):
        await studio.get_settings()
    project = client.get_project("P")
    assert await project.list_code_studios() == []
    other = await project.create_code_studio("other", "vscode")
    await project.delete()
    with dss_emulator.state.lock:
        assert "P" not in studios_of(dss_emulator).studios
    await client.create_project("P", "P", "admin")
    with pytest.raises(NotFoundError):
        await client.get_project("P").get_code_studio(other.code_studio_id).get_settings()
