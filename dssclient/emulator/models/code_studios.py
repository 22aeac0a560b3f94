"""Code studios of projects: their lifecycle and the files of their synchronized zones.

A code studio is created STOPPED from a template. Starting it (a long task) makes it
RUNNING, which copies DSS's files of each zone into it; from then on the studio's copy
and DSS's copy of a zone change independently, and DSS compares both with the copy
made at the last synchronization (start, push or pull) to find conflicts: files
changed on both sides. Stopping it discards its copies.

DSS's own side of the zones has no API here (project libraries and recipes are other
areas), so tests change it, and the studio's side, through ``write_in_dss`` and
``write_in_studio``. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import hashlib
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_mapping, mapping_or_empty

from ..errors import bad_request, not_found
from ..futures import Future
from ..state import DSSState, user_tag

STOPPED, STARTING, RUNNING, STOPPING = "STOPPED", "STARTING", "RUNNING", "STOPPING"

# The zones a running code studio synchronizes, and whose files each one holds on DSS's side:
# the studio's own, the project's (shared by the project's studios) or its owner's.
ZONES: tuple[tuple[str, str, str], ...] = (
    ("code_studio-versioned", "Code studio versioned files", "studio"),
    ("code_studio-resources", "Code studio resources", "studio"),
    ("project_lib-versioned", "Project library", "project"),
    ("user-versioned", "User's versioned files", "user"),
    ("recipes", "Code recipes", "project"),
)
ZONE_IDS = tuple(zone_id for zone_id, _, _ in ZONES)
WORKSPACE = "/home/dataiku/workspace"

_ID_ALPHABET = string.ascii_letters + string.digits


@dataclass
class DSSFile:
    """A file on DSS's side of a zone, and who wrote it last."""

    content: bytes
    author: str


@dataclass
class DSSZoneFiles:
    """DSS's side of a zone: its files, and who deleted the files that are gone."""

    files: dict[str, DSSFile] = field(default_factory=dict[str, DSSFile])
    deleted_by: dict[str, str] = field(default_factory=dict[str, str])

    def contents(self) -> dict[str, bytes]:
        return {path: f.content for path, f in self.files.items()}


@dataclass
class StudioZone:
    """A running studio's copy of a zone, and the copy of DSS's files made at the last synchronization."""

    files: dict[str, bytes]
    base: dict[str, bytes]


@dataclass
class CodeStudio:
    definition: dict[str, Any]
    state: str = STOPPED
    last_state_change: int | None = None
    zones: dict[str, StudioZone] = field(default_factory=dict[str, StudioZone])
    # The start or stop task under way.
    task: Future | None = None

    @property
    def id(self) -> str:
        studio_id: str = self.definition["id"]
        return studio_id

    @property
    def owner(self) -> str:
        owner: str = self.definition["owner"]
        return owner


class CodeStudios:
    """Every project's code studios, and DSS's side of their zones."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.studios: dict[str, dict[str, CodeStudio]] = {}
        # DSS's side of the zones, by (scope, owner of the scope, zone id).
        self.dss_files: dict[tuple[str, str, str], DSSZoneFiles] = {}

    def forget_project(self, project_key: str) -> None:
        for studio in self.studios.pop(project_key, {}).values():
            if studio.task is not None:
                studio.task.request_abort()
        for key in [key for key in self.dss_files if key[1].startswith(project_key + "/")]:
            del self.dss_files[key]

    # -- studios ------------------------------------------------------------------------------

    def create(self, project_key: str, name: str, template_id: str, owner: str, when: int) -> CodeStudio:
        studios = self.studios.setdefault(project_key, {})
        studio_id = _new_id(studios)
        created = user_tag(owner, when)
        definition = {
            "id": studio_id,
            "projectKey": project_key,
            "name": name,
            "owner": owner,
            "templateId": template_id,
            "libName": studio_id,
            "creationTag": created,
            "versionTag": copy.deepcopy(created),
        }
        studio = studios[studio_id] = CodeStudio(definition)
        return studio

    def get(self, project_key: str, studio_id: str) -> CodeStudio:
        studio = self.studios.get(project_key, {}).get(studio_id)
        if studio is None:
            raise not_found(f"Code studio does not exist: {project_key}.{studio_id}")
        return studio

    def delete(self, project_key: str, studio_id: str) -> None:
        studio = self.studios.get(project_key, {}).pop(studio_id, None)
        if studio is not None and studio.task is not None:
            studio.task.request_abort()
        for key in [key for key in self.dss_files if key[0] == "studio" and key[1] == f"{project_key}/{studio_id}"]:
            del self.dss_files[key]

    def set_state(self, studio: CodeStudio, state: str, when: int) -> None:
        studio.state = state
        studio.last_state_change = when
        if state == RUNNING:
            # A fresh start: the studio's files are DSS's, as of now.
            studio.zones = {}
            for zone_id in ZONE_IDS:
                contents = self._dss_zone(studio, zone_id).contents()
                studio.zones[zone_id] = StudioZone(files=dict(contents), base=dict(contents))
        elif state != STOPPING:
            studio.zones = {}

    def status(self, studio: CodeStudio, template: Mapping[str, Any] | None) -> dict[str, Any]:
        status: dict[str, Any] = {"state": studio.state}
        if studio.last_state_change is not None:
            status["lastStateChange"] = studio.last_state_change
        running = studio.state == RUNNING
        status["syncedZones"] = (
            [
                {"id": zone_id, "label": label, "pathInContainer": f"{WORKSPACE}/{zone_id}"}
                for zone_id, label, _ in ZONES
            ]
            if running
            else []
        )
        status["exposed"] = _exposed_ports(template) if running else []
        return status

    # -- synchronization --------------------------------------------------------------------

    def conflicts(self, studio: CodeStudio, zone_id: str) -> dict[str, Any]:
        """Files changed in the studio whose DSS side changed too since the last synchronization."""
        if studio.state != RUNNING:
            return {"error": f"Code studio {studio.id} is not running: its zones cannot be checked"}
        zone = studio.zones.get(zone_id)
        if zone is None:
            return {"error": f"Unknown zone: {zone_id}"}
        dss = self._dss_zone(studio, zone_id)
        dss_now = dss.contents()
        studio_changes = _changes(zone.base, zone.files)
        dss_changed = {path for paths in _changes(zone.base, dss_now).values() for path in paths}
        conflicting: dict[str, list[str]] = {}
        authors: set[str] = set()
        for kind, paths in studio_changes.items():
            conflicting[kind] = sorted(
                path for path in paths if path in dss_changed and zone.files.get(path) != dss_now.get(path)
            )
            for path in conflicting[kind]:
                author = dss.files[path].author if path in dss.files else dss.deleted_by.get(path)
                if author is not None:
                    authors.add(author)
        count = sum(len(paths) for paths in conflicting.values())
        return {
            zone_id: {
                **conflicting,
                "authors": sorted(authors),
                "commitFrom": _commit(zone.base),
                "commitTo": _commit(dss_now),
                "nbConflicts": count,
                "nbChangesInCodeStudio": sum(len(paths) for paths in studio_changes.values()),
            }
        }

    def push(self, studio: CodeStudio, zone_id: str) -> dict[str, Any]:
        """Make the studio's copy of the zone DSS's."""
        zone = self._running_zone(studio, zone_id)
        contents = self._dss_zone(studio, zone_id).contents()
        zone.files = dict(contents)
        zone.base = dict(contents)
        return {"count": len(contents), "size": sum(len(content) for content in contents.values())}

    def pull(self, studio: CodeStudio, zone_id: str, login: str) -> dict[str, Any]:
        """Make DSS's copy of the zone the studio's."""
        zone = self._running_zone(studio, zone_id)
        dss = self._dss_zone(studio, zone_id)
        changes = _changes(dss.contents(), zone.files)
        for path in changes["deleted"]:
            del dss.files[path]
            dss.deleted_by[path] = login
        for path in changes["added"] + changes["modified"]:
            dss.files[path] = DSSFile(zone.files[path], login)
            dss.deleted_by.pop(path, None)
        zone.base = dict(zone.files)
        copied = changes["added"] + changes["modified"]
        return {
            zone_id: {
                **changes,
                "count": len(copied),
                "size": sum(len(zone.files[path]) for path in copied),
            }
        }

    # -- what tests use to change files (DSS's side has no API in this area) ------------------------

    def write_in_dss(
        self, project_key: str, studio_id: str, zone_id: str, path: str, content: bytes | str | None, author: str
    ) -> None:
        """Write (or delete, with None) a file on DSS's side of a zone, as ``author``."""
        dss = self._dss_zone(self.get(project_key, studio_id), _known_zone(zone_id))
        if content is None:
            if dss.files.pop(path, None) is not None:
                dss.deleted_by[path] = author
            return
        dss.files[path] = DSSFile(content.encode() if isinstance(content, str) else content, author)
        dss.deleted_by.pop(path, None)

    def write_in_studio(
        self, project_key: str, studio_id: str, zone_id: str, path: str, content: bytes | str | None
    ) -> None:
        """Write (or delete, with None) a file in a running studio's copy of a zone."""
        zone = self._running_zone(self.get(project_key, studio_id), _known_zone(zone_id))
        if content is None:
            zone.files.pop(path, None)
        else:
            zone.files[path] = content.encode() if isinstance(content, str) else content

    def files_in_dss(self, project_key: str, studio_id: str, zone_id: str) -> dict[str, bytes]:
        return self._dss_zone(self.get(project_key, studio_id), _known_zone(zone_id)).contents()

    def files_in_studio(self, project_key: str, studio_id: str, zone_id: str) -> dict[str, bytes]:
        return dict(self._running_zone(self.get(project_key, studio_id), _known_zone(zone_id)).files)

    # -- internals --------------------------------------------------------------------------------

    def _dss_zone(self, studio: CodeStudio, zone_id: str) -> DSSZoneFiles:
        scope = next(scope for known, _, scope in ZONES if known == zone_id)
        project_key = studio.definition["projectKey"]
        if scope == "studio":
            key = (scope, f"{project_key}/{studio.id}", zone_id)
        elif scope == "project":
            key = (scope, f"{project_key}/", zone_id)
        else:
            # A user's files follow them from project to project.
            key = (scope, studio.owner, zone_id)
        return self.dss_files.setdefault(key, DSSZoneFiles())

    def _running_zone(self, studio: CodeStudio, zone_id: str) -> StudioZone:
        if studio.state != RUNNING:
            raise bad_request(f"Code studio {studio.id} is not running (it is {studio.state})")
        zone = studio.zones.get(zone_id)
        if zone is None:
            raise not_found(f"Unknown zone {zone_id!r} in code studio {studio.id}")
        return zone


def _known_zone(zone_id: str) -> str:
    if zone_id not in ZONE_IDS:
        raise ValueError(f"unknown zone {zone_id!r}: one of {ZONE_IDS}")
    return zone_id


def _new_id(taken: Mapping[str, Any]) -> str:
    while True:
        candidate = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
        if candidate not in taken:
            return candidate


def _changes(before: Mapping[str, bytes], after: Mapping[str, bytes]) -> dict[str, list[str]]:
    return {
        "added": sorted(path for path in after if path not in before),
        "modified": sorted(path for path in after if path in before and after[path] != before[path]),
        "deleted": sorted(path for path in before if path not in after),
    }


def _commit(files: Mapping[str, bytes]) -> str:
    """A stable identifier of a set of files, as a commit hash identifies a state of a repository."""
    digest = hashlib.sha1(usedforsecurity=False)
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + hashlib.sha1(files[path], usedforsecurity=False).digest())
    return digest.hexdigest()[:12]


def _exposed_ports(template: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The ports a running studio exposes: what its template's blocks (or its own params) serve."""
    if template is None:
        return []
    params = mapping_or_empty(template.get("params"))
    exposed: list[dict[str, Any]] = []
    blocks = params.get("blocks")
    for block in blocks if is_array(blocks) else ():
        block_params = block.get("params") if is_mapping(block) else None
        if is_mapping(block_params) and isinstance(block_params.get("port"), int):
            exposed.append({"label": str(block.get("type")), "port": block_params["port"]})
    if isinstance(params.get("port"), int):
        exposed.append({"label": str(template.get("label") or template.get("id")), "port": params["port"]})
    return exposed
