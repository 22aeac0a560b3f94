"""Code envs end to end: builds and package installs as long tasks that can fail, settings, usages, logs."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    FutureFailedError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
)
from dssclient.aio.dss.admin import (
    AsyncDSSAutomationCodeEnvSettings,
    AsyncDSSCodeEnv,
    AsyncDSSDesignCodeEnvSettings,
    DSSAutomationCodeEnvVersionSettings,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_create_builds_the_env_and_lists_it(client: AsyncDSSClient, dss_emulator: Any) -> None:
    params = {"pythonInterpreter": "PYTHON311", "specPackageList": "pandas==2.1.0\nrequests>=2.31"}
    env = await client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED", params)
    assert isinstance(env, AsyncDSSCodeEnv) and (env.env_lang, env.env_name) == ("PYTHON", "py311")
    assert params == {"pythonInterpreter": "PYTHON311", "specPackageList": "pandas==2.1.0\nrequests>=2.31"}
    (body,) = sent_bodies(dss_emulator, "createCodeEnv")
    assert body == {**params, "deploymentMode": "DESIGN_MANAGED"}
    (listed,) = await client.list_code_envs()
    assert (listed["envLang"], listed["envName"], listed["deploymentMode"]) == ("PYTHON", "py311", "DESIGN_MANAGED")
    assert listed["pythonInterpreter"] == "PYTHON311" and listed["owner"] == "admin"
    (handle,) = await client.list_code_envs(as_objects=True)
    assert (handle.env_lang, handle.env_name) == ("PYTHON", "py311")
    installed = (await env.get_settings()).get_raw()["actualPackageList"].splitlines()
    assert "pandas==2.1.0" in installed and "requests==2.31" in installed


async def test_create_without_waiting_gives_the_build_future(client: AsyncDSSClient) -> None:
    future = await client.create_code_env("R", "r_env", "DESIGN_MANAGED", wait=False)
    assert isinstance(future, AsyncDSSFuture)
    outcome = await future.wait_for_result(timeout=10)
    assert (outcome["envLang"], outcome["envName"], outcome["messages"]["success"]) == ("R", "r_env", True)
    assert [e["envName"] for e in await client.list_code_envs()] == ["r_env"]


async def test_a_failed_build_raises_and_leaves_nothing(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(unavailable_packages=["no-such-package"], build_seconds=0.02)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        with pytest.raises(OperationFailedError) as failed:
            await client.create_code_env("PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "no-such-package"})
        assert "no-such-package" in str(failed.value) and failed.value.messages["error"] is True
        future = await client.create_code_env(
            "PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "not a requirement!"}, wait=False
        )
        with pytest.raises(FutureFailedError) as task_failed:
            await future.wait_for_result(timeout=10)
        assert "Invalid requirement" in str(task_failed.value)
        assert await client.list_code_envs() == []


async def test_settings_round_trip_and_packages_install_on_update(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(unavailable_packages=["left-pad"], build_seconds=0.02)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        env = await client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED", {"specPackageList": "pandas"})
        settings = await env.get_settings()
        assert isinstance(settings, AsyncDSSDesignCodeEnvSettings)
        assert (settings.env_lang, settings.env_name) == ("PYTHON", "ml")
        assert settings.get_required_packages() == "pandas" and settings.get_required_packages(as_list=True) == [
            "pandas"
        ]
        settings.set_required_packages("pandas", "scikit-learn==1.3.0")
        settings.set_required_conda_spec("numpy", "scipy")
        settings.set_built_container_confs("k8s-small")
        settings.set_built_spark_kubernetes_confs(all=True)
        settings.set_cache_busting_location("END")
        settings.set_dockerfile_fragment("RUN apt-get install -y git", "dockerfileAtEnd")
        settings.add_container_runtime_addition("BASIC_GPU_ENABLING")
        settings.get_raw()["actualPackageList"] = "forged==1"  # what is installed is the env's to say
        await settings.save()
        again = await env.get_settings()
        assert again.get_required_packages(as_list=True) == ["pandas", "scikit-learn==1.3.0"]
        assert again.get_required_conda_spec(as_list=True) == ["numpy", "scipy"]
        assert (again.get_built_for_all_container_confs(), again.get_built_container_confs()) == (False, ["k8s-small"])
        assert again.built_for_all_spark_kubernetes_confs() is True
        assert again.get_cache_busting_location() == "END"
        assert again.get_dockerfile_fragment("dockerfileAtEnd") == "RUN apt-get install -y git"
        assert again.get_dockerfile_fragment("dockerfileAtStart") == ""
        assert again.get_container_runtime_additions() == [{"type": "BASIC_GPU_ENABLING"}]
        assert "scikit-learn" not in again.get_raw()["actualPackageList"]

        outcome = await env.update_packages()
        assert outcome["messages"]["success"] is True
        assert "scikit-learn==1.3.0" in (await env.get_settings()).get_raw()["actualPackageList"]
        rebuilt = await (await env.update_packages(force_rebuild_env=True, wait=False)).wait_for_result(timeout=10)
        assert rebuilt["messages"]["error"] is False

        again.set_required_packages("pandas", "left-pad")
        await again.save()
        with pytest.raises(OperationFailedError):
            await env.update_packages()
        with pytest.raises(FutureFailedError):
            await (await env.update_packages(wait=False)).wait_for_result(timeout=10)
        installed = (await env.get_settings()).get_raw()["actualPackageList"]
        assert "scikit-learn==1.3.0" in installed and "left-pad" not in installed  # as it was

        definition = await env.get_definition()
        definition["usableByAll"] = False
        assert isinstance(await env.set_definition(definition), dict)
        assert (await env.get_definition())["usableByAll"] is False


async def test_jupyter_images_usages_and_logs(client: AsyncDSSClient) -> None:
    env = await client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    assert "ipykernel" in (await env.get_settings()).get_raw()["actualPackageList"]
    outcome = await env.set_jupyter_support(False)
    assert outcome["messages"]["success"] is True
    assert "ipykernel" not in (await env.get_settings()).get_raw()["actualPackageList"]
    await (await env.set_jupyter_support(True, wait=False)).wait_for_result(timeout=10)
    assert "ipykernel" in (await env.get_settings()).get_raw()["actualPackageList"]

    with pytest.raises(OperationFailedError):
        await env.update_images()  # built for no container configuration yet
    settings = await env.get_settings()
    settings.set_built_container_confs(all=True)
    await settings.save()
    built = await env.update_images()
    assert [m["message"] for m in built["messages"]["messages"]] == [
        "Built images of code env PYTHON/ml for k8s-small, k8s-large"
    ]
    assert (await (await env.update_images(wait=False)).wait_for_result(timeout=10))["messages"]["success"] is True

    assert await env.list_usages() == [] and await client.list_code_env_usages() == []
    project = await client.create_project("ML", "ML", "admin")
    project_settings = await project.get_settings()
    project_settings.set_python_code_env("ml")
    await project_settings.save()
    assert await env.list_usages() == [{"envUsage": "PROJECT", "projectKey": "ML", "objectId": "ML"}]
    assert await client.list_code_env_usages() == [
        {"envLang": "PYTHON", "envName": "ml", "envUsage": "PROJECT", "projectKey": "ML", "objectId": "ML"}
    ]

    logs = await env.list_logs()
    assert [log["name"].split("-", 1)[1] for log in logs] == [
        "create.log",
        "jupyter.log",
        "jupyter.log",
        "images.log",
        "images.log",
        "images.log",
    ]
    created = await env.get_log(logs[0]["name"])
    assert created.startswith("Creating PYTHON code env ml (DESIGN_MANAGED)") and "Installed pandas" in created
    assert "FAILED" in await env.get_log(logs[3]["name"])
    with pytest.raises(NotFoundError):
        await env.get_log("nope.log")


async def test_delete_removes_the_env(client: AsyncDSSClient) -> None:
    env = await client.create_code_env("PYTHON", "old", "DESIGN_MANAGED")
    outcome = await env.delete()
    assert outcome["messages"]["success"] is True and await client.list_code_envs() == []
    with pytest.raises(NotFoundError):
        await env.get_settings()
    other = await client.create_code_env("PYTHON", "older", "DESIGN_MANAGED")
    await (await other.delete(wait=False)).wait_for_result(timeout=10)
    assert await client.list_code_envs() == []


async def test_automation_envs_keep_their_spec_in_versions(client: AsyncDSSClient) -> None:
    single = await client.create_code_env("PYTHON", "single", "AUTOMATION_SINGLE", {"specPackageList": "pandas"})
    settings = await single.get_settings()
    assert isinstance(settings, AsyncDSSAutomationCodeEnvSettings)
    version = settings.get_version()
    assert isinstance(version, DSSAutomationCodeEnvVersionSettings)
    assert version.get_required_packages() == "pandas" and "pandas==" in version.get_raw()["actualPackageList"]
    version.set_required_packages("pandas", "numpy==1.26.0")
    await settings.save()
    await single.update_packages()
    assert "numpy==1.26.0" in (await single.get_settings()).get_version().get_raw()["actualPackageList"]

    versioned = await client.create_code_env("PYTHON", "versioned", "AUTOMATION_VERSIONED")
    versioned_settings = await versioned.get_settings()
    with pytest.raises(ValueError):
        versioned_settings.get_version()
    with pytest.raises(ValueError):
        versioned_settings.get_version("v9")
    assert versioned_settings.get_version("v1").get_raw()["versionId"] == "v1"


async def test_who_may_manage_code_envs(client: AsyncDSSClient, dss_emulator: Any) -> None:
    await client.create_code_env("PYTHON", "admins", "DESIGN_MANAGED")
    await client.create_user("maker", "pw", groups=["data_scientists"])  # mayCreateCodeEnvs
    async with client.get_user("maker").get_client_as() as maker:
        mine = await maker.create_code_env("PYTHON", "makers", "DESIGN_MANAGED")
        await mine.update_packages()
        assert sorted(e["envName"] for e in await maker.list_code_envs()) == ["admins", "makers"]  # usable by all
        with pytest.raises(PermissionDeniedError):
            await maker.get_code_env("PYTHON", "admins").update_packages()
        with pytest.raises(PermissionDeniedError):
            await maker.get_code_env("PYTHON", "admins").delete()
        with pytest.raises(PermissionDeniedError):
            await mine.update_images()  # administrators only
    async with client.get_user("reader").get_client_as() as reader:
        with pytest.raises(PermissionDeniedError):
            await reader.list_code_envs()
        with pytest.raises(PermissionDeniedError):
            await reader.create_code_env("PYTHON", "readers", "DESIGN_MANAGED")


async def test_refusals_are_typed_and_change_nothing(client: AsyncDSSClient) -> None:
    env = await client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    with pytest.raises(ConflictError):
        await client.create_code_env("python", "ml", "DESIGN_MANAGED")  # languages ignore case
    with pytest.raises(BadRequestError):
        await client.create_code_env("JAVA", "ml", "DESIGN_MANAGED")
    with pytest.raises(BadRequestError):
        await client.create_code_env("PYTHON", "bad name", "DESIGN_MANAGED")
    with pytest.raises(BadRequestError):
        await client.create_code_env("PYTHON", "other", "NOT_A_MODE")
    settings = await env.get_settings()
    settings.get_raw()["deploymentMode"] = "DESIGN_NON_MANAGED"
    with pytest.raises(BadRequestError):
        await settings.save()
    with pytest.raises(NotFoundError):
        await client.get_code_env("PYTHON", "nope").get_settings()
    assert [e["envName"] for e in await client.list_code_envs()] == ["ml"]
