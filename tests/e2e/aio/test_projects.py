"""DSSClient's project calls and DSSProject, end to end against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.project import AsyncDSSProjectSettings
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_create_then_list(client: AsyncDSSClient) -> None:
    project = await client.create_project("SALES", "Sales", "admin", description="Q3 numbers", tags=["finance"])
    assert project.project_key == "SALES"
    assert await client.list_project_keys() == ["SALES"]
    (summary,) = await client.list_projects()
    assert summary["projectKey"] == "SALES"
    assert summary["name"] == "Sales"
    assert summary["ownerLogin"] == "admin"
    assert summary["tags"] == ["finance"]


async def test_summary_is_the_listed_item(client: AsyncDSSClient) -> None:
    project = await client.create_project("SALES", "Sales", "admin", tags=["finance"])
    summary = await project.get_summary()
    assert summary == (await client.list_projects())[0]
    assert summary["projectKey"] == "SALES" and summary["tags"] == ["finance"]
    with pytest.raises(NotFoundError):
        await client.get_project("NOPE").get_summary()


async def test_create_sends_the_documented_body_and_folder(client: AsyncDSSClient, dss_emulator: Any) -> None:
    folder = await (await client.get_root_project_folder()).create_sub_folder("Folder 1")
    await client.create_project(
        "P", "Project", "admin", settings={"flowBuildSettings": {}}, project_folder_id=folder.id
    )
    (body,) = sent_bodies(dss_emulator, "createProject")
    assert body == {
        "projectKey": "P",
        "name": "Project",
        "owner": "admin",
        "permissions": [],
        "tags": [],
        "settings": {"flowBuildSettings": {}},
    }
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "createProject"]
    assert entry.query == {"projectFolderId": [folder.id]}


async def test_create_twice_is_a_conflict(client: AsyncDSSClient) -> None:
    await client.create_project("P", "Project", "admin")
    with pytest.raises(ConflictError):
        await client.create_project("P", "Project", "admin")


@pytest.mark.parametrize("key", ["", ".", ".."])
async def test_a_key_that_could_never_be_addressed_is_refused_before_sending(
    client: AsyncDSSClient, dss_emulator: Any, key: str
) -> None:
    with pytest.raises(InvalidIdentifierError):
        await client.create_project(key, "Project", "admin")
    assert dss_emulator.request_log == type(dss_emulator.request_log)()


@pytest.mark.parametrize("key", ["a/b", "a-b", "é"])
async def test_dss_refuses_keys_outside_its_naming_rule(client: AsyncDSSClient, key: str) -> None:
    with pytest.raises(BadRequestError, match="projectKey"):
        await client.create_project(key, "Project", "admin")
    assert await client.list_project_keys() == []


async def test_non_admin_may_not_create_projects(reader_client: AsyncDSSClient) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        await reader_client.create_project("P", "Project", "reader")
    assert str(caught.value) == "java.lang.SecurityException: You may not create new projects"


async def test_non_admin_sees_only_projects_shared_with_them(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await client.create_project("MINE", "Mine", "reader")
    await client.create_project("THEIRS", "Theirs", "admin")
    assert await reader_client.list_project_keys() == ["MINE"]
    assert await reader_client.get_project("MINE").get_metadata() is not None
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("THEIRS").get_settings()


async def test_unknown_project_is_not_found(client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        await client.get_project("NOPE").get_settings()
    assert caught.value.error_type == "com.dataiku.dip.server.controllers.NotFoundException"
    assert "NOPE" in str(caught.value)


async def test_settings_edit_and_save(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "Project", "admin")
    settings = await project.get_settings()
    assert isinstance(settings, AsyncDSSProjectSettings)
    raw = settings.get_raw()
    assert raw["projectKey"] == "P"
    raw["settings"]["flowBuildSettings"] = {"mergeSparkPipelines": True}
    settings.set_python_code_env("py311")
    settings.set_container_exec_config("k8s-small")
    await settings.save()

    reread = (await project.get_settings()).get_raw()
    assert reread["settings"]["flowBuildSettings"] == {"mergeSparkPipelines": True}
    assert reread["settings"]["codeEnvs"]["python"] == {
        "mode": "EXPLICIT_ENV",
        "useBuiltinEnv": False,
        "envName": "py311",
    }
    assert reread["settings"]["container"] == {"containerMode": "EXPLICIT_CONTAINER", "containerConf": "k8s-small"}


async def test_metadata_round_trip(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "Project", "admin")
    metadata = await project.get_metadata()
    metadata["tags"] = ["a", "b"]
    metadata["custom"] = {"kv": {"team": "data"}}
    await project.set_metadata(metadata)
    reread = await project.get_metadata()
    assert reread["tags"] == ["a", "b"]
    assert reread["custom"] == {"kv": {"team": "data"}}


async def test_variables_round_trip(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "Project", "admin")
    variables = await project.get_variables()
    assert variables == {"standard": {}, "local": {}}
    variables["standard"]["threshold"] = 0.5
    variables["local"]["env"] = "dev"
    await project.set_variables(variables)
    assert await project.get_variables() == {"standard": {"threshold": 0.5}, "local": {"env": "dev"}}


async def test_set_variables_needs_both_scopes_and_sends_nothing_otherwise(
    client: AsyncDSSClient, dss_emulator: Any
) -> None:
    project = await client.create_project("P", "Project", "admin")
    with pytest.raises(ValueError, match="'local'"):
        await project.set_variables({"standard": {}})
    assert sent_bodies(dss_emulator, "setProjectVariables") == []


async def test_delete_waits_and_removes_the_project(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "Project", "admin")
    future = await project.delete(clear_managed_datasets=True)
    assert isinstance(future, AsyncDSSFuture)
    assert future.state is not None and future.state["hasResult"] is True
    result = await future.wait_for_result()  # already finished: no polling
    assert result["success"] is True
    assert await client.list_project_keys() == []
    with pytest.raises(NotFoundError):
        await project.get_settings()
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "deleteProject"]
    assert entry.query["clearManagedDatasets"] == ["true"]
    assert entry.query["wait"] == ["true"]
    assert not [e for e in dss_emulator.request_log if e.operation_id == "getFutureState"]


async def test_delete_without_waiting_returns_the_future_and_its_result(client: AsyncDSSClient) -> None:
    for attempt in range(10):  # the deletion may be over, or not, when the answer is written: both must work
        project = await client.create_project(f"P{attempt}", "Project", "admin")
        future = await project.delete(wait=False)
        assert future.job_id is not None
        result = await future.wait_for_result(timeout=10)
        assert result is not None and result["success"] is True
    assert await client.list_project_keys() == []


async def test_delete_is_for_administrators(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    await client.create_project("MINE", "Mine", "reader")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("MINE").delete()
    assert await client.list_project_keys() == ["MINE"]


async def test_delete_rejects_unknown_options(client: AsyncDSSClient) -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        await client.get_project("P").delete(drop_everything=True)
