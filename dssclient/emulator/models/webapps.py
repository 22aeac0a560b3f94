"""Webapps of projects: settings, and a backend that moves through STOPPED, STARTING and RUNNING.

The emulator serves no webapp: a backend that "runs" is a state, with a backend task whose
state (``futureInfo``) is alive while it runs. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request, not_found
from ..futures import Future
from ..state import DSSState, user_tag
from ._json import as_object
from ._sequence_ids import SequenceIds

STOPPED, STARTING, RUNNING = "STOPPED", "STARTING", "RUNNING"
# The code webapps the public API creates, and the code each type holds in its params.
DEFAULT_PARAMS: dict[str, dict[str, Any]] = {
    "STANDARD": {"html": "", "css": "", "js": "", "python": "", "backendEnabled": False},
    "BOKEH": {"python": "", "envSelection": {"envMode": "INHERIT"}},
    "DASH": {"python": "", "envSelection": {"envMode": "INHERIT"}},
    "STREAMLIT": {"python": "", "envSelection": {"envMode": "INHERIT"}},
    "SHINY": {"ui": "", "server": "", "envSelection": {"envMode": "INHERIT"}},
}
MAX_WEBAPPS_PER_PROJECT = 1000


@dataclass
class WebApp:
    settings: dict[str, Any]
    backend: str = STOPPED
    # The start task under way (STARTING), or the last one.
    start_task: Future | None = None
    # The backend's own task state, once it started: alive while RUNNING.
    backend_info: dict[str, Any] | None = None
    backend_started: int = 0

    @property
    def id(self) -> str:
        webapp_id: str = self.settings["id"]
        return webapp_id

    @property
    def name(self) -> str:
        return str(self.settings.get("name", self.id))

    def has_backend(self) -> bool:
        """A standard webapp has a backend when its params enable it; the other code types always do."""
        if self.settings.get("type") == "STANDARD":
            params = as_object(self.settings.get("params")) or {}
            return params.get("backendEnabled") is True
        return True


class WebApps:
    """Every project's webapps."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.webapps: dict[str, dict[str, WebApp]] = {}
        self.ids = SequenceIds("webapp")
        self.backend_ids = SequenceIds("webapp-backend")

    def forget_project(self, project_key: str) -> None:
        for webapp in self.webapps.pop(project_key, {}).values():
            if webapp.start_task is not None:
                webapp.start_task.request_abort()

    def of_project(self, project_key: str) -> list[dict[str, Any]]:
        return [
            {
                "id": w.id,
                "projectKey": project_key,
                "name": w.name,
                "type": w.settings.get("type"),
                "tags": copy.deepcopy(w.settings.get("tags") or []),
            }
            for w in self.webapps.get(project_key, {}).values()
        ]

    def get(self, project_key: str, webapp_id: str) -> WebApp:
        found = self.webapps.get(project_key, {}).get(webapp_id)
        if found is None:
            raise not_found(f"Web app does not exist: {project_key}.{webapp_id}")
        return found

    def create(self, project_key: str, name: str, webapp_type: str, creator: str) -> WebApp:
        if webapp_type not in DEFAULT_PARAMS:
            raise bad_request(f"Cannot create a webapp of type {webapp_type!r}: use one of {', '.join(DEFAULT_PARAMS)}")
        if not name.strip():
            raise bad_request("A webapp needs a name")
        webapps = self.webapps.setdefault(project_key, {})
        if len(webapps) >= MAX_WEBAPPS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_WEBAPPS_PER_PROJECT} webapps: delete some first")
        webapp_id = self.ids.new(webapps, length=7)
        when = self.state.clock()
        webapp = WebApp(
            {
                "id": webapp_id,
                "projectKey": project_key,
                "name": name,
                "type": webapp_type,
                "params": copy.deepcopy(DEFAULT_PARAMS[webapp_type]),
                "tags": [],
                "creationTag": user_tag(creator, when),
                "versionTag": user_tag(creator, when),
            }
        )
        webapps[webapp_id] = webapp
        return webapp

    def save(self, webapp: WebApp, body: Any, who: str) -> None:
        settings = as_object(body)
        if settings is None:
            raise bad_request("A webapp's settings are an object")
        # The path names the webapp; its id, project and type are not the body's to change
        # (whether DSS lets a save change the type is not known to us: refused).
        for field in ("id", "projectKey", "type"):
            if field in settings and settings[field] != webapp.settings.get(field):
                raise bad_request(f"Saving cannot change a webapp's {field} ({webapp.settings.get(field)!r})")
        stored = copy.deepcopy(settings)
        for field in ("id", "projectKey", "type"):
            stored.setdefault(field, webapp.settings.get(field))
        webapp.settings = stored
        del who  # DSS would bump versionTag; the emulator stores the settings as sent, for exact round trips

    # -- backend --

    def backend_state(self, project_key: str, webapp: WebApp, now: int) -> dict[str, Any]:
        state: dict[str, Any] = {"projectKey": project_key, "webAppId": webapp.id}
        if webapp.backend == STARTING and webapp.start_task is not None:
            state["futureInfo"] = webapp.start_task.state_json(with_result=False)
        elif webapp.backend_info is not None:
            info = copy.deepcopy(webapp.backend_info)
            if webapp.backend == RUNNING:
                info["runningTime"] = max(0, now - webapp.backend_started)
            state["futureInfo"] = info
        return state

    def set_running(self, project_key: str, webapp: WebApp, owner: str) -> None:
        when = self.state.clock()
        webapp.backend = RUNNING
        webapp.backend_started = when
        webapp.backend_info = {
            "jobId": self.backend_ids.new(),
            "jobDisplayName": f"Backend of webapp {webapp.name}",
            "owner": owner,
            "alive": True,
            "hasResult": False,
            "aborted": False,
            "startTime": when,
            "runningTime": 0,
            "progress": {"states": []},
            "payload": {"projectKey": project_key, "webAppId": webapp.id},
        }

    def stop(self, webapp: WebApp) -> None:
        if webapp.backend == STARTING and webapp.start_task is not None:
            webapp.start_task.request_abort()
        if webapp.backend_info is not None and webapp.backend == RUNNING:
            webapp.backend_info["alive"] = False
            webapp.backend_info["aborted"] = True
            webapp.backend_info["runningTime"] = max(0, self.state.clock() - webapp.backend_started)
        webapp.backend = STOPPED
