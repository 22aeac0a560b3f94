"""Which version of a code env a project uses (``DSSCodeEnv.get_version_for_project``), end to end: a
versioned env of an automation node is pinned by the bundle activated in the project."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import AsyncDSSClient, NotFoundError, PermissionDeniedError
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def automation(dss_emulator_factory: Any) -> AsyncIterator[AsyncDSSClient]:
    node = dss_emulator_factory(node_type="AUTOMATION", build_seconds=0.01)
    async with AsyncDSSClient(node.url, admin_key(node), future_polling=FAST_POLLING) as dss:
        yield dss


async def bundle(client: AsyncDSSClient, tmp_path: Path, bundle_id: str) -> bytes:
    """A bundle of the design node's ML project."""
    project = client.get_project("ML")
    await project.export_bundle(bundle_id)
    path = tmp_path / f"{bundle_id}.zip"
    await project.download_exported_bundle_archive_to_file(bundle_id, path)
    return path.read_bytes()


async def design_project(client: AsyncDSSClient, env_name: str) -> None:
    project = await client.create_project("ML", "ML", "admin")
    settings = await project.get_settings()
    settings.set_python_code_env(env_name)
    await settings.save()


async def add_version(automation: AsyncDSSClient, env_name: str, version_id: str) -> None:
    settings = await automation.get_code_env("PYTHON", env_name).get_settings()
    versions = settings.get_raw()["versions"]
    versions.append({**versions[-1], "versionId": version_id, "specPackageList": "pandas==2.2.2"})
    await settings.save()


async def test_a_versioned_env_is_pinned_by_the_active_bundle(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    await design_project(client, "py_ver")
    env = await automation.create_code_env("PYTHON", "py_ver", "AUTOMATION_VERSIONED")
    created = await automation.create_project_from_bundle_archive(await bundle(client, tmp_path, "b1"))
    project = automation.get_project(created["projectKey"])
    # Imported, not activated: the project has no settings choosing the env yet.
    assert await env.get_version_for_project("ML") == {}

    await project.activate_bundle("b1")
    assert await env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}

    # A new version of the env does not move a project until a bundle is activated again.
    await add_version(automation, "py_ver", "v2")
    assert await env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}
    await project.import_bundle_from_stream(await bundle(client, tmp_path, "b2"))
    assert await env.get_version_for_project("ML") == {"version": "v1", "bundleId": "b1"}
    await project.activate_bundle("b2")
    assert await env.get_version_for_project("ML") == {"version": "v2", "bundleId": "b2"}
    await project.activate_bundle("b1")  # a rollback pins the env's version current then
    assert await env.get_version_for_project("ML") == {"version": "v2", "bundleId": "b1"}

    # The pinned version removed from the env: the project follows its latest version.
    settings = await env.get_settings()
    versions = settings.get_raw()["versions"]
    settings.get_raw()["versions"] = [v for v in versions if v["versionId"] != "v2"] + [
        {**versions[0], "versionId": "v3"}
    ]
    await settings.save()
    assert await env.get_version_for_project("ML") == {"version": "v3", "bundleId": "b1"}


async def test_a_project_created_on_the_node_follows_the_latest_version(automation: AsyncDSSClient) -> None:
    env = await automation.create_code_env("PYTHON", "py_ver", "AUTOMATION_VERSIONED")
    await design_project(automation, "py_ver")
    assert await env.get_version_for_project("ML") == {"version": "v1"}  # no bundle: no bundleId
    await add_version(automation, "py_ver", "v2")
    assert await env.get_version_for_project("ML") == {"version": "v2"}
    settings = await automation.get_project("ML").get_settings()
    settings.set_python_code_env(None)
    await settings.save()
    assert await env.get_version_for_project("ML") == {}, "the project no longer uses the env"


async def test_an_env_without_versions_only_names_the_bundle(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    await design_project(client, "py_single")
    env = await automation.create_code_env("PYTHON", "py_single", "AUTOMATION_SINGLE")
    other = await automation.create_code_env("PYTHON", "py_other", "AUTOMATION_VERSIONED")
    await automation.create_project_from_bundle_archive(await bundle(client, tmp_path, "b1"))
    await automation.get_project("ML").activate_bundle("b1")
    assert await env.get_version_for_project("ML") == {"bundleId": "b1"}
    assert await other.get_version_for_project("ML") == {}, "a versioned env the project does not use"


async def test_on_a_design_node_a_used_env_has_no_version(client: AsyncDSSClient) -> None:
    env = await client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED")
    await design_project(client, "py311")
    await client.create_project("OTHER", "Other", "admin")
    assert await env.get_version_for_project("ML") == {}
    assert await env.get_version_for_project("OTHER") == {}


async def test_unknown_envs_and_projects_and_callers_without_rights_are_refused(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    env = await client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED")
    await design_project(client, "py311")
    with pytest.raises(NotFoundError, match="NOPE"):
        await env.get_version_for_project("NOPE")
    with pytest.raises(NotFoundError, match="missing"):
        await client.get_code_env("PYTHON", "missing").get_version_for_project("ML")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_code_env("PYTHON", "py311").get_version_for_project("ML")
