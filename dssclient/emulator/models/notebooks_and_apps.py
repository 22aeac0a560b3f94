"""Running Jupyter notebooks (seeded: the emulator runs no kernel), and apps made from projects."""

from __future__ import annotations

import copy
import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import bad_request, not_found
from ..state import DSSState, Project

APP_PREFIX = "PROJECT_"
APP_TEMPLATE, APP_INSTANCE = "APP_TEMPLATE", "APP_INSTANCE"


class Notebooks:
    """Jupyter notebooks with running sessions (a ``DSSState`` extension). Hold ``state.lock``.

    The emulator runs no kernel: notebooks are seeded (``EmulatorConfig.running_notebooks``,
    or ``start_session``), and their sessions can be listed and stopped.
    """

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.notebooks: OrderedDict[tuple[str, str], dict[str, Any]] = OrderedDict()
        self._seeded = False
        self._sequence = 0

    def _new_id(self, kind: str) -> str:
        # Opaque, but drawn from a sequence: two emulators given the same calls agree.
        self._sequence += 1
        return hashlib.sha256(f"{kind}-{self._sequence}".encode()).hexdigest()[:16]

    def seed_once(self, seeds: Sequence[Mapping[str, Any]]) -> None:
        if self._seeded:
            return
        self._seeded = True
        for seed in seeds:
            sessions = seed.get("activeSessions")
            notebook = self.notebook_entry(str(seed["projectKey"]), str(seed["name"]), seed)
            if sessions is None:
                self.start_session(notebook["projectKey"], notebook["name"], "admin")

    def notebook_entry(self, project_key: str, name: str, seed: Mapping[str, Any] | None = None) -> dict[str, Any]:
        key = (project_key, name)
        if key not in self.notebooks:
            entry = copy.deepcopy(dict(seed or {}))
            entry.update({"projectKey": project_key, "name": name})
            entry.setdefault("activeSessions", [])
            self.notebooks[key] = entry
        return self.notebooks[key]

    def start_session(self, project_key: str, name: str, creator: str) -> dict[str, Any]:
        """Make a notebook run a session (for seeding in tests); returns the session."""
        notebook = self.notebook_entry(project_key, name)
        session = {
            "projectKey": project_key,
            "notebookName": name,
            "sessionId": self._new_id("session"),
            "kernelId": self._new_id("kernel"),
            "kernelPid": 10000 + len(self.notebooks) * 10 + len(notebook["activeSessions"]),
            "sessionCreator": creator,
            "sessionCreatorDisplayName": creator,
            "kernelExecutionState": "idle",
            "kernelConnections": 1,
            "sessionStartTime": self.state.clock(),
            "kernelLastActivityTime": self.state.clock(),
        }
        notebook["activeSessions"].append(session)
        return session

    def get(self, project_key: str, name: str) -> dict[str, Any]:
        found = self.notebooks.get((project_key, name))
        if found is None:
            raise not_found(f"Notebook does not exist: {project_key}.{name}")
        return found

    def running(self) -> list[dict[str, Any]]:
        return [copy.deepcopy(n) for n in self.notebooks.values() if n["activeSessions"]]

    def stop(self, project_key: str, name: str, session_id: str) -> dict[str, Any]:
        notebook = self.get(project_key, name)
        kept = [s for s in notebook["activeSessions"] if s.get("sessionId") != session_id]
        if len(kept) == len(notebook["activeSessions"]):
            raise not_found(f"Notebook {project_key}.{name} has no session {session_id}")
        notebook["activeSessions"] = kept
        return notebook

    def forget_project(self, project_key: str) -> None:
        for key in [key for key in self.notebooks if key[0] == project_key]:
            del self.notebooks[key]


def default_manifest() -> dict[str, Any]:
    return {
        "homepageSections": [],
        "instantiationPermission": "READ",
        "useAsRecipe": False,
        "useAsRecipeSettings": {},
    }


def app_type(project: Project) -> str | None:
    kind = project.settings.get("projectAppType")
    return kind if isinstance(kind, str) else None


class Apps:
    """App manifests and instances (a ``DSSState`` extension). Hold ``state.lock``.

    An app is a project whose settings say ``projectAppType: APP_TEMPLATE``; its id is
    ``PROJECT_<key>``. Instances are projects created from it, marked ``APP_INSTANCE``.
    """

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.manifests: dict[str, dict[str, Any]] = {}
        # instance project key -> (app id, temporary)
        self.instances: dict[str, tuple[str, bool]] = {}

    def template(self, app_id: str) -> Project:
        key = app_id[len(APP_PREFIX) :] if app_id.startswith(APP_PREFIX) else None
        project = self.state.projects.get(key) if key else None
        if project is None or app_type(project) != APP_TEMPLATE:
            raise not_found(f"App does not exist: {app_id}")
        return project

    def templates(self) -> list[Project]:
        return [p for p in self.state.projects.values() if app_type(p) == APP_TEMPLATE]

    def manifest_of_template(self, project_key: str) -> dict[str, Any]:
        return self.manifests.setdefault(project_key, default_manifest())

    def manifest_of_project(self, project: Project) -> dict[str, Any]:
        if app_type(project) == APP_TEMPLATE:
            return self.manifest_of_template(project.key)
        instance = self.instances.get(project.key)
        if instance is not None:
            template = self.state.projects.get(instance[0][len(APP_PREFIX) :])
            if template is not None:
                return self.manifest_of_template(template.key)
        raise bad_request(f"Project {project.key} is neither an app nor an app instance")

    def forget_project(self, project_key: str) -> None:
        self.manifests.pop(project_key, None)
        self.instances.pop(project_key, None)
