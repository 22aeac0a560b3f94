# Derived from tests/e2e/aio/test_futures_and_templates.py by scripts/unasync.py: do not edit.
"""Code studio templates and the long tasks (futures) their builds run as, end to end against the emulator."""

from __future__ import annotations

import datetime
import io
import time
from typing import Any

import pytest

from dssclient import (
    DSSClient,
    DSSFuture,
    FutureFailedError,
    FutureTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    PollingSchedule,
    ProgressPrinter,
    ResultNotReadyError,
)
from dssclient.dss.admin import (
    DSSCodeStudioTemplate,
    DSSCodeStudioTemplateListItem,
    DSSCodeStudioTemplateSettings,
)
from tests.conftest import FAST_POLLING, admin_key


def first_template_id(client: DSSClient) -> str:
    return (client.list_code_studio_templates())[0].id


def test_templates_are_listed_with_their_properties(client: DSSClient) -> None:
    items = client.list_code_studio_templates()
    assert len(items) >= 2
    assert all(isinstance(item, DSSCodeStudioTemplateListItem) for item in items)
    for item in items:
        assert item.id and item.label
        assert isinstance(item.build_for_configs, list)
        assert item.last_built is None or isinstance(item.last_built, datetime.datetime)
    handles = client.list_code_studio_templates(as_type="objects")
    assert all(isinstance(h, DSSCodeStudioTemplate) for h in handles)
    assert [h.template_id for h in handles] == [i.id for i in items]
    assert items[0].to_code_studio_template().template_id == items[0].id


def test_template_settings_choose_the_container_confs(client: DSSClient) -> None:
    template_id = first_template_id(client)
    settings = client.get_code_studio_template(template_id).get_settings()
    assert isinstance(settings, DSSCodeStudioTemplateSettings)
    settings.set_built_container_confs("k8s-small")
    assert not settings.get_built_for_all_container_confs()
    assert settings.get_built_container_confs() == ["k8s-small"]
    settings.save()
    item = next(t for t in client.list_code_studio_templates() if t.id == template_id)
    assert item.build_for_configs == ["k8s-small"]

    settings.set_built_container_confs(all=True)
    settings.save()
    reread = client.get_code_studio_template(template_id).get_settings()
    assert reread.get_built_for_all_container_confs()
    item = next(t for t in client.list_code_studio_templates() if t.id == template_id)
    assert item.build_for_configs == ["k8s-small", "k8s-large"]


def test_build_runs_as_a_future_with_progress(client: DSSClient) -> None:
    template_id = first_template_id(client)
    future = client.get_code_studio_template(template_id).build()
    assert isinstance(future, DSSFuture) and future.job_id
    seen: list[dict[str, Any]] = []
    result = future.wait_for_result(timeout=10, progress_callback=seen.append)
    assert isinstance(result, dict) and result["success"] is True
    assert seen and all("progress" in state for state in seen[:-1])
    assert future.has_result()
    assert future.get_result() == result
    item = next(t for t in client.list_code_studio_templates() if t.id == template_id)
    assert item.last_built is not None
    assert abs(item.last_built - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)


def test_a_build_that_finishes_at_once_still_gives_its_result(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=0)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        template = client.get_code_studio_template(first_template_id(client))
        for _ in range(10):  # over or not when the answer is written: the result comes back either way
            future = template.build()
            result = future.wait_for_result(timeout=10)
            assert isinstance(result, dict) and result["success"] is True


def test_progress_true_shows_a_line_per_change(client: DSSClient, capsys: pytest.CaptureFixture[str]) -> None:
    future = client.get_code_studio_template(first_template_id(client)).build()
    future.wait_for_result(timeout=10, progress=True)
    shown = capsys.readouterr().err
    assert "Building code studio template" in shown


def test_a_progress_printer_writes_each_distinct_state_once(client: DSSClient) -> None:
    future = client.get_code_studio_template(first_template_id(client)).build()
    output = io.StringIO()
    future.wait_for_result(timeout=10, progress_callback=ProgressPrinter(output))
    lines = output.getvalue().splitlines()
    assert lines and len(lines) == len(set(lines))
    with pytest.raises(ValueError, match="not both"):
        future.wait_for_result(progress=True, progress_callback=print)


def test_running_future_states_and_listing(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=5)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = client.get_code_studio_template(first_template_id(client)).build(disable_docker_cache=True)
        peek = future.peek_state()
        assert peek["alive"] is True and peek["hasResult"] is False and "result" not in peek
        with pytest.raises(ResultNotReadyError):
            future.get_result()
        listed = client.list_futures()
        assert [state["jobId"] for state in listed] == [future.job_id]
        as_objects = client.list_futures(as_objects=True)
        assert [type(f) for f in as_objects] == [DSSFuture]
        assert client.list_running_scenarios() == []
        handle = client.get_future(future.job_id or "")
        handle.abort()
        with pytest.raises(FutureFailedError) as caught:
            handle.wait_for_result(timeout=5)
        assert caught.value.state.get("aborted") is True or caught.value.error is not None
        build = [e for e in emulator.request_log if e.operation_id == "buildCodeStudioTemplate"][0]
        assert build.query == {"withNoCache": ["true"]}


def test_a_failed_build_raises_promptly_with_the_task_error(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(
        build_seconds=0.05,
        failing_builds=["rstudio"],
        code_studio_templates=[
            {"id": "rstudio", "label": "RStudio", "type": "block_based", "allContainerConfs": True},
        ],
    )
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = client.get_code_studio_template("rstudio").build()
        with pytest.raises(FutureFailedError) as caught:
            future.wait_for_result(timeout=10)
        assert next(t for t in client.list_code_studio_templates() if t.id == "rstudio").last_built is None
    failure = caught.value
    assert failure.job_id == future.job_id
    assert failure.error is not None and failure.error_type == failure.error.error_type
    assert failure.error_message == failure.error.message and failure.error_message in str(failure)
    assert "rstudio" in str(failure)
    assert failure.state.get("alive") is False


def test_waiting_can_be_bounded_and_the_task_goes_on(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=3)
    with DSSClient(emulator.url, admin_key(emulator)) as client:
        future = client.get_code_studio_template(first_template_id(client)).build()
        started = time.monotonic()
        with pytest.raises(FutureTimeoutError) as caught:
            future.wait_for_result(timeout=0.2, polling=PollingSchedule(initial=0.05))
        assert time.monotonic() - started < 1.5
        assert caught.value.job_id == future.job_id
        assert (future.peek_state())["alive"] is True
        future.abort()


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf")])
def test_a_wait_timeout_must_be_a_finite_positive_number(client: DSSClient, timeout: float) -> None:
    future = client.get_code_studio_template(first_template_id(client)).build()
    with pytest.raises(ValueError, match="timeout"):
        future.wait_for_result(timeout=timeout)
    future.wait_for_result(timeout=10)


def test_listing_every_users_futures_is_for_administrators(reader_client: DSSClient) -> None:
    with pytest.raises(PermissionDeniedError):
        reader_client.list_futures(all_users=True)
    assert reader_client.list_futures() == []


def test_running_scenarios_are_listed_apart(client: DSSClient, dss_emulator: Any) -> None:
    client.create_project("P", "Project", "admin")
    dss_emulator.start_scenario_run("P", "NIGHTLY", login="admin", seconds=5)
    (run,) = client.list_running_scenarios()
    assert run["payload"]["scenarioId"] == "NIGHTLY"
    assert client.list_futures() == []
    client.get_future(run["jobId"]).abort()


def test_templates_are_for_administrators(client: DSSClient, reader_client: DSSClient) -> None:
    with pytest.raises(PermissionDeniedError):
        reader_client.list_code_studio_templates()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_code_studio_template(first_template_id(client)).build()


def test_unknown_template_and_future_are_not_found(client: DSSClient) -> None:
    with pytest.raises(NotFoundError):
        client.get_code_studio_template("nope").get_settings()
    with pytest.raises(NotFoundError):
        client.get_future("no-such-job").peek_state()
