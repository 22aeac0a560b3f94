"""Dashboards and insights of projects: their definitions, kept as the clients saved them.

DSS chooses the identifiers (seven letters and digits) and the owner (the creator), and gives
each dashboard page without an identifier one. A definition is otherwise stored as sent, unknown
properties and all, so that it round-trips. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, cast

from ..errors import bad_request, not_found
from ..state import DSSState, user_tag

# Bounds of the emulator (DSS sets none): objects of each kind per project.
MAX_PER_PROJECT = 10_000
_ID_LENGTH = 7


class DashboardsModel:
    """Every project's dashboards and insights, by identifier."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.dashboards: dict[str, dict[str, dict[str, Any]]] = {}
        self.insights: dict[str, dict[str, dict[str, Any]]] = {}

    def forget_project(self, project_key: str) -> None:
        self.dashboards.pop(project_key, None)
        self.insights.pop(project_key, None)

    # -- dashboards ---------------------------------------------------------------------------

    def dashboard(self, project_key: str, dashboard_id: str) -> dict[str, Any]:
        found = self.dashboards.get(project_key, {}).get(dashboard_id)
        if found is None:
            raise not_found(f"Dashboard does not exist: {project_key}.{dashboard_id}")
        return found

    def create_dashboard(self, project_key: str, body: Mapping[str, Any], owner: str, when: int) -> dict[str, Any]:
        taken = self.dashboards.setdefault(project_key, {})
        _check_room(taken, "dashboards", project_key)
        definition = copy.deepcopy(dict(body))
        # DSS chooses the identifier and the owner: a definition copied from another dashboard keeps neither.
        definition.update(id=self._new_id(taken), projectKey=project_key, owner=owner)
        definition.setdefault("listed", False)
        definition.setdefault("pages", [])
        definition.setdefault("tags", [])
        definition["creationTag"] = user_tag(owner, when)
        definition["versionTag"] = user_tag(owner, when)
        self._identify_pages(definition)
        taken[definition["id"]] = definition
        return definition

    def save_dashboard(
        self, project_key: str, dashboard_id: str, body: Mapping[str, Any], login: str, when: int
    ) -> dict[str, Any]:
        stored = self.dashboard(project_key, dashboard_id)
        _refuse_owner_change("dashboard", stored, body)
        definition = copy.deepcopy(dict(body))
        definition.update(id=dashboard_id, projectKey=project_key, owner=stored["owner"])
        definition["creationTag"] = stored.get("creationTag")
        definition["versionTag"] = _next_version(stored, login, when)
        if definition.get("pages") is None:
            definition["pages"] = []
        self._identify_pages(definition)
        self.dashboards[project_key][dashboard_id] = definition
        return definition

    def delete_dashboard(self, project_key: str, dashboard_id: str) -> None:
        self.dashboard(project_key, dashboard_id)
        del self.dashboards[project_key][dashboard_id]

    def _identify_pages(self, definition: dict[str, Any]) -> None:
        if not isinstance(definition.get("pages"), list):
            raise bad_request("A dashboard's pages must be a list")
        pages: list[dict[str, Any]] = []
        for page in _list(definition.get("pages")):
            if not isinstance(page, dict):
                raise bad_request("Each page of a dashboard must be an object")
            pages.append(cast("dict[str, Any]", page))
        taken = {page.get("id") for page in pages}
        for page in pages:
            if not page.get("id"):
                page["id"] = new_id = self._new_id(taken)
                taken.add(new_id)

    # -- insights -----------------------------------------------------------------------------

    def insight(self, project_key: str, insight_id: str) -> dict[str, Any]:
        found = self.insights.get(project_key, {}).get(insight_id)
        if found is None:
            raise not_found(f"Insight does not exist: {project_key}.{insight_id}")
        return found

    def create_insight(self, project_key: str, prototype: Mapping[str, Any], owner: str, when: int) -> dict[str, Any]:
        taken = self.insights.setdefault(project_key, {})
        _check_room(taken, "insights", project_key)
        definition = copy.deepcopy(dict(prototype))
        definition.update(id=self._new_id(taken), projectKey=project_key, owner=owner)
        # Without a name, the insight is named after its type (the emulator's choice: DSS's is unknown).
        definition.setdefault("name", definition["type"])
        definition.setdefault("listed", False)
        definition.setdefault("params", {})
        definition.setdefault("tags", [])
        definition["creationTag"] = user_tag(owner, when)
        definition["versionTag"] = user_tag(owner, when)
        taken[definition["id"]] = definition
        return definition

    def save_insight(
        self, project_key: str, insight_id: str, body: Mapping[str, Any], login: str, when: int
    ) -> dict[str, Any]:
        stored = self.insight(project_key, insight_id)
        _refuse_owner_change("insight", stored, body)
        kind = body.get("type")
        if kind is not None and kind != stored["type"]:
            # DSS keeps an insight's type (a chart does not become a file); refused rather than guessed.
            raise bad_request(f"The type of insight {insight_id} is {stored['type']!r}: it cannot become {kind!r}")
        definition = copy.deepcopy(dict(body))
        definition.update(id=insight_id, projectKey=project_key, owner=stored["owner"], type=stored["type"])
        definition["creationTag"] = stored.get("creationTag")
        definition["versionTag"] = _next_version(stored, login, when)
        self.insights[project_key][insight_id] = definition
        return definition

    def delete_insight(self, project_key: str, insight_id: str) -> None:
        self.insight(project_key, insight_id)
        del self.insights[project_key][insight_id]

    def _new_id(self, taken: Any) -> str:
        while True:
            candidate = self.state.new_id(_ID_LENGTH)
            if candidate not in taken:
                return candidate


def tiles_of(page: Mapping[str, Any]) -> list[Any]:
    """The tiles of a page: under ``grid.tiles`` (DSS 12 and later) or ``tiles`` (before)."""
    grid = _mapping(page.get("grid"))
    if grid is not None and isinstance(grid.get("tiles"), list):
        return _list(grid.get("tiles"))
    return _list(page.get("tiles"))


def dashboard_list_item(definition: Mapping[str, Any]) -> dict[str, Any]:
    pages = [m for m in (_mapping(p) for p in _list(definition.get("pages"))) if m is not None]
    return {
        "id": definition["id"],
        "projectKey": definition["projectKey"],
        "name": definition.get("name"),
        "owner": definition["owner"],
        "listed": bool(definition.get("listed")),
        "numPages": len(pages),
        "numTiles": sum(len(tiles_of(page)) for page in pages),
        "tags": list(definition.get("tags") or []),
    }


def insight_list_item(definition: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": definition["id"],
        "projectKey": definition["projectKey"],
        "name": definition.get("name"),
        "type": definition["type"],
        "owner": definition["owner"],
        "listed": bool(definition.get("listed")),
        "tags": list(definition.get("tags") or []),
    }


def _check_room(taken: Mapping[str, Any], kind: str, project_key: str) -> None:
    if len(taken) >= MAX_PER_PROJECT:
        raise bad_request(
            f"Project {project_key} has {len(taken)} {kind}: the emulator keeps at most {MAX_PER_PROJECT}"
        )


def _refuse_owner_change(kind: str, stored: Mapping[str, Any], body: Mapping[str, Any]) -> None:
    # How DSS hands a dashboard over to someone else is not documented: refused rather than allowed.
    owner = body.get("owner")
    if owner is not None and owner != stored["owner"]:
        raise bad_request(f"The owner of {kind} {stored['id']} is {stored['owner']!r}: saving cannot change it")


def _next_version(stored: Mapping[str, Any], login: str, when: int) -> dict[str, Any]:
    tag = _mapping(stored.get("versionTag"))
    number = tag.get("versionNumber") if tag is not None else None
    return user_tag(login, when, version=(number if isinstance(number, int) else 0) + 1)


def _list(value: object) -> list[Any]:
    """``value`` if it is a list, else an empty list."""
    return cast("list[object]", value) if isinstance(value, list) else []


def _mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` if it is a JSON object, else None."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None
