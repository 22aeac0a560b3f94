# Derived from tests/e2e/aio/test_user_code_rights.py by scripts/unasync.py: do not edit.
"""Code rights through the client: who may write and run Python code on the emulator, end to end.

A user whose groups do not grant ``mayWriteUnsafeCode`` gets ``PermissionDeniedError`` when
creating code, and a failed job when running code someone else wrote.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import DSSClient, JobFailedError, PermissionDeniedError
from dssclient.dss.project import DSSProject
from tests.conftest import FAST_POLLING
from tests.e2e.sync.automation_helpers import DOUBLE_SCRIPT, python_recipe, upload_csv

ANALYST_KEY = "analyst-key-without-code-rights"


@pytest.fixture
def project(client: DSSClient, dss_emulator: Any) -> DSSProject:
    """Project P, with customers, written by the group `analysts`, whose members may not write code."""
    state = dss_emulator.state
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    state.projects["P"].permissions = [{"group": "analysts", "writeProjectContent": True}]
    return project


@pytest.fixture
def analyst(dss_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(dss_emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


def test_writing_code_without_code_rights_is_refused(project: DSSProject, analyst: DSSClient) -> None:
    theirs = analyst.get_project("P")
    builder = (
        theirs.new_recipe("python", "double")
        .with_input("customers")
        .with_script(DOUBLE_SCRIPT)
        .with_new_output_dataset("doubled", "filesystem_managed")
    )
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        builder.create()
    # Nothing half-created: neither the recipe nor the output made for it.
    assert theirs.list_recipes() == []
    assert [d.name for d in theirs.list_datasets()] == ["customers"]
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        theirs.create_scenario("Script", "custom_python")
    # What needs no code is theirs to do.
    (theirs.new_recipe("sync", "copy").with_input("customers").with_new_output("copied", "filesystem_managed").create())


def test_running_code_without_code_rights_fails_the_job(project: DSSProject, analyst: DSSClient) -> None:
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    with pytest.raises(JobFailedError) as failed:
        analyst.get_project("P").get_recipe("double").run()
    assert failed.value.first_failure is not None
    assert failed.value.first_failure["clazz"] == "java.lang.SecurityException"
    job = project.get_recipe("double").run()
    assert (job.get_status())["baseStatus"]["state"] == "DONE"
