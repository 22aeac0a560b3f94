"""Configuration of an emulated DSS instance.

Only the standard library is imported here: the pytest plugin loads this module
in every pytest session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._util import now_ms

MIB = 1024 * 1024
ADMIN_LOGIN = "admin"
NODE_TYPES = ("DESIGN", "AUTOMATION", "DEPLOYER")


@dataclass
class EmulatorConfig:
    """Everything that can vary between emulated instances; every field has a default.

    Keys and tickets are excluded from ``repr`` so that a config never leaks them
    into logs or test reports.
    """

    # Personal API key of the administrator, login `admin`.
    admin_api_key: str = field(default="emulator-admin-key", repr=False)
    # Personal API keys of non-administrators: key -> login (each in group `readers`).
    user_api_keys: Mapping[str, str] = field(default_factory=dict[str, str], repr=False)
    # X-DKU-APITicket tickets: ticket -> login.
    tickets: Mapping[str, str] = field(default_factory=dict[str, str], repr=False)
    # Strict mode refuses unknown query parameters and bodies on body-less
    # operations, and validates every answer against the spec.
    strict: bool = True
    # Remove null-valued properties from answers, as DSS's serializer does.
    drop_nulls: bool = True
    dss_version: str = "15.2.0"
    # What kind of DSS node this is: DESIGN, AUTOMATION or DEPLOYER (some operations differ by kind).
    node_type: str = "DESIGN"
    node_id: str = "dss-emulator"
    node_name: str = "DSS emulator"
    # Container execution configurations the instance defines.
    container_confs: Sequence[str] = field(default_factory=lambda: ["k8s-small", "k8s-large"])
    # Settings of the code studio templates the instance starts with (None: three
    # realistic defaults). An optional "lastBuilt" (epoch ms) in a dict seeds the
    # template's last build time and is not kept in its settings.
    code_studio_templates: Sequence[Mapping[str, Any]] | None = None
    # How long a code studio template build takes, in seconds.
    build_seconds: float = 1.0
    # Template ids whose builds fail at the end.
    failing_builds: Sequence[str] = ()
    # -- code studios and the API Deployer --
    # How long a code studio takes to start, or to stop, in seconds.
    code_studio_seconds: float = 1.0
    # How long a webapp backend takes to start (the task `restartWebAppBackend` answers).
    webapp_backend_seconds: float = 0.2
    # How long an update of an API Deployer deployment takes, in seconds.
    deployment_update_seconds: float = 1.0
    # Size in bytes of the scoring libraries jar.
    scoring_libs_size: int = MIB
    # DSS's "secure API keys": secrets are answered only when a key is created, never listed.
    secure_api_keys: bool = False
    # Package names the emulated package index lacks: code env builds requiring them fail.
    unavailable_packages: Sequence[str] = ()
    # How many requests `Emulator.request_log` keeps, and the largest body it keeps of each.
    request_log_size: int = 10_000
    request_log_body_bytes: int = 256 * 1024
    # How many finished long tasks stay readable.
    future_history_size: int = 1000
    # Largest request body accepted, in bytes: JSON bodies, and multipart uploads (spooled to disk).
    max_body_bytes: int = 64 * MIB
    max_upload_bytes: int = 1024 * MIB
    # Largest file uploaded into a managed folder (uploadManagedFolderFile), spooled to disk as it
    # arrives: its own, larger bound, since folders hold the large files of a project.
    max_folder_upload_bytes: int = 8 * 1024 * MIB
    # Archives accepted (project exports, bundles, plugin zips, API service packages): how many
    # bytes they may unpack to, and how many times their packed size (past 8 MiB unpacked).
    # Both are checked on the zip's declared sizes before anything is unpacked, and on the bytes
    # really inflated while reading.
    max_archive_unpacked_bytes: int = 256 * MIB
    max_archive_ratio: float = 100.0
    # How long a prepared project import (uploadProjectImport) waits to be processed; past it,
    # it is deleted and its id answers 404.
    prepared_import_ttl_seconds: float = 3600.0
    # -- project automation --
    # Longest run of the Python code of a recipe or scenario step, in seconds; past it the
    # process is killed and its activity fails.
    python_timeout_seconds: float = 120.0
    # Resource limits of that code (0: none): address space and largest file, in bytes, and how
    # many processes it may start. CPU time is bounded by python_timeout_seconds.
    python_memory_bytes: int = 4 * 1024 * MIB
    python_max_file_bytes: int = 2 * 1024 * MIB
    python_max_processes: int = 64
    # Milliseconds added before every answer, to measure clients as against a remote DSS.
    latency_ms: float = 0.0
    # -- instance content (issue 9) --
    # SQL connections the instance has, each backed by an SQLite database: name -> database
    # file (None: a fresh database in the emulator's working directory, removed with it).
    sql_connections: Mapping[str, str | None] = field(default_factory=dict[str, str | None])
    # Jupyter notebooks running when the instance starts (what `GET /admin/notebooks/` lists):
    # each {"projectKey", "name", optional "activeSessions": [...] and other state properties}.
    running_notebooks: Sequence[Mapping[str, Any]] = ()
    # Source of every timestamp the emulator reports (epoch ms): creation and version tags,
    # task start times, last builds. Replace it to make answers reproducible.
    clock: Callable[[], int] = field(default=now_ms, repr=False)

    def __post_init__(self) -> None:
        if self.node_type not in NODE_TYPES:
            raise ValueError(f"node_type must be one of {', '.join(NODE_TYPES)}, not {self.node_type!r}")
        if not self.admin_api_key:
            raise ValueError("admin_api_key must not be empty")
        if self.admin_api_key in self.user_api_keys:
            raise ValueError("admin_api_key is also declared in user_api_keys")
        if any(not key for key in self.user_api_keys) or any(not ticket for ticket in self.tickets):
            raise ValueError("API keys and tickets must not be empty")
        if any(not name for name in self.sql_connections):
            raise ValueError("SQL connection names must not be empty")
        for name in (
            "build_seconds",
            "code_studio_seconds",
            "webapp_backend_seconds",
            "deployment_update_seconds",
            "scoring_libs_size",
            "request_log_size",
            "request_log_body_bytes",
            "future_history_size",
            "max_body_bytes",
            "max_upload_bytes",
            "max_folder_upload_bytes",
            "max_archive_unpacked_bytes",
            "prepared_import_ttl_seconds",
            "latency_ms",
            "python_timeout_seconds",
            "python_memory_bytes",
            "python_max_file_bytes",
            "python_max_processes",
        ):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if not self.max_archive_ratio >= 1:
            raise ValueError("max_archive_ratio must be at least 1")
