# Derived from tests/e2e/aio/test_code_env_versions.py by scripts/unasync.py: do not edit.
"""Which version of a code env a project uses (``DSSCodeEnv.get_version_for_project``), end to end: a
versioned env of an automation node is pinned by the bundle activated in the project."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import DSSClient, NotFoundError, PermissionDeniedError
from tests.conftest import FAST_POLLING, admin_key


@pytest.fixture
def automation(dss_emulator_factory: Any) -> Iterator[DSSClient]:
    node = dss_emulator_factory(node_type="AUTOMATION", build_seconds=0.01)
    with DSSClient(node.url, admin_key(node), future_polling=FAST_POLLING) as dss:
        yield dss


def bundle(client: DSSClient, tmp_path: Path, bundle_id: str) -> bytes:
    """A bundle of the design node's ML project."""
    project = client.get_project("ML")
    project.export_bundle(bundle_id)
    path = tmp_path / f"{bundle_id}.zip"
    project.download_exported_bundle_archive_to_file(bundle_id, path)
    return path.read_bytes()


def design_project(client: DSSClient, env_name: str) -> None:
    project = client.create_project("ML", "ML", "admin")
    settings = project.get_settings()
    settings.set_python_code_env(env_name)
    settings.save()


def add_version(automation: DSSClient, env_name: str, version_id: str) -> None:
    settings = automation.get_code_env("PYTHON", env_name).get_settings()
    versions = settings.get_raw()["versions"]
    versions.append({**versions[-1], "versionId": version_id, "specPackageList": "pandas==2.2.2"})
    settings.save()


def test_a_versioned_env_is_pinned_by_the_active_bundle(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project(client, "py_ver")
    env = automation.create_code_env("PYTHON", "py_ver", "AUTOMATION_VERSIONED")
    created = automation.create_project_from_bundle_archive(bundle(client, tmp_path, "b1"))
    project = automation.get_project(created["projectKey"])
    # Imported, not activated: the project has no settings choosing the env yet.
    assert env.get_version_for_project("ML") == {}

    project.activate_bundle("b1")
    assert env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}

    # A new version of the env does not move a project until a bundle is activated again.
    add_version(automation, "py_ver", "v2")
    assert env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}
    project.import_bundle_from_stream(bundle(client, tmp_path, "b2"))
    assert env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}
    project.activate_bundle("b2")
    assert env.get_version_for_project("ML") == {"version": "v2", "bundleId": "b2"}
    project.activate_bundle("b1")  # a rollback pins the env's version current then
    assert env.get_version_for_project("ML") == {"version": "v2", "bundleId": "b1"}

    # The pinned version removed from the env: the project follows its latest version.
    settings = env.get_settings()
    versions = settings.get_raw()["versions"]
    settings.get_raw()["versions"] = [v for v in versions if v["versionId"] != "v2"] + [
        {**versions[0], "versionId": "v3"}
    ]
    settings.save()
    assert env.get_version_for_project("ML") == {"version": "v3", "bundleId": "b1"}


def test_a_project_created_on_the_node_follows_the_latest_version(automation: DSSClient) -> None:
    env = automation.create_code_env("PYTHON", "py_ver", "AUTOMATION_VERSIONED")
    design_project(automation, "py_ver")
    assert env.get_version_for_project("ML") == {"version": "v1"}  # no bundle: no bundleId
    add_version(automation, "py_ver", "v2")
    assert env.get_version_for_project("ML") == {"version": "v2"}
    settings = automation.get_project("ML").get_settings()
    settings.set_python_code_env(None)
    settings.save()
    assert env.get_version_for_project("ML") == {}, "the project no longer uses the env"


def test_an_env_without_versions_only_names_the_bundle(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project(client, "py_single")
    env = automation.create_code_env("PYTHON", "py_single", "AUTOMATION_SINGLE")
    other = automation.create_code_env("PYTHON", "py_other", "AUTOMATION_VERSIONED")
    automation.create_project_from_bundle_archive(bundle(client, tmp_path, "b1"))
    automation.get_project("ML").activate_bundle("b1")
    assert env.get_version_for_project("ML") == {"bundleId": "b1"}
    assert other.get_version_for_project("ML") == {}, "a versioned env the project does not use"


def test_on_a_design_node_a_used_env_has_no_version(client: DSSClient) -> None:
    env = client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED")
    design_project(client, "py311")
    client.create_project("OTHER", "Other", "admin")
    assert env.get_version_for_project("ML") == {}
    assert env.get_version_for_project("OTHER") == {}


def test_unknown_envs_and_projects_and_callers_without_rights_are_refused(
    client: DSSClient, reader_client: DSSClient
) -> None:
    env = client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED")
    design_project(client, "py311")
    with pytest.raises(NotFoundError, match="NOPE"):
        env.get_version_for_project("NOPE")
    with pytest.raises(NotFoundError, match="missing"):
        client.get_code_env("PYTHON", "missing").get_version_for_project("ML")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_code_env("PYTHON", "py311").get_version_for_project("ML")
