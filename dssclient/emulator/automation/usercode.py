"""Running users' code as DSS would: as the user who runs it, with that user's rights only.

The code must be allowed (``access.require_code_rights``), gets a minimal environment with an
API ticket acting as the running user (``DKU_API_TICKET``, sent as ``X-DKU-APITicket``; revoked
when the run ends), the project key and the emulator's URL, and the configured resource limits.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..futures import TaskControl
from ..models.project_libraries import ProjectLibraries
from ..state import DSSState
from .access import require_code_rights
from .python import SHIM, Handler, Limits, run_python


class UserCodeModel:
    """What user code is told about the instance: the URL the emulator serves (once started)."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.base_url: str | None = None


def run_user_code(
    services: Any,
    login: str,
    project_key: str,
    script: str,
    context: dict[str, Any],
    handle: Handler,
    log: Callable[[str], None],
    control: TaskControl,
    workdir: Path,
    what: str,
) -> None:
    """Run ``script`` as ``login``; a DSSError (403) when that user may not run code."""
    state: DSSState = services.state
    config = services.config
    with state.lock:
        require_code_rights(state.identity_of(login), what)
        ticket = state.issue_ticket(login)
        base_url = state.extension(UserCodeModel).base_url
        # The project's library (lib/python, or the pythonPath of its external-libraries.json), importable.
        library = state.extension(ProjectLibraries).copy_python_path(project_key, workdir / "project-lib")
    variables = {"DKU_CURRENT_PROJECT_KEY": project_key, "DKU_API_TICKET": ticket}
    if library:
        variables["PYTHONPATH"] = os.pathsep.join([str(SHIM), *(str(folder) for folder in library)])
    if base_url is not None:
        variables["DKU_BACKEND_URL"] = base_url
    limits = Limits(
        memory_bytes=config.python_memory_bytes or None,
        file_bytes=config.python_max_file_bytes or None,
        processes=config.python_max_processes or None,
    )
    try:
        run_python(
            script,
            context,
            handle,
            log,
            control,
            float(config.python_timeout_seconds),
            workdir,
            variables=variables,
            limits=limits,
            owner=state,
        )
    finally:
        state.revoke_ticket(ticket)
