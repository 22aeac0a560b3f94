"""Macros: the built-in ones the emulator runs, and their runs (state, result, abort).

The emulator ships one macro of DSS's built-in ``builtin-macros`` plugin, "List datasets
using connection" (``pyrunnable_builtin-macros_list-datasets-using-connection``): with
``connection`` (and ``all_projects``) it lists the datasets stored on that connection, in
the project it runs in or in every project the caller may read, as a ``RESULT_TABLE``.
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
import json
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request, not_found
from ..futures import Future
from ..state import DSSState, Project, User
from ._json import as_object
from ._sequence_ids import SequenceIds

LIST_DATASETS_USING_CONNECTION = "pyrunnable_builtin-macros_list-datasets-using-connection"
# Runs kept (the oldest finished ones go first), as DSS forgets a run once its result is read.
MAX_RUNS = 1000


def _list_datasets_definition() -> dict[str, Any]:
    return {
        "runnableType": LIST_DATASETS_USING_CONNECTION,
        "ownerPluginId": "builtin-macros",
        "meta": {
            "label": "List datasets using connection",
            "description": "Lists the datasets stored on a connection, in this project or in all projects",
            "icon": "icon-list",
        },
        "resultType": "RESULT_TABLE",
        "resultLabel": "Datasets",
        "impersonate": True,
        "requiresGlobalAdmin": False,
        "params": [
            {"name": "connection", "type": "CONNECTION", "label": "Connection", "mandatory": True},
            {"name": "all_projects", "type": "BOOLEAN", "label": "All projects", "defaultValue": False},
        ],
        "adminParams": [],
    }


def _record(definition: Mapping[str, Any], project_key: str, all_projects: bool) -> list[Any]:
    kind = definition.get("type")
    name = definition.get("name")
    label = f"{kind}:{project_key}.{name}" if all_projects else f"{kind}:{name}"
    params = as_object(definition.get("params")) or {}
    tags: list[Any] = list(definition.get("tags") or [])
    return [label, params.get("table"), params.get("schema"), tags]


def list_datasets_using_connection(
    state: DSSState, project: Project, user: User, params: Mapping[str, Any]
) -> dict[str, Any]:
    """The macro's result table: each dataset whose ``params.connection`` is the one asked."""
    connection = params.get("connection")
    if not isinstance(connection, str) or not connection:
        raise bad_request("Parameter 'connection' is mandatory")
    all_projects = params.get("all_projects") is True
    # The macro runs as its caller: with all_projects, the projects the caller may read.
    projects = [p for p in state.projects.values() if p.readable_by(user)] if all_projects else [project]
    records = [
        _record(dataset.definition, p.key, all_projects)
        for p in projects
        for dataset in p.datasets.values()
        if (as_object(dataset.definition.get("params")) or {}).get("connection") == connection
    ]
    return {
        "name": "List datasets on connection",
        "columns": [
            {
                "name": "dataset",
                "displayName": "Dataset",
                "type": "FQ_DATASET_WITH_TYPE" if all_projects else "LOCAL_DATASET_WITH_TYPE",
            },
            {"name": "table", "displayName": "Table (SQL only)", "type": "STRING"},
            {"name": "schema", "displayName": "Schema (SQL only)", "type": "STRING"},
            {"name": "tags", "displayName": "Tags", "type": "STRING_LIST"},
        ],
        "records": records,
    }


# The built-in macros: their definition, and what a run computes (under the state lock).
BUILTIN: dict[str, tuple[Callable[[], dict[str, Any]], Callable[..., dict[str, Any]]]] = {
    LIST_DATASETS_USING_CONNECTION: (_list_datasets_definition, list_datasets_using_connection),
}


@dataclass
class MacroRun:
    run_id: str
    project_key: str
    runnable_type: str
    owner: str
    running: bool = True
    aborted: bool = False
    result: bytes | None = None
    error: str | None = None
    task: Future | None = None

    def state(self) -> dict[str, Any]:
        state: dict[str, Any] = {
            "runId": self.run_id,
            "running": self.running,
            "aborted": self.aborted,
            "success": not self.running and self.result is not None,
        }
        if self.error is not None:
            state["error"] = self.error
        return state


class Macros:
    """The runs of macros, by run id."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.runs: OrderedDict[str, MacroRun] = OrderedDict()
        self.ids = SequenceIds("macro-run")

    def forget_project(self, project_key: str) -> None:
        for run_id in [r for r, run in self.runs.items() if run.project_key == project_key]:
            run = self.runs.pop(run_id)
            if run.task is not None:
                run.task.request_abort()

    @staticmethod
    def definitions() -> list[dict[str, Any]]:
        return [make() for make, _ in BUILTIN.values()]

    @staticmethod
    def definition(runnable_type: str) -> dict[str, Any]:
        found = BUILTIN.get(runnable_type)
        if found is None:
            raise not_found(f"Macro does not exist: {runnable_type}")
        return found[0]()

    def new_run(self, project_key: str, runnable_type: str, owner: str) -> MacroRun:
        self.definition(runnable_type)
        run_id = self.ids.new(self.runs, length=12)
        run = MacroRun(run_id, project_key, runnable_type, owner)
        self.runs[run_id] = run
        while len(self.runs) > MAX_RUNS:
            oldest = next((r for r, old in self.runs.items() if not old.running), None)
            if oldest is None:
                break
            del self.runs[oldest]
        return run

    def execute(self, run: MacroRun, project: Project, user: User, params: Mapping[str, Any]) -> None:
        """Compute the run's result (under the state lock); a refusal ends the run with an error."""
        _, compute = BUILTIN[run.runnable_type]
        try:
            result = compute(self.state, project, user, copy.deepcopy(dict(params)))
        except Exception as failure:  # the macro failed: its run says why
            run.error = str(failure)
        else:
            run.result = json.dumps(result).encode()
        run.running = False

    def get(self, project_key: str, runnable_type: str, run_id: str, user: User) -> MacroRun:
        run = self.runs.get(run_id)
        # A run is reachable from its project and macro, by whom started it (or an administrator).
        if (
            run is None
            or run.project_key != project_key
            or run.runnable_type != runnable_type
            or not (user.admin or run.owner == user.login)
        ):
            raise not_found(f"Macro run does not exist: {run_id}")
        return run
