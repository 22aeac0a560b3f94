# Derived from dssclient/aio/dss/sqlnotebook.py by scripts/unasync.py: do not edit.
"""SQL notebooks of a project: their content (connection, cells), the history of their queries, discussions.

Where the official client returns DSS's answer to a delete (an acknowledgement whose content DSS
does not document), :meth:`DSSSQLNotebook.delete` returns None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from dssclient_generated.api import sql_notebooks

from dssclient.dss.utils import DSSDictListItem, DSSRawSettings

from .._requester import json_body
from .discussion import DSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import (
        SqlNotebookCell,
        SqlNotebookContent,
        SqlNotebookHistory,
        SqlNotebookListItem,  # noqa: F401 - named in a base class, as a string
        SqlNotebookQueryRun,
    )

    from ..dssclient import DSSClient


class DSSSQLNotebookListItem(DSSDictListItem["SqlNotebookListItem"]):
    """An SQL notebook as listed by :meth:`DSSProject.list_sql_notebooks` (``as_type="listitems"``)."""

    client: DSSClient

    def to_notebook(self) -> DSSSQLNotebook:
        """The handle of this notebook (no call is made)."""
        return DSSSQLNotebook(self.client, self.get_raw()["projectKey"], self.get_raw()["id"])

    @property
    def id(self) -> str:
        """The notebook's id."""
        notebook_id: str = self.get_raw()["id"]
        return notebook_id

    @property
    def language(self) -> str:
        """The notebook's language: ``SQL``, ``HIVE``, ``IMPALA`` or ``SPARKSQL``."""
        language: str = self.get_raw()["language"]
        return language

    @property
    def connection(self) -> str:
        """The connection the notebook's queries run on."""
        connection: str = self.get_raw()["connection"]
        return connection

    @property
    def tags(self) -> list[str]:
        """The tags of the object (empty when it has none)."""
        return list(self.get("tags") or [])


class DSSSQLNotebook:
    """A handle on an SQL notebook of a project. Get one with :meth:`DSSProject.get_sql_notebook`."""

    def __init__(self, client: DSSClient, project_key: str, notebook_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.notebook_id = notebook_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, notebook_id={self.notebook_id!r})"

    def get_content(self) -> DSSNotebookContent:
        """The notebook's content: connection and cells. (operation ``getSqlNotebookContent``)"""
        content: SqlNotebookContent = self.client._requester.json(
            sql_notebooks.get_sql_notebook_content.request_kwargs, self.project_key, self.notebook_id
        )
        return DSSNotebookContent(self.client, self.project_key, self.notebook_id, content)

    def get_history(self) -> DSSNotebookHistory:
        """The runs of the notebook's queries, by cell. (operation ``getSqlNotebookHistory``)"""
        history: SqlNotebookHistory = self.client._requester.json(
            sql_notebooks.get_sql_notebook_history.request_kwargs, self.project_key, self.notebook_id
        )
        return DSSNotebookHistory(self.client, self.project_key, self.notebook_id, history)

    def clear_history(self, cell_id: str | None = None, num_runs_to_retain: int = 0) -> None:
        """Remove the runs of one cell (or of every cell when ``cell_id`` is None) but the most recent ones.

        :param num_runs_to_retain: how many of the most recent runs of each cell to keep.
            (operation ``clearSqlNotebookHistory``)
        """
        self.client._requester.empty(
            sql_notebooks.clear_sql_notebook_history.request_kwargs,
            self.project_key,
            self.notebook_id,
            body=json_body({"cellId": cell_id, "numRunsToRetain": num_runs_to_retain}),
        )

    def delete(self) -> None:
        """Delete this notebook and its history. (operation ``deleteSqlNotebook``)"""
        self.client._requester.json(
            sql_notebooks.delete_sql_notebook.request_kwargs, self.project_key, self.notebook_id
        )

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about this notebook (no call is made)."""
        return DSSObjectDiscussions(self.client, self.project_key, "SQL_NOTEBOOK", self.notebook_id)


class DSSNotebookContent(DSSRawSettings["SqlNotebookContent"]):
    """The content of an SQL notebook: edit its connection and cells, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_key: str, notebook_id: str, content: SqlNotebookContent) -> None:
        super().__init__(content)
        self.client = client
        self.project_key = project_key
        self.notebook_id = notebook_id

    @property
    def content(self) -> SqlNotebookContent:
        """The content as a dict, the same object :meth:`get_raw` returns."""
        return self.settings

    @property
    def connection(self) -> str:
        """The connection the notebook's queries run on."""
        return self.settings["connection"]

    @connection.setter
    def connection(self, connection: str) -> None:
        self.settings["connection"] = connection

    @property
    def cells(self) -> list[SqlNotebookCell]:
        """The notebook's cells (each a dict: ``id``, ``name``, ``code``)."""
        return self.settings["cells"]

    @cells.setter
    def cells(self, cells: list[SqlNotebookCell]) -> None:
        self.settings["cells"] = cells

    def save(self) -> SqlNotebookContent:
        """Send the content back to DSS, whole. (operation ``saveSqlNotebookContent``)"""
        answer: SqlNotebookContent = self.client._requester.json(
            sql_notebooks.save_sql_notebook_content.request_kwargs,
            self.project_key,
            self.notebook_id,
            body=json_body(self.settings),
        )
        return answer


class DSSNotebookHistory:
    """The history of an SQL notebook: its query runs by cell. Delete runs, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_key: str, notebook_id: str, history: Mapping[str, Any]) -> None:
        self.client = client
        self.project_key = project_key
        self.notebook_id = notebook_id
        # By cell id, the runs by run id, in the order DSS gave them.
        self.history: dict[str, dict[str, SqlNotebookQueryRun]] = {
            cell_id: {run["id"]: run for run in runs} for cell_id, runs in history.items()
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, notebook_id={self.notebook_id!r})"

    def get_query_runs(
        self, cell_id: str, as_type: Literal["listitems"] = "listitems"
    ) -> list[DSSNotebookQueryRunListItem]:
        """The runs of a cell's query, most recent first; :class:`KeyError` for a cell without history."""
        if as_type != "listitems":
            raise ValueError(f"Unknown as_type {as_type!r}: only 'listitems' is supported")
        runs = self.history[cell_id]
        return [DSSNotebookQueryRunListItem(runs, run) for run in runs.values()]

    def save(self) -> None:
        """Send the history back to DSS: the runs deleted since it was read are gone.

        (operation ``saveSqlNotebookHistory``)
        """
        body = {cell_id: list(runs.values()) for cell_id, runs in self.history.items()}
        self.client._requester.empty(
            sql_notebooks.save_sql_notebook_history.request_kwargs,
            self.project_key,
            self.notebook_id,
            body=json_body(body),
        )


class DSSNotebookQueryRunListItem:
    """A run of a cell's query in an SQL notebook's history."""

    def __init__(self, query_runs: dict[str, SqlNotebookQueryRun], query_run: SqlNotebookQueryRun) -> None:
        self.query_runs = query_runs
        self.query_run = query_run

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.query_run.get('id')!r}, state={self.query_run.get('state')!r})"

    def get_raw(self) -> SqlNotebookQueryRun:
        """The run as a dict: ``runOn``, ``runBy``, ``state``, ``sql``, ``expandedSql``."""
        return self.query_run

    def delete(self) -> None:
        """Remove this run from the history in hand; :meth:`DSSNotebookHistory.save` sends the change."""
        del self.query_runs[self.query_run["id"]]
