# Derived from dssclient/aio/dss/notebook.py by scripts/unasync.py: do not edit.
"""Jupyter notebooks and their sessions (the official client's deprecated ``DSSNotebook``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import notebooks

from .discussion import DSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import NotebookState, NotebookStateActiveSessionsItem

    from ..dssclient import DSSClient


class DSSNotebook:
    """A Jupyter notebook of a project, as :meth:`DSSClient.list_running_notebooks` lists it."""

    def __init__(
        self,
        client: DSSClient,
        project_key: str,
        notebook_name: str,
        state: NotebookState | Mapping[str, Any] | None = None,
    ) -> None:
        self.client = client
        self.project_key = project_key
        self.notebook_name = notebook_name
        self.state = cast("NotebookState | None", state)
        self.state_is_peek = True

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, notebook_name={self.notebook_name!r})"

    def get_state(self) -> NotebookState:
        """The notebook's state with its sessions, read if not known yet. (operation ``getNotebookState``)"""
        if self.state is None:
            self.state = self.client._requester.json(
                notebooks.get_notebook_state.request_kwargs, self.project_key, notebook_name=self.notebook_name
            )
        return self.state

    def get_sessions(self) -> list[NotebookStateActiveSessionsItem]:
        """The running sessions in the state in hand; raises if the notebook is not known to run."""
        if self.state is None or "activeSessions" not in self.state:
            raise RuntimeError("Notebook isn't running")
        return self.state["activeSessions"]

    def unload(self, session_id: str | None = None) -> NotebookState:
        """Stop a session (the only one when ``session_id`` is None). (operation ``unloadNotebook``)"""
        sessions = self.get_sessions()
        if not sessions:
            raise RuntimeError("Notebook isn't running")
        if session_id is None:
            if len(sessions) > 1:
                raise ValueError("The notebook runs several sessions: say which one to stop (session_id)")
            session_id = sessions[0]["sessionId"]
        state: NotebookState = self.client._requester.json(
            notebooks.unload_notebook.request_kwargs,
            self.project_key,
            notebook_name=self.notebook_name,
            session_id=str(session_id),
        )
        self.state = state
        return state

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about this notebook (no call is made)."""
        return DSSObjectDiscussions(self.client, self.project_key, "JUPYTER_NOTEBOOK", self.notebook_name)
