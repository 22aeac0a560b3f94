"""Code rights through the client: who may write and run Python code on the emulator, end to end.

A user whose groups do not grant ``mayWriteUnsafeCode`` gets ``PermissionDeniedError`` when
creating code, and a failed job when running code someone else wrote.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import AsyncDSSClient, JobFailedError, PermissionDeniedError
from dssclient.aio.dss.project import AsyncDSSProject
from tests.conftest import FAST_POLLING
from tests.e2e.aio.automation_helpers import DOUBLE_SCRIPT, python_recipe, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

ANALYST_KEY = "analyst-key-without-code-rights"


@pytest.fixture
async def project(client: AsyncDSSClient, dss_emulator: Any) -> AsyncDSSProject:
    """Project P, with customers, written by the group `analysts`, whose members may not write code."""
    state = dss_emulator.state
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    state.projects["P"].permissions = [{"group": "analysts", "writeProjectContent": True}]
    return project


@pytest.fixture
async def analyst(dss_emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(dss_emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


async def test_writing_code_without_code_rights_is_refused(project: AsyncDSSProject, analyst: AsyncDSSClient) -> None:
    theirs = analyst.get_project("P")
    builder = (
        theirs.new_recipe("python", "double")
        .with_input("customers")
        .with_script(DOUBLE_SCRIPT)
        .with_new_output_dataset("doubled", "filesystem_managed")
    )
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await builder.create()
    # Nothing half-created: neither the recipe nor the output made for it.
    assert await theirs.list_recipes() == []
    assert [d.name for d in await theirs.list_datasets()] == ["customers"]
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await theirs.create_scenario("Script", "custom_python")
    # What needs no code is theirs to do.
    await (
        theirs.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )


async def test_running_code_without_code_rights_fails_the_job(
    project: AsyncDSSProject, analyst: AsyncDSSClient
) -> None:
    await python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    with pytest.raises(JobFailedError) as failed:
        await analyst.get_project("P").get_recipe("double").run()
    assert failed.value.first_failure is not None
    assert failed.value.first_failure["clazz"] == "java.lang.SecurityException"
    job = await project.get_recipe("double").run()
    assert (await job.get_status())["baseStatus"]["state"] == "DONE"
