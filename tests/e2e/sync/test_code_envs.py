# Derived from tests/e2e/aio/test_code_envs.py by scripts/unasync.py: do not edit.
"""Code envs end to end: builds and package installs as long tasks that can fail, settings, usages, logs."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
)
from dssclient.dss.admin import (
    DSSAutomationCodeEnvSettings,
    DSSAutomationCodeEnvVersionSettings,
    DSSCodeEnv,
    DSSDesignCodeEnvSettings,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies


def test_create_builds_the_env_and_lists_it(client: DSSClient, dss_emulator: Any) -> None:
    params = {"pythonInterpreter": "PYTHON311", "specPackageList": "pandas==2.1.0\nrequests>=2.31"}
    env = client.create_code_env("PYTHON", "py311", "DESIGN_MANAGED", params)
    assert isinstance(env, DSSCodeEnv) and (env.env_lang, env.env_name) == ("PYTHON", "py311")
    assert params == {"pythonInterpreter": "PYTHON311", "specPackageList": "pandas==2.1.0\nrequests>=2.31"}
    (body,) = sent_bodies(dss_emulator, "createCodeEnv")
    assert body == {**params, "deploymentMode": "DESIGN_MANAGED"}
    (listed,) = client.list_code_envs()
    assert (listed["envLang"], listed["envName"], listed["deploymentMode"]) == ("PYTHON", "py311", "DESIGN_MANAGED")
    assert listed["pythonInterpreter"] == "PYTHON311" and listed["owner"] == "admin"
    (handle,) = client.list_code_envs(as_objects=True)
    assert (handle.env_lang, handle.env_name) == ("PYTHON", "py311")
    installed = (env.get_settings()).get_raw()["actualPackageList"].splitlines()
    assert "pandas==2.1.0" in installed and "requests==2.31" in installed


def test_create_without_waiting_gives_the_build_future(client: DSSClient) -> None:
    future = client.create_code_env("R", "r_env", "DESIGN_MANAGED", wait=False)
    assert isinstance(future, DSSFuture)
    outcome = future.wait_for_result(timeout=10)
    assert (outcome["envLang"], outcome["envName"], outcome["messages"]["success"]) == ("R", "r_env", True)
    assert [e["envName"] for e in client.list_code_envs()] == ["r_env"]


def test_a_failed_build_raises_and_leaves_nothing(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(unavailable_packages=["no-such-package"], build_seconds=0.02)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        with pytest.raises(OperationFailedError) as failed:
            client.create_code_env("PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "no-such-package"})
        assert "no-such-package" in str(failed.value) and failed.value.messages["error"] is True
        future = client.create_code_env(
            "PYTHON", "broken", "DESIGN_MANAGED", {"specPackageList": "not a requirement!"}, wait=False
        )
        with pytest.raises(FutureFailedError) as task_failed:
            future.wait_for_result(timeout=10)
        assert "Invalid requirement" in str(task_failed.value)
        assert client.list_code_envs() == []


def test_settings_round_trip_and_packages_install_on_update(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(unavailable_packages=["left-pad"], build_seconds=0.02)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        env = client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED", {"specPackageList": "pandas"})
        settings = env.get_settings()
        assert isinstance(settings, DSSDesignCodeEnvSettings)
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
        settings.save()
        again = env.get_settings()
        assert again.get_required_packages(as_list=True) == ["pandas", "scikit-learn==1.3.0"]
        assert again.get_required_conda_spec(as_list=True) == ["numpy", "scipy"]
        assert (again.get_built_for_all_container_confs(), again.get_built_container_confs()) == (False, ["k8s-small"])
        assert again.built_for_all_spark_kubernetes_confs() is True
        assert again.get_cache_busting_location() == "END"
        assert again.get_dockerfile_fragment("dockerfileAtEnd") == "RUN apt-get install -y git"
        assert again.get_dockerfile_fragment("dockerfileAtStart") == ""
        assert again.get_container_runtime_additions() == [{"type": "BASIC_GPU_ENABLING"}]
        assert "scikit-learn" not in again.get_raw()["actualPackageList"]

        outcome = env.update_packages()
        assert outcome["messages"]["success"] is True
        assert "scikit-learn==1.3.0" in (env.get_settings()).get_raw()["actualPackageList"]
        rebuilt = (env.update_packages(force_rebuild_env=True, wait=False)).wait_for_result(timeout=10)
        assert rebuilt["messages"]["error"] is False

        again.set_required_packages("pandas", "left-pad")
        again.save()
        with pytest.raises(OperationFailedError):
            env.update_packages()
        with pytest.raises(FutureFailedError):
            (env.update_packages(wait=False)).wait_for_result(timeout=10)
        installed = (env.get_settings()).get_raw()["actualPackageList"]
        assert "scikit-learn==1.3.0" in installed and "left-pad" not in installed  # as it was

        definition = env.get_definition()
        definition["usableByAll"] = False
        assert isinstance(env.set_definition(definition), dict)
        assert (env.get_definition())["usableByAll"] is False


def test_jupyter_images_usages_and_logs(client: DSSClient) -> None:
    env = client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    assert "ipykernel" in (env.get_settings()).get_raw()["actualPackageList"]
    outcome = env.set_jupyter_support(False)
    assert outcome["messages"]["success"] is True
    assert "ipykernel" not in (env.get_settings()).get_raw()["actualPackageList"]
    (env.set_jupyter_support(True, wait=False)).wait_for_result(timeout=10)
    assert "ipykernel" in (env.get_settings()).get_raw()["actualPackageList"]

    with pytest.raises(OperationFailedError):
        env.update_images()  # built for no container configuration yet
    settings = env.get_settings()
    settings.set_built_container_confs(all=True)
    settings.save()
    built = env.update_images()
    assert [m["message"] for m in built["messages"]["messages"]] == [
        "Built images of code env PYTHON/ml for k8s-small, k8s-large"
    ]
    assert ((env.update_images(wait=False)).wait_for_result(timeout=10))["messages"]["success"] is True

    assert env.list_usages() == [] and client.list_code_env_usages() == []
    project = client.create_project("ML", "ML", "admin")
    project_settings = project.get_settings()
    project_settings.set_python_code_env("ml")
    project_settings.save()
    assert env.list_usages() == [{"envUsage": "PROJECT", "projectKey": "ML", "objectId": "ML"}]
    assert client.list_code_env_usages() == [
        {"envLang": "PYTHON", "envName": "ml", "envUsage": "PROJECT", "projectKey": "ML", "objectId": "ML"}
    ]

    logs = env.list_logs()
    assert [log["name"].split("-", 1)[1] for log in logs] == [
        "create.log",
        "jupyter.log",
        "jupyter.log",
        "images.log",
        "images.log",
        "images.log",
    ]
    created = env.get_log(logs[0]["name"])
    assert created.startswith("Creating PYTHON code env ml (DESIGN_MANAGED)") and "Installed pandas" in created
    assert "FAILED" in env.get_log(logs[3]["name"])
    with pytest.raises(NotFoundError):
        env.get_log("nope.log")


def test_delete_removes_the_env(client: DSSClient) -> None:
    env = client.create_code_env("PYTHON", "old", "DESIGN_MANAGED")
    outcome = env.delete()
    assert outcome["messages"]["success"] is True and client.list_code_envs() == []
    with pytest.raises(NotFoundError):
        env.get_settings()
    other = client.create_code_env("PYTHON", "older", "DESIGN_MANAGED")
    (other.delete(wait=False)).wait_for_result(timeout=10)
    assert client.list_code_envs() == []


def test_automation_envs_keep_their_spec_in_versions(client: DSSClient) -> None:
    single = client.create_code_env("PYTHON", "single", "AUTOMATION_SINGLE", {"specPackageList": "pandas"})
    settings = single.get_settings()
    assert isinstance(settings, DSSAutomationCodeEnvSettings)
    version = settings.get_version()
    assert isinstance(version, DSSAutomationCodeEnvVersionSettings)
    assert version.get_required_packages() == "pandas" and "pandas==" in version.get_raw()["actualPackageList"]
    version.set_required_packages("pandas", "numpy==1.26.0")
    settings.save()
    single.update_packages()
    assert "numpy==1.26.0" in (single.get_settings()).get_version().get_raw()["actualPackageList"]

    versioned = client.create_code_env("PYTHON", "versioned", "AUTOMATION_VERSIONED")
    versioned_settings = versioned.get_settings()
    with pytest.raises(ValueError):
        versioned_settings.get_version()
    with pytest.raises(ValueError):
        versioned_settings.get_version("v9")
    assert versioned_settings.get_version("v1").get_raw()["versionId"] == "v1"


def test_who_may_manage_code_envs(client: DSSClient, dss_emulator: Any) -> None:
    client.create_code_env("PYTHON", "admins", "DESIGN_MANAGED")
    client.create_user("maker", "pw", groups=["data_scientists"])  # mayCreateCodeEnvs
    with client.get_user("maker").get_client_as() as maker:
        mine = maker.create_code_env("PYTHON", "makers", "DESIGN_MANAGED")
        mine.update_packages()
        assert sorted(e["envName"] for e in maker.list_code_envs()) == ["admins", "makers"]  # usable by all
        with pytest.raises(PermissionDeniedError):
            maker.get_code_env("PYTHON", "admins").update_packages()
        with pytest.raises(PermissionDeniedError):
            maker.get_code_env("PYTHON", "admins").delete()
        with pytest.raises(PermissionDeniedError):
            mine.update_images()  # administrators only
    with client.get_user("reader").get_client_as() as reader:
        with pytest.raises(PermissionDeniedError):
            reader.list_code_envs()
        with pytest.raises(PermissionDeniedError):
            reader.create_code_env("PYTHON", "readers", "DESIGN_MANAGED")


def test_refusals_are_typed_and_change_nothing(client: DSSClient) -> None:
    env = client.create_code_env("PYTHON", "ml", "DESIGN_MANAGED")
    with pytest.raises(ConflictError):
        client.create_code_env("python", "ml", "DESIGN_MANAGED")  # languages ignore case
    with pytest.raises(BadRequestError):
        client.create_code_env("JAVA", "ml", "DESIGN_MANAGED")
    with pytest.raises(BadRequestError):
        client.create_code_env("PYTHON", "bad name", "DESIGN_MANAGED")
    with pytest.raises(BadRequestError):
        client.create_code_env("PYTHON", "other", "NOT_A_MODE")
    settings = env.get_settings()
    settings.get_raw()["deploymentMode"] = "DESIGN_NON_MANAGED"
    with pytest.raises(BadRequestError):
        settings.save()
    with pytest.raises(NotFoundError):
        client.get_code_env("PYTHON", "nope").get_settings()
    assert [e["envName"] for e in client.list_code_envs()] == ["ml"]
