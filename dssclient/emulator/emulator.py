"""The emulator: a spec-validated, stateful stand-in for a DSS server, served over HTTP.

from dssclient.emulator import Emulator, EmulatorConfig

with Emulator(EmulatorConfig(build_seconds=0.05)) as emulator:
    emulator.url            # "http://127.0.0.1:PORT", without base path
    emulator.request_log    # what clients sent
    emulator.state          # the in-memory DSS
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from .automation.python import kill_process_groups
from .automation.usercode import UserCodeModel
from .config import ADMIN_LOGIN, EmulatorConfig
from .context import Services
from .futures import Future, FutureRegistry, TaskControl
from .handlers import Handler, all_handlers
from .pipeline import Pipeline, RequestRecord
from .scoring import ScoringLibs
from .server import EmulatorHTTPServer
from .spec import ApiSpec, load_api_spec
from .state import DSSState


class EmulatorSetupError(Exception):
    """A handler for an operation that the spec lacks: a renamed or removed operation left behind."""


def check_handlers(spec: ApiSpec, handlers: Mapping[str, Handler]) -> None:
    unknown = sorted(set(handlers) - set(spec.operations))
    if unknown:
        raise EmulatorSetupError(f"handlers for operations the spec lacks: {', '.join(unknown)}")


def unhandled_operations(spec: ApiSpec, handlers: Mapping[str, Handler]) -> list[str]:
    """Operations of the spec that have no handler yet: the emulator answers them 501."""
    return sorted(set(spec.operations) - set(handlers))


class Emulator:
    """An emulated DSS instance, served on ``host:port`` once started (port 0: a free one)."""

    def __init__(self, config: EmulatorConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.config = config if config is not None else EmulatorConfig()
        self.host = host
        self._requested_port = port
        spec = load_api_spec()
        handlers = all_handlers()
        check_handlers(spec, handlers)
        self.state = DSSState(self.config)
        self.futures = FutureRegistry(self.config.future_history_size, self.config.clock)
        self.scoring_libs = ScoringLibs(self.config.scoring_libs_size)
        self.request_log: deque[RequestRecord] = deque(maxlen=self.config.request_log_size)
        # Uploads and data the instance keeps on disk; removed with the emulator (stop).
        self.workdir = Path(tempfile.mkdtemp(prefix="dss-emulator-"))
        services = Services(self.config, self.state, self.futures, self.scoring_libs, self.workdir)
        self.pipeline = Pipeline(spec, handlers, services, self.request_log)
        self._server: EmulatorHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lifecycle = threading.Lock()

    # -- lifecycle ----------------------------------------------------------

    def start(self) -> Emulator:
        with self._lifecycle:
            if self._server is not None:
                raise RuntimeError("the emulator is already started")
            server = EmulatorHTTPServer(
                (self.host, self._requested_port),
                self.pipeline,
                self.config.max_body_bytes,
                self.config.latency_ms / 1000,
                self.config.max_upload_bytes,
            )
            thread = threading.Thread(
                target=server.serve_until_stopped, name=f"dss-emulator-{server.server_port}", daemon=True
            )
            thread.start()
            self._server, self._thread = server, thread
            # What users' code is told: where to call the emulator (with its run's API ticket).
            self.state.extension(UserCodeModel).base_url = self.url
        return self

    def stop(self) -> None:
        """Abort running tasks, stop serving and close every socket. Idempotent."""
        with self._lifecycle:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        # Users' code first, process groups whole: a process its code started dies with it.
        kill_process_groups(self.state)
        self.futures.abort_all()
        if server is None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            return
        server.stop_serving()
        if thread is not None:
            thread.join(timeout=5)
        server.close_connections()
        server.server_close()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._started_server().server_port

    @property
    def url(self) -> str:
        """Scheme, host and port, without base path: clients append /public/api or /dip/publicapi."""
        host = self.host if ":" not in self.host else f"[{self.host}]"
        return f"http://{host}:{self.port}"

    def _started_server(self) -> EmulatorHTTPServer:
        if self._server is None:
            raise RuntimeError("the emulator is not started")
        return self._server

    # -- test helpers -------------------------------------------------------

    def start_scenario_run(
        self,
        project_key: str,
        scenario_id: str,
        login: str = ADMIN_LOGIN,
        seconds: float | None = None,
    ) -> Future:
        """Start a dummy scenario run by ``login`` (a long task listed with withScenarios=true).

        It runs until aborted, or for ``seconds`` if given, then succeeds.
        """
        payload = {"projectKey": project_key, "scenarioId": scenario_id}

        def work(control: TaskControl) -> dict[str, Any]:
            control.set_progress([{"name": f"Running scenario {scenario_id}", "unit": "NONE", "cur": 0, "target": 1}])
            if seconds is None:
                while True:
                    control.sleep(3600)
            control.sleep(seconds)
            return {"outcome": "SUCCESS", "scenarioId": scenario_id, "projectKey": project_key}

        name = f"Scenario {project_key}.{scenario_id}"
        return self.futures.start(login, name, payload, work, is_scenario=True)

    def scoring_libs_sha256(self) -> str:
        """Hex SHA-256 of the scoring libraries jar the emulator serves."""
        return self.scoring_libs.sha256()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"<Emulator {where}>"
