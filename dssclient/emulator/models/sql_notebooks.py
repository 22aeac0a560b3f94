"""SQL notebooks of projects: their content, and the history of their queries' runs.

The emulator keeps what is saved; running a cell happens in DSS's UI, which has no public
API, so runs enter the history only through ``record_run`` (tests seed it). Hold
``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import bad_request, not_found
from ..state import DSSState
from ._json import as_object, as_objects
from ._sequence_ids import SequenceIds

# Bounds: notebooks per project, and runs kept per cell (the oldest go first).
MAX_SQL_NOTEBOOKS_PER_PROJECT = 1000
MAX_RUNS_PER_CELL = 100
# The languages of notebooks on the emulator's connections, which are all SQL ones: a Hive,
# Impala or Spark SQL notebook needs a kind of connection the emulator has not.
LANGUAGES = ("SQL",)


class SqlNotebooks:
    """Every project's SQL notebooks: content by id, and the runs of each cell, most recent first."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.contents: dict[str, dict[str, dict[str, Any]]] = {}
        self.histories: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}
        self.ids = SequenceIds("sql-notebook")
        self.cell_ids = SequenceIds("sql-notebook-cell")
        self.run_ids = SequenceIds("sql-notebook-run")

    def forget_project(self, project_key: str) -> None:
        self.contents.pop(project_key, None)
        for key in [key for key in self.histories if key[0] == project_key]:
            del self.histories[key]

    def of_project(self, project_key: str) -> list[dict[str, Any]]:
        return [
            {key: copy.deepcopy(content[key]) for key in ("id", "projectKey", "name", "language", "connection", "tags")}
            for content in self.contents.get(project_key, {}).values()
        ]

    def get(self, project_key: str, notebook_id: str) -> dict[str, Any]:
        found = self.contents.get(project_key, {}).get(notebook_id)
        if found is None:
            raise not_found(f"SQL notebook does not exist: {project_key}.{notebook_id}")
        return found

    def create(self, project_key: str, content: dict[str, Any]) -> dict[str, Any]:
        notebooks = self.contents.setdefault(project_key, {})
        if len(notebooks) >= MAX_SQL_NOTEBOOKS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_SQL_NOTEBOOKS_PER_PROJECT} SQL notebooks: delete some")
        stored = copy.deepcopy(content)
        stored["id"] = self.ids.new(notebooks)  # DSS chooses the id
        stored["projectKey"] = project_key
        stored.setdefault("name", stored["id"])
        stored.setdefault("language", "SQL")
        stored.setdefault("cells", [])
        stored.setdefault("tags", [])
        check_content(stored)
        for cell in stored["cells"]:
            if "id" not in cell:
                cell["id"] = self.cell_ids.new({c.get("id") for c in stored["cells"]})
            cell.setdefault("type", "QUERY")
        notebooks[stored["id"]] = stored
        self.histories[(project_key, stored["id"])] = {}
        return stored

    def save(self, project_key: str, notebook_id: str, content: dict[str, Any]) -> dict[str, Any]:
        self.get(project_key, notebook_id)
        for field, authoritative in (("id", notebook_id), ("projectKey", project_key)):
            if content.get(field, authoritative) != authoritative:
                raise bad_request(f"The notebook's {field} in the body differs from the one in the path")
        check_content(content)
        self.contents[project_key][notebook_id] = copy.deepcopy(content)
        return self.contents[project_key][notebook_id]

    def delete(self, project_key: str, notebook_id: str) -> None:
        self.get(project_key, notebook_id)
        del self.contents[project_key][notebook_id]
        self.histories.pop((project_key, notebook_id), None)

    # -- history --

    def history(self, project_key: str, notebook_id: str) -> dict[str, list[dict[str, Any]]]:
        self.get(project_key, notebook_id)
        return self.histories.setdefault((project_key, notebook_id), {})

    def record_run(
        self, project_key: str, notebook_id: str, cell_id: str, user: str, *, state: str = "DONE"
    ) -> dict[str, Any]:
        """A run of a cell's query, as DSS's UI records it (for tests: the emulator runs no cell itself)."""
        cell = next((c for c in self.get(project_key, notebook_id)["cells"] if c.get("id") == cell_id), None)
        if cell is None:
            raise not_found(f"SQL notebook {project_key}.{notebook_id} has no cell {cell_id}")
        runs = self.history(project_key, notebook_id).setdefault(cell_id, [])
        code = str(cell.get("code", ""))
        run = {
            "id": self.run_ids.new({r["id"] for r in runs}),
            "runOn": self.state.clock(),
            "runBy": user,
            "state": state,
            "sql": code,
            "expandedSql": code,
        }
        runs.insert(0, run)
        del runs[MAX_RUNS_PER_CELL:]
        return run

    def save_history(self, project_key: str, notebook_id: str, sent: Any) -> None:
        """Keep the runs sent. Saving only removes runs: one that is not stored is refused, since
        whether DSS lets a client add runs to a history is not known to us."""
        stored = self.history(project_key, notebook_id)
        history = as_object(sent)
        if history is None:
            raise bad_request("A notebook's history is an object of runs by cell id")
        kept: dict[str, list[dict[str, Any]]] = {}
        for cell_id, value in history.items():
            known = {run["id"] for run in stored.get(cell_id, [])}
            runs = as_objects(value)
            if runs is None:
                raise bad_request(f"The runs of cell {cell_id} must be a list of objects")
            for run in runs:
                if run.get("id") not in known:
                    raise bad_request(
                        f"Cell {cell_id} of the history has no run {run.get('id')!r}: saving only removes runs"
                    )
            sent_ids = {run["id"] for run in runs}
            kept[cell_id] = [run for run in stored.get(cell_id, []) if run["id"] in sent_ids]
        self.histories[(project_key, notebook_id)] = kept

    def clear_history(self, project_key: str, notebook_id: str, cell_id: str | None, retain: int) -> None:
        history = self.history(project_key, notebook_id)
        if cell_id is not None:
            cells = {c.get("id") for c in self.get(project_key, notebook_id)["cells"]}
            if cell_id not in history and cell_id not in cells:
                raise not_found(f"SQL notebook {project_key}.{notebook_id} has no cell {cell_id}")
        for cell in [cell_id] if cell_id is not None else list(history):
            if cell in history:
                del history[cell][retain:]


def check_content(body: Any) -> None:
    content = as_object(body)
    if content is None:
        raise bad_request("An SQL notebook's content is an object")
    language: Any = content.get("language", "SQL")
    if language not in LANGUAGES:
        raise bad_request(f"Unsupported SQL notebook language {language!r}: the emulator has SQL connections only")
    connection: Any = content.get("connection")
    if not isinstance(connection, str) or not connection:
        raise bad_request("An SQL notebook needs a connection")
    cells = as_objects(content.get("cells", []))
    if cells is None:
        raise bad_request("An SQL notebook's cells must be a list of objects")
    ids: list[Any] = [c["id"] for c in cells if "id" in c]
    if len(ids) != len(set(ids)):
        raise bad_request("Two cells of the notebook have the same id")
