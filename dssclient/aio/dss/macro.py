"""Macros usable in a project: their definition, runs, states and results."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal, overload

from dssclient_generated.api import macros

from .._requester import json_body
from .._stream import AsyncDSSStream

if TYPE_CHECKING:
    from dssclient.payloads import MacroDefinition, MacroRun

    from ..dssclient import AsyncDSSClient


class AsyncDSSMacro:
    """A macro, run in a project. Get one with :meth:`DSSProject.get_macro` or :meth:`DSSProject.list_macros`."""

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        runnable_type: str,
        definition: MacroDefinition | None = None,
    ) -> None:
        self.client = client
        self.project_key = project_key
        self.runnable_type = runnable_type
        self.definition = definition

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, runnable_type={self.runnable_type!r})"

    async def get_definition(self) -> MacroDefinition:
        """The macro's definition (its ``runnable.json``), read once. (operation ``getMacroDefinition``)

        ``adminParams`` is empty unless the client's credentials are an administrator's.
        """
        if self.definition is None:
            self.definition = await self.client._requester.json(
                macros.get_macro_definition.request_kwargs, self.project_key, self.runnable_type
            )
        return self.definition

    async def run(
        self, params: dict[str, Any] | None = None, admin_params: dict[str, Any] | None = None, wait: bool = True
    ) -> str:
        """Run the macro; returns the run's id, for :meth:`get_status`, :meth:`get_result` and :meth:`abort`.

        With ``wait`` the call returns once the run is over. Admin parameters of a caller who
        is not an administrator are ignored. (operation ``runMacro``)
        """
        run: MacroRun = await self.client._requester.json(
            macros.run_macro.request_kwargs,
            self.project_key,
            self.runnable_type,
            body=json_body({"params": params or {}, "adminParams": admin_params or {}}),
            wait=wait,
        )
        return run["runId"]

    async def abort(self, run_id: str) -> None:
        """Ask a run of the macro to stop. (operation ``abortMacroRun``)"""
        await self.client._requester.empty(
            macros.abort_macro_run.request_kwargs, self.project_key, self.runnable_type, run_id
        )

    async def get_status(self, run_id: str) -> MacroRun:
        """The state of a run: ``running`` tells whether it goes on. (operation ``getMacroRunState``)

        Once its result has been read, the run no longer exists (not found).
        """
        status: MacroRun = await self.client._requester.json(
            macros.get_macro_run_state.request_kwargs, self.project_key, self.runnable_type, run_id
        )
        return status

    @overload
    async def get_result(self, run_id: str, as_type: None = None) -> AsyncDSSStream: ...

    @overload
    async def get_result(self, run_id: str, as_type: Literal["string"]) -> str: ...

    @overload
    async def get_result(self, run_id: str, as_type: Literal["json"]) -> Any: ...

    async def get_result(
        self, run_id: str, as_type: Literal["string", "json"] | None = None
    ) -> AsyncDSSStream | str | Any:
        """The result of a finished run: a stream, its text (``"string"``) or its JSON (``"json"``).

        Use ``"json"`` for a macro whose ``resultType`` is ``RESULT_TABLE`` or ``JSON_OBJECT``.
        A run still going is refused; reading the result ends the run. (operation ``getMacroRunResult``)
        """
        if as_type not in (None, "string", "json"):
            raise ValueError(f"Unknown as_type {as_type!r}: use None, 'string' or 'json'")
        stream = await self.client._requester.stream(
            macros.get_macro_run_result.request_kwargs, self.project_key, self.runnable_type, run_id
        )
        if as_type is None:
            return stream
        async with stream:
            content = await stream.readall()
        if as_type == "string":
            return content.decode("utf-8")
        return json.loads(content)
