"""Jupyter notebooks of a project: their content (nbformat), running sessions, and discussions.

Where the official client returns DSS's answer to a delete, clear or unload (an acknowledgement
whose content DSS does not document), these methods return None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from dssclient_generated.api import jupyter_notebooks

from dssclient.dss.utils import DSSDictListItem, DSSRawSettings

from .._requester import json_body
from .discussion import AsyncDSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import (
        JupyterKernelSpec,
        JupyterNotebookCell,
        JupyterNotebookContent,
        JupyterNotebookListItem,
        JupyterNotebookMetadata,
        JupyterNotebookSession,
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSJupyterNotebookListItem(DSSDictListItem["JupyterNotebookListItem"]):
    """A Jupyter notebook as listed by :meth:`DSSProject.list_jupyter_notebooks` (``as_type="listitems"``)."""

    client: AsyncDSSClient

    def to_notebook(self) -> AsyncDSSJupyterNotebook:
        """The handle of this notebook (no call is made)."""
        return AsyncDSSJupyterNotebook(self.client, self.get_raw()["projectKey"], self.get_raw()["name"])

    @property
    def name(self) -> str:
        """The notebook's name, its identifier."""
        return self.get_raw()["name"]

    @property
    def language(self) -> str:
        """The notebook's language: ``python``, ``R`` or ``toree`` (Scala)."""
        language: str = self.get_raw()["language"]
        return language

    @property
    def kernel_spec(self) -> JupyterKernelSpec:
        """Jupyter's identification of the notebook's kernel (``name``, ``display_name``, ``language``)."""
        return self.get_raw()["kernelSpec"]

    @property
    def tags(self) -> list[str]:
        """The tags of the object (empty when it has none)."""
        return list(self.get("tags") or [])


class AsyncDSSJupyterNotebook:
    """A handle on a Jupyter notebook of a project. Get one with :meth:`DSSProject.get_jupyter_notebook`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, notebook_name: str) -> None:
        self.client = client
        self.project_key = project_key
        self.notebook_name = notebook_name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, notebook_name={self.notebook_name!r})"

    @overload
    async def get_sessions(self, as_objects: Literal[False] = False) -> list[JupyterNotebookSession]: ...

    @overload
    async def get_sessions(self, as_objects: Literal[True]) -> list[AsyncDSSNotebookSession]: ...

    async def get_sessions(
        self, as_objects: bool = False
    ) -> list[JupyterNotebookSession] | list[AsyncDSSNotebookSession]:
        """The sessions (kernels) running this notebook, as dicts or as session objects.

        (operation ``listJupyterNotebookSessions``)
        """
        sessions: list[JupyterNotebookSession] = await self.client._requester.json(
            jupyter_notebooks.list_jupyter_notebook_sessions.request_kwargs, self.project_key, self.notebook_name
        )
        if as_objects:
            return [AsyncDSSNotebookSession(self.client, session) for session in sessions]
        return sessions

    async def unload(self, session_id: str | None = None) -> None:
        """Stop a running session of this notebook: ``session_id``, or the only one.

        Lists the sessions first (operation ``listJupyterNotebookSessions``); raises
        :class:`RuntimeError` when none runs, :class:`ValueError` when several do and no
        ``session_id`` says which. (operation ``unloadJupyterNotebookSession``)
        """
        sessions = await self.get_sessions()
        if not sessions:
            raise RuntimeError(f"Notebook {self.project_key}.{self.notebook_name} isn't running")
        if session_id is None:
            if len(sessions) > 1:
                raise ValueError("Several sessions of the notebook are running: say which one to stop (session_id)")
            session_id = sessions[0]["sessionId"]
        await self.client._requester.json(
            jupyter_notebooks.unload_jupyter_notebook_session.request_kwargs,
            self.project_key,
            self.notebook_name,
            session_id,
        )

    async def get_content(self) -> AsyncDSSNotebookContent:
        """The notebook's content: metadata, cells, format version. (operation ``getJupyterNotebookContent``)"""
        content: JupyterNotebookContent = await self.client._requester.json(
            jupyter_notebooks.get_jupyter_notebook_content.request_kwargs, self.project_key, self.notebook_name
        )
        return AsyncDSSNotebookContent(self.client, self.project_key, self.notebook_name, content)

    async def delete(self) -> None:
        """Delete this notebook, stopping its sessions. (operation ``deleteJupyterNotebook``)"""
        await self.client._requester.json(
            jupyter_notebooks.delete_jupyter_notebook.request_kwargs, self.project_key, self.notebook_name
        )

    async def clear_outputs(self) -> None:
        """Remove the outputs of every cell of this notebook. (operation ``clearJupyterNotebookOutputs``)"""
        await self.client._requester.json(
            jupyter_notebooks.clear_jupyter_notebook_outputs.request_kwargs, self.project_key, self.notebook_name
        )

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about this notebook (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "JUPYTER_NOTEBOOK", self.notebook_name)


class AsyncDSSNotebookContent(DSSRawSettings["JupyterNotebookContent"]):
    """The content of a Jupyter notebook (nbformat): edit it through :meth:`get_raw` or :meth:`get_cells`, then save."""

    def __init__(
        self, client: AsyncDSSClient, project_key: str, notebook_name: str, content: JupyterNotebookContent
    ) -> None:
        super().__init__(content)
        self.client = client
        self.project_key = project_key
        self.notebook_name = notebook_name

    @property
    def content(self) -> JupyterNotebookContent:
        """The content as a dict, the same object :meth:`get_raw` returns."""
        return self.settings

    def get_metadata(self) -> JupyterNotebookMetadata:
        """The notebook's metadata: ``kernelspec``, ``creator``, ``createdOn``, ``language_info``, ..."""
        return self.settings["metadata"]

    def get_cells(self) -> list[JupyterNotebookCell]:
        """The notebook's cells, in order (each a dict: ``cell_type``, ``source``, ``outputs``, ...)."""
        return self.settings["cells"]

    async def save(self) -> JupyterNotebookListItem:
        """Send the content back to DSS, whole. (operation ``saveJupyterNotebookContent``)"""
        answer: JupyterNotebookListItem = await self.client._requester.json(
            jupyter_notebooks.save_jupyter_notebook_content.request_kwargs,
            self.project_key,
            self.notebook_name,
            body=json_body(self.settings),
        )
        return answer


class AsyncDSSNotebookSession:
    """A running session of a Jupyter notebook, as :meth:`DSSJupyterNotebook.get_sessions` lists it."""

    def __init__(self, client: AsyncDSSClient, session: Mapping[str, Any]) -> None:
        self.client = client
        self.project_key: str | None = session.get("projectKey")
        self.notebook_name: str | None = session.get("notebookName")
        self.session_creator: str | None = session.get("sessionCreator")
        self.session_creator_display_name: str | None = session.get("sessionCreatorDisplayName")
        self.session_unix_owner: str | None = session.get("sessionUnixOwner")
        self.session_id: str | None = session.get("sessionId")
        self.kernel_id: str | None = session.get("kernelId")
        self.kernel_pid: int | None = session.get("kernelPid")
        self.kernel_connections: int | None = session.get("kernelConnections")
        self.kernel_last_activity_time: int | None = session.get("kernelLastActivityTime")
        self.kernel_execution_state: str | None = session.get("kernelExecutionState")
        self.session_start_time: int | None = session.get("sessionStartTime")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, notebook_name={self.notebook_name!r}, "
            f"session_id={self.session_id!r})"
        )

    async def unload(self) -> None:
        """Stop this session. (operation ``unloadJupyterNotebookSession``)"""
        if self.project_key is None or self.notebook_name is None or self.session_id is None:
            raise ValueError("This session lacks its project, notebook or session id: it cannot be stopped")
        await self.client._requester.json(
            jupyter_notebooks.unload_jupyter_notebook_session.request_kwargs,
            self.project_key,
            self.notebook_name,
            self.session_id,
        )
