# Derived from tests/e2e/aio/test_projects.py by scripts/unasync.py: do not edit.
"""DSSClient's project calls and DSSProject, end to end against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.project import DSSProjectSettings
from tests.conftest import sent_bodies


def test_create_then_list(client: DSSClient) -> None:
    project = client.create_project("SALES", "Sales", "admin", description="Q3 numbers", tags=["finance"])
    assert project.project_key == "SALES"
    assert client.list_project_keys() == ["SALES"]
    (summary,) = client.list_projects()
    assert summary["projectKey"] == "SALES"
    assert summary["name"] == "Sales"
    assert summary["ownerLogin"] == "admin"
    assert summary["tags"] == ["finance"]


def test_summary_is_the_listed_item(client: DSSClient) -> None:
    project = client.create_project("SALES", "Sales", "admin", tags=["finance"])
    summary = project.get_summary()
    assert summary == (client.list_projects())[0]
    assert summary["projectKey"] == "SALES" and summary["tags"] == ["finance"]
    with pytest.raises(NotFoundError):
        client.get_project("NOPE").get_summary()


def test_create_sends_the_documented_body_and_folder(client: DSSClient, dss_emulator: Any) -> None:
    folder = (client.get_root_project_folder()).create_sub_folder("Folder 1")
    client.create_project("P", "Project", "admin", settings={"flowBuildSettings": {}}, project_folder_id=folder.id)
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


def test_create_twice_is_a_conflict(client: DSSClient) -> None:
    client.create_project("P", "Project", "admin")
    with pytest.raises(ConflictError):
        client.create_project("P", "Project", "admin")


@pytest.mark.parametrize("key", ["", ".", ".."])
def test_a_key_that_could_never_be_addressed_is_refused_before_sending(
    client: DSSClient, dss_emulator: Any, key: str
) -> None:
    with pytest.raises(InvalidIdentifierError):
        client.create_project(key, "Project", "admin")
    assert dss_emulator.request_log == type(dss_emulator.request_log)()


@pytest.mark.parametrize("key", ["a/b", "a-b", "é"])
def test_dss_refuses_keys_outside_its_naming_rule(client: DSSClient, key: str) -> None:
    with pytest.raises(BadRequestError, match="projectKey"):
        client.create_project(key, "Project", "admin")
    assert client.list_project_keys() == []


def test_non_admin_may_not_create_projects(reader_client: DSSClient) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        reader_client.create_project("P", "Project", "reader")
    assert str(caught.value) == "java.lang.SecurityException: You may not create new projects"


def test_non_admin_sees_only_projects_shared_with_them(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("MINE", "Mine", "reader")
    client.create_project("THEIRS", "Theirs", "admin")
    assert reader_client.list_project_keys() == ["MINE"]
    assert reader_client.get_project("MINE").get_metadata() is not None
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("THEIRS").get_settings()


def test_unknown_project_is_not_found(client: DSSClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.get_project("NOPE").get_settings()
    assert caught.value.error_type == "com.dataiku.dip.server.controllers.NotFoundException"
    assert "NOPE" in str(caught.value)


def test_settings_edit_and_save(client: DSSClient) -> None:
    project = client.create_project("P", "Project", "admin")
    settings = project.get_settings()
    assert isinstance(settings, DSSProjectSettings)
    raw = settings.get_raw()
    assert raw["projectKey"] == "P"
    raw["settings"]["flowBuildSettings"] = {"mergeSparkPipelines": True}
    settings.set_python_code_env("py311")
    settings.set_container_exec_config("k8s-small")
    settings.save()

    reread = (project.get_settings()).get_raw()
    assert reread["settings"]["flowBuildSettings"] == {"mergeSparkPipelines": True}
    assert reread["settings"]["codeEnvs"]["python"] == {
        "mode": "EXPLICIT_ENV",
        "useBuiltinEnv": False,
        "envName": "py311",
    }
    assert reread["settings"]["container"] == {"containerMode": "EXPLICIT_CONTAINER", "containerConf": "k8s-small"}


def test_metadata_round_trip(client: DSSClient) -> None:
    project = client.create_project("P", "Project", "admin")
    metadata = project.get_metadata()
    metadata["tags"] = ["a", "b"]
    metadata["custom"] = {"kv": {"team": "data"}}
    project.set_metadata(metadata)
    reread = project.get_metadata()
    assert reread["tags"] == ["a", "b"]
    assert reread["custom"] == {"kv": {"team": "data"}}


def test_variables_round_trip(client: DSSClient) -> None:
    project = client.create_project("P", "Project", "admin")
    variables = project.get_variables()
    assert variables == {"standard": {}, "local": {}}
    variables["standard"]["threshold"] = 0.5
    variables["local"]["env"] = "dev"
    project.set_variables(variables)
    assert project.get_variables() == {"standard": {"threshold": 0.5}, "local": {"env": "dev"}}


def test_set_variables_needs_both_scopes_and_sends_nothing_otherwise(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "Project", "admin")
    with pytest.raises(ValueError, match="'local'"):
        project.set_variables({"standard": {}})
    assert sent_bodies(dss_emulator, "setProjectVariables") == []


def test_delete_waits_and_removes_the_project(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "Project", "admin")
    future = project.delete(clear_managed_datasets=True)
    assert isinstance(future, DSSFuture)
    assert future.state is not None and future.state["hasResult"] is True
    result = future.wait_for_result()  # already finished: no polling
    assert result["success"] is True
    assert client.list_project_keys() == []
    with pytest.raises(NotFoundError):
        project.get_settings()
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "deleteProject"]
    assert entry.query["clearManagedDatasets"] == ["true"]
    assert entry.query["wait"] == ["true"]
    assert not [e for e in dss_emulator.request_log if e.operation_id == "getFutureState"]


def test_delete_without_waiting_returns_the_future_and_its_result(client: DSSClient) -> None:
    for attempt in range(10):  # the deletion may be over, or not, when the answer is written: both must work
        project = client.create_project(f"P{attempt}", "Project", "admin")
        future = project.delete(wait=False)
        assert future.job_id is not None
        result = future.wait_for_result(timeout=10)
        assert result is not None and result["success"] is True
    assert client.list_project_keys() == []


def test_delete_is_for_administrators(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("MINE", "Mine", "reader")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("MINE").delete()
    assert client.list_project_keys() == ["MINE"]


def test_delete_rejects_unknown_options(client: DSSClient) -> None:
    with pytest.raises(TypeError, match="unexpected keyword"):
        client.get_project("P").delete(drop_everything=True)
