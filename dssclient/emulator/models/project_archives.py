"""Project archives: exports and bundles written as real zips, read back into projects.

One layout serves both, told apart by the manifest's ``kind``::

    export-manifest.json           format, kind (PROJECT or BUNDLE), originalProjectKey, bundleId,
                                   exportedOn, exportedBy, releaseNotes, dssVersion
    project_config/params.json     the project's settings
    project_config/metadata.json   its metadata
    project_config/variables.json  its variables (a bundle carries the standard ones only)
    project_config/permissions.json
    datasets/<name>.json           one per dataset: {"definition", "metadata"} (schema and settings)
    recipes/<name>.json            one per recipe: {"definition", "payload", "metadata"}
    scenarios/<id>.json            one per scenario: {"settings", "script"} (steps and triggers in settings)
    data/<name>/content.json       the rows of a dataset whose data is included: {"partitions":
                                   {partition: {"file", "columns"}}, "uploads": {file name: file}}
    data/<name>/<file>             those rows (the data store's own format) and uploaded files

The flow is not stored: it is what the recipes read and write. Data travel only for the
datasets the export options name (``exportAllDatasets``, ``exportUploads``, ``exportManagedFS``,
``exportAllInputDatasets``, ``includedDatasetsData``): a project export takes them from the
export request, a bundle from the project's ``bundleExporterSettings.exportOptions``, as DSS
does (a bundle carries no data unless its project says so).

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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dssclient._json import array_or_empty, is_array, is_object

from ..automation.metrics import MetricsModel
from ..automation.recipes import Recipe, RecipesModel, output_refs
from ..automation.scenarios import Scenario, ScenariosModel
from ..automation.store import UPLOADED_FILES, DataStore
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
    recipes: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    scenarios: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    # Dataset name -> its data's content.json (members of the archive named there).
    data: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])

    @property
    def project_key(self) -> str:
        key: str = self.manifest["originalProjectKey"]
        return key

    @property
    def bundle_id(self) -> str | None:
        bundle_id = self.manifest.get("bundleId")
        return bundle_id if isinstance(bundle_id, str) else None


def data_to_export(state: DSSState, project: Project, options: Any) -> list[str]:
    """The datasets whose data an export (or a bundle) with these options carries."""
    if not is_object(options):
        return []
    recipes = state.extension(RecipesModel).of(project.key).values()
    written = {ref for recipe in recipes for ref in output_refs(recipe.definition)}
    included = {
        item.get("name")
        for item in array_or_empty(options.get("includedDatasetsData"))
        if is_object(item) and isinstance(item.get("name"), str)
    }
    chosen: list[str] = []
    for name, dataset in project.datasets.items():
        definition = dataset.definition
        if (
            options.get("exportAllDatasets") is True
            or name in included
            or (options.get("exportUploads") is True and definition.get("type") == UPLOADED_FILES)
            or (
                options.get("exportManagedFS") is True
                and definition.get("managed") is True
                and definition.get("type") == "Filesystem"
            )
            or (options.get("exportAllInputDatasets") is True and name not in written)
        ):
            chosen.append(name)
    return chosen


def bundle_export_options(project: Project) -> Any:
    """What the project says a bundle of it carries (``bundleExporterSettings.exportOptions``)."""
    exporter = project.settings.get("bundleExporterSettings")
    return exporter.get("exportOptions") if is_object(exporter) else None


def write_archive(
    state: DSSState,
    project: Project,
    manifest: dict[str, Any],
    *,
    local_variables: bool,
    data: Iterable[str] = (),
    into: Path | io.BytesIO,
) -> None:
    """Write the archive of a project into a file or a buffer: its definition, and the rows of the
    datasets named in ``data`` (copied from their files, so a bundle with data is written as it goes).

    Hold ``state.lock``.
    """
    variables: dict[str, Any] = {
        "standard": copy.deepcopy(project.variables.get("standard", {})),
        "local": copy.deepcopy(project.variables.get("local", {})) if local_variables else {},
    }
    with zipfile.ZipFile(into, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _json({"format": FORMAT, **manifest}))
        archive.writestr("project_config/params.json", _json(project.settings))
        archive.writestr("project_config/metadata.json", _json(project.metadata))
        archive.writestr("project_config/variables.json", _json(variables))
        archive.writestr("project_config/permissions.json", _json(project.permissions))
        for name, dataset in project.datasets.items():
            described: dict[str, Any] = {"definition": dataset.definition, "metadata": dataset.metadata}
            archive.writestr(f"datasets/{_quoted(name)}.json", _json(described))
        for name, recipe in state.extension(RecipesModel).of(project.key).items():
            described = {"definition": recipe.definition, "payload": recipe.payload, "metadata": recipe.metadata}
            archive.writestr(f"recipes/{_quoted(name)}.json", _json(described))
        for scenario_id, scenario in state.extension(ScenariosModel).of(project.key).items():
            described = {"settings": scenario.settings, "script": scenario.script}
            archive.writestr(f"scenarios/{_quoted(scenario_id)}.json", _json(described))
        store = state.extension(DataStore)
        for name in data:
            stored = store.existing(project.key, name)
            if stored is None:
                continue
            folder = f"data/{_quoted(name)}"
            content: dict[str, Any] = {"partitions": {}, "uploads": {}}
            for index, (partition, rows) in enumerate(sorted(stored.partitions.items())):
                archive.write(rows.path, f"{folder}/rows-{index}")
                content["partitions"][partition] = {"file": f"rows-{index}", "columns": list(rows.columns)}
            for index, (file_name, upload) in enumerate(sorted(stored.uploads.items())):
                archive.write(upload.path, f"{folder}/upload-{index}")
                content["uploads"][file_name] = f"upload-{index}"
            archive.writestr(f"{folder}/content.json", _json(content))


def _quoted(name: str) -> str:
    return urllib.parse.quote(name, safe="")


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
            if not is_array(permissions):
                raise bad_request(f"The {what}'s permissions are not a list")
            datasets = _documents(
                archive,
                names,
                "datasets",
                "dataset",
                what,
                lambda d: is_object(d.get("definition")) and is_object(d.get("metadata")),
            )
            recipes = _documents(
                archive,
                names,
                "recipes",
                "recipe",
                what,
                lambda r: (
                    is_object(r.get("definition"))
                    and isinstance(r["definition"].get("name"), str)
                    and isinstance(r.get("payload", ""), str)
                ),
            )
            scenarios = _documents(
                archive,
                names,
                "scenarios",
                "scenario",
                what,
                lambda s: is_object(s.get("settings")) and isinstance(s["settings"].get("id"), str),
            )
            data: dict[str, dict[str, Any]] = {}
            for name in sorted(names):
                if name.startswith("data/") and name.endswith("/content.json"):
                    folder = name[: -len("/content.json")]
                    data[urllib.parse.unquote(folder[len("data/") :])] = _data_content(archive, names, folder, what)
            return ProjectArchive(
                manifest=manifest,
                settings=_object(archive, "project_config/params.json"),
                metadata=_object(archive, "project_config/metadata.json"),
                variables={
                    "standard": variables.get("standard") if is_object(variables.get("standard")) else {},
                    "local": variables.get("local") if is_object(variables.get("local")) else {},
                },
                permissions=[entry for entry in permissions if is_object(entry)],
                datasets=datasets,
                recipes=recipes,
                scenarios=scenarios,
                data=data,
            )
    except KeyError as missing:
        raise bad_request(f"The file is not a DSS {what}: it lacks {missing}") from None
    except ValueError as error:
        raise bad_request(f"The {what} cannot be read: {error}") from None


def _data_content(archive: BoundedZip, names: set[str], folder: str, what: str) -> dict[str, Any]:
    """A dataset's data content.json, checked: every file it names is in the archive."""
    content = _object(archive, f"{folder}/content.json")
    partitions, uploads = content.get("partitions"), content.get("uploads")
    if not is_object(partitions) or not is_object(uploads):
        raise bad_request(f"The {what}'s entry {folder}/content.json does not describe data")
    members = [part.get("file") if is_object(part) else None for part in partitions.values()]
    members += list(uploads.values())
    for member in members:
        if not isinstance(member, str) or "/" in member or f"{folder}/{member}" not in names:
            raise bad_request(f"The {what}'s entry {folder}/content.json names a file it lacks: {member!r}")
    for part in partitions.values():
        if not is_array(part.get("columns")) or not all(isinstance(c, str) for c in part["columns"]):
            raise bad_request(f"The {what}'s entry {folder}/content.json has rows without their columns")
    return {"folder": folder, "partitions": partitions, "uploads": uploads}


def _documents(
    archive: BoundedZip,
    names: set[str],
    folder: str,
    kind: str,
    what: str,
    well_formed: Callable[[dict[str, Any]], bool],
) -> list[dict[str, Any]]:
    """The JSON documents of one folder of the archive (``datasets/*.json``, ...), each checked."""
    documents: list[dict[str, Any]] = []
    for name in sorted(names):
        if name.startswith(f"{folder}/") and name.endswith(".json"):
            document = _object(archive, name)
            if not well_formed(document):
                raise bad_request(f"The {what}'s entry {name} is not a {kind}")
            documents.append(document)
    return documents


def _object(archive: BoundedZip, name: str) -> dict[str, Any]:
    value = json.loads(archive.read(name))
    if not is_object(value):
        raise bad_request(f"The archive's entry {name} is not a JSON object")
    return value


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def _remapped(name: Any, pairs: Any) -> Any:
    for pair in pairs if is_array(pairs) else []:
        if is_object(pair) and pair.get("source") == name and isinstance(pair.get("target"), str):
            return pair["target"]
    return name


def apply_remapping(archive: ProjectArchive, remapping: dict[str, Any]) -> None:
    """Rename connections, code environments and container configurations, as an import's remapping asks."""
    for dataset in archive.datasets:
        params = dataset["definition"].get("params")
        if is_object(params) and "connection" in params:
            params["connection"] = _remapped(params["connection"], remapping.get("connections"))
    settings = archive.settings.get("settings")
    if not is_object(settings):
        return
    code_envs = settings.get("codeEnvs")
    for language in ("python", "r"):
        env = code_envs.get(language) if is_object(code_envs) else None
        if is_object(env) and "envName" in env:
            env["envName"] = _remapped(env["envName"], remapping.get("codeEnvs"))
    container = settings.get("container")
    enabled = remapping.get("enableContainerExecRemapping", True) is not False
    if enabled and is_object(container) and "containerConf" in container:
        container["containerConf"] = _remapped(container["containerConf"], remapping.get("containerExecs"))


def create_project_from_archive(
    state: DSSState,
    archive: ProjectArchive,
    project_key: str,
    creator: User,
    *,
    with_content: bool,
    permissions: list[dict[str, Any]],
    data_from: tuple[Path, DataStore, ArchiveLimits] | None = None,
) -> Project:
    """A new project under ``project_key`` from an archive (its content too, when ``with_content``).

    The caller holds ``state.lock``; the key is checked free by ``state.create_project``.
    """
    name = archive.settings.get("name") if isinstance(archive.settings.get("name"), str) else project_key
    project = state.create_project(project_key, name or project_key, creator.login, creator=creator.login)
    project.permissions = copy.deepcopy(permissions)
    if with_content:
        give_content(state, project, archive, creator, local_variables=True, data_from=data_from)
    return project


def give_content(
    state: DSSState,
    project: Project,
    archive: ProjectArchive,
    user: User,
    *,
    local_variables: bool,
    data_from: tuple[Path, DataStore, ArchiveLimits] | None = None,
    scenarios_active: Mapping[str, Any] | None = None,
) -> None:
    """Replace a project's definition with an archive's (local variables kept unless the archive's are wanted).

    Settings, metadata, standard variables, datasets, recipes and scenarios become the archive's.
    The rows of a dataset that stays are kept, unless the archive carries that dataset's data
    (read from the archive file of ``data_from``, into its data store); the rows and metrics of
    a dataset that goes are dropped. A scenario that stays keeps its runs and whether it is
    active here (an operator's choice on this node; the emulator's reading of DSS, whose rule
    is not documented), a new one is active as in the archive; ``scenarios_active`` (scenario
    id -> bool, as ``activateBundle`` takes it) decides over both. Hold ``state.lock``.
    """
    settings = copy.deepcopy(archive.settings)
    settings["projectKey"] = project.key
    settings["owner"] = project.owner
    project.settings = settings
    project.metadata = copy.deepcopy(archive.metadata)
    project.variables = {
        "standard": copy.deepcopy(archive.variables["standard"]),
        "local": copy.deepcopy(archive.variables["local"] if local_variables else project.variables.get("local", {})),
    }
    kept_names = {d["definition"].get("name") for d in archive.datasets}
    store = state.extension(DataStore)
    for name in [name for name in project.datasets if name not in kept_names]:
        store.forget_dataset(project.key, name)
        state.extension(MetricsModel).forget_dataset(project.key, name)
    project.datasets.clear()
    for dataset in archive.datasets:
        definition = copy.deepcopy(dataset["definition"])
        definition["projectKey"] = project.key
        name = definition.get("name")
        if isinstance(name, str) and name:
            created = state.create_dataset(project, definition, user.login)
            created.definition = definition
            created.metadata = copy.deepcopy(dataset["metadata"])
    if data_from is not None:
        _install_data(state, project, archive, *data_from)
    _replace_recipes(state.extension(RecipesModel), project, archive)
    _replace_scenarios(state.extension(ScenariosModel), project, archive, scenarios_active or {})
    project.touch(user.login, state.clock())


def _install_data(
    state: DSSState, project: Project, archive: ProjectArchive, path: Path, store: DataStore, limits: ArchiveLimits
) -> None:
    """Give the project's datasets the rows and files the archive carries for them (streamed, bounded)."""
    if not archive.data:
        return
    assert store.root is not None, "the data store is used before its working directory is known"
    now = state.clock()
    with BoundedZip(path, limits, "archive") as opened:
        for name, content in archive.data.items():
            if name not in project.datasets:
                continue
            store.clear(project.key, name)
            folder = content["folder"]
            for partition, part in content["partitions"].items():
                target = _extracted(opened, f"{folder}/{part['file']}", store.root)
                store.install(project.key, name, str(partition), target, part["columns"], now)
            for file_name, member in content["uploads"].items():
                target = _extracted(opened, f"{folder}/{member}", store.root)
                store.add_upload(project.key, name, str(file_name), target, now)


def _extracted(opened: BoundedZip, member: str, directory: Path) -> Path:
    target = directory / f"unpacked-{secrets.token_hex(8)}"
    try:
        with target.open("wb") as copy_to:
            opened.copy(opened.archive.getinfo(member), copy_to)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _replace_recipes(model: RecipesModel, project: Project, archive: ProjectArchive) -> None:
    previous = dict(model.of(project.key))
    recipes = model.of(project.key)
    recipes.clear()
    for entry in archive.recipes:
        definition = copy.deepcopy(entry["definition"])
        definition["projectKey"] = project.key
        payload = str(entry.get("payload") or "")
        metadata = entry.get("metadata")
        recipe = Recipe(definition, payload, copy.deepcopy(metadata) if is_object(metadata) else {})
        before = previous.get(recipe.name)
        if before is not None:
            # A recipe that changed makes what it wrote out of date for recursive builds.
            same = before.definition == definition and before.payload == payload
            recipe.revision = before.revision if same else before.revision + 1
        recipes[recipe.name] = recipe


def _replace_scenarios(
    model: ScenariosModel, project: Project, archive: ProjectArchive, scenarios_active: Mapping[str, Any]
) -> None:
    previous = dict(model.of(project.key))
    scenarios = model.of(project.key)
    for scenario_id, gone in previous.items():
        if scenario_id not in {entry["settings"]["id"] for entry in archive.scenarios}:
            for run in gone.runs:
                if run.future is not None:
                    run.future.request_abort()
    scenarios.clear()
    for entry in archive.scenarios:
        settings = copy.deepcopy(entry["settings"])
        settings["projectKey"] = project.key
        script = str(entry.get("script") or "")
        scenario_id = settings["id"]
        before = previous.get(scenario_id)
        if before is not None:
            settings["active"] = before.settings.get("active") is True
            before.settings, before.script = settings, script
            scenario = before
        else:
            scenario = Scenario(settings, script)
        if isinstance(scenarios_active.get(scenario_id), bool):
            settings["active"] = scenarios_active[scenario_id]
        scenarios[scenario_id] = scenario


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
    exported: dict[str, OrderedDict[str, StoredBundle]] = field(
        default_factory=dict[str, OrderedDict[str, StoredBundle]]
    )
    imported: dict[str, OrderedDict[str, StoredBundle]] = field(
        default_factory=dict[str, OrderedDict[str, StoredBundle]]
    )
    active: dict[str, str] = field(default_factory=dict[str, str])
    prepared: dict[str, PreparedImport] = field(default_factory=dict[str, PreparedImport])

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

    def delete_imported(self, project_key: str, bundle_id: str) -> None:
        bundle = self.imported_bundle(project_key, bundle_id)
        del self.imported[project_key][bundle_id]
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
