# Derived from dssclient/aio/dss/plugin.py by scripts/unasync.py: do not edit.
"""Plugins: their settings, parameter sets and presets, code environments, updates, usages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import plugins
from dssclient_generated.types import File

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body, multipart_body
from .._stream import DSSStream
from ._files import raw_source, upload_file_name, upload_source
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        PluginFileNode,
        PluginMissingType,
        PluginParameterSetDesc,
        PluginParameterSetSettings,
        PluginPreset,
        PluginPresetPermission,
        PluginSettings,
        PluginUsage,
        PluginUsages,
    )

    from ..dssclient import DSSClient


class DSSPlugin:
    """An installed plugin. Get one with :meth:`DSSClient.get_plugin`; creating it calls nothing."""

    def __init__(self, client: DSSClient, plugin_id: str) -> None:
        self.client = client
        self.plugin_id = plugin_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(plugin_id={self.plugin_id!r})"

    # -- settings --

    def get_settings(self) -> DSSPluginSettings:
        """The instance-wide settings: code env, presets, permissions (administrators).

        (operation ``getPluginSettings``)
        """
        raw: PluginSettings = self.client._requester.json(plugins.get_plugin_settings.request_kwargs, self.plugin_id)
        return DSSPluginSettings(self.client, self.plugin_id, raw)

    def get_project_settings(self, project_key: str) -> DSSPluginProjectSettings:
        """The settings of a project: its presets. (operation ``getPluginSettings``)"""
        raw: PluginSettings = self.client._requester.json(
            plugins.get_plugin_settings.request_kwargs, self.plugin_id, project_key=project_key
        )
        return DSSPluginProjectSettings(self.client, self.plugin_id, raw, project_key)

    # -- code environment --

    def create_code_env(self, python_interpreter: str | None = None, conda: bool = False) -> DSSFuture:
        """Build the code environment the plugin declares; the result names it. (operation ``createPluginCodeEnv``)

        Then point the settings at it: ``settings.set_code_env(result["envName"])``.
        """
        body = {"deploymentMode": "PLUGIN_MANAGED", "conda": conda, "pythonInterpreter": python_interpreter}
        state = self.client._requester.json(
            plugins.create_plugin_code_env.request_kwargs, self.plugin_id, body=json_body(body)
        )
        return DSSFuture.from_resp(self.client, state)

    def update_code_env(self) -> DSSFuture:
        """Rebuild the plugin's code environment. (operation ``updatePluginCodeEnv``)"""
        state = self.client._requester.json(plugins.update_plugin_code_env.request_kwargs, self.plugin_id)
        return DSSFuture.from_resp(self.client, state)

    # -- updates --

    def update_from_zip(self, fp: Any) -> None:
        """Replace the plugin with the one of an archive (binary file or bytes). (operation ``updatePluginFromZip``)"""
        with upload_source(fp, "DSSPlugin.update_from_zip") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            self.client._requester.json(plugins.update_plugin_from_zip.request_kwargs, self.plugin_id, body=body)

    def start_update_from_zip(self, fp: Any) -> DSSFuture:
        """Like :meth:`update_from_zip`, as a long task. (operation ``startUpdatePluginFromZip``)"""
        with upload_source(fp, "DSSPlugin.start_update_from_zip") as content:
            body = multipart_body(file=(upload_file_name(fp), content))
            state = self.client._requester.json(
                plugins.start_update_plugin_from_zip.request_kwargs, self.plugin_id, body=body
            )
        return DSSFuture.from_resp(self.client, state)

    def update_from_store(self) -> DSSFuture:
        """Update the plugin to the store's version. (operation ``updatePluginFromStore``)"""
        state = self.client._requester.json(plugins.update_plugin_from_store.request_kwargs, self.plugin_id)
        return DSSFuture.from_resp(self.client, state)

    def update_from_git(self, repository_url: str, checkout: str = "master", subpath: str | None = None) -> DSSFuture:
        """Update the plugin from a Git repository. (operation ``updatePluginFromGit``)"""
        body = {"gitRepositoryUrl": repository_url, "gitCheckout": checkout, "gitSubpath": subpath}
        state = self.client._requester.json(
            plugins.update_plugin_from_git.request_kwargs, self.plugin_id, body=json_body(body)
        )
        return DSSFuture.from_resp(self.client, state)

    # -- files (DSS: development plugins) --

    def list_files(self) -> list[PluginFileNode]:
        """The plugin's files and folders, as a tree. (operation ``listPluginFiles``)

        Each node is a dict with ``name`` and ``path`` (from the plugin's root); folders list
        theirs in ``children``.
        """
        files: list[PluginFileNode] = self.client._requester.json(
            plugins.list_plugin_files.request_kwargs, self.plugin_id
        )
        return files

    def get_file(self, path: str) -> DSSStream:
        """The content of the file at ``path`` (from the plugin's root), as a stream to read and close.
        (operation ``getPluginFile``)

        ``path`` spans several URL segments: each is percent-encoded, and a path with an empty,
        ``.`` or ``..`` segment (``"a//b"``, ``"/abs"``, ``"../x"``) raises ``InvalidIdentifierError``
        before anything is sent.
        """
        return self.client._requester.stream(plugins.get_plugin_file.request_kwargs, self.plugin_id, path)

    def put_file(self, path: str, f: Any) -> None:
        """Create or replace the file at ``path`` with the content of ``f`` (a binary file object,
        bytes, or a download), sent as it is read. (operation ``putPluginFile``)
        """
        with raw_source(f, "DSSPlugin.put_file") as payload:
            body = File(payload=payload)
            self.client._requester.empty(plugins.put_plugin_file.request_kwargs, self.plugin_id, path, body=body)

    def rename_file(self, path: str, new_name: str) -> None:
        """Give the file or folder at ``path`` the name ``new_name``, in the same folder.
        (operation ``renamePluginFile``)
        """
        body = {"oldPath": path, "newName": new_name}
        self.client._requester.empty(plugins.rename_plugin_file.request_kwargs, self.plugin_id, body=json_body(body))

    def move_file(self, path: str, new_path: str) -> None:
        """Move the file or folder at ``path`` to ``new_path`` (from the plugin's root).
        (operation ``movePluginFile``)
        """
        body = {"oldPath": path, "newPath": new_path}
        self.client._requester.empty(plugins.move_plugin_file.request_kwargs, self.plugin_id, body=json_body(body))

    # -- usages and deletion --

    def list_usages(self, project_key: str | None = None) -> DSSPluginUsages:
        """Where the plugin's components are used (in one project, or all). (operation ``listPluginUsages``)"""
        from dssclient_generated.types import UNSET

        data: PluginUsages = self.client._requester.json(
            plugins.list_plugin_usages.request_kwargs,
            self.plugin_id,
            project_key=project_key if project_key is not None else UNSET,
        )
        return DSSPluginUsages(data)

    def delete(self, force: bool = False) -> DSSFuture:
        """Uninstall the plugin, as a long task. (operation ``deletePlugin``)

        A plugin in use is kept (the task fails, naming the usages) unless ``force``.
        """
        state = self.client._requester.json(
            plugins.delete_plugin.request_kwargs, self.plugin_id, body=json_body({"force": force})
        )
        return DSSFuture.from_resp(self.client, state)


class DSSPluginSettingsBase(DSSRawSettings["PluginSettings"]):
    """A plugin's settings, instance-wide or of a project. Edit, then :meth:`save`."""

    def __init__(
        self, client: DSSClient, plugin_id: str, settings: PluginSettings, project_key: str | None = None
    ) -> None:
        super().__init__(settings)
        self.client = client
        self.plugin_id = plugin_id
        self.project_key = project_key

    def list_parameter_set_names(self) -> list[str]:
        """The names of the plugin's parameter sets."""
        descs: list[PluginParameterSetDesc] = self._untyped.get("accessibleParameterSetDescs", [])
        return [desc["id"] for desc in descs]

    def _parameter_set_parts(
        self, name: str
    ) -> tuple[PluginParameterSetDesc, PluginParameterSetSettings, list[PluginPreset]] | None:
        all_descs: list[PluginParameterSetDesc] = self._untyped.get("accessibleParameterSetDescs", [])
        descs = [d for d in all_descs if d.get("id") == name]
        if not descs:
            return None
        desc = descs[-1]
        parameter_sets: list[PluginParameterSetSettings] = self._untyped.get("parameterSets", [])
        found = next((ps for ps in parameter_sets if ps.get("name") == name), None)
        # Project-level settings have no parameter set settings of their own.
        data: PluginParameterSetSettings = found if found is not None else {"type": desc["elementType"]}
        presets: list[PluginPreset] = self._untyped.setdefault("presets", [])
        return desc, data, [p for p in presets if p.get("type") == data["type"]]

    def save(self) -> None:
        """Send the settings back, whole. (operation ``savePluginSettings``)"""
        from dssclient_generated.types import UNSET

        self.client._requester.empty(
            plugins.save_plugin_settings.request_kwargs,
            self.plugin_id,
            body=json_body(self.settings),
            project_key=self.project_key if self.project_key is not None else UNSET,
        )


class DSSPluginSettings(DSSPluginSettingsBase):
    """A plugin's instance-wide settings: its code environment, the presets of its parameter sets."""

    def __init__(self, client: DSSClient, plugin_id: str, settings: PluginSettings) -> None:
        super().__init__(client, plugin_id, settings)

    def set_code_env(self, code_env_name: str | None) -> None:
        """Use this code environment for the plugin (on :meth:`save`)."""
        self.settings["codeEnvName"] = code_env_name

    def list_parameter_sets(self) -> list[DSSPluginParameterSet]:
        """The plugin's parameter sets."""
        found = [self.get_parameter_set(name) for name in self.list_parameter_set_names()]
        return [parameter_set for parameter_set in found if parameter_set is not None]

    def get_parameter_set(self, parameter_set_name: str) -> DSSPluginParameterSet | None:
        """A parameter set of the plugin, None if it has none of that name."""
        parts = self._parameter_set_parts(parameter_set_name)
        return DSSPluginParameterSet(self, *parts) if parts is not None else None


class DSSPluginProjectSettings(DSSPluginSettingsBase):
    """A plugin's settings in one project: the project's presets."""

    def __init__(self, client: DSSClient, plugin_id: str, settings: PluginSettings, project_key: str) -> None:
        super().__init__(client, plugin_id, settings, project_key)

    def start_save(self) -> DSSFuture:
        """Save the settings, what follows a save running as a long task.

        (operation ``startSavePluginProjectSettings``)
        """
        if self.settings.get("projectKey") is None:
            self.settings["projectKey"] = self.project_key
        state = self.client._requester.json(
            plugins.start_save_plugin_project_settings.request_kwargs, self.plugin_id, body=json_body(self.settings)
        )
        return DSSFuture.from_resp(self.client, state)

    def list_parameter_sets(self) -> list[DSSPluginProjectParameterSet]:
        """The plugin's parameter sets, as this project defines them."""
        found = [self.get_parameter_set(name) for name in self.list_parameter_set_names()]
        return [parameter_set for parameter_set in found if parameter_set is not None]

    def get_parameter_set(self, parameter_set_name: str) -> DSSPluginProjectParameterSet | None:
        """One parameter set by name, or None if the plugin has none by that name."""
        parts = self._parameter_set_parts(parameter_set_name)
        return DSSPluginProjectParameterSet(self, *parts) if parts is not None else None


class DSSPluginParameterSetBase:
    """A parameter set of a plugin and its presets; changes are saved with the plugin's settings."""

    def __init__(
        self,
        plugin_settings: DSSPluginSettingsBase,
        desc: PluginParameterSetDesc,
        settings: PluginParameterSetSettings,
        presets: list[PluginPreset],
    ) -> None:
        self._plugin_settings = plugin_settings
        self._desc = desc
        self._settings = settings
        self._presets = presets

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self._desc.get('id')!r})"

    @property
    def desc(self) -> PluginParameterSetDesc:
        """The parameter set's description (``id``, ``elementType``, ``desc`` with its ``params``)."""
        return self._desc

    @property
    def settings(self) -> PluginParameterSetSettings:
        """Its settings, without its presets."""
        return self._settings

    def list_preset_names(self) -> list[str]:
        """The names of the set's presets."""
        return [preset["name"] for preset in self._presets]

    def list_presets(self) -> list[DSSPluginPreset]:
        """The set's presets, edited in place in these settings."""
        return [DSSPluginPreset(self._plugin_settings, preset, self._desc) for preset in self._presets]

    def get_preset(self, preset_name: str) -> DSSPluginPreset | None:
        """A preset, None if there is none of that name."""
        for preset in self._presets:
            if preset["name"] == preset_name:
                return DSSPluginPreset(self._plugin_settings, preset, self._desc)
        return None

    def delete_preset(self, preset_name: str) -> None:
        """Remove a preset (on save); raises ``KeyError`` if there is none of that name."""
        preset = next((p for p in self._presets if p["name"] == preset_name), None)
        if preset is None:
            raise KeyError(f"Preset '{preset_name}' not found")
        self._plugin_settings._untyped["presets"].remove(preset)
        self._presets.remove(preset)

    def create_preset(self, preset_name: str, with_defaults: bool = False) -> DSSPluginPreset:
        """Add a preset (on save), its values the parameters' defaults when ``with_defaults``."""
        if any(preset["name"] == preset_name for preset in self._presets):
            raise ValueError(f"A preset named '{preset_name}' already exists")
        preset: dict[str, Any] = {
            "name": preset_name,
            "type": self._settings["type"],
            "config": {},
            "pluginConfig": {},
            "defaultPermission": {},
            "permissions": [],
        }
        if with_defaults:
            for key, target in (("params", "config"), ("pluginParams", "pluginConfig")):
                declared: dict[str, Any] = cast("dict[str, Any]", self._desc).get("desc", {})
                for param in declared.get(key, []):
                    if param.get("defaultValue") is not None:
                        preset[target][param["name"]] = param["defaultValue"]
        typed_preset = cast("PluginPreset", preset)
        self._plugin_settings._untyped["presets"].append(typed_preset)
        self._presets.append(typed_preset)
        return DSSPluginPreset(self._plugin_settings, typed_preset, self._desc)

    def save(self) -> None:
        """Save the plugin's settings. (operation ``savePluginSettings``)"""
        self._plugin_settings.save()


class DSSPluginParameterSet(DSSPluginParameterSetBase):
    """An instance-level parameter set: whether its presets may be defined inline or in projects."""

    @property
    def _default_permission(self) -> dict[str, Any]:
        default: dict[str, Any] = cast("dict[str, Any]", self._settings).setdefault("defaultPermission", {})
        return default

    @property
    def definable_inline(self) -> bool:
        """Whether presets of this set can be defined inline, in the objects that use them (settable)."""
        return bool(self._default_permission.get("definableInline", False))

    @definable_inline.setter
    def definable_inline(self, definable: bool) -> None:
        self._default_permission["definableInline"] = definable

    @property
    def definable_at_project_level(self) -> bool:
        """Whether presets of this set can be defined in projects (settable)."""
        return bool(self._default_permission.get("definableAtProjectLevel", False))

    @definable_at_project_level.setter
    def definable_at_project_level(self, definable: bool) -> None:
        self._default_permission["definableAtProjectLevel"] = definable


class DSSPluginProjectParameterSet(DSSPluginParameterSetBase):
    """A parameter set as a project sees it: the project's presets."""


class DSSPluginPreset(dict[str, Any]):
    """A preset of a parameter set: a dict of its settings, saved with the plugin's settings."""

    def __init__(
        self,
        plugin_settings: DSSPluginSettingsBase,
        settings: PluginPreset,
        parameter_set_desc: PluginParameterSetDesc,
    ) -> None:
        super().__init__(settings)
        self._plugin_settings = plugin_settings
        self._settings = settings
        self._parameter_set_desc = parameter_set_desc

    @property
    def _untyped(self) -> dict[str, Any]:
        # The preset's own dict, for the helpers that create the levels DSS left out.
        return cast("dict[str, Any]", self._settings)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(name={self._settings.get('name')!r}, plugin={self._plugin_settings.plugin_id!r}, "
            f"parameter_set={self._parameter_set_desc.get('id')!r})"
        )

    def get_raw(self) -> PluginPreset:
        """The preset's settings themselves (changes are saved)."""
        return self._settings

    @property
    def name(self) -> str:
        """The preset's name."""
        return self._settings["name"]

    @property
    def config(self) -> dict[str, Any]:
        """The preset's configuration, to edit in place."""
        config: dict[str, Any] = self._untyped.setdefault("config", {})
        return config

    @property
    def plugin_config(self) -> dict[str, Any]:
        """The administrator-level values, not shown to others."""
        config: dict[str, Any] = self._untyped.setdefault("pluginConfig", {})
        return config

    @property
    def owner(self) -> str | None:
        """The preset's owner, if set (settable)."""
        return self._settings.get("owner")

    @owner.setter
    def owner(self, login: str) -> None:
        self._settings["owner"] = login

    @property
    def usable_by_all(self) -> bool:
        """Whether every user may use the preset (settable)."""
        return bool(self._untyped.setdefault("defaultPermission", {}).get("use", False))

    @usable_by_all.setter
    def usable_by_all(self, use: bool) -> None:
        self._untyped.setdefault("defaultPermission", {})["use"] = use

    def get_permission_item(self, group: str | None) -> PluginPresetPermission | None:
        """The permission of ``group`` (the default one for None), None if the group has none."""
        if group is None:
            default: PluginPresetPermission = self._untyped.setdefault("defaultPermission", {})
            return default
        permissions: list[PluginPresetPermission] = self._untyped.setdefault("permissions", [])
        return next((p for p in permissions if p.get("group") == group), None)

    def is_usable_by(self, group: str | None) -> bool:
        """Whether ``group`` may use the preset (its permission, else the default)."""
        item = self.get_permission_item(group)
        if item is None:
            return bool(self._untyped.setdefault("defaultPermission", {}).get("use", False))
        return bool(item.get("use", False))

    def set_usable_by(self, group: str, use: bool) -> None:
        """Allow or forbid ``group`` to use the preset."""
        item = self.get_permission_item(group)
        if item is None:
            self._untyped.setdefault("permissions", []).append({"group": group, "use": use})
        else:
            item["use"] = use

    def save(self) -> None:
        """Save the plugin's settings. (operation ``savePluginSettings``)"""
        self._plugin_settings.save()


class DSSPluginUsage:
    """An object using a component of a plugin."""

    def __init__(self, data: PluginUsage) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSPluginUsage(object_type={self.object_type!r}, object_id={self.object_id!r})"

    @property
    def element_kind(self) -> str:
        """The kind of plugin component used (``webapps``, ``python-steps``, ...)."""
        value: str = self._data["elementKind"]
        return value

    @property
    def element_type(self) -> str:
        """The plugin component used."""
        value: str = self._data["elementType"]
        return value

    @property
    def object_id(self) -> str:
        """The id of the object that uses it."""
        value: str = self._data["objectId"]
        return value

    @property
    def object_type(self) -> str:
        """The type of the object that uses it."""
        value: str = self._data["objectType"]
        return value

    @property
    def project_key(self) -> str:
        """The key of that object's project."""
        value: str = self._data["projectKey"]
        return value


class DSSMissingType:
    """A type an object uses that no plugin provides anymore."""

    def __init__(self, data: PluginMissingType) -> None:
        self._data = data

    @property
    def missing_type(self) -> str:
        """The type that is missing (a plugin component no longer there)."""
        value: str = self._data["missingType"]
        return value

    @property
    def object_id(self) -> str:
        """The id of the object that uses the missing type."""
        value: str = self._data["objectId"]
        return value

    @property
    def object_type(self) -> str:
        """The type of the object that uses the missing type."""
        value: str = self._data["objectType"]
        return value

    @property
    def project_key(self) -> str:
        """The key of that object's project."""
        value: str = self._data["projectKey"]
        return value


class DSSPluginUsages:
    """Where a plugin is used, and the types it no longer provides that objects still use."""

    def __init__(self, data: PluginUsages) -> None:
        self._data = data
        self._usages = [DSSPluginUsage(usage) for usage in data.get("usages") or []]
        self._missing_types = [DSSMissingType(missing) for missing in data.get("missingTypes") or []]

    def get_raw(self) -> PluginUsages:
        """The usages as DSS sent them."""
        return self._data

    @property
    def usages(self) -> list[DSSPluginUsage]:
        """Each use of the plugin's components."""
        return self._usages

    @property
    def missing_types(self) -> list[DSSMissingType]:
        """Each object using a component the plugin no longer has."""
        return self._missing_types

    def maybe_used(self) -> bool:
        """Whether the plugin may be in use (a usage, or a type no plugin provides)."""
        return bool(self._usages or self._missing_types)
