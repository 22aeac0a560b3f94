"""Code studio templates and the long tasks (futures) their builds run as, end to end against the emulator."""

from __future__ import annotations

import datetime
import io
import time
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    FutureFailedError,
    FutureTimeoutError,
    NotFoundError,
    PermissionDeniedError,
    PollingSchedule,
    ProgressPrinter,
    ResultNotReadyError,
)
from dssclient.aio.dss.admin import (
    AsyncDSSCodeStudioTemplate,
    AsyncDSSCodeStudioTemplateListItem,
    AsyncDSSCodeStudioTemplateSettings,
)
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove


async def first_template_id(client: AsyncDSSClient) -> str:
    return (await client.list_code_studio_templates())[0].id


async def test_templates_are_listed_with_their_properties(client: AsyncDSSClient) -> None:
    items = await client.list_code_studio_templates()
    assert len(items) >= 2
    assert all(isinstance(item, AsyncDSSCodeStudioTemplateListItem) for item in items)
    for item in items:
        assert item.id and item.label
        assert isinstance(item.build_for_configs, list)
        assert item.last_built is None or isinstance(item.last_built, datetime.datetime)
    handles = await client.list_code_studio_templates(as_type="objects")
    assert all(isinstance(h, AsyncDSSCodeStudioTemplate) for h in handles)
    assert [h.template_id for h in handles] == [i.id for i in items]
    assert items[0].to_code_studio_template().template_id == items[0].id


async def test_template_settings_choose_the_container_confs(client: AsyncDSSClient) -> None:
    template_id = await first_template_id(client)
    settings = await client.get_code_studio_template(template_id).get_settings()
    assert isinstance(settings, AsyncDSSCodeStudioTemplateSettings)
    settings.set_built_container_confs("k8s-small")
    assert not settings.get_built_for_all_container_confs()
    assert settings.get_built_container_confs() == ["k8s-small"]
    await settings.save()
    item = next(t for t in await client.list_code_studio_templates() if t.id == template_id)
    assert item.build_for_configs == ["k8s-small"]

    settings.set_built_container_confs(all=True)
    await settings.save()
    reread = await client.get_code_studio_template(template_id).get_settings()
    assert reread.get_built_for_all_container_confs()
    item = next(t for t in await client.list_code_studio_templates() if t.id == template_id)
    assert item.build_for_configs == ["k8s-small", "k8s-large"]


async def test_build_runs_as_a_future_with_progress(client: AsyncDSSClient) -> None:
    template_id = await first_template_id(client)
    future = await client.get_code_studio_template(template_id).build()
    assert isinstance(future, AsyncDSSFuture) and future.job_id
    seen: list[dict[str, Any]] = []
    result = await future.wait_for_result(timeout=10, progress_callback=seen.append)
    assert isinstance(result, dict) and result["success"] is True
    assert seen and all("progress" in state for state in seen[:-1])
    assert await future.has_result()
    assert await future.get_result() == result
    item = next(t for t in await client.list_code_studio_templates() if t.id == template_id)
    assert item.last_built is not None
    assert abs(item.last_built - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)


async def test_a_build_that_finishes_at_once_still_gives_its_result(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=0)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        template = client.get_code_studio_template(await first_template_id(client))
        for _ in range(10):  # over or not when the answer is written: the result comes back either way
            future = await template.build()
            result = await future.wait_for_result(timeout=10)
            assert isinstance(result, dict) and result["success"] is True


async def test_progress_true_shows_a_line_per_change(
    client: AsyncDSSClient, capsys: pytest.CaptureFixture[str]
) -> None:
    future = await client.get_code_studio_template(await first_template_id(client)).build()
    await future.wait_for_result(timeout=10, progress=True)
    shown = capsys.readouterr().err
    assert "Building code studio template" in shown


async def test_a_progress_printer_writes_each_distinct_state_once(client: AsyncDSSClient) -> None:
    future = await client.get_code_studio_template(await first_template_id(client)).build()
    output = io.StringIO()
    await future.wait_for_result(timeout=10, progress_callback=ProgressPrinter(output))
    lines = output.getvalue().splitlines()
    assert lines and len(lines) == len(set(lines))
    with pytest.raises(ValueError, match="not both"):
        await future.wait_for_result(progress=True, progress_callback=print)


async def test_running_future_states_and_listing(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=5)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = await client.get_code_studio_template(await first_template_id(client)).build(disable_docker_cache=True)
        peek = await future.peek_state()
        assert peek["alive"] is True and peek["hasResult"] is False and "result" not in peek
        with pytest.raises(ResultNotReadyError):
            await future.get_result()
        listed = await client.list_futures()
        assert [state["jobId"] for state in listed] == [future.job_id]
        as_objects = await client.list_futures(as_objects=True)
        assert [type(f) for f in as_objects] == [AsyncDSSFuture]
        assert await client.list_running_scenarios() == []
        handle = client.get_future(future.job_id or "")
        await handle.abort()
        with pytest.raises(FutureFailedError) as caught:
            await handle.wait_for_result(timeout=5)
        assert caught.value.state.get("aborted") is True or caught.value.error is not None
        build = [e for e in emulator.request_log if e.operation_id == "buildCodeStudioTemplate"][0]
        assert build.query == {"withNoCache": ["true"]}


async def test_a_failed_build_raises_promptly_with_the_task_error(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(
        build_seconds=0.05,
        failing_builds=["rstudio"],
        code_studio_templates=[
            {"id": "rstudio", "label": "RStudio", "type": "block_based", "allContainerConfs": True},
        ],
    )
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = await client.get_code_studio_template("rstudio").build()
        with pytest.raises(FutureFailedError) as caught:
            await future.wait_for_result(timeout=10)
        assert next(t for t in await client.list_code_studio_templates() if t.id == "rstudio").last_built is None
    failure = caught.value
    assert failure.job_id == future.job_id
    assert failure.error is not None and failure.error_type == failure.error.error_type
    assert failure.error_message == failure.error.message and failure.error_message in str(failure)
    assert "rstudio" in str(failure)
    assert failure.state.get("alive") is False


async def test_waiting_can_be_bounded_and_the_task_goes_on(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=3)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        future = await client.get_code_studio_template(await first_template_id(client)).build()
        started = time.monotonic()
        with pytest.raises(FutureTimeoutError) as caught:
            await future.wait_for_result(timeout=0.2, polling=PollingSchedule(initial=0.05))
        assert time.monotonic() - started < 1.5
        assert caught.value.job_id == future.job_id
        assert (await future.peek_state())["alive"] is True
        await future.abort()


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf")])
async def test_a_wait_timeout_must_be_a_finite_positive_number(client: AsyncDSSClient, timeout: float) -> None:
    future = await client.get_code_studio_template(await first_template_id(client)).build()
    with pytest.raises(ValueError, match="timeout"):
        await future.wait_for_result(timeout=timeout)
    await future.wait_for_result(timeout=10)


async def test_listing_every_users_futures_is_for_administrators(reader_client: AsyncDSSClient) -> None:
    with pytest.raises(PermissionDeniedError):
        await reader_client.list_futures(all_users=True)
    assert await reader_client.list_futures() == []


async def test_running_scenarios_are_listed_apart(client: AsyncDSSClient, dss_emulator: Any) -> None:
    await client.create_project("P", "Project", "admin")
    dss_emulator.start_scenario_run("P", "NIGHTLY", login="admin", seconds=5)
    (run,) = await client.list_running_scenarios()
    assert run["payload"]["scenarioId"] == "NIGHTLY"
    assert await client.list_futures() == []
    await client.get_future(run["jobId"]).abort()


async def test_templates_are_for_administrators(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    with pytest.raises(PermissionDeniedError):
        await reader_client.list_code_studio_templates()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_code_studio_template(await first_template_id(client)).build()


async def test_unknown_template_and_future_are_not_found(client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError):
        await client.get_code_studio_template("nope").get_settings()
    with pytest.raises(NotFoundError):
        await client.get_future("no-such-job").peek_state()
