"""Users' code on the emulator, as an adversary writes it (issue 15, defects 2 to 5).

Code rights are checked when code is written and when it runs; the code's process sees none of
the emulator's secrets nor the host's variables, and calls the API with a ticket of the user who
runs it, revoked when the run ends; datasets of other projects are read only as DSS allows; a
timeout, an abort and the emulator's exit kill every process the code started.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.__main__ import parse_args
from dssclient.emulator.automation.python import PythonTimedOut, run_python
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.errors import SECURITY, UNAUTHORIZED
from dssclient.emulator.futures import FutureRegistry, TaskControl

ADMIN_KEY = "emulator-admin-key"
ANALYST_KEY = "analyst-key-without-code-rights"
CODER_KEY = "coder-key-with-code-rights"
SENTINEL = "DSSCLIENT_TEST_HOST_SENTINEL"
EmulatorFactory = Callable[..., Emulator]
HttpFactory = Callable[..., httpx.Client]


@pytest.fixture
def emulator(dss_emulator_factory: EmulatorFactory) -> Emulator:
    """Project P (written by analysts and coders), project OTHER (theirs to read: nobody's) with rows."""
    emulator = dss_emulator_factory(python_timeout_seconds=20)
    state = emulator.state
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    state.add_user("coder", groups=["data_scientists"], profile="DESIGNER")
    state.add_api_key("coder", secret=CODER_KEY)
    for key in ("P", "OTHER"):
        state.create_project(key, key, "admin")
    state.projects["P"].permissions = [
        {"group": "analysts", "writeProjectContent": True},
        {"group": "data_scientists", "writeProjectContent": True},
    ]
    store = data_store(emulator.pipeline.services)
    for key, name, rows in (("OTHER", "secret", [["1", "classified"]]), ("P", "mine", [["2", "public"]])):
        definition = {
            "projectKey": key,
            "name": name,
            "type": "Filesystem",
            "params": {"connection": "filesystem_managed"},
        }
        dataset = state.create_dataset(state.projects[key], definition, "admin")
        dataset.definition["schema"] = {"columns": [{"name": "id", "type": "bigint"}, {"name": "v", "type": "string"}]}
        write_rows(store, key, name, ["id", "v"], rows, state.clock)
    return emulator


@pytest.fixture
def as_user(emulator: Emulator, http_for: HttpFactory) -> Callable[[str], httpx.Client]:
    return lambda key: http_for(emulator, key)


def managed(http: httpx.Client, name: str) -> None:
    answer = http.post(
        "/projects/P/datasets/managed", json={"name": name, "creationSettings": {"connectionId": "filesystem_managed"}}
    )
    assert answer.status_code == 200, answer.text


def python_recipe(name: str, script: str, inputs: tuple[str, ...] = (), output: str = "out") -> dict[str, Any]:
    return {
        "recipePrototype": {
            "type": "python",
            "name": name,
            "inputs": {"main": {"items": [{"ref": ref} for ref in inputs]}},
            "outputs": {"main": {"items": [{"ref": output}]}},
        },
        "creationSettings": {"script": script},
    }


def python_step(script: str) -> dict[str, Any]:
    return {"id": "code", "type": "custom_python", "name": "code", "params": {"script": script}}


def job(http: httpx.Client, output: str, timeout: float = 30) -> dict[str, Any]:
    """Build ``output`` and wait: the job's status, with its log as ``"log"``."""
    started = http.post("/projects/P/jobs/", json={"outputs": [{"id": output}]})
    assert started.status_code == 200, started.text
    job_id = started.json()["id"]
    deadline = time.monotonic() + timeout
    while True:
        status = http.get(f"/projects/P/jobs/{job_id}/").json()
        if status["baseStatus"]["state"] in ("DONE", "FAILED", "ABORTED"):
            status["log"] = http.get(f"/projects/P/jobs/{job_id}/log").text
            return dict(status)
        assert time.monotonic() < deadline, "the job did not end"
        time.sleep(0.05)


def failure_of(status: dict[str, Any]) -> dict[str, Any]:
    failures = [a["firstFailure"] for a in status["baseStatus"]["activities"].values() if "firstFailure" in a]
    assert failures, status
    return dict(failures[0])


def scenario(http: httpx.Client, scenario_id: str, steps: list[dict[str, Any]], **fields: Any) -> httpx.Response:
    body = {"id": scenario_id, "name": scenario_id, "type": "step_based", "params": {"steps": steps}, **fields}
    return http.post("/projects/P/scenarios/", json=body)


def run_scenario(http: httpx.Client, scenario_id: str, timeout: float = 30) -> dict[str, Any]:
    """Run the scenario and wait: its details (``scenarioRun``, ``stepRuns``)."""
    assert http.post(f"/projects/P/scenarios/{scenario_id}/run", json={}).status_code == 200
    deadline = time.monotonic() + timeout
    while True:
        runs = http.get(f"/projects/P/scenarios/{scenario_id}/get-last-runs").json()
        if runs and "result" in runs[0]:
            details = http.get(f"/projects/P/scenarios/{scenario_id}/{runs[0]['runId']}/").json()
            return dict(details)
        assert time.monotonic() < deadline, "the scenario run did not end"
        time.sleep(0.05)


def step_result(details: dict[str, Any]) -> dict[str, Any]:
    return dict(details["stepRuns"][0]["result"])


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie nobody reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat[stat.rfind(b")") + 2 :].split()[0] != b"Z"


def assert_dies(pid: int, timeout: float = 5) -> None:
    """The process is gone, or goes within ``timeout`` (a killed process takes a moment to end)."""
    deadline = time.monotonic() + timeout
    while alive(pid):
        assert time.monotonic() < deadline, f"process {pid} outlived its run"
        time.sleep(0.02)


def wait_for_file(path: Path, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    while not path.exists() or not path.read_text():
        assert time.monotonic() < deadline, f"{path} was never written"
        time.sleep(0.02)
    time.sleep(0.05)
    return path.read_text()


# -- 2. code rights ------------------------------------------------------------------------------


def test_a_user_without_code_rights_cannot_create_or_edit_a_code_recipe(
    as_user: Callable[[str], httpx.Client], error_of: Callable[[httpx.Response], dict[str, Any]]
) -> None:
    analyst, coder = as_user(ANALYST_KEY), as_user(CODER_KEY)
    managed(analyst, "out")
    refused = analyst.post("/projects/P/recipes/", json=python_recipe("compute_out", "print(1)"))
    assert refused.status_code == 403
    assert error_of(refused)["errorType"] == SECURITY and "mayWriteUnsafeCode" in error_of(refused)["message"]
    assert analyst.get("/projects/P/recipes/").json() == []
    # A visual recipe needs no code right.
    sync = {
        "recipePrototype": {
            "type": "sync",
            "name": "copy",
            "inputs": {"main": {"items": [{"ref": "mine"}]}},
            "outputs": {"main": {"items": [{"ref": "out"}]}},
        }
    }
    assert analyst.post("/projects/P/recipes/", json=sync).status_code == 200
    managed(coder, "out2")
    assert coder.post("/projects/P/recipes/", json=python_recipe("coded", "print(1)", output="out2")).status_code == 200
    recipe = analyst.get("/projects/P/recipes/coded").json()
    recipe["payload"] = "import os\nprint(os.environ)\n"
    edit = analyst.put("/projects/P/recipes/coded", json=recipe)
    assert edit.status_code == 403 and error_of(edit)["errorType"] == SECURITY
    assert coder.get("/projects/P/recipes/coded").json()["payload"] == "print(1)"


def test_a_python_recipe_runs_only_for_a_user_with_code_rights(
    emulator: Emulator, as_user: Callable[[str], httpx.Client], tmp_path: Path
) -> None:
    analyst, coder = as_user(ANALYST_KEY), as_user(CODER_KEY)
    marker = tmp_path / "ran"
    managed(coder, "out")
    script = f"open({str(marker)!r}, 'a').write('ran\\n')\n"
    assert coder.post("/projects/P/recipes/", json=python_recipe("compute_out", script)).status_code == 200
    status = job(analyst, "out")
    assert status["baseStatus"]["state"] == "FAILED"
    assert failure_of(status)["clazz"] == SECURITY and "analyst may not run" in failure_of(status)["message"]
    assert not marker.exists()
    assert job(coder, "out")["baseStatus"]["state"] == "DONE" and marker.read_text() == "ran\n"
    # Rights are those of the running user's groups at the time of the run.
    group = emulator.state.groups["data_scientists"]
    emulator.state.save_group("data_scientists", {**group, "mayWriteUnsafeCode": False})
    assert job(coder, "out")["baseStatus"]["state"] == "FAILED" and marker.read_text() == "ran\n"


def test_custom_python_steps_and_scripts_need_code_rights(
    as_user: Callable[[str], httpx.Client], error_of: Callable[[httpx.Response], dict[str, Any]]
) -> None:
    analyst, admin = as_user(ANALYST_KEY), as_user(ADMIN_KEY)
    refused = scenario(analyst, "STEPS", [python_step("print(1)")])
    assert refused.status_code == 403 and error_of(refused)["errorType"] == SECURITY
    custom = analyst.post("/projects/P/scenarios/", json={"id": "CUSTOM", "name": "CUSTOM", "type": "custom_python"})
    assert custom.status_code == 403
    # Without code, a scenario is theirs to write.
    assert scenario(analyst, "BUILDS", []).status_code == 200
    settings = analyst.get("/projects/P/scenarios/BUILDS").json()
    settings["params"]["steps"] = [python_step("print(1)")]
    assert analyst.put("/projects/P/scenarios/BUILDS", json=settings).status_code == 403
    # An administrator's code: the analyst may save the settings unchanged, not change the code.
    assert scenario(admin, "ADMINS", [python_step("print(1)")]).status_code == 200
    settings = analyst.get("/projects/P/scenarios/ADMINS").json()
    settings["description"] = "edited by a non-coder"
    assert analyst.put("/projects/P/scenarios/ADMINS", json=settings).status_code == 200
    settings["params"]["steps"][0]["params"]["script"] = "import os\nprint(os.environ)\n"
    assert analyst.put("/projects/P/scenarios/ADMINS", json=settings).status_code == 403
    assert admin.post("/projects/P/scenarios/", json={"id": "SCRIPT", "name": "S", "type": "custom_python"}).is_success
    payload = analyst.put("/projects/P/scenarios/SCRIPT/payload", json={"script": "print(1)"})
    assert payload.status_code == 403 and error_of(payload)["errorType"] == SECURITY


def test_a_custom_python_step_runs_only_as_a_user_with_code_rights(
    as_user: Callable[[str], httpx.Client], tmp_path: Path
) -> None:
    admin = as_user(ADMIN_KEY)
    marker = tmp_path / "ran"
    step = python_step(f"open({str(marker)!r}, 'w').write('ran')\n")
    assert scenario(admin, "AS_ANALYST", [step], runAsUser="analyst").status_code == 200
    details = run_scenario(admin, "AS_ANALYST")
    assert details["scenarioRun"]["result"]["outcome"] == "FAILED"
    assert step_result(details)["thrown"]["clazz"] == SECURITY and not marker.exists()
    assert scenario(admin, "AS_CODER", [step], runAsUser="coder").status_code == 200
    assert run_scenario(admin, "AS_CODER")["scenarioRun"]["result"]["outcome"] == "SUCCESS"
    assert marker.read_text() == "ran"


# -- 3. the code's environment ---------------------------------------------------------------------

ENVIRONMENT_PROBE = """
import json, os, urllib.request, urllib.error

def call(path):
    request = urllib.request.Request(
        os.environ["DKU_BACKEND_URL"] + "/public/api" + path,
        headers={"X-DKU-APITicket": os.environ["DKU_API_TICKET"]},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, None

status, info = call("/auth/info")
report = {
    "environment": dict(os.environ),
    "auth": info.get("authIdentifier") if info else None,
    "authStatus": status,
    "adminCall": call("/admin/users/")[0],
}
import dataiku
report["viaClient"] = dataiku.api_client().get_auth_info()["authIdentifier"]
with open(REPORT, "w") as opened:
    json.dump(report, opened)
"""


def test_user_code_gets_a_minimal_environment_and_a_ticket_of_its_user(
    emulator: Emulator, as_user: Callable[[str], httpx.Client], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SENTINEL, "host-secret-value")
    monkeypatch.setenv("DSSCLIENT_EMULATOR_API_KEY", ADMIN_KEY)
    coder = as_user(CODER_KEY)
    report_path = tmp_path / "report.json"
    managed(coder, "out")
    script = f"REPORT = {str(report_path)!r}\n" + ENVIRONMENT_PROBE
    assert coder.post("/projects/P/recipes/", json=python_recipe("probe", script)).status_code == 200
    status = job(coder, "out")
    assert status["baseStatus"]["state"] == "DONE", status["log"]
    report = json.loads(report_path.read_text())
    environment = report["environment"]
    assert SENTINEL not in environment and "DSSCLIENT_EMULATOR_API_KEY" not in environment
    assert not any(ADMIN_KEY in value or "host-secret-value" in value for value in environment.values())
    allowed = {
        "PATH",
        "HOME",
        "TMPDIR",
        "LANG",
        "PYTHONPATH",
        "PYTHONIOENCODING",
        "PYTHONUNBUFFERED",
        "PYTHONDONTWRITEBYTECODE",
        "DKU_EMULATOR_CONTEXT",
        "DKU_CURRENT_PROJECT_KEY",
        "DKU_API_TICKET",
        "DKU_BACKEND_URL",
    }
    # The interpreter may add a variable of its own (LC_CTYPE when it coerces the locale).
    assert set(environment) - {"LC_CTYPE"} <= allowed, set(environment) - allowed
    assert environment["DKU_CURRENT_PROJECT_KEY"] == "P"
    assert environment["HOME"].startswith(str(emulator.workdir))
    assert environment["PYTHONPATH"].endswith("shim")
    # The ticket acts as the user who runs the job, with that user's rights only.
    assert (report["authStatus"], report["auth"], report["adminCall"]) == (200, "coder", 403)
    assert report["viaClient"] == "coder"
    # ... and only while the run lasts.
    revoked = httpx.get(
        emulator.url + "/public/api/auth/info", headers={"X-DKU-APITicket": environment["DKU_API_TICKET"]}
    )
    assert revoked.status_code == 401
    assert environment["DKU_API_TICKET"] not in status["log"]


def test_user_code_runs_under_resource_limits(
    dss_emulator_factory: EmulatorFactory, http_for: HttpFactory, tmp_path: Path
) -> None:
    emulator = dss_emulator_factory(python_max_file_bytes=1024 * 1024, python_memory_bytes=3 * 1024**3)
    admin = http_for(emulator)
    admin.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"})
    report = tmp_path / "limits.json"
    script = f"""
import json, resource
names = ("RLIMIT_AS", "RLIMIT_FSIZE", "RLIMIT_CPU")
limits = {{name: resource.getrlimit(getattr(resource, name))[0] for name in names}}
try:
    with open("big", "wb") as big:
        big.write(b"x" * (2 * 1024 * 1024))
    limits["bigFile"] = "written"
except OSError as error:
    limits["bigFile"] = type(error).__name__
json.dump(limits, open({str(report)!r}, "w"))
"""
    assert admin.post("/projects/P/scenarios/", json={"id": "L", "name": "L", "type": "custom_python"}).is_success
    assert admin.put("/projects/P/scenarios/L/payload", json={"script": script}).is_success
    assert admin.post("/projects/P/scenarios/L/run", json={}).is_success
    limits = json.loads(wait_for_file(report))
    assert limits["RLIMIT_AS"] == 3 * 1024**3 and limits["RLIMIT_FSIZE"] == 1024 * 1024
    assert 0 < limits["RLIMIT_CPU"] <= emulator.config.python_timeout_seconds + 1
    assert limits["bigFile"] != "written"


# -- 4. datasets of other projects -----------------------------------------------------------------


def expose(http: httpx.Client, name: str, to: str) -> None:
    settings = http.get("/projects/OTHER/settings").json()
    settings["exposedObjects"] = {"objects": [{"type": "DATASET", "localName": name, "rules": [{"targetProject": to}]}]}
    assert http.put("/projects/OTHER/settings", json=settings).is_success


def test_a_step_reads_another_project_only_as_dss_allows(as_user: Callable[[str], httpx.Client]) -> None:
    admin = as_user(ADMIN_KEY)
    step = python_step("import dataiku\nfor row in dataiku.Dataset('OTHER.secret').iter_rows():\n    print(row)\n")
    assert scenario(admin, "PEEK", [step], runAsUser="coder").status_code == 200
    details = run_scenario(admin, "PEEK")
    assert details["scenarioRun"]["result"]["outcome"] == "FAILED"
    assert "not exposed to project P" in step_result(details)["thrown"]["message"]
    log = admin.get(f"/projects/P/scenarios/PEEK/{details['scenarioRun']['runId']}/log").text
    assert "classified" not in log
    # The schema is refused too.
    step = python_step("import dataiku\nprint(dataiku.Dataset('OTHER.secret').read_schema())\n")
    assert scenario(admin, "SCHEMA", [step], runAsUser="coder").status_code == 200
    assert run_scenario(admin, "SCHEMA")["scenarioRun"]["result"]["outcome"] == "FAILED"
    # Exposed to the project: readable.
    expose(admin, "secret", "P")
    assert run_scenario(admin, "PEEK")["scenarioRun"]["result"]["outcome"] == "SUCCESS"


def test_a_step_of_a_user_who_reads_the_other_project_reads_it(
    emulator: Emulator, as_user: Callable[[str], httpx.Client]
) -> None:
    admin = as_user(ADMIN_KEY)
    emulator.state.projects["OTHER"].permissions = [{"user": "coder", "readProjectContent": True}]
    step = python_step(
        "import dataiku\nassert [r['v'] for r in dataiku.Dataset('OTHER.secret').iter_rows()] == ['classified']\n"
    )
    assert scenario(admin, "READS", [step], runAsUser="coder").status_code == 200
    assert run_scenario(admin, "READS")["scenarioRun"]["result"]["outcome"] == "SUCCESS"


def test_code_cannot_write_into_another_project(as_user: Callable[[str], httpx.Client]) -> None:
    admin = as_user(ADMIN_KEY)
    step = python_step(
        "import dataiku\ndataiku.Dataset('OTHER.secret').write_schema([{'name': 'x', 'type': 'string'}])\n"
    )
    assert scenario(admin, "WRITES", [step]).status_code == 200
    details = run_scenario(admin, "WRITES")
    assert details["scenarioRun"]["result"]["outcome"] == "FAILED"
    assert "another project" in step_result(details)["thrown"]["message"]
    assert [c["name"] for c in admin.get("/projects/OTHER/datasets/secret/schema").json()["columns"]] == ["id", "v"]


def test_a_visual_recipe_reads_another_project_only_as_dss_allows(
    emulator: Emulator,
    as_user: Callable[[str], httpx.Client],
    error_of: Callable[[httpx.Response], dict[str, Any]],
) -> None:
    admin, coder = as_user(ADMIN_KEY), as_user(CODER_KEY)
    sync = {
        "recipePrototype": {
            "type": "sync",
            "name": "steal",
            "inputs": {"main": {"items": [{"ref": "OTHER.secret"}]}},
            "outputs": {"main": {"items": [{"ref": "copied"}]}},
        },
        "creationSettings": {"createOutputDataset": True},
    }
    refused = coder.post("/projects/P/recipes/", json=sync)
    assert refused.status_code == 403 and error_of(refused)["errorType"] == UNAUTHORIZED
    # Nor by naming it as a virtual input, nor by editing a recipe's inputs.
    prototype = {**sync["recipePrototype"], "inputs": {}}
    virtual = {"recipePrototype": prototype, "creationSettings": {"virtualInputs": ["OTHER.secret"]}}
    assert coder.post("/projects/P/recipes/", json=virtual).status_code == 403
    # An administrator may create it; a job of a user who may not read OTHER fails, and copies nothing.
    assert admin.post("/projects/P/recipes/", json=sync).status_code == 200
    status = job(coder, "copied")
    assert status["baseStatus"]["state"] == "FAILED" and failure_of(status)["clazz"] == UNAUTHORIZED
    rows = admin.get("/projects/P/datasets/copied/data/", params={"format": "tsv-excel-noheader"})
    assert "classified" not in rows.text
    recipe = coder.get("/projects/P/recipes/steal").json()
    recipe["recipe"]["inputs"]["main"]["items"] = [{"ref": "mine", "deps": []}]
    assert coder.put("/projects/P/recipes/steal", json=recipe).status_code == 200
    recipe["recipe"]["inputs"]["main"]["items"] = [{"ref": "OTHER.secret", "deps": []}]
    assert coder.put("/projects/P/recipes/steal", json=recipe).status_code == 403
    # Exposed to P: the recipe reads it.
    assert admin.put("/projects/P/recipes/steal", json=recipe).status_code == 200
    expose(admin, "secret", "P")
    assert job(coder, "copied")["baseStatus"]["state"] == "DONE"
    rows = admin.get("/projects/P/datasets/copied/data/", params={"format": "tsv-excel-noheader"})
    assert "classified" in rows.text


def test_a_python_recipe_input_of_another_project_is_checked_at_run_time(
    as_user: Callable[[str], httpx.Client],
) -> None:
    admin, coder = as_user(ADMIN_KEY), as_user(CODER_KEY)
    managed(admin, "out")
    script = "import dataiku\nprint(list(dataiku.Dataset('OTHER.secret').iter_rows()))\n"
    assert admin.post("/projects/P/recipes/", json=python_recipe("leak", script, ("OTHER.secret",))).status_code == 200
    status = job(coder, "out")
    assert status["baseStatus"]["state"] == "FAILED" and "not exposed" in failure_of(status)["message"]
    assert "classified" not in status["log"]


def test_a_scenario_step_computes_metrics_of_another_project_only_with_write_rights(
    as_user: Callable[[str], httpx.Client],
) -> None:
    admin = as_user(ADMIN_KEY)
    step = {
        "id": "m",
        "type": "compute_metrics",
        "name": "m",
        "params": {"computes": [{"type": "DATASET", "projectKey": "OTHER", "itemId": "secret"}]},
    }
    assert scenario(admin, "METRICS", [step], runAsUser="coder").status_code == 200
    details = run_scenario(admin, "METRICS")
    assert details["scenarioRun"]["result"]["outcome"] == "FAILED"
    assert step_result(details)["thrown"]["clazz"] == UNAUTHORIZED


# -- 5. the process tree ---------------------------------------------------------------------------

SPAWN = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
open(PIDFILE, "w").write(str(child.pid))
"""


@pytest.fixture
def tree(
    dss_emulator_factory: EmulatorFactory, http_for: HttpFactory
) -> Callable[[float], tuple[Emulator, httpx.Client]]:
    """``tree(timeout)``: an emulator whose Python code may run ``timeout`` seconds, and its administrator."""

    def make(timeout: float) -> tuple[Emulator, httpx.Client]:
        emulator = dss_emulator_factory(python_timeout_seconds=timeout)
        admin = http_for(emulator)
        assert admin.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).is_success
        return emulator, admin

    return make


def test_a_timeout_covers_the_processes_the_code_started(
    tree: Callable[[float], tuple[Emulator, httpx.Client]], tmp_path: Path
) -> None:
    # The step's script starts a process and exits at once: the run lasts while that process does.
    _, admin = tree(2)
    pidfile = tmp_path / "pid"
    assert scenario(admin, "SPAWN", [python_step(f"PIDFILE = {str(pidfile)!r}\n" + SPAWN)]).status_code == 200
    started = time.monotonic()
    details = run_scenario(admin, "SPAWN")
    elapsed = time.monotonic() - started
    assert details["scenarioRun"]["result"]["outcome"] == "FAILED"
    thrown = step_result(details)["thrown"]
    assert thrown["title"] == "Python script timed out" and "more than 2 s" in thrown["message"]
    assert elapsed < 10
    assert_dies(int(pidfile.read_text()))


def test_an_abort_kills_the_processes_the_code_started(
    tree: Callable[[float], tuple[Emulator, httpx.Client]], tmp_path: Path
) -> None:
    _, admin = tree(60)
    pidfile = tmp_path / "pid"
    script = f"PIDFILE = {str(pidfile)!r}\n" + SPAWN
    assert scenario(admin, "ABORTED", [python_step(script)]).status_code == 200
    assert admin.post("/projects/P/scenarios/ABORTED/run", json={}).status_code == 200
    grandchild = int(wait_for_file(pidfile))
    started = time.monotonic()
    assert admin.post("/projects/P/scenarios/ABORTED/abort").json()["aborted"] is True
    assert time.monotonic() - started < 5
    runs = admin.get("/projects/P/scenarios/ABORTED/get-last-runs").json()
    assert runs[0]["result"]["outcome"] == "ABORTED", runs
    assert_dies(grandchild)


def test_the_emulators_exit_kills_the_processes_the_code_started(
    tree: Callable[[float], tuple[Emulator, httpx.Client]], tmp_path: Path
) -> None:
    emulator, admin = tree(60)
    pidfile = tmp_path / "pid"
    script = f"PIDFILE = {str(pidfile)!r}\n" + SPAWN + "import time\ntime.sleep(60)\n"
    assert scenario(admin, "LEFT", [python_step(script)]).status_code == 200
    assert admin.post("/projects/P/scenarios/LEFT/run", json={}).status_code == 200
    grandchild = int(wait_for_file(pidfile))
    started = time.monotonic()
    emulator.stop()
    assert time.monotonic() - started < 5
    assert_dies(grandchild)


# -- what the emulator listens on ------------------------------------------------------------------


def test_the_emulator_listens_on_loopback_by_default(dss_emulator: Emulator) -> None:
    idle = Emulator()
    try:
        assert idle.host == "127.0.0.1" and dss_emulator.url.startswith("http://127.0.0.1:")
    finally:
        idle.stop()
    assert parse_args(["--api-key", "k"]).host == "127.0.0.1"


def test_output_pipes_held_by_an_escaped_process_do_not_hold_the_run(tmp_path: Path) -> None:
    # A process that leaves the run's session keeps the output pipes open: the run ends with
    # its process group, without waiting for the end of those streams.
    pidfile = tmp_path / "pid"
    script = (
        "import subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], start_new_session=True)\n"
        f"open({str(pidfile)!r}, 'w').write(str(child.pid))\n"
        "print('done')\n"
    )
    registry = FutureRegistry(10, lambda: 0)
    lines: list[str] = []

    def work(control: TaskControl) -> None:
        run_python(script, {"projectKey": "P"}, lambda r: None, lines.append, control, 30, tmp_path / "run")

    started = time.monotonic()
    future = registry.start("admin", "script", {}, work)
    try:
        assert future.wait(20) and future.status == "SUCCEEDED"
        assert time.monotonic() - started < 10 and lines == ["done"]
    finally:
        os.kill(int(wait_for_file(pidfile)), signal.SIGKILL)


def test_code_that_asks_without_reading_the_answers_still_times_out(tmp_path: Path) -> None:
    # The answers fill the pipe the code never reads: writing them must not outlast the run's time.
    script = (
        "import sys\n"
        "while True:\n"
        '    sys.__stdout__.write(\'\\x1eDKU-EMULATOR\\x1e{"op": "ask"}\\n\')\n'
        "    sys.__stdout__.flush()\n"
    )
    registry = FutureRegistry(10, lambda: 0)
    outcome: list[BaseException] = []

    def work(control: TaskControl) -> None:
        try:
            run_python(script, {}, lambda r: "x" * 100_000, lambda line: None, control, 1.5, tmp_path / "run")
        except PythonTimedOut as error:
            outcome.append(error)

    started = time.monotonic()
    future = registry.start("admin", "script", {}, work)
    assert future.wait(20), "the run outlived its timeout"
    assert time.monotonic() - started < 10
    assert len(outcome) == 1 and "more than 1.5 s" in str(outcome[0])
