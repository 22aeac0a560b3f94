"""Long tasks and code studio templates: builds that progress, finish, fail or are aborted; listing rules."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from tests.emulator.conftest import READER_KEY, HttpFactory

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
Factory = Callable[..., Emulator]


def peek(client: httpx.Client, job_id: str) -> dict[str, Any]:
    answer = client.get(f"/futures/{job_id}", params={"peek": "true"})
    assert answer.status_code == 200, answer.text
    state: dict[str, Any] = answer.json()
    return state


def wait_until_over(client: httpx.Client, job_id: str, timeout: float = 5) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while (state := peek(client, job_id))["alive"]:
        assert time.monotonic() < deadline, "the task did not finish"
        time.sleep(0.01)
    return state


def last_built(client: httpx.Client, template_id: str) -> int | None:
    item = next(t for t in client.get("/admin/code-studios/").json() if t["id"] == template_id)
    value: int | None = item.get("lastBuilt")
    return value


def test_default_templates(admin_http: httpx.Client) -> None:
    listed = {t["id"]: t for t in admin_http.get("/admin/code-studios/").json()}
    assert listed["vscode"]["buildFor"] == ["k8s-small", "k8s-large"] and "lastBuilt" in listed["vscode"]
    assert listed["jupyterlab"]["buildFor"] == ["k8s-small"] and "lastBuilt" in listed["jupyterlab"]
    assert listed["rstudio"]["buildFor"] == [] and "lastBuilt" not in listed["rstudio"]
    assert {t["type"] for t in listed.values()} <= {"block_based", "manual"}


def test_templates_can_be_configured(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(
        container_confs=["c1", "c2", "c3"],
        code_studio_templates=[
            {"id": "t", "label": "T", "type": "manual", "allContainerConfs": True, "lastBuilt": 1_700_000_000_000}
        ],
    )
    (item,) = http_for(emulator).get("/admin/code-studios/").json()
    assert item == {
        "id": "t",
        "label": "T",
        "type": "manual",
        "buildFor": ["c1", "c2", "c3"],
        "lastBuilt": 1_700_000_000_000,
    }
    assert "lastBuilt" not in http_for(emulator).get("/admin/code-studios/t").json()


def test_template_settings_are_stored_as_received(admin_http: httpx.Client) -> None:
    settings = admin_http.get("/admin/code-studios/jupyterlab").json()
    settings["containerConfs"] = ["k8s-small", "k8s-large"]
    settings["params"]["newBlockOption"] = {"x": 1}
    assert admin_http.put("/admin/code-studios/jupyterlab", json=settings).status_code == 204
    assert admin_http.get("/admin/code-studios/jupyterlab").json() == settings
    assert next(t for t in admin_http.get("/admin/code-studios/").json() if t["id"] == "jupyterlab")["buildFor"] == [
        "k8s-small",
        "k8s-large",
    ]
    settings["id"] = "other"
    assert admin_http.put("/admin/code-studios/jupyterlab", json=settings).status_code == 400


def test_missing_template_is_404(admin_http: httpx.Client) -> None:
    assert admin_http.get("/admin/code-studios/nope").status_code == 404
    assert admin_http.post("/admin/code-studios/nope/build").status_code == 404


def test_build_progresses_finishes_and_sets_last_built(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    client = http_for(dss_emulator_factory(build_seconds=0.4))
    before = last_built(client, "vscode")
    assert before is not None
    started = client.post("/admin/code-studios/vscode/build", params={"withNoCache": "True"})
    assert started.status_code == 200
    state = started.json()
    assert state["alive"] is True and state["hasResult"] is False and "result" not in state
    assert state["payload"]["templateId"] == "vscode" and state["payload"]["withNoCache"] is True
    job_id = state["jobId"]
    seen: set[float] = set()
    while (state := peek(client, job_id))["alive"]:
        outer = state["progress"]["states"][0]
        assert outer["target"] == 2 and outer["unit"] == "NONE"
        assert "vscode" in outer["name"]
        seen.add(outer["cur"])
        assert "result" not in state
        time.sleep(0.01)
    assert seen >= {0, 1}
    assert state["hasResult"] is True and state["aborted"] is False and "result" not in state  # a peek
    final = client.get(f"/futures/{job_id}").json()
    assert final["result"]["success"] is True and len(final["result"]["messages"]) == 2
    assert final["runningTime"] >= 350
    after = last_built(client, "vscode")
    assert after is not None and after > before


def test_failing_build(dss_emulator_factory: Factory, http_for: HttpFactory, error_of: ErrorOf) -> None:
    client = http_for(dss_emulator_factory(failing_builds=["rstudio"]))
    job_id = client.post("/admin/code-studios/rstudio/build").json()["jobId"]
    state = wait_until_over(client, job_id)
    assert (state["alive"], state["hasResult"], state["aborted"]) == (False, False, False)
    failed = client.get(f"/futures/{job_id}", params={"peek": "false"})
    assert failed.status_code == 500
    error = error_of(failed)
    assert error["errorType"] == "com.dataiku.dip.exceptions.CodedException"
    assert error["message"].startswith("Failed to build image for template rstudio")
    assert last_built(client, "rstudio") is None


def test_abort_mid_build(dss_emulator_factory: Factory, http_for: HttpFactory, error_of: ErrorOf) -> None:
    client = http_for(dss_emulator_factory(build_seconds=10))
    before = last_built(client, "vscode")
    job_id = client.post("/admin/code-studios/vscode/build").json()["jobId"]
    time.sleep(0.05)
    started = time.monotonic()
    assert client.delete(f"/futures/{job_id}").status_code == 204
    assert time.monotonic() - started < 1.5  # the work noticed the abort promptly
    state = peek(client, job_id)
    assert (state["alive"], state["hasResult"], state["aborted"]) == (False, False, True)
    aborted = client.get(f"/futures/{job_id}")
    assert aborted.status_code == 500
    error = error_of(aborted)
    assert (error["errorType"], error["message"]) == ("com.dataiku.dip.futures.FutureAbortedException", "Aborted")
    assert last_built(client, "vscode") == before


def test_aborting_a_finished_task_does_nothing(admin_http: httpx.Client) -> None:
    job_id = admin_http.post("/admin/code-studios/rstudio/build").json()["jobId"]
    wait_until_over(admin_http, job_id)
    assert admin_http.delete(f"/futures/{job_id}").status_code == 204
    state = admin_http.get(f"/futures/{job_id}").json()
    assert state["hasResult"] is True and state["aborted"] is False


def test_unknown_future_is_404(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    for answer in (admin_http.get("/futures/nope"), admin_http.delete("/futures/nope")):
        assert answer.status_code == 404
        assert error_of(answer)["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"


def test_list_futures_lists_running_tasks_by_kind(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(build_seconds=10)
    client = http_for(emulator)
    build = client.post("/admin/code-studios/vscode/build").json()["jobId"]
    scenario = emulator.start_scenario_run("P", "NIGHTLY").job_id
    quick = client.post("/admin/code-studios/rstudio/build")  # builds for no conf, but still takes 10 s
    flags = {"withScenarios": "False", "withNotScenarios": "True", "allUsers": "False"}
    assert sorted(s["jobId"] for s in client.get("/futures/", params=flags).json()) == sorted(
        [build, quick.json()["jobId"]]
    )
    (run,) = client.get("/futures/", params={"withScenarios": "True", "withNotScenarios": "False"}).json()
    assert run["jobId"] == scenario and run["payload"] == {"projectKey": "P", "scenarioId": "NIGHTLY"}
    # Without flags, the spec's defaults apply: tasks that are not scenario runs.
    assert {s["jobId"] for s in client.get("/futures/").json()} == {build, quick.json()["jobId"]}
    client.delete(f"/futures/{build}")
    listed = client.get("/futures/", params={"withScenarios": "true"}).json()
    assert build not in {s["jobId"] for s in listed} and scenario in {s["jobId"] for s in listed}


def test_futures_are_visible_to_their_owner_and_admins(
    dss_emulator: Emulator, admin_http: httpx.Client, reader_http: httpx.Client, error_of: ErrorOf
) -> None:
    mine = dss_emulator.start_scenario_run("P", "S1", login="reader").job_id
    theirs = dss_emulator.start_scenario_run("P", "S2", login="admin").job_id
    scenarios = {"withScenarios": "true"}
    assert [s["jobId"] for s in reader_http.get("/futures/", params=scenarios).json()] == [mine]
    assert [s["jobId"] for s in admin_http.get("/futures/", params=scenarios).json()] == [theirs]
    everyone = admin_http.get("/futures/", params={**scenarios, "allUsers": "true"}).json()
    assert sorted(s["jobId"] for s in everyone) == sorted([mine, theirs])
    refused = reader_http.get("/futures/", params={"allUsers": "true"})
    assert refused.status_code == 403 and error_of(refused)["errorType"] == "java.lang.SecurityException"
    assert reader_http.get(f"/futures/{theirs}").status_code == 404
    assert reader_http.delete(f"/futures/{theirs}").status_code == 404
    assert admin_http.get(f"/futures/{mine}", params={"peek": "true"}).json()["owner"] == "reader"


def test_finished_tasks_history_is_bounded(dss_emulator_factory: Factory, http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(future_history_size=2)
    runs = [emulator.start_scenario_run("P", f"S{i}", seconds=0) for i in range(3)]
    for run in runs:
        assert run.wait(5)
    emulator.start_scenario_run("P", "LAST", seconds=0).wait(5)
    client = http_for(emulator)
    assert client.get(f"/futures/{runs[0].job_id}").status_code == 404
    assert client.get(f"/futures/{runs[2].job_id}").status_code == 200


def test_stop_aborts_running_tasks(dss_emulator_factory: Factory) -> None:
    emulator = dss_emulator_factory()
    run = emulator.start_scenario_run("P", "FOREVER")
    emulator.stop()
    assert not run.alive and run.status == "ABORTED"
    emulator.stop()  # idempotent
    with pytest.raises(RuntimeError):
        _ = emulator.url


def test_reader_key_cannot_build(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    assert http_for(dss_emulator, READER_KEY).post("/admin/code-studios/vscode/build").status_code == 403
    assert list(dss_emulator.futures.running(owner=None, scenarios=True, not_scenarios=True)) == []
