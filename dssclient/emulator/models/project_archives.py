"""Project archives: exports and bundles written as real zips, read back into projects.

One layout serves both, told apart by the manifest's ``kind``::

    export-manifest.json           format, kind (PROJECT or BUNDLE), originalProjectKey, bundleId,
                                   exportedOn, exportedBy, releaseNotes, dssVersion
    project_config/params.json     the project's settings
    project_config/metadata.json   its metadata
    project_config/variables.json  its variables (a bundle carries the standard ones only)
    project_config/permissions.json
    datasets/<name>.json           one per dataset: {"definition", "metadata"}

An archive is checked whole before anything is created from it: a file that is not a zip,
a zip that is not a project archive, or a project archive of the wrong kind is refused and
leaves nothing behind. Archives are kept on disk, in the emulator's working directory.
"""

from __future__ import annotations

import copy
import io
import json
import secrets
import shutil
import time
import urllib.parse
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..state import DSSState, Project, User
from .bounded_zip import ArchiveLimits, BoundedZip

FORMAT = "dss-emulator-project-archive/1"
PROJECT, BUNDLE = "PROJECT", "BUNDLE"
MANIFEST = "export-manifest.json"


@dataclass
class ProjectArchive:
    """The content of an archive, checked."""

    manifest: dict[str, Any]
    settings: dict[str, Any]
    metadata: dict[str, Any]
    variables: dict[str, Any]
    permissions: list[dict[str, Any]]
    datasets: list[dict[str, Any]]

    @property
    def project_key(self) -> str:
        key: str = self.manifest["originalProjectKey"]
        return key

    @property
    def bundle_id(self) -> str | None:
        bundle_id = self.manifest.get("bundleId")
        return bundle_id if isinstance(bundle_id, str) else None


def write_archive(
    project: Project,
    manifest: dict[str, Any],
    *,
    local_variables: bool,
) -> bytes:
    """The archive of a project, as bytes (a project's definition is small; data are not exported)."""
    buffer = io.BytesIO()
    variables = {
        "standard": copy.deepcopy(project.variables.get("standard", {})),
        "local": copy.deepcopy(project.variables.get("local", {})) if local_variables else {},
    }
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _json({"format": FORMAT, **manifest}))
        archive.writestr("project_config/params.json", _json(project.settings))
        archive.writestr("project_config/metadata.json", _json(project.metadata))
        archive.writestr("project_config/variables.json", _json(variables))
        archive.writestr("project_config/permissions.json", _json(project.permissions))
        for name, dataset in project.datasets.items():
            entry = f"datasets/{urllib.parse.quote(name, safe='')}.json"
            archive.writestr(entry, _json({"definition": dataset.definition, "metadata": dataset.metadata}))
    return buffer.getvalue()


def read_archive(path: Path, expected_kind: str, limits: ArchiveLimits) -> ProjectArchive:
    """The checked content of the archive at ``path``; anything else is refused (400), and so
    is an archive past ``limits`` (checked before anything is unpacked, and while reading)."""
    what = "bundle" if expected_kind == BUNDLE else "project archive"
    try:
        with BoundedZip(path, limits, what) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names:
                raise bad_request(f"The file is not a DSS {what}: it has no {MANIFEST}")
            manifest = _object(archive, MANIFEST)
            kind = manifest.get("kind")
            if kind != expected_kind:
                found = "a bundle" if kind == BUNDLE else "a project export" if kind == PROJECT else "no known kind"
                raise bad_request(f"The file is not a DSS {what}: it is {found}")
            if not isinstance(manifest.get("originalProjectKey"), str) or not manifest["originalProjectKey"]:
                raise bad_request(f"The {what}'s manifest names no project")
            if expected_kind == BUNDLE and not isinstance(manifest.get("bundleId"), str):
                raise bad_request("The bundle's manifest has no bundleId")
            variables = _object(archive, "project_config/variables.json")
            permissions = json.loads(archive.read("project_config/permissions.json"))
            if not isinstance(permissions, list):
                raise bad_request(f"The {what}'s permissions are not a list")
            datasets = []
            for name in sorted(names):
                if name.startswith("datasets/") and name.endswith(".json"):
                    dataset = _object(archive, name)
                    if not isinstance(dataset.get("definition"), dict) or not isinstance(dataset.get("metadata"), dict):
                        raise bad_request(f"The {what}'s entry {name} is not a dataset")
                    datasets.append(dataset)
            return ProjectArchive(
                manifest=manifest,
                settings=_object(archive, "project_config/params.json"),
                metadata=_object(archive, "project_config/metadata.json"),
                variables={
                    "standard": variables.get("standard") if isinstance(variables.get("standard"), dict) else {},
                    "local": variables.get("local") if isinstance(variables.get("local"), dict) else {},
                },
                permissions=[entry for entry in permissions if isinstance(entry, dict)],
                datasets=datasets,
            )
    except KeyError as missing:
        raise bad_request(f"The file is not a DSS {what}: it lacks {missing}") from None
    except ValueError as error:
        raise bad_request(f"The {what} cannot be read: {error}") from None


def _object(archive: BoundedZip, name: str) -> dict[str, Any]:
    value = json.loads(archive.read(name))
    if not isinstance(value, dict):
        raise bad_request(f"The archive's entry {name} is not a JSON object")
    return value


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def _remapped(name: Any, pairs: Any) -> Any:
    for pair in pairs if isinstance(pairs, list) else []:
        if isinstance(pair, dict) and pair.get("source") == name and isinstance(pair.get("target"), str):
            return pair["target"]
    return name


def apply_remapping(archive: ProjectArchive, remapping: dict[str, Any]) -> None:
    """Rename connections, code environments and container configurations, as an import's remapping asks."""
    for dataset in archive.datasets:
        params = dataset["definition"].get("params")
        if isinstance(params, dict) and "connection" in params:
            params["connection"] = _remapped(params["connection"], remapping.get("connections"))
    settings = archive.settings.get("settings")
    if not isinstance(settings, dict):
        return
    code_envs = settings.get("codeEnvs")
    for language in ("python", "r"):
        env = code_envs.get(language) if isinstance(code_envs, dict) else None
        if isinstance(env, dict) and "envName" in env:
            env["envName"] = _remapped(env["envName"], remapping.get("codeEnvs"))
    container = settings.get("container")
    enabled = remapping.get("enableContainerExecRemapping", True) is not False
    if enabled and isinstance(container, dict) and "containerConf" in container:
        container["containerConf"] = _remapped(container["containerConf"], remapping.get("containerExecs"))


def create_project_from_archive(
    state: DSSState,
    archive: ProjectArchive,
    project_key: str,
    creator: User,
    *,
    with_content: bool,
    permissions: list[dict[str, Any]],
) -> Project:
    """A new project under ``project_key`` from an archive (its content too, when ``with_content``).

    The caller holds ``state.lock``; the key is checked free by ``state.create_project``.
    """
    name = archive.settings.get("name") if isinstance(archive.settings.get("name"), str) else project_key
    project = state.create_project(project_key, name or project_key, creator.login, creator=creator.login)
    project.permissions = copy.deepcopy(permissions)
    if with_content:
        give_content(state, project, archive, creator, local_variables=True)
    return project


def give_content(
    state: DSSState, project: Project, archive: ProjectArchive, user: User, *, local_variables: bool
) -> None:
    """Replace a project's definition with an archive's (local variables kept unless the archive's are wanted)."""
    settings = copy.deepcopy(archive.settings)
    settings["projectKey"] = project.key
    settings["owner"] = project.owner
    project.settings = settings
    project.metadata = copy.deepcopy(archive.metadata)
    project.variables = {
        "standard": copy.deepcopy(archive.variables["standard"]),
        "local": copy.deepcopy(archive.variables["local"] if local_variables else project.variables.get("local", {})),
    }
    project.datasets.clear()
    for dataset in archive.datasets:
        definition = copy.deepcopy(dataset["definition"])
        definition["projectKey"] = project.key
        name = definition.get("name")
        if isinstance(name, str) and name:
            created = state.create_dataset(project, definition, user.login)
            created.definition = definition
            created.metadata = copy.deepcopy(dataset["metadata"])
    project.touch(user.login, state.clock())


@dataclass
class StoredBundle:
    """A bundle archive kept on disk: made here (design) or imported here (automation)."""

    bundle_id: str
    path: Path
    manifest: dict[str, Any]
    size: int
    imported_on: int | None = None
    imported_by: str | None = None

    def summary(self, project_key: str, active: bool | None = None) -> dict[str, Any]:
        summary: dict[str, Any] = {
            "bundleId": self.bundle_id,
            "projectKey": project_key,
            "exportManifest": copy.deepcopy(self.manifest),
            "size": self.size,
        }
        if self.imported_on is not None:
            summary["importedOn"] = self.imported_on
            summary["importedBy"] = self.imported_by
        if active is not None:
            summary["active"] = active
        return summary


@dataclass
class PreparedImport:
    import_id: str
    owner: str
    path: Path
    archive: ProjectArchive
    # time.monotonic() past which the import is deleted (EmulatorConfig.prepared_import_ttl_seconds).
    expires_at: float = float("inf")


@dataclass
class ProjectArchives:
    """Bundles made and imported per project, and prepared project imports (a ``DSSState`` extension).

    Call its methods with ``state.lock`` held.
    """

    state: DSSState
    exported: dict[str, OrderedDict[str, StoredBundle]] = field(default_factory=dict)
    imported: dict[str, OrderedDict[str, StoredBundle]] = field(default_factory=dict)
    active: dict[str, str] = field(default_factory=dict)
    prepared: dict[str, PreparedImport] = field(default_factory=dict)

    def exported_bundle(self, project_key: str, bundle_id: str) -> StoredBundle:
        bundle = self.exported.get(project_key, OrderedDict()).get(bundle_id)
        if bundle is None:
            raise not_found(f"Bundle does not exist: {project_key}/{bundle_id}")
        return bundle

    def imported_bundle(self, project_key: str, bundle_id: str) -> StoredBundle:
        bundle = self.imported.get(project_key, OrderedDict()).get(bundle_id)
        if bundle is None:
            raise not_found(f"Imported bundle does not exist: {project_key}/{bundle_id}")
        return bundle

    def add_exported(self, project_key: str, bundle: StoredBundle) -> None:
        bundles = self.exported.setdefault(project_key, OrderedDict())
        if bundle.bundle_id in bundles:
            raise conflict(f"Bundle {bundle.bundle_id} already exists in project {project_key}")
        bundles[bundle.bundle_id] = bundle

    def delete_exported(self, project_key: str, bundle_id: str) -> None:
        bundle = self.exported_bundle(project_key, bundle_id)
        del self.exported[project_key][bundle_id]
        bundle.path.unlink(missing_ok=True)

    def check_importable(self, project_key: str, bundle_id: str) -> None:
        if bundle_id in self.imported.get(project_key, OrderedDict()):
            raise conflict(f"Bundle {bundle_id} is already imported in project {project_key}")

    def add_imported(self, project_key: str, bundle: StoredBundle) -> None:
        self.check_importable(project_key, bundle.bundle_id)
        self.imported.setdefault(project_key, OrderedDict())[bundle.bundle_id] = bundle

    def prepare(self, owner: str, path: Path, archive: ProjectArchive) -> PreparedImport:
        self.expire_prepared()
        import_id = "imp-" + secrets.token_urlsafe(9)
        expires_at = time.monotonic() + self.state.config.prepared_import_ttl_seconds
        prepared = PreparedImport(import_id, owner, path, archive, expires_at)
        self.prepared[import_id] = prepared
        return prepared

    def expire_prepared(self) -> None:
        """Delete the prepared imports not processed in time (archive and content), so that
        uploads never processed do not pile up on disk and in memory."""
        now = time.monotonic()
        for import_id in [key for key, prepared in self.prepared.items() if prepared.expires_at <= now]:
            self.forget_prepared(import_id)

    def take_prepared(self, import_id: str, user: User) -> PreparedImport:
        self.expire_prepared()
        prepared = self.prepared.get(import_id)
        if prepared is None or (prepared.owner != user.login and not user.admin):
            raise not_found(f"Project import does not exist (or was already processed): {import_id}")
        return prepared

    def forget_prepared(self, import_id: str) -> None:
        prepared = self.prepared.pop(import_id, None)
        if prepared is not None:
            prepared.path.unlink(missing_ok=True)

    def forget_project(self, project_key: str) -> None:
        for store in (self.exported, self.imported):
            for bundle in store.pop(project_key, OrderedDict()).values():
                bundle.path.unlink(missing_ok=True)
        self.active.pop(project_key, None)


def archive_directory(workdir: Path, *parts: str) -> Path:
    """A directory of the working directory for archives (created if needed)."""
    directory = workdir.joinpath("archives", *parts)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def new_archive_path(workdir: Path, kind: str) -> Path:
    """A fresh file name in the archives' store."""
    return archive_directory(workdir, kind) / f"{secrets.token_hex(12)}.zip"


def keep_upload(upload_path: Path, workdir: Path, kind: str) -> Path:
    """Move an uploaded part into the archives' store, so that the request's clean-up leaves it."""
    target = new_archive_path(workdir, kind)
    shutil.move(str(upload_path), target)
    return target
