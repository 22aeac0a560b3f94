"""Plugins: real zip archives, identified by their ``plugin.json``, with settings, presets and usages.

An archive is read whole before anything is installed: it must be a zip holding a
``plugin.json`` (at its root, or in its single top-level folder) whose ``id`` names the
plugin. Parameter sets come from its ``parameter-sets/<name>/parameter-set.json`` files, the
code environment it declares from its ``code-env/`` folder. The archive is kept on disk, in
the emulator's working directory, and is what a download answers. Its entries are the
plugin's files, which ``plugin_files.py`` lists and edits (on every installed plugin, where
DSS documents development plugins only).

The plugin store and Git remotes are out of reach of an emulator: the store is the
catalogue of ``PLUGIN_STORE`` below, and a "Git repository" is a local directory (or a
``file://`` URL of one), whose content is installed as a development plugin.
"""

from __future__ import annotations

import copy
import io
import json
import re
import secrets
import shutil
import zipfile
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from dssclient._json import is_object

from ..errors import DSSError, bad_request, conflict, not_found
from ..state import DSSState
from .bounded_zip import ArchiveLimits, BoundedZip

_PLUGIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
# The plugin store, as the emulator knows it: plugin id -> (version, label).
PLUGIN_STORE: dict[str, tuple[str, str]] = {
    "googlesheets": ("1.2.3", "Google Sheets"),
    "geocoder": ("2.0.1", "Geocoder"),
    "timeseries-preparation": ("2.1.0", "Time Series Preparation"),
}


@dataclass
class PluginContent:
    """What an archive says of its plugin, checked."""

    plugin_id: str
    version: str
    meta: dict[str, Any]
    # parameter set name -> its parameter-set.json
    parameter_sets: dict[str, dict[str, Any]]
    has_code_env: bool
    # Top-level component folders present ("python-connectors", "custom-recipes", ...) -> component names
    components: dict[str, list[str]]


def read_plugin_archive(path: Path, limits: ArchiveLimits) -> PluginContent:
    """The plugin in the zip at ``path``; anything else is refused (400), and so is an archive
    past ``limits`` (checked before anything is unpacked, and while reading)."""
    with BoundedZip(path, limits, "plugin archive") as archive:
        names = archive.namelist()
        root = plugin_root(names)
        if root is None:
            raise bad_request("The archive is not a plugin: it has no plugin.json (at its root or in its folder)")
        return _content(lambda name: archive.read(root + name), [n[len(root) :] for n in names if n.startswith(root)])


def read_plugin_directory(directory: Path) -> PluginContent:
    """The plugin whose files are in ``directory`` (a Git working copy)."""
    if not (directory / "plugin.json").is_file():
        raise bad_request(f"There is no plugin.json in {directory.name or directory}")
    names = [p.relative_to(directory).as_posix() for p in sorted(directory.rglob("*")) if p.is_file()]
    return _content(lambda name: (directory / name).read_bytes(), names)


def plugin_root(names: list[str]) -> str | None:
    if "plugin.json" in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1:
        (top,) = tops
        if f"{top}/plugin.json" in names:
            return f"{top}/"
    return None


def _content(read: Callable[[str], bytes], names: list[str]) -> PluginContent:
    try:
        descriptor = json.loads(read("plugin.json"))
    except (ValueError, UnicodeDecodeError) as error:
        raise bad_request(f"The plugin's plugin.json is not valid JSON: {error}") from None
    if not is_object(descriptor):
        raise bad_request("The plugin's plugin.json is not a JSON object")
    plugin_id = descriptor.get("id")
    if not isinstance(plugin_id, str) or not _PLUGIN_ID.fullmatch(plugin_id):
        raise bad_request(f"The plugin's plugin.json has no valid id (letters, digits, '-', '_'): {plugin_id!r}")
    version = descriptor.get("version")
    meta = descriptor.get("meta")
    parameter_sets: dict[str, dict[str, Any]] = {}
    components: dict[str, list[str]] = {}
    for name in names:
        parts = PurePosixPath(name).parts
        if len(parts) >= 3:
            components.setdefault(parts[0], [])
            if parts[1] not in components[parts[0]]:
                components[parts[0]].append(parts[1])
        if len(parts) == 3 and parts[0] == "parameter-sets" and parts[2] == "parameter-set.json":
            try:
                loaded = json.loads(read(name))
            except (ValueError, UnicodeDecodeError) as error:
                raise bad_request(f"The plugin's {name} is not valid JSON: {error}") from None
            parameter_sets[parts[1]] = loaded if is_object(loaded) else {}
    return PluginContent(
        plugin_id=plugin_id,
        version=version if isinstance(version, str) else "0.0.1",
        meta=meta if is_object(meta) else {},
        parameter_sets=parameter_sets,
        has_code_env=any(name.startswith("code-env/") for name in names),
        components=components,
    )


def store_archive(plugin_id: str, version: str, label: str) -> bytes:
    """The archive the store serves for one of its plugins."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        descriptor = {"id": plugin_id, "version": version, "meta": {"label": label, "author": "Dataiku"}}
        archive.writestr("plugin.json", json.dumps(descriptor, indent=2))
    return buffer.getvalue()


def zip_directory(directory: Path, target: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(directory.rglob("*")):
            if path.is_file() and ".git" not in path.relative_to(directory).parts:
                archive.write(path, path.relative_to(directory).as_posix())


@dataclass
class Plugin:
    content: PluginContent
    archive: Path
    installed_from: str
    is_dev: bool
    # Instance-wide settings as saved (accessibleParameterSetDescs is derived, not kept).
    settings: dict[str, Any]
    project_settings: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])
    source: dict[str, Any] = field(default_factory=dict[str, Any])

    @property
    def plugin_id(self) -> str:
        return self.content.plugin_id

    def summary(self) -> dict[str, Any]:
        summary: dict[str, Any] = {
            "id": self.plugin_id,
            "version": self.content.version,
            "isDev": self.is_dev,
            "installedFrom": self.installed_from,
            "meta": copy.deepcopy(self.content.meta),
        }
        if isinstance(self.settings.get("codeEnvName"), str):
            summary["codeEnvName"] = self.settings["codeEnvName"]
        return summary

    def element_type(self, parameter_set: str) -> str:
        return f"parameter-set-{self.plugin_id}-{parameter_set}"

    def parameter_set_descs(self) -> list[dict[str, Any]]:
        descs: list[dict[str, Any]] = []
        for name, desc in self.content.parameter_sets.items():
            full = copy.deepcopy(desc)
            full.setdefault("params", [])
            full.setdefault("pluginParams", [])
            descs.append({"id": name, "elementType": self.element_type(name), "desc": full})
        return descs

    def settings_view(self) -> dict[str, Any]:
        view = copy.deepcopy(self.settings)
        view["accessibleParameterSetDescs"] = self.parameter_set_descs()
        return view

    def project_settings_view(self, project_key: str) -> dict[str, Any]:
        view = copy.deepcopy(self.project_settings.get(project_key, {"presets": []}))
        view["projectKey"] = project_key
        view["accessibleParameterSetDescs"] = self.parameter_set_descs()
        return view


def default_settings(content: PluginContent, plugin_id: str) -> dict[str, Any]:
    parameter_sets: list[dict[str, Any]] = []
    for name, desc in content.parameter_sets.items():
        parameter_sets.append(
            {
                "name": name,
                "type": f"parameter-set-{plugin_id}-{name}",
                "defaultPermission": {
                    "definableInline": bool(desc.get("defaultDefinableInline", False)),
                    "definableAtProjectLevel": bool(desc.get("defaultDefinableAtProjectLevel", False)),
                },
            }
        )
    return {"config": {}, "presets": [], "parameterSets": parameter_sets, "permissions": [], "defaultPermission": {}}


class Plugins:
    """The installed plugins (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.plugins: OrderedDict[str, Plugin] = OrderedDict()

    def plugin(self, plugin_id: str) -> Plugin:
        found = self.plugins.get(plugin_id)
        if found is None:
            raise not_found(f"Plugin is not installed: {plugin_id}")
        return found

    def install(
        self, content: PluginContent, archive: Path, installed_from: str, *, is_dev: bool, source: dict[str, Any]
    ) -> Plugin:
        """Install the plugin of ``archive``; an archive refused is deleted, nothing stays of it."""
        if content.plugin_id in self.plugins:
            archive.unlink(missing_ok=True)
            raise conflict(f"Plugin {content.plugin_id} is already installed: update it instead")
        plugin = Plugin(
            content, archive, installed_from, is_dev, default_settings(content, content.plugin_id), source=source
        )
        self.plugins[content.plugin_id] = plugin
        return plugin

    def replace(self, plugin_id: str, content: PluginContent, archive: Path, installed_from: str) -> Plugin:
        """A new version of an installed plugin; its settings stay (parameter sets it gained are added).

        An archive refused is deleted, nothing stays of it."""
        try:
            plugin = self.plugin(plugin_id)
            if content.plugin_id != plugin_id:
                raise bad_request(f"The archive holds plugin {content.plugin_id}, not {plugin_id}")
        except DSSError:
            archive.unlink(missing_ok=True)
            raise
        old_archive = plugin.archive
        plugin.content, plugin.archive, plugin.installed_from = content, archive, installed_from
        known = {ps.get("name") for ps in plugin.settings.get("parameterSets", []) if is_object(ps)}
        for added in default_settings(content, plugin_id)["parameterSets"]:
            if added["name"] not in known:
                plugin.settings.setdefault("parameterSets", []).append(added)
        if old_archive != archive:
            old_archive.unlink(missing_ok=True)
        return plugin

    def usages(self, plugin: Plugin, project_key: str | None) -> list[dict[str, Any]]:
        """Datasets whose type is one of the plugin's custom types (``Custom...`` naming the plugin)."""
        found: list[dict[str, Any]] = []
        for key, project in self.state.projects.items():
            if project_key is not None and key != project_key:
                continue
            for name, dataset in project.datasets.items():
                kind = dataset.definition.get("type")
                if isinstance(kind, str) and kind.startswith("Custom") and plugin.plugin_id in kind:
                    found.append(
                        {
                            "elementKind": "python-connectors",
                            "elementType": kind,
                            "objectType": "DATASET",
                            "objectId": name,
                            "projectKey": key,
                        }
                    )
        return found

    def uninstall(self, plugin_id: str) -> None:
        plugin = self.plugins.pop(plugin_id)
        plugin.archive.unlink(missing_ok=True)

    def forget_project(self, project_key: str) -> None:
        for plugin in self.plugins.values():
            plugin.project_settings.pop(project_key, None)


def plugin_store_path(workdir: Path) -> Path:
    directory = workdir / "plugins"
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"{secrets.token_hex(12)}.zip"


def keep_plugin_upload(upload: Path, workdir: Path) -> Path:
    target = plugin_store_path(workdir)
    shutil.move(str(upload), target)
    return target


def git_working_copy(url: str, subpath: str | None) -> Path:
    """The local directory a "Git repository" URL names; the emulator reaches no remote."""
    local = url[len("file://") :] if url.startswith("file://") else url
    directory = Path(local)
    if not directory.is_absolute() or not directory.is_dir():
        raise bad_request(f"Cannot reach the Git repository {url}: the emulator clones local repositories only")
    if subpath:
        directory = directory / subpath
        if not directory.is_dir():
            raise bad_request(f"The Git repository {url} has no folder {subpath}")
    return directory
