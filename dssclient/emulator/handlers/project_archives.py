"""Project exports and imports, bundles made on design nodes and imported and activated on automation nodes."""

from __future__ import annotations

import copy
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dssclient._json import is_object, object_or_empty

from ..automation.store import data_store
from ..context import BinaryReply, RequestContext
from ..errors import bad_request, conflict, forbidden
from ..models.bounded_zip import ArchiveLimits
from ..models.code_envs import CodeEnvsModel
from ..models.project_archives import (
    BUNDLE,
    PROJECT,
    ProjectArchive,
    ProjectArchives,
    StoredBundle,
    apply_remapping,
    bundle_export_options,
    create_project_from_archive,
    data_to_export,
    give_content,
    keep_upload,
    new_archive_path,
    read_archive,
    write_archive,
)
from ..models.project_deployer import ProjectDeployer, PublishedBundle
from ..models.project_folders import ProjectFolders
from ..multipart import UploadedPart
from ..state import Project
from ._common import info_messages, readable_project, writable_project
from ._nodes import AUTOMATION, DESIGN, require_node
from ._registry import handles

ZIP_MEDIA_TYPE = "application/zip"
_PROJECT_KEY = re.compile(r"[A-Za-z0-9_]+")
_CHUNK = 256 * 1024


def file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while chunk := source.read(_CHUNK):
            yield chunk


def zip_reply(path: Path) -> BinaryReply:
    return BinaryReply(media_type=ZIP_MEDIA_TYPE, length=path.stat().st_size, chunks=lambda: file_chunks(path))


def _archives(ctx: RequestContext) -> ProjectArchives:
    return ctx.services.state.extension(ProjectArchives)


def _may_create_projects(ctx: RequestContext) -> None:
    if not ctx.user.may_create_projects:
        raise forbidden("You may not create new projects")


def _uploaded(ctx: RequestContext) -> UploadedPart:
    part: UploadedPart = ctx.body["file"]
    return part


# -- project export and import ----------------------------------------------------------------


@handles("exportProject")
def export_project(ctx: RequestContext) -> BinaryReply:
    state = ctx.services.state
    with state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        manifest = {
            "kind": PROJECT,
            "originalProjectKey": project.key,
            "exportedOn": state.clock(),
            "exportedBy": ctx.user.login,
            "dssVersion": state.dss_version,
            "options": copy.deepcopy(object_or_empty(ctx.body_fields)),
        }
        buffer = io.BytesIO()
        data = data_to_export(state, project, ctx.body_fields)
        write_archive(state, project, manifest, local_variables=True, data=data, into=buffer)
        content = buffer.getvalue()
    return BinaryReply(media_type=ZIP_MEDIA_TYPE, length=len(content), chunks=lambda: iter([content]))


@handles("uploadProjectImport")
def upload_project_import(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Importing a project", DESIGN)
    _may_create_projects(ctx)
    part = _uploaded(ctx)
    archive = read_archive(part.path, PROJECT, ArchiveLimits.of(ctx.services.config))
    path = keep_upload(part.path, ctx.services.workdir, "imports")
    with ctx.services.state.lock:
        prepared = _archives(ctx).prepare(ctx.user.login, path, archive)
    return {"id": prepared.import_id}


@handles("processProjectImport")
def process_project_import(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Importing a project", DESIGN)
    _may_create_projects(ctx)
    settings = ctx.body_fields if is_object(ctx.body_fields) else {}
    state = ctx.services.state
    with state.lock:
        archives = _archives(ctx)
        prepared = archives.take_prepared(ctx.path["importId"], ctx.user)
        archive = copy.deepcopy(prepared.archive)
        project_key = settings.get("targetProjectKey") or archive.project_key
        if not isinstance(project_key, str) or not _PROJECT_KEY.fullmatch(project_key):
            raise bad_request(f"Invalid project key {project_key!r}: use letters, digits and underscores")
        remapping = settings.get("remapping")
        if is_object(remapping):
            apply_remapping(archive, remapping)
        # A clash of keys refuses the import (409) and keeps it prepared, to retry under another key.
        create_project_from_archive(
            state,
            archive,
            project_key,
            ctx.user,
            with_content=True,
            permissions=archive.permissions,
            data_from=(prepared.path, data_store(ctx.services), ArchiveLimits.of(ctx.services.config)),
        )
        archives.forget_prepared(prepared.import_id)
    return {"projectKey": project_key, **info_messages()}


# -- bundles, design side ------------------------------------------------------------------------


@handles("listExportedBundles")
def list_exported_bundles(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        bundles: dict[str, StoredBundle] = _archives(ctx).exported.get(project.key, {})
        return {"bundles": [bundle.summary(project.key) for bundle in bundles.values()]}


@handles("exportBundle")
def export_bundle(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Creating a bundle", DESIGN)
    state = ctx.services.state
    bundle_id = ctx.path["bundleId"]
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        archives = _archives(ctx)
        if bundle_id in archives.exported.get(project.key, ()):
            raise conflict(f"Bundle {bundle_id} already exists in project {project.key}")
        manifest: dict[str, Any] = {
            "kind": BUNDLE,
            "bundleId": bundle_id,
            "originalProjectKey": project.key,
            "exportedOn": state.clock(),
            "exportedBy": ctx.user.login,
            "dssVersion": state.dss_version,
        }
        if ctx.query.get("releaseNotes") is not None:
            manifest["releaseNotes"] = ctx.query["releaseNotes"]
        data = data_to_export(state, project, bundle_export_options(project))
        path = new_archive_path(ctx.services.workdir, "bundles")
        try:
            write_archive(state, project, manifest, local_variables=False, data=data, into=path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        bundle = StoredBundle(bundle_id, path, _public(manifest), path.stat().st_size)
        archives.add_exported(project.key, bundle)
        return bundle.summary(project.key)


@handles("deleteExportedBundle")
def delete_exported_bundle(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        _archives(ctx).delete_exported(project.key, ctx.path["bundleId"])
    return {}


@handles("getExportedBundleArchive")
def get_exported_bundle_archive(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        bundle = _archives(ctx).exported_bundle(project.key, ctx.path["bundleId"])
        return zip_reply(bundle.path)


@handles("publishBundle")
def publish_bundle(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Publishing a bundle to the local project deployer", DESIGN)
    state = ctx.services.state
    bundle_id = ctx.path["bundleId"]
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        bundle = _archives(ctx).exported_bundle(project.key, bundle_id)
        deployer = state.extension(ProjectDeployer)
        key = ctx.query.get("publishedProjectKey") or project.key
        published = deployer.projects.get(key)
        if published is not None and bundle_id in published.bundles:
            raise conflict(f"Bundle {bundle_id} is already published in project {key}")
        if published is None:
            published = deployer.create_project(key, ctx.user.login)
        path = new_archive_path(ctx.services.workdir, "published")
        shutil.copyfile(bundle.path, path)
        when = state.clock()
        deployer.add_bundle(
            published, PublishedBundle(bundle_id, path, copy.deepcopy(bundle.manifest), when, ctx.user.login)
        )
    return {"publishedOn": when, "publishedBy": ctx.user.login, "publishedProjectKey": key}


# -- bundles, automation side --------------------------------------------------------------------


def _propagated_permissions(ctx: RequestContext, archive: ProjectArchive) -> list[dict[str, Any]]:
    """The bundle's permissions as the policy keeps them; unknown users or groups refused or dropped."""
    policy = ctx.query["permissionsPropagationPolicy"]
    if policy == "NONE":
        return []
    state = ctx.services.state
    known_groups = set(state.groups)
    kept: list[dict[str, Any]] = []
    missing: list[Any] = []
    for entry in archive.permissions:
        user, group = entry.get("user"), entry.get("group")
        if (user is not None and user not in state.users) or (group is not None and group not in known_groups):
            missing.append(user if user is not None else group)
            continue
        if policy == "READ_ONLY":
            entry = {
                key: value
                for key, value in entry.items()
                if key in ("user", "group") or not isinstance(value, bool) or key.startswith("read")
            }
        kept.append(copy.deepcopy(entry))
    if missing and ctx.query["failOnMissingUsersOrGroups"]:
        names = ", ".join(sorted(str(name) for name in missing))
        raise bad_request(f"The bundle's permissions name users or groups that do not exist here: {names}")
    return kept


def _create_from_bundle(ctx: RequestContext, source: Path, *, move: bool) -> dict[str, Any]:
    require_node(ctx, "Creating a project from a bundle", AUTOMATION)
    _may_create_projects(ctx)
    archive = read_archive(source, BUNDLE, ArchiveLimits.of(ctx.services.config))
    state = ctx.services.state
    folder_id = ctx.query.get("projectFolderId")
    with state.lock:
        if folder_id is not None:
            state.extension(ProjectFolders).writable(folder_id, ctx.user)
        permissions = _propagated_permissions(ctx, archive)
        project = create_project_from_archive(
            state, archive, archive.project_key, ctx.user, with_content=False, permissions=permissions
        )
        _store_imported(ctx, project, archive, source, move=move)
        if folder_id is not None:
            state.extension(ProjectFolders).place(project.key, folder_id)
    return {"projectKey": project.key, "bundleId": archive.bundle_id}


def _store_imported(
    ctx: RequestContext, project: Project, archive: ProjectArchive, source: Path, *, move: bool
) -> None:
    archives = _archives(ctx)
    bundle_id = archive.bundle_id or ""
    archives.check_importable(project.key, bundle_id)
    if move:
        path = keep_upload(source, ctx.services.workdir, "imported")
    else:
        path = new_archive_path(ctx.services.workdir, "imported")
        shutil.copyfile(source, path)
    bundle = StoredBundle(
        bundle_id,
        path,
        _public(archive.manifest),
        path.stat().st_size,
        imported_on=ctx.services.state.clock(),
        imported_by=ctx.user.login,
    )
    archives.add_imported(project.key, bundle)


@handles("createProjectFromBundle")
def create_project_from_bundle(ctx: RequestContext) -> dict[str, Any]:
    return _create_from_bundle(ctx, _uploaded(ctx).path, move=True)


def _archive_on_disk(ctx: RequestContext) -> Path:
    path = Path(ctx.query["archivePath"])
    if not path.is_absolute() or not path.is_file():
        raise bad_request(f"No bundle archive at {ctx.query['archivePath']!r} on this node")
    return path


@handles("createProjectFromBundleArchivePath")
def create_project_from_bundle_archive_path(ctx: RequestContext) -> dict[str, Any]:
    return _create_from_bundle(ctx, _archive_on_disk(ctx), move=False)


@handles("listImportedBundles")
def list_imported_bundles(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        archives = _archives(ctx)
        active = archives.active.get(project.key)
        bundles: dict[str, StoredBundle] = archives.imported.get(project.key, {})
        return {"bundles": [b.summary(project.key, active=b.bundle_id == active) for b in bundles.values()]}


@handles("importBundleFromStream")
def import_bundle_from_stream(ctx: RequestContext) -> None:
    require_node(ctx, "Importing a bundle", AUTOMATION)
    part = _uploaded(ctx)
    archive = read_archive(part.path, BUNDLE, ArchiveLimits.of(ctx.services.config))
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        _store_imported(ctx, project, archive, part.path, move=True)


@handles("importBundleFromArchive")
def import_bundle_from_archive(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Importing a bundle", AUTOMATION)
    path = _archive_on_disk(ctx)
    archive = read_archive(path, BUNDLE, ArchiveLimits.of(ctx.services.config))
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        _store_imported(ctx, project, archive, path, move=False)
    return {"projectKey": project.key, "bundleId": archive.bundle_id}


@handles("activateBundle")
def activate_bundle(ctx: RequestContext) -> dict[str, Any]:
    require_node(ctx, "Activating a bundle", AUTOMATION)
    state = ctx.services.state
    bundle_id = ctx.path["bundleId"]
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        archives = _archives(ctx)
        bundle = archives.imported_bundle(project.key, bundle_id)
        archive = read_archive(bundle.path, BUNDLE, ArchiveLimits.of(ctx.services.config))
        options = ctx.body_fields if is_object(ctx.body_fields) else {}
        scenarios_active = options.get("scenariosActiveOnActivation")
        # Local variables belong to this node: a bundle does not carry them, activation keeps them.
        give_content(
            state,
            project,
            archive,
            ctx.user,
            local_variables=False,
            data_from=(bundle.path, data_store(ctx.services), ArchiveLimits.of(ctx.services.config)),
            scenarios_active=scenarios_active if is_object(scenarios_active) else None,
        )
        archives.active[project.key] = bundle_id
        state.extension(CodeEnvsModel).pin_versions(project)
    return {"bundleId": bundle_id, **info_messages([f"Activated bundle {bundle_id} of project {project.key}"])}


@handles("preloadBundle")
def preload_bundle(ctx: RequestContext) -> dict[str, Any]:
    """Check an imported bundle before its activation: readable whole, and its code envs present here.

    DSS's preload also creates the code envs (or versions) a bundle describes; the emulator's
    bundles carry no code env definitions, so a code env the bundle's project selects and this
    node lacks is reported (a warning), not created.
    """
    require_node(ctx, "Preloading a bundle", AUTOMATION)
    state = ctx.services.state
    bundle_id = ctx.path["bundleId"]
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        bundle = _archives(ctx).imported_bundle(project.key, bundle_id)
        archive = read_archive(bundle.path, BUNDLE, ArchiveLimits.of(ctx.services.config))
        envs = state.extension(CodeEnvsModel)
        messages: list[dict[str, Any]] = []
        for lang, name in _selected_code_envs(archive):
            if (lang, name) in envs.envs:
                messages.append(_message("INFO", f"Code env {lang}/{name} of bundle {bundle_id} is present"))
            else:
                text = f"Code env {lang}/{name} used by bundle {bundle_id} does not exist on this node: create it"
                messages.append(_message("WARNING", text))
    warning = any(message["severity"] == "WARNING" for message in messages)
    return {
        "bundleId": bundle_id,
        "messages": messages,
        "anyMessage": bool(messages),
        "success": True,
        "warning": warning,
        "error": False,
    }


def _message(severity: str, text: str) -> dict[str, Any]:
    return {"severity": severity, "isFatal": False, "message": text}


def _selected_code_envs(archive: ProjectArchive) -> list[tuple[str, str]]:
    """The code envs (language, name) the archived project's settings select, builtin ones aside."""
    settings = archive.settings.get("settings")
    code_envs = settings.get("codeEnvs") if is_object(settings) else None
    selected: list[tuple[str, str]] = []
    for language, chosen in code_envs.items() if is_object(code_envs) else ():
        if is_object(chosen) and chosen.get("useBuiltinEnv", True) is False:
            if isinstance(chosen.get("envName"), str):
                selected.append((str(language).upper(), chosen["envName"]))
    return selected


@handles("deleteImportedBundle")
def delete_imported_bundle(ctx: RequestContext) -> dict[str, Any]:
    """Delete an imported bundle; the active one is refused (the emulator's reading: it is the project's content)."""
    require_node(ctx, "Deleting an imported bundle", AUTOMATION)
    bundle_id = ctx.path["bundleId"]
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        archives = _archives(ctx)
        archives.imported_bundle(project.key, bundle_id)
        if archives.active.get(project.key) == bundle_id:
            raise bad_request(f"Bundle {bundle_id} is the active bundle of project {project.key}: it cannot be deleted")
        archives.delete_imported(project.key, bundle_id)
    return {}


def _public(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest as DSS shows it (without the archive format marker)."""
    return {key: copy.deepcopy(value) for key, value in manifest.items() if key not in ("format", "kind")}
