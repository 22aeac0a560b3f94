"""The async client fans calls out on one connection pool: what users of AsyncDSSClient do first."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from dssclient import AsyncDSSClient
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio


async def test_fifty_calls_gathered_then_a_build_awaited(dss_emulator: Any) -> None:
    async with AsyncDSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as client:
        keys = [f"P{index:02d}" for index in range(50)]
        await asyncio.gather(*(client.create_project(key, f"Project {key}", "admin") for key in keys))
        settings = await asyncio.gather(*(client.get_project(key).get_settings() for key in keys))
        assert [s.get_raw()["projectKey"] for s in settings] == keys
        assert sorted(await client.list_project_keys()) == keys

        template = (await client.list_code_studio_templates())[0]
        build = await template.to_code_studio_template().build()
        summaries, result = await asyncio.gather(
            asyncio.gather(*(client.get_project(key).get_summary() for key in keys)),
            build.wait_for_result(timeout=10),
        )
        assert [s["projectKey"] for s in summaries] == keys
        assert result["success"] is True
    assert client._http.is_closed
