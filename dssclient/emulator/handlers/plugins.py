"""Plugins: installation (archive, store, Git), download, files, settings, code environments, usages, deletion."""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dssclient._json import is_array, object_or_empty

from ..context import BinaryReply, RequestContext
from ..errors import bad_request, conflict, forbidden
from ..models import plugin_files
from ..models.bounded_zip import ArchiveLimits
from ..models.plugins import (
    PLUGIN_STORE,
    Plugin,
    PluginContent,
    Plugins,
    git_working_copy,
    keep_plugin_upload,
    plugin_store_path,
    read_plugin_archive,
    read_plugin_directory,
    store_archive,
    zip_directory,
)
from ..multipart import UploadedPart
from ._common import readable_project, writable_project
from ._registry import handles
from ._tasks import run_task
from .project_archives import ZIP_MEDIA_TYPE

_CHUNK = 64 * 1024


def _limits(ctx: RequestContext) -> ArchiveLimits:
    return ArchiveLimits.of(ctx.services.config)


def _plugins(ctx: RequestContext) -> Plugins:
    return ctx.services.state.extension(Plugins)


def _install_upload(ctx: RequestContext) -> Plugin:
    part: UploadedPart = ctx.body["file"]
    content = read_plugin_archive(part.path, _limits(ctx))
    with ctx.services.state.lock:
        plugins = _plugins(ctx)
        if content.plugin_id in plugins.plugins:
            raise conflict(f"Plugin {content.plugin_id} is already installed: update it instead")
        archive = keep_plugin_upload(part.path, ctx.services.workdir)
        return plugins.install(content, archive, "ZIP", is_dev=False, source={})


# -- installation -----------------------------------------------------------------------------------


@handles("listPlugins")
def list_plugins(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [plugin.summary() for plugin in _plugins(ctx).plugins.values()]


@handles("installPluginFromZip")
def install_plugin_from_zip(ctx: RequestContext) -> dict[str, Any]:
    return _install_upload(ctx).summary()


@handles("startInstallPluginFromZip")
def start_install_plugin_from_zip(ctx: RequestContext) -> dict[str, Any]:
    # The archive is checked and kept by the request; the task installs what it holds.
    part: UploadedPart = ctx.body["file"]
    content = read_plugin_archive(part.path, _limits(ctx))
    archive = keep_plugin_upload(part.path, ctx.services.workdir)

    def work() -> dict[str, Any]:
        with ctx.services.state.lock:
            return _plugins(ctx).install(content, archive, "ZIP", is_dev=False, source={}).summary()

    return run_task(ctx, f"Install plugin {content.plugin_id}", {"pluginId": content.plugin_id}, work)


@handles("installPluginFromStore")
def install_plugin_from_store(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.body_fields["pluginId"]
    workdir = ctx.services.workdir

    def work() -> dict[str, Any]:
        content, archive = _from_store(plugin_id, workdir, _limits(ctx))
        with ctx.services.state.lock:
            return _plugins(ctx).install(content, archive, "STORE", is_dev=False, source={}).summary()

    return run_task(ctx, f"Install plugin {plugin_id} from the store", {"pluginId": plugin_id}, work)


def _from_store(plugin_id: str, workdir: Path, limits: ArchiveLimits) -> tuple[PluginContent, Path]:
    if plugin_id not in PLUGIN_STORE:
        raise bad_request(f"The plugin store has no plugin {plugin_id}")
    version, label = PLUGIN_STORE[plugin_id]
    archive = plugin_store_path(workdir)
    archive.write_bytes(store_archive(plugin_id, version, label))
    return read_plugin_archive(archive, limits), archive


def _from_git(fields: dict[str, Any], workdir: Path) -> tuple[PluginContent, Path, dict[str, Any]]:
    url = fields["gitRepositoryUrl"]
    directory = git_working_copy(url, fields.get("gitSubpath"))
    content = read_plugin_directory(directory)
    archive = plugin_store_path(workdir)
    zip_directory(directory, archive)
    source = {"gitRepositoryUrl": url, "gitCheckout": fields.get("gitCheckout") or "master"}
    if fields.get("gitSubpath"):
        source["gitSubpath"] = fields["gitSubpath"]
    return content, archive, source


@handles("installPluginFromGit")
def install_plugin_from_git(ctx: RequestContext) -> dict[str, Any]:
    fields = dict(ctx.body_fields)
    workdir = ctx.services.workdir

    def work() -> dict[str, Any]:
        content, archive, source = _from_git(fields, workdir)
        with ctx.services.state.lock:
            return _plugins(ctx).install(content, archive, "GIT", is_dev=True, source=source).summary()

    return run_task(
        ctx, f"Install plugin from {fields['gitRepositoryUrl']}", {"gitRepositoryUrl": fields["gitRepositoryUrl"]}, work
    )


@handles("downloadPlugin")
def download_plugin(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        # Opened now: an edit of the plugin's files replaces its archive, and must not cut this answer.
        handle = _plugins(ctx).plugin(ctx.path["pluginId"]).archive.open("rb")
    size = os.fstat(handle.fileno()).st_size

    def chunks() -> Iterator[bytes]:
        with handle:
            while chunk := handle.read(_CHUNK):
                yield chunk

    return BinaryReply(media_type=ZIP_MEDIA_TYPE, length=size, chunks=chunks)


# -- files (the entries of the plugin's archive: see models/plugin_files.py) ---------------------------


def _developable(ctx: RequestContext) -> Plugin:
    """The plugin, for a caller who may develop plugins (administrators, ``mayDevelopPlugins``)."""
    if not ctx.user.may("mayDevelopPlugins"):
        raise forbidden("You may not develop plugins (administrators and holders of mayDevelopPlugins may)")
    return _plugins(ctx).plugin(ctx.path["pluginId"])


@handles("listPluginFiles")
def list_plugin_files(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return plugin_files.list_tree(_developable(ctx))


@handles("getPluginFile")
def get_plugin_file(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        size, chunks = plugin_files.open_file(_developable(ctx), ctx.path["filePath"])
    return BinaryReply(media_type="application/octet-stream", length=size, chunks=chunks)


@handles("putPluginFile")
def put_plugin_file(ctx: RequestContext) -> None:
    # Edits hold the state lock throughout, so that two edits of one plugin cannot lose either.
    with ctx.services.state.lock:
        plugin_files.put_file(
            _plugins(ctx), _developable(ctx), ctx.services.workdir, ctx.path["filePath"], bytes(ctx.body or b"")
        )


@handles("renamePluginFile")
def rename_plugin_file(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        plugin_files.rename(
            _plugins(ctx),
            _developable(ctx),
            ctx.services.workdir,
            ctx.body_fields["oldPath"],
            ctx.body_fields["newName"],
        )


@handles("movePluginFile")
def move_plugin_file(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        plugin_files.move(
            _plugins(ctx),
            _developable(ctx),
            ctx.services.workdir,
            ctx.body_fields["oldPath"],
            ctx.body_fields["newPath"],
        )


# -- updates --------------------------------------------------------------------------------------------


def _update_upload(ctx: RequestContext, plugin_id: str, content: PluginContent, archive: Path) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _plugins(ctx).replace(plugin_id, content, archive, "ZIP").summary()


@handles("updatePluginFromZip")
def update_plugin_from_zip(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    part: UploadedPart = ctx.body["file"]
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)
    content = read_plugin_archive(part.path, _limits(ctx))
    return _update_upload(ctx, plugin_id, content, keep_plugin_upload(part.path, ctx.services.workdir))


@handles("startUpdatePluginFromZip")
def start_update_plugin_from_zip(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    part: UploadedPart = ctx.body["file"]
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)
    content = read_plugin_archive(part.path, _limits(ctx))
    archive = keep_plugin_upload(part.path, ctx.services.workdir)
    return run_task(
        ctx,
        f"Update plugin {plugin_id}",
        {"pluginId": plugin_id},
        lambda: _update_upload(ctx, plugin_id, content, archive),
    )


@handles("updatePluginFromStore")
def update_plugin_from_store(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    workdir = ctx.services.workdir
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)

    def work() -> dict[str, Any]:
        content, archive = _from_store(plugin_id, workdir, _limits(ctx))
        with ctx.services.state.lock:
            return _plugins(ctx).replace(plugin_id, content, archive, "STORE").summary()

    return run_task(ctx, f"Update plugin {plugin_id} from the store", {"pluginId": plugin_id}, work)


@handles("updatePluginFromGit")
def update_plugin_from_git(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    fields = dict(ctx.body_fields)
    workdir = ctx.services.workdir
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)

    def work() -> dict[str, Any]:
        content, archive, source = _from_git(fields, workdir)
        with ctx.services.state.lock:
            plugin = _plugins(ctx).replace(plugin_id, content, archive, "GIT")
            plugin.is_dev, plugin.source = True, source
            return plugin.summary()

    return run_task(ctx, f"Update plugin {plugin_id} from git", {"pluginId": plugin_id}, work)


# -- settings and code environment -------------------------------------------------------------------


@handles("getPluginSettings")
def get_plugin_settings(ctx: RequestContext) -> dict[str, Any]:
    project_key = ctx.query.get("projectKey")
    with ctx.services.state.lock:
        plugin = _plugins(ctx).plugin(ctx.path["pluginId"])
        if project_key is None:
            _require_admin(ctx)
            return plugin.settings_view()
        readable_project(ctx, project_key)
        return plugin.project_settings_view(project_key)


def _require_admin(ctx: RequestContext) -> None:
    if not ctx.user.admin:
        raise forbidden("Only administrators may read or change a plugin's instance-wide settings")


def _save_settings(ctx: RequestContext, plugin_id: str, project_key: str | None, body: dict[str, Any]) -> None:
    """Store the settings as received, but for what DSS derives (the parameter sets' descriptions)."""
    kept = {key: copy.deepcopy(value) for key, value in body.items() if key != "accessibleParameterSetDescs"}
    presets = kept.get("presets")
    if presets is not None and not is_array(presets):
        raise bad_request("A plugin's presets are a list")
    with ctx.services.state.lock:
        plugin = _plugins(ctx).plugin(plugin_id)
        if project_key is None:
            _require_admin(ctx)
            plugin.settings = kept
        else:
            writable_project(ctx, project_key)
            kept.pop("projectKey", None)
            plugin.project_settings[project_key] = kept


@handles("savePluginSettings")
def save_plugin_settings(ctx: RequestContext) -> None:
    _save_settings(ctx, ctx.path["pluginId"], ctx.query.get("projectKey"), ctx.body)


@handles("startSavePluginProjectSettings")
def start_save_plugin_project_settings(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    project_key = ctx.body_fields.get("projectKey")
    if not isinstance(project_key, str):
        raise bad_request("Project-level plugin settings name their project (projectKey)")
    # Saved by the request; the task stands for what follows a save (rebuilding images, say).
    _save_settings(ctx, plugin_id, project_key, ctx.body)
    return run_task(
        ctx,
        f"Save the settings of plugin {plugin_id} in {project_key}",
        {"pluginId": plugin_id, "projectKey": project_key},
        lambda: {"pluginId": plugin_id, "projectKey": project_key},
    )


@handles("createPluginCodeEnv")
def create_plugin_code_env(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    fields = dict(ctx.body_fields or {})
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)

    def work() -> dict[str, Any]:
        with ctx.services.state.lock:
            plugin = _plugins(ctx).plugin(plugin_id)
            if not plugin.content.has_code_env:
                raise bad_request(f"Plugin {plugin_id} declares no code environment (it has no code-env folder)")
            env_name = f"plugin_{plugin_id}_managed"
            plugin.settings["codeEnvName"] = env_name
            return {
                "envName": env_name,
                "deploymentMode": fields.get("deploymentMode", "PLUGIN_MANAGED"),
                "pythonInterpreter": fields.get("pythonInterpreter"),
                "conda": bool(fields.get("conda", False)),
            }

    return run_task(ctx, f"Create the code env of plugin {plugin_id}", {"pluginId": plugin_id}, work)


@handles("updatePluginCodeEnv")
def update_plugin_code_env(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)

    def work() -> dict[str, Any]:
        with ctx.services.state.lock:
            plugin = _plugins(ctx).plugin(plugin_id)
            env_name = plugin.settings.get("codeEnvName")
            if not isinstance(env_name, str):
                raise bad_request(f"Plugin {plugin_id} has no code environment yet: create it first")
            return {"envName": env_name}

    return run_task(ctx, f"Update the code env of plugin {plugin_id}", {"pluginId": plugin_id}, work)


# -- usages and deletion -------------------------------------------------------------------------------


@handles("listPluginUsages")
def list_plugin_usages(ctx: RequestContext) -> dict[str, Any]:
    project_key = ctx.query.get("projectKey")
    with ctx.services.state.lock:
        plugins = _plugins(ctx)
        plugin = plugins.plugin(ctx.path["pluginId"])
        if project_key is not None:
            readable_project(ctx, project_key)
        return {"usages": plugins.usages(plugin, project_key), "missingTypes": []}


@handles("deletePlugin")
def delete_plugin(ctx: RequestContext) -> dict[str, Any]:
    plugin_id = ctx.path["pluginId"]
    force = bool(object_or_empty(ctx.body_fields).get("force", False))
    with ctx.services.state.lock:
        _plugins(ctx).plugin(plugin_id)

    def work() -> dict[str, Any]:
        with ctx.services.state.lock:
            plugins = _plugins(ctx)
            plugin = plugins.plugin(plugin_id)
            usages = plugins.usages(plugin, None)
            if usages and not force:
                where = ", ".join(f"{u['projectKey']}.{u['objectId']}" for u in usages)
                raise bad_request(f"Plugin {plugin_id} is in use ({where}): delete with force to remove it anyway")
            plugins.uninstall(plugin_id)
            return {"pluginId": plugin_id, "usages": usages}

    return run_task(ctx, f"Delete plugin {plugin_id}", {"pluginId": plugin_id, "force": force}, work)
