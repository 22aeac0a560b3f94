# Derived from tests/e2e/aio/test_plugins.py by scripts/unasync.py: do not edit.
"""Plugins, end to end: install (archive, store, Git), download, settings and presets, code envs, updates,
usages, deletion."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.plugin import (
    DSSPlugin,
    DSSPluginParameterSet,
    DSSPluginProjectSettings,
    DSSPluginSettings,
    DSSPluginUsages,
)
from dssclient.emulator.redaction import REDACTED, redact_json_body
from tests.conftest import sent_bodies

CREDENTIALS = {
    "meta": {"label": "Credentials"},
    "defaultDefinableAtProjectLevel": True,
    "params": [{"name": "endpoint", "type": "STRING", "defaultValue": "https://geo.example.com"}],
    "pluginParams": [{"name": "token", "type": "PASSWORD", "defaultValue": "t0k3n"}],
}


def plugin_archive(
    plugin_id: str = "geo-tools", version: str = "1.0.0", *, in_folder: bool = True, code_env: bool = True
) -> bytes:
    """A plugin as its editor zips it: plugin.json, a parameter set, a code env, a connector."""
    buffer = io.BytesIO()
    prefix = f"{plugin_id}/" if in_folder else ""
    with zipfile.ZipFile(buffer, "w") as archive:
        descriptor = {"id": plugin_id, "version": version, "meta": {"label": "Geo tools é", "author": "me"}}
        archive.writestr(prefix + "plugin.json", json.dumps(descriptor))
        archive.writestr(prefix + "parameter-sets/credentials/parameter-set.json", json.dumps(CREDENTIALS))
        archive.writestr(prefix + "python-connectors/geocoder/connector.py", "print('hello')\n")
        if code_env:
            archive.writestr(prefix + "code-env/python/spec/requirements.txt", "requests\n")
    return buffer.getvalue()


def plugin_files(workdir: Path) -> list[Path]:
    return [path for path in workdir.rglob("*") if path.is_file() and "plugins" in path.parts]


def installed(client: DSSClient, content: bytes | None = None) -> DSSPlugin:
    client.install_plugin_from_archive(content if content is not None else plugin_archive())
    return client.get_plugin("geo-tools")


# -- installation and download ---------------------------------------------------------------------


def test_an_installed_archive_downloads_back_byte_for_byte(client: DSSClient, tmp_path: Path) -> None:
    content = plugin_archive()
    (tmp_path / "geo.zip").write_bytes(content)
    with (tmp_path / "geo.zip").open("rb") as file:
        client.install_plugin_from_archive(file)
    (listed,) = client.list_plugins()
    assert (listed["id"], listed["version"], listed["meta"]["label"], listed["isDev"]) == (
        "geo-tools",
        "1.0.0",
        "Geo tools é",
        False,
    )
    client.download_plugin_to_file("geo-tools", tmp_path / "back.zip")
    assert (tmp_path / "back.zip").read_bytes() == content
    with client.download_plugin_stream("geo-tools") as stream:
        assert stream.read() == content


def test_plugin_json_at_the_root_is_found_too(client: DSSClient) -> None:
    client.install_plugin_from_archive(plugin_archive(in_folder=False))
    assert [p["id"] for p in client.list_plugins()] == ["geo-tools"]


def zip_of(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 this is not really a zip", "not a zip archive"),
        (zip_of({"README.md": "no plugin here"}), "has no plugin.json"),
        (zip_of({"a/plugin.json": "{}", "b/other.txt": "x"}), "has no plugin.json"),
        (zip_of({"plugin.json": "{not json"}), "not valid JSON"),
        (zip_of({"plugin.json": json.dumps({"version": "1"})}), "no valid id"),
        (zip_of({"plugin.json": json.dumps({"id": "../escape"})}), "no valid id"),
    ],
)
def test_an_archive_that_is_not_a_plugin_installs_nothing(
    client: DSSClient, dss_emulator: Any, content: bytes, message: str
) -> None:
    with pytest.raises(BadRequestError, match=message):
        client.install_plugin_from_archive(content)
    assert client.list_plugins() == []
    assert plugin_files(dss_emulator.workdir) == []


def test_a_plugin_installs_once_and_only_for_administrators(
    client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    installed(client)
    with pytest.raises(ConflictError, match="already installed"):
        client.install_plugin_from_archive(plugin_archive(version="9.9.9"))
    assert len(plugin_files(dss_emulator.workdir)) == 1
    with pytest.raises(PermissionDeniedError):
        reader_client.install_plugin_from_archive(plugin_archive("other"))
    assert [p["version"] for p in client.list_plugins()] == ["1.0.0"]
    assert [p["id"] for p in reader_client.list_plugins()] == ["geo-tools"]


def test_an_installation_can_run_as_a_long_task(client: DSSClient) -> None:
    future = client.start_install_plugin_from_archive(plugin_archive())
    assert isinstance(future, DSSFuture)
    result = future.wait_for_result(timeout=10)
    assert result["id"] == "geo-tools"
    failing = client.start_install_plugin_from_archive(plugin_archive())
    with pytest.raises(FutureFailedError, match="already installed"):
        failing.wait_for_result(timeout=10)


def test_the_store_installs_what_it_has(client: DSSClient, dss_emulator: Any) -> None:
    result = (client.install_plugin_from_store("googlesheets")).wait_for_result(timeout=10)
    assert (result["id"], result["installedFrom"]) == ("googlesheets", "STORE")
    assert sent_bodies(dss_emulator, "installPluginFromStore") == [{"pluginId": "googlesheets"}]
    with pytest.raises(FutureFailedError, match="store has no plugin"):
        (client.install_plugin_from_store("no-such-plugin")).wait_for_result(timeout=10)
    assert [p["id"] for p in client.list_plugins()] == ["googlesheets"]
    assert ((client.get_plugin("googlesheets").update_from_store()).wait_for_result())["id"] == ("googlesheets")


def repository(root: Path, version: str) -> Path:
    folder = root / "repo" / "plugins" / "geo"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "plugin.json").write_text(json.dumps({"id": "geo-git", "version": version}))
    (folder / "python-lib").mkdir(exist_ok=True)
    (folder / "python-lib" / "geo.py").write_text("X = 1\n")
    return root / "repo"


def test_a_git_repository_installs_a_development_plugin(client: DSSClient, tmp_path: Path, dss_emulator: Any) -> None:
    repo = repository(tmp_path, "0.1.0")
    future = client.install_plugin_from_git(f"file://{repo}", checkout="main", subpath="plugins/geo")
    result = future.wait_for_result(timeout=10)
    assert (result["id"], result["isDev"], result["installedFrom"]) == ("geo-git", True, "GIT")
    assert sent_bodies(dss_emulator, "installPluginFromGit")[0] == {
        "gitRepositoryUrl": f"file://{repo}",
        "gitCheckout": "main",
        "gitSubpath": "plugins/geo",
    }
    with client.download_plugin_stream("geo-git") as stream:
        with zipfile.ZipFile(io.BytesIO(stream.read())) as archive:
            assert sorted(archive.namelist()) == ["plugin.json", "python-lib/geo.py"]
    repository(tmp_path, "0.2.0")
    (client.get_plugin("geo-git").update_from_git(str(repo), subpath="plugins/geo")).wait_for_result()
    assert [p["version"] for p in client.list_plugins()] == ["0.2.0"]
    with pytest.raises(FutureFailedError, match="Cannot reach"):
        (client.install_plugin_from_git("https://github.com/x/y.git")).wait_for_result(timeout=10)


def test_unknown_plugins_are_not_found(client: DSSClient) -> None:
    plugin = client.get_plugin("nope")
    for attempt in (plugin.get_settings, plugin.delete, plugin.list_usages, plugin.update_code_env):
        with pytest.raises(NotFoundError):
            attempt()
    with pytest.raises(NotFoundError):
        client.download_plugin_stream("nope")


# -- settings, parameter sets, presets --------------------------------------------------------------


def test_presets_are_made_from_the_parameter_sets_and_saved(client: DSSClient, dss_emulator: Any) -> None:
    plugin = installed(client)
    settings = plugin.get_settings()
    assert isinstance(settings, DSSPluginSettings)
    assert settings.list_parameter_set_names() == ["credentials"]
    parameter_set = settings.get_parameter_set("credentials")
    assert isinstance(parameter_set, DSSPluginParameterSet)
    assert settings.get_parameter_set("nope") is None
    assert parameter_set.definable_at_project_level is True and parameter_set.definable_inline is False
    parameter_set.definable_inline = True
    preset = parameter_set.create_preset("main", with_defaults=True)
    assert (preset.config, preset.plugin_config) == ({"endpoint": "https://geo.example.com"}, {"token": "t0k3n"})
    preset.owner = "admin"
    preset.usable_by_all = False
    preset.set_usable_by("readers", True)
    assert preset.is_usable_by("readers") and not preset.is_usable_by("others")
    with pytest.raises(ValueError):
        parameter_set.create_preset("main")
    parameter_set.create_preset("spare")
    parameter_set.delete_preset("spare")
    with pytest.raises(KeyError):
        parameter_set.delete_preset("spare")
    settings.set_code_env("my-env")
    settings.get_raw()["futureField"] = {"kept": [None, "é"]}
    preset.save()
    # The request log shows what was sent with its secrets redacted (the preset's token).
    sent = sent_bodies(dss_emulator, "savePluginSettings")[-1]
    assert sent == json.loads(redact_json_body(json.dumps(settings.get_raw()).encode()))
    assert sent["presets"][0]["pluginConfig"]["token"] == REDACTED

    reread = plugin.get_settings()
    assert reread.get_raw()["codeEnvName"] == "my-env"
    assert reread.get_raw()["futureField"] == {"kept": [None, "é"]}
    reread_set = reread.get_parameter_set("credentials")
    assert reread_set is not None and reread_set.definable_inline is True
    (kept,) = reread_set.list_presets()
    assert (kept.name, kept.owner, kept.get_permission_item("readers")) == (
        "main",
        "admin",
        {"group": "readers", "use": True},
    )
    assert kept["config"] == {"endpoint": "https://geo.example.com"}


def test_project_presets_belong_to_their_project(client: DSSClient) -> None:
    plugin = installed(client)
    client.create_project("A", "A", "admin")
    client.create_project("B", "B", "admin")
    settings_a = plugin.get_project_settings("A")
    assert isinstance(settings_a, DSSPluginProjectSettings)
    parameter_set = settings_a.get_parameter_set("credentials")
    assert parameter_set is not None
    parameter_set.create_preset("for-a")
    result = (settings_a.start_save()).wait_for_result(timeout=10)
    assert result["projectKey"] == "A"
    settings_b = plugin.get_project_settings("B")
    b_set = settings_b.get_parameter_set("credentials")
    assert b_set is not None and b_set.list_preset_names() == []
    b_set.create_preset("for-b")
    settings_b.save()
    names = {}
    for key in ("A", "B"):
        project_set = (plugin.get_project_settings(key)).get_parameter_set("credentials")
        assert project_set is not None
        names[key] = project_set.list_preset_names()
    assert names == {"A": ["for-a"], "B": ["for-b"]}
    assert (plugin.get_settings()).get_raw()["presets"] == []
    with pytest.raises(NotFoundError):
        plugin.get_project_settings("NOPE")


def test_instance_settings_are_for_administrators(client: DSSClient, reader_client: DSSClient) -> None:
    installed(client)
    with pytest.raises(PermissionDeniedError):
        reader_client.get_plugin("geo-tools").get_settings()


# -- code environments and updates -------------------------------------------------------------------


def test_the_declared_code_env_is_built(client: DSSClient, dss_emulator: Any) -> None:
    plugin = installed(client)
    with pytest.raises(FutureFailedError, match="no code environment yet"):
        (plugin.update_code_env()).wait_for_result(timeout=10)
    result = (plugin.create_code_env(python_interpreter="PYTHON311")).wait_for_result(timeout=10)
    assert result["envName"] == "plugin_geo-tools_managed"
    assert sent_bodies(dss_emulator, "createPluginCodeEnv") == [
        {"deploymentMode": "PLUGIN_MANAGED", "conda": False, "pythonInterpreter": "PYTHON311"}
    ]
    assert (plugin.get_settings()).get_raw()["codeEnvName"] == "plugin_geo-tools_managed"
    assert ((plugin.update_code_env()).wait_for_result(timeout=10))["envName"] == result["envName"]

    client.install_plugin_from_archive(plugin_archive("no-env", code_env=False))
    with pytest.raises(FutureFailedError, match="declares no code environment"):
        (client.get_plugin("no-env").create_code_env()).wait_for_result(timeout=10)


def test_an_update_keeps_the_settings_and_checks_the_plugin(client: DSSClient, tmp_path: Path) -> None:
    plugin = installed(client)
    settings = plugin.get_settings()
    settings.set_code_env("kept-env")
    settings.save()
    plugin.update_from_zip(plugin_archive(version="2.0.0"))
    assert [p["version"] for p in client.list_plugins()] == ["2.0.0"]
    assert (plugin.get_settings()).get_raw()["codeEnvName"] == "kept-env"
    with pytest.raises(BadRequestError, match="holds plugin other"):
        plugin.update_from_zip(plugin_archive("other", "3.0.0"))
    with pytest.raises(BadRequestError, match="no plugin.json"):
        plugin.update_from_zip(zip_of({"x": "y"}))
    future = plugin.start_update_from_zip(plugin_archive(version="2.1.0"))
    assert (future.wait_for_result(timeout=10))["version"] == "2.1.0"
    client.download_plugin_to_file("geo-tools", tmp_path / "current.zip")
    assert (tmp_path / "current.zip").read_bytes() == plugin_archive(version="2.1.0")


# -- usages and deletion -------------------------------------------------------------------------------


def test_a_plugin_in_use_is_deleted_only_by_force(client: DSSClient, dss_emulator: Any) -> None:
    plugin = installed(client)
    usages = plugin.list_usages()
    assert isinstance(usages, DSSPluginUsages) and not usages.maybe_used()
    project = client.create_project("GEO", "Geo", "admin")
    project.create_dataset("addresses", "CustomPython_geo-tools_geocoder", params={"x": 1})
    client.create_project("OTHER", "Other", "admin")
    usages = plugin.list_usages()
    assert usages.maybe_used() and usages.missing_types == []
    (usage,) = usages.usages
    assert (usage.project_key, usage.object_type, usage.object_id, usage.element_type) == (
        "GEO",
        "DATASET",
        "addresses",
        "CustomPython_geo-tools_geocoder",
    )
    assert (plugin.list_usages(project_key="OTHER")).usages == []

    with pytest.raises(FutureFailedError, match=r"in use \(GEO.addresses\)"):
        (plugin.delete()).wait_for_result(timeout=10)
    assert [p["id"] for p in client.list_plugins()] == ["geo-tools"]
    (plugin.delete(force=True)).wait_for_result(timeout=10)
    assert client.list_plugins() == []
    assert plugin_files(dss_emulator.workdir) == []
    assert sent_bodies(dss_emulator, "deletePlugin") == [{"force": False}, {"force": True}]
