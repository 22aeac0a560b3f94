"""Command line: serve an emulated DSS until SIGINT or SIGTERM.

    python -m dssclient.emulator --port 11200 --api-key KEY [--user-key KEY=LOGIN ...] [--ticket T=LOGIN ...]
        [--build-seconds S] [--fail-build TEMPLATE_ID ...] [--templates FILE.json]
        [--scoring-libs-size BYTES] [--node-type DESIGN|AUTOMATION|DEPLOYER] [--latency-ms MS]
        [--lenient] [--keep-nulls] [--sql-connection NAME[=DATABASE_FILE] ...]

The administrator's key may also come from the environment variable
DSSCLIENT_EMULATOR_API_KEY, which keeps it out of process listings. Keys are
never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from dssclient._json import is_array, is_object

from .config import EmulatorConfig

API_KEY_VARIABLE = "DSSCLIENT_EMULATOR_API_KEY"


def _pair(text: str) -> tuple[str, str]:
    secret, separator, login = text.rpartition("=")
    if not separator or not secret or not login:
        # Do not echo the argument: it holds a secret.
        raise argparse.ArgumentTypeError("expected SECRET=LOGIN")
    return secret, login


def _sql_connection(text: str) -> tuple[str, str | None]:
    name, separator, database = text.partition("=")
    if not name:
        raise argparse.ArgumentTypeError("expected NAME or NAME=DATABASE_FILE")
    return name, (database or None) if separator else None


def _templates(path: str) -> list[dict[str, Any]]:
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise argparse.ArgumentTypeError(f"cannot read templates from {path}: {error}") from None
    if not is_array(loaded) or not all(is_object(item) for item in loaded):
        raise argparse.ArgumentTypeError(f"{path} must hold a JSON list of template settings objects")
    return loaded


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m dssclient.emulator", description="Serve an emulated DSS.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get(API_KEY_VARIABLE),
        help=f"the administrator's API key (or set {API_KEY_VARIABLE})",
    )
    parser.add_argument(
        "--user-key",
        type=_pair,
        action="append",
        default=[],
        metavar="KEY=LOGIN",
        help="API key of a non-administrator user (repeatable)",
    )
    parser.add_argument(
        "--ticket",
        type=_pair,
        action="append",
        default=[],
        metavar="TICKET=LOGIN",
        help="X-DKU-APITicket ticket of a user (repeatable)",
    )
    parser.add_argument(
        "--build-seconds",
        type=float,
        default=EmulatorConfig.build_seconds,
        help="duration of a code studio template build",
    )
    parser.add_argument(
        "--fail-build",
        action="append",
        default=[],
        metavar="TEMPLATE_ID",
        help="make the builds of this template fail (repeatable)",
    )
    parser.add_argument(
        "--templates",
        type=_templates,
        metavar="FILE.json",
        help="code studio templates to start with (a JSON list of settings)",
    )
    parser.add_argument(
        "--scoring-libs-size",
        type=int,
        default=EmulatorConfig.scoring_libs_size,
        metavar="BYTES",
        help="size of the scoring libraries jar",
    )
    parser.add_argument(
        "--node-type",
        choices=("DESIGN", "AUTOMATION", "DEPLOYER"),
        default=EmulatorConfig.node_type,
        help="the kind of DSS node to emulate (default DESIGN)",
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=EmulatorConfig.latency_ms,
        metavar="MS",
        help="milliseconds added before every answer (to measure clients as against a remote DSS)",
    )
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="ignore unknown query parameters and stray bodies; do not validate answers",
    )
    parser.add_argument("--keep-nulls", action="store_true", help="keep null-valued properties in answers")
    parser.add_argument(
        "--python-timeout",
        type=float,
        default=EmulatorConfig.python_timeout_seconds,
        metavar="SECONDS",
        help="longest run of the Python code of a recipe or scenario step",
    )
    parser.add_argument(
        "--sql-connection",
        type=_sql_connection,
        action="append",
        default=[],
        metavar="NAME[=DATABASE_FILE]",
        help="an SQL connection, backed by this SQLite file (default: a fresh database) (repeatable)",
    )
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error(f"--api-key (or {API_KEY_VARIABLE}) is required")
    return args


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    return EmulatorConfig(
        admin_api_key=args.api_key,
        user_api_keys=dict(args.user_key),
        tickets=dict(args.ticket),
        build_seconds=args.build_seconds,
        failing_builds=tuple(args.fail_build),
        code_studio_templates=args.templates,
        scoring_libs_size=args.scoring_libs_size,
        latency_ms=args.latency_ms,
        node_type=args.node_type,
        strict=not args.lenient,
        drop_nulls=not args.keep_nulls,
        sql_connections=dict(args.sql_connection),
        python_timeout_seconds=args.python_timeout,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as error:
        print(f"invalid configuration: {error}", file=sys.stderr)
        return 2
    from .emulator import Emulator  # the server stack loads only once the arguments are valid

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    emulator = Emulator(config, host=args.host, port=args.port).start()
    try:
        print(f"dssclient emulator listening on {emulator.url} (base paths /public/api, /dip/publicapi)", flush=True)
        # A timed wait keeps the main thread responsive to signals.
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
