# Derived from dssclient/aio/dss/projectimport.py by scripts/unasync.py: do not edit.
"""Project imports prepared from an uploaded archive, and how bundle permissions travel."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import project_archives

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import ProjectImportResult

    from ..dssclient import DSSClient


class PermissionsPropagationPolicy(Enum):
    """Whether a project created from a bundle keeps the permissions of the bundle's project."""

    NONE = "NONE"
    READ_ONLY = "READ_ONLY"
    ALL = "ALL"


def policy_value(policy: PermissionsPropagationPolicy | str) -> str:
    return policy.value if isinstance(policy, Enum) else str(policy)


class TemporaryImportHandle:
    """An uploaded project archive, ready to import. Get one with :meth:`DSSClient.prepare_project_import`."""

    def __init__(self, client: DSSClient, import_id: str) -> None:
        self.client = client
        self.import_id = import_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(import_id={self.import_id!r})"

    def execute(self, settings: Mapping[str, Any] | None = None) -> ProjectImportResult:
        """Import the project; check the outcome's ``success`` and ``messages``. (operation ``processProjectImport``)

        ``settings`` may hold ``targetProjectKey`` (the archive's key by default) and
        ``remapping`` (``connections``, ``codeEnvs``, ``containerExecs``: lists of
        ``{"source", "target"}``). A key already taken raises :class:`ConflictError`
        and leaves the import prepared, to retry under another key.
        """
        # DSS cannot parse an empty JSON object here: the official client sends a placeholder.
        body = dict(settings) if settings else {"_": "_"}
        result: ProjectImportResult = self.client._requester.json(
            project_archives.process_project_import.request_kwargs, self.import_id, body=json_body(body)
        )
        return result
