"""Running Jupyter notebooks (seeded: the emulator runs no kernel), and apps made from projects."""

from __future__ import annotations

import copy
import hashlib
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import bad_request, conflict, not_found
from ..state import DSSState, Project
from ._json import as_object, as_objects

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
        # Each notebook's content (nbformat), by the same key: created, saved and read whole.
        self.contents: dict[tuple[str, str], dict[str, Any]] = {}
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
            # A seeded notebook has a content too: an empty Python 3 one.
            self.contents.setdefault(key, empty_notebook_content(self.state.clock()))
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
            self.contents.pop(key, None)

    # -- Jupyter notebooks as project objects (issue 18) --
    # The emulator keeps a notebook's content and its sessions; it runs no kernel, so nothing
    # executes a notebook's cells and sessions only start through ``start_session``.

    def of_project(self, project_key: str, *, active: bool = False) -> list[dict[str, Any]]:
        """The project's notebooks as DSS lists them (only those running a session when ``active``)."""
        return [
            self.list_item(key)
            for key, entry in self.notebooks.items()
            if key[0] == project_key and (entry["activeSessions"] or not active)
        ]

    def list_item(self, key: tuple[str, str]) -> dict[str, Any]:
        kernel = self.contents[key].get("metadata", {}).get("kernelspec", {})
        return {
            "projectKey": key[0],
            "name": key[1],
            "language": kernel_language(kernel),
            "kernelSpec": copy.deepcopy(kernel),
            "tags": list(self.contents[key].get("metadata", {}).get("tags") or []),
        }

    def content(self, project_key: str, name: str) -> dict[str, Any]:
        self.get(project_key, name)
        return self.contents[(project_key, name)]

    def create(self, project_key: str, name: str, content: dict[str, Any], creator: str) -> dict[str, Any]:
        check_notebook_name(name)
        if (project_key, name) in self.notebooks:
            raise conflict(f"Notebook already exists: {project_key}.{name}")
        if sum(1 for key in self.notebooks if key[0] == project_key) >= MAX_NOTEBOOKS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_NOTEBOOKS_PER_PROJECT} notebooks: delete some first")
        check_notebook_content(content)
        stored = copy.deepcopy(content)
        metadata = stored["metadata"]
        metadata.setdefault("creator", creator)
        metadata.setdefault("createdOn", self.state.clock())
        self.notebooks[(project_key, name)] = {"projectKey": project_key, "name": name, "activeSessions": []}
        self.contents[(project_key, name)] = stored
        return self.list_item((project_key, name))

    def save(self, project_key: str, name: str, content: dict[str, Any]) -> dict[str, Any]:
        self.get(project_key, name)
        check_notebook_content(content)
        self.contents[(project_key, name)] = copy.deepcopy(content)
        return self.list_item((project_key, name))

    def clear_outputs(self, project_key: str, name: str) -> None:
        for cell in as_objects(self.content(project_key, name).get("cells")) or []:
            if cell.get("cell_type") == "code":
                cell["outputs"] = []
                cell["execution_count"] = None

    def delete(self, project_key: str, name: str) -> None:
        self.get(project_key, name)
        # Its sessions stop with it.
        del self.notebooks[(project_key, name)]
        del self.contents[(project_key, name)]


# How many Jupyter notebooks a project may hold in the emulator (their size is bounded by max_body_bytes).
MAX_NOTEBOOKS_PER_PROJECT = 1000
# What Jupyter kernels' names say of their language, when the kernel spec does not.
_KERNEL_LANGUAGES = (("python", "python"), ("ir", "R"), ("r", "R"), ("toree", "toree"), ("scala", "toree"))


def kernel_language(kernel: Any) -> str:
    """The notebook's language as DSS lists it: ``python``, ``R`` or ``toree``."""
    spec = as_object(kernel)
    if spec is None:
        return "python"
    language = spec.get("language")
    if isinstance(language, str) and language:
        return {"scala": "toree", "r": "R"}.get(language.lower(), language)
    name = str(spec.get("name") or "").lower()
    return next((lang for prefix, lang in _KERNEL_LANGUAGES if name.startswith(prefix)), "python")


def check_notebook_name(name: str) -> None:
    # DSS stores a notebook as <name>.ipynb in the project's folder: a name that is not a plain
    # file name is refused (what DSS does with one is not known to us: refused rather than allowed).
    if not name.strip() or "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
        raise bad_request(f"Invalid notebook name: {name!r}")


def check_notebook_content(content: Any) -> None:
    """A notebook's content must be nbformat 4 with a kernel spec, which DSS needs to run it."""
    body = as_object(content)
    metadata = as_object(body.get("metadata")) if body is not None else None
    if body is None or metadata is None:
        raise bad_request("A notebook's content needs its metadata")
    kernel = as_object(metadata.get("kernelspec"))
    if kernel is None or not isinstance(kernel.get("name"), str):
        raise bad_request("A notebook's metadata needs a kernelspec with a name")
    if as_objects(body.get("cells")) is None:
        raise bad_request("A notebook's cells must be a list of objects")
    if body.get("nbformat", 4) != 4:
        raise bad_request(f"Unsupported notebook format {body.get('nbformat')!r}: DSS reads nbformat 4")


def empty_notebook_content(when: int) -> dict[str, Any]:
    return {
        "nbformat": 4,
        "nbformat_minor": 2,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "creator": "admin",
            "createdOn": when,
        },
        "cells": [],
    }


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
