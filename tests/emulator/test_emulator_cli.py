"""The command line: starts, announces its address, serves, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ADMIN = "cli-admin-secret"
USER = "cli-user-secret"
TICKET = "cli-ticket-secret"


def start(*arguments: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "dssclient.emulator", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.fullmatch(
        r"dssclient emulator listening on (http://127\.0\.0\.1:\d+) \(base paths /public/api, /dip/publicapi\)\n",
        line,
    )
    if match is None:
        process.kill()
        pytest.fail(f"unexpected first line {line!r}; stderr: {process.communicate()[1]}")
    return process, match.group(1)


def stop(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=10)
    return process.returncode, out, err


def test_cli_serves_and_exits_cleanly(tmp_path: Path) -> None:
    templates = tmp_path / "templates.json"
    templates.write_text(json.dumps([{"id": "only", "label": "Only", "type": "manual"}]))
    process, url = start(
        "--api-key",
        ADMIN,
        "--user-key",
        f"{USER}=bob",
        "--ticket",
        f"{TICKET}=carol",
        "--build-seconds",
        "0.01",
        "--fail-build",
        "only",
        "--templates",
        str(templates),
        "--scoring-libs-size",
        "1000",
        "--lenient",
        "--keep-nulls",
    )
    try:
        with httpx.Client(base_url=url + "/dip/publicapi", timeout=10) as client:
            assert client.get("/auth/info", auth=(USER, "")).json()["authIdentifier"] == "bob"
            ticket_info = client.get("/auth/info", headers={"X-DKU-APITicket": TICKET}).json()
            assert ticket_info["authIdentifier"] == "carol"
            assert [t["id"] for t in client.get("/admin/code-studios/", auth=(ADMIN, "")).json()] == ["only"]
            assert len(client.get("/resources/scoring-lib-jar", auth=(ADMIN, "")).content) == 1000
            # --lenient: an unknown parameter is ignored.
            assert client.get("/projects/", params={"bogus": "1"}, auth=(ADMIN, "")).status_code == 200
    finally:
        code, out, err = stop(process)
    assert code == 0
    for secret in (ADMIN, USER, TICKET):
        assert secret not in out and secret not in err


def test_cli_is_strict_by_default() -> None:
    process, url = start("--api-key", ADMIN)
    try:
        answer = httpx.get(url + "/public/api/projects/", params={"bogus": "1"}, auth=(ADMIN, ""), timeout=10)
        assert answer.status_code == 400
    finally:
        code, _, _ = stop(process)
    assert code == 0


def test_cli_takes_the_key_from_the_environment_and_requires_one() -> None:
    environment = {k: v for k, v in os.environ.items() if k != "DSSCLIENT_EMULATOR_API_KEY"}
    missing = subprocess.run(
        [sys.executable, "-m", "dssclient.emulator", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        env=environment,
    )
    assert missing.returncode == 2 and "--api-key" in missing.stderr
    process, url = start(env={**environment, "DSSCLIENT_EMULATOR_API_KEY": ADMIN})
    try:
        assert httpx.get(url + "/public/api/auth/info", auth=(ADMIN, ""), timeout=10).status_code == 200
    finally:
        code, _, _ = stop(process)
    assert code == 0


def test_cli_refuses_a_malformed_user_key_without_echoing_it() -> None:
    refused = subprocess.run(
        [sys.executable, "-m", "dssclient.emulator", "--api-key", ADMIN, "--user-key", "no-login-secret"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2 and "no-login-secret" not in refused.stderr
