"""Jupyter and SQL notebooks of a project, end to end: content round trips, sessions, history, rights."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.jupyternotebook import (
    AsyncDSSJupyterNotebook,
    AsyncDSSJupyterNotebookListItem,
    AsyncDSSNotebookContent,
    AsyncDSSNotebookSession,
)
from dssclient.aio.dss.notebook import AsyncDSSNotebook
from dssclient.aio.dss.sqlnotebook import AsyncDSSNotebookContent as AsyncDSSSQLNotebookContent
from dssclient.aio.dss.sqlnotebook import (
    AsyncDSSNotebookHistory,
    AsyncDSSSQLNotebook,
    AsyncDSSSQLNotebookListItem,
    DSSNotebookQueryRunListItem,
)
from dssclient.emulator.models.notebooks_and_apps import Notebooks
from dssclient.emulator.models.sql_notebooks import SqlNotebooks
from tests.conftest import FAST_POLLING, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

CODER_KEY = "coder-key"
ANALYST_KEY = "analyst-key"
CONNECTION = "warehouse"


def ipynb(*sources: str, kernel: str = "python3", language: str = "python") -> dict[str, Any]:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": kernel, "display_name": kernel, "language": language},
            "custom": {"kept": [1, None]},
        },
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 3,
                "source": [source],
                "outputs": [{"output_type": "stream", "name": "stdout", "text": ["out\n"]}],
            }
            for source in sources
        ],
    }


def sql_notebook(name: str = "checks", connection: str = CONNECTION) -> dict[str, Any]:
    return {
        "name": name,
        "language": "SQL",
        "connection": connection,
        "cells": [
            {"id": "count", "type": "QUERY", "name": "Count", "code": "SELECT COUNT(*) FROM t"},
            {"id": "all", "type": "QUERY", "name": "All", "code": "SELECT * FROM t"},
        ],
    }


@pytest.fixture
def emulator(dss_emulator_factory: Any) -> Any:
    emulator = dss_emulator_factory(sql_connections={CONNECTION: None})
    state = emulator.state
    state.add_user("coder", groups=["data_scientists"], profile="DESIGNER")
    state.add_api_key("coder", secret=CODER_KEY)
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    return emulator


@pytest.fixture
async def client(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, emulator.config.admin_api_key, future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
async def coder(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, CODER_KEY) as dss:
        yield dss


@pytest.fixture
async def analyst(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, ANALYST_KEY) as dss:
        yield dss


def share(emulator: Any, project_key: str, **rights: bool) -> None:
    emulator.state.projects[project_key].permissions = [
        {"group": group, **rights} for group in ("data_scientists", "analysts", "readers")
    ]


# -- Jupyter notebooks ---------------------------------------------------------------------------


async def test_a_jupyter_notebook_is_created_listed_and_its_content_round_trips(
    client: AsyncDSSClient, emulator: Any
) -> None:
    project = await client.create_project("P", "P", "admin")
    sent = ipynb("import dataiku\n", "print(1)\n")
    notebook = await project.create_jupyter_notebook("explore data", sent)
    assert isinstance(notebook, AsyncDSSJupyterNotebook) and notebook.notebook_name == "explore data"
    assert sent_bodies(emulator, "createJupyterNotebook") == [sent]

    content = await notebook.get_content()
    assert isinstance(content, AsyncDSSNotebookContent)
    assert content.get_cells() == sent["cells"]
    metadata = content.get_metadata()
    assert metadata["kernelspec"] == sent["metadata"]["kernelspec"]
    # DSS records the creator; nothing the client sent is lost.
    assert metadata["creator"] == "admin" and isinstance(metadata["createdOn"], int)
    assert metadata["custom"] == {"kept": [1, None]}
    assert content.content is content.get_raw()

    content.get_cells()[0]["source"] = ["import dataiku, pandas\n"]
    content.get_raw()["unknown"] = {"x": [1, None]}
    expected = copy.deepcopy(content.get_raw())
    await content.save()
    assert (await notebook.get_content()).get_raw() == expected

    (handle,) = await project.list_jupyter_notebooks()
    assert isinstance(handle, AsyncDSSJupyterNotebook) and handle.notebook_name == "explore data"
    (item,) = await project.list_jupyter_notebooks(as_type="listitems")
    assert isinstance(item, AsyncDSSJupyterNotebookListItem)
    assert (item.name, item.language, item.kernel_spec["name"]) == ("explore data", "python", "python3")
    assert item.to_notebook().notebook_name == "explore data"
    assert project.get_jupyter_notebook("explore data").project_key == "P"
    with pytest.raises(ValueError):
        await project.list_jupyter_notebooks(as_type="list")  # type: ignore[call-overload]


async def test_languages_come_from_the_kernel(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    await project.create_jupyter_notebook("r one", ipynb("1", kernel="ir", language="R"))
    await project.create_jupyter_notebook("scala one", ipynb("1", kernel="toree", language="scala"))
    items = await project.list_jupyter_notebooks(as_type="listitems")
    assert sorted((i.name, i.language) for i in items) == [("r one", "R"), ("scala one", "toree")]


async def test_bad_jupyter_notebooks_are_refused(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    await project.create_jupyter_notebook("nb", ipynb("1"))
    with pytest.raises(ConflictError):
        await project.create_jupyter_notebook("nb", ipynb("2"))
    no_kernel = ipynb("1")
    del no_kernel["metadata"]["kernelspec"]
    with pytest.raises(BadRequestError, match="kernelspec"):
        await project.create_jupyter_notebook("other", no_kernel)
    with pytest.raises(BadRequestError):
        await project.create_jupyter_notebook(".hidden", ipynb("1"))
    with pytest.raises(BadRequestError):
        await project.create_jupyter_notebook("nb", {"cells": []})
    content = await project.get_jupyter_notebook("nb").get_content()
    del content.get_raw()["metadata"]["kernelspec"]
    with pytest.raises(BadRequestError):
        await content.save()
    assert (await project.get_jupyter_notebook("nb").get_content()).get_metadata()["kernelspec"]["name"] == "python3"
    missing = project.get_jupyter_notebook("missing")
    for call in (missing.get_content, missing.get_sessions, missing.delete, missing.clear_outputs):
        with pytest.raises(NotFoundError):
            await call()


async def test_outputs_are_cleared_and_a_notebook_deleted(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    notebook = await project.create_jupyter_notebook("nb", ipynb("print(1)"))
    await notebook.clear_outputs()
    (cell,) = (await notebook.get_content()).get_cells()
    assert cell["outputs"] == [] and cell.get("execution_count") is None and cell["source"] == ["print(1)"]
    await notebook.delete()
    assert await project.list_jupyter_notebooks() == []
    with pytest.raises(NotFoundError):
        await notebook.get_content()


async def test_sessions_are_listed_and_unloaded(client: AsyncDSSClient, emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    notebook = await project.create_jupyter_notebook("nb", ipynb("1"))
    await project.create_jupyter_notebook("idle", ipynb("1"))
    assert await notebook.get_sessions() == []
    with pytest.raises(RuntimeError, match="isn't running"):
        await notebook.unload()
    model: Notebooks = emulator.state.extension(Notebooks)
    first = model.start_session("P", "nb", "admin")
    second = model.start_session("P", "nb", "admin")

    assert [n.notebook_name for n in await project.list_jupyter_notebooks(active=True)] == ["nb"]
    assert len(await project.list_jupyter_notebooks(active=False)) == 2
    (running,) = await project.list_running_notebooks()
    assert isinstance(running, AsyncDSSNotebook) and running.notebook_name == "nb"
    assert [s["sessionId"] for s in running.get_sessions()] == [first["sessionId"], second["sessionId"]]
    (raw,) = await project.list_running_notebooks(as_objects=False)
    assert [s["sessionId"] for s in raw["activeSessions"]] == [first["sessionId"], second["sessionId"]]

    sessions = await notebook.get_sessions()
    assert [s["sessionId"] for s in sessions] == [first["sessionId"], second["sessionId"]]
    with pytest.raises(ValueError, match="Several sessions"):
        await notebook.unload()
    await notebook.unload(second["sessionId"])
    (session,) = await notebook.get_sessions(as_objects=True)
    assert isinstance(session, AsyncDSSNotebookSession)
    assert (session.session_id, session.kernel_id, session.session_creator) == (
        first["sessionId"],
        first["kernelId"],
        "admin",
    )
    await session.unload()
    assert await notebook.get_sessions() == []
    with pytest.raises(NotFoundError):
        await session.unload()
    model.start_session("P", "nb", "admin")
    await notebook.unload()
    assert await project.list_jupyter_notebooks(active=True) == []
    # Deleting a notebook stops its sessions.
    model.start_session("P", "nb", "admin")
    await notebook.delete()
    assert await client.list_running_notebooks() == []


async def test_jupyter_notebook_rights(
    client: AsyncDSSClient, coder: AsyncDSSClient, analyst: AsyncDSSClient, reader_client: AsyncDSSClient, emulator: Any
) -> None:
    await client.create_project("P", "P", "admin")
    share(emulator, "P", readProjectContent=True, writeProjectContent=True)
    await client.get_project("P").create_jupyter_notebook("nb", ipynb("1"))
    # Writing a notebook needs code rights on top of writing the project's content.
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await analyst.get_project("P").create_jupyter_notebook("theirs", ipynb("1"))
    content = await analyst.get_project("P").get_jupyter_notebook("nb").get_content()
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await content.save()
    with pytest.raises(PermissionDeniedError):
        await analyst.get_project("P").get_jupyter_notebook("nb").clear_outputs()
    mine = await coder.get_project("P").create_jupyter_notebook("mine", ipynb("1"))
    assert (await mine.get_content()).get_metadata()["creator"] == "coder"
    # Readers read; they may not delete.
    share(emulator, "P", readProjectContent=True)
    assert len(await coder.get_project("P").list_jupyter_notebooks()) == 2
    with pytest.raises(PermissionDeniedError):
        await coder.get_project("P").get_jupyter_notebook("nb").delete()
    with pytest.raises(PermissionDeniedError):
        await coder.get_project("P").create_jupyter_notebook("more", ipynb("1"))
    # No access at all: refused as the project itself is.
    emulator.state.projects["P"].permissions = []
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").list_jupyter_notebooks()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_jupyter_notebook("nb").get_content()


async def test_a_projects_notebooks_are_not_reachable_through_another_project(client: AsyncDSSClient) -> None:
    first = await client.create_project("A", "A", "admin")
    second = await client.create_project("B", "B", "admin")
    await first.create_jupyter_notebook("nb", ipynb("1"))
    with pytest.raises(NotFoundError):
        await second.get_jupyter_notebook("nb").get_content()
    assert await second.list_jupyter_notebooks() == []
    await second.create_jupyter_notebook("nb", ipynb("2"))  # the same name in another project is another notebook
    assert (await first.get_jupyter_notebook("nb").get_content()).get_cells()[0]["source"] == ["1"]


# -- SQL notebooks -------------------------------------------------------------------------------


async def test_an_sql_notebook_is_created_and_its_content_round_trips(client: AsyncDSSClient, emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    notebook = await project.create_sql_notebook(sql_notebook())
    assert isinstance(notebook, AsyncDSSSQLNotebook) and notebook.notebook_id
    assert sent_bodies(emulator, "createSqlNotebook") == [sql_notebook()]
    content = await notebook.get_content()
    assert isinstance(content, AsyncDSSSQLNotebookContent)
    assert content.connection == CONNECTION
    assert [c["code"] for c in content.cells] == ["SELECT COUNT(*) FROM t", "SELECT * FROM t"]
    assert content.get_raw()["id"] == notebook.notebook_id and content.content is content.get_raw()

    content.cells = [*content.cells, {"id": "third", "type": "QUERY", "name": "Third", "code": "SELECT 3"}]
    content.get_raw()["extra"] = {"kept": [None]}
    expected = copy.deepcopy(content.get_raw())
    await content.save()
    assert (await notebook.get_content()).get_raw() == expected

    (item,) = await project.list_sql_notebooks()
    assert isinstance(item, AsyncDSSSQLNotebookListItem)
    assert (item.id, item.language, item.connection) == (notebook.notebook_id, "SQL", CONNECTION)
    assert item.to_notebook().notebook_id == notebook.notebook_id
    (handle,) = await project.list_sql_notebooks(as_type="objects")
    assert handle.notebook_id == notebook.notebook_id
    assert project.get_sql_notebook(notebook.notebook_id).notebook_id == notebook.notebook_id

    await notebook.delete()
    assert await project.list_sql_notebooks() == []
    with pytest.raises(NotFoundError):
        await notebook.get_content()
    with pytest.raises(NotFoundError):
        await notebook.get_history()


async def test_an_sql_notebooks_connection_must_exist(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    with pytest.raises(NotFoundError, match="nowhere"):
        await project.create_sql_notebook(sql_notebook(connection="nowhere"))
    with pytest.raises(BadRequestError, match="connection"):
        await project.create_sql_notebook({"name": "x", "cells": []})
    with pytest.raises(BadRequestError, match="HIVE"):
        await project.create_sql_notebook({**sql_notebook(), "language": "HIVE"})
    notebook = await project.create_sql_notebook(sql_notebook())
    content = await notebook.get_content()
    content.connection = "nowhere"
    with pytest.raises(NotFoundError):
        await content.save()
    assert (await notebook.get_content()).connection == CONNECTION
    assert len(await project.list_sql_notebooks()) == 1


async def test_the_history_is_read_pruned_saved_and_cleared(client: AsyncDSSClient, emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    notebook = await project.create_sql_notebook(sql_notebook())
    model: SqlNotebooks = emulator.state.extension(SqlNotebooks)
    with emulator.state.lock:
        oldest = model.record_run("P", notebook.notebook_id, "count", "admin", state="FAILED")
        newest = model.record_run("P", notebook.notebook_id, "count", "admin")
        for _ in range(3):
            model.record_run("P", notebook.notebook_id, "all", "admin")

    history = await notebook.get_history()
    assert isinstance(history, AsyncDSSNotebookHistory)
    runs = history.get_query_runs("count")
    assert all(isinstance(r, DSSNotebookQueryRunListItem) for r in runs)
    assert [r.get_raw()["id"] for r in runs] == [newest["id"], oldest["id"]]  # most recent first
    assert runs[0].get_raw()["sql"] == "SELECT COUNT(*) FROM t"
    with pytest.raises(KeyError):
        history.get_query_runs("no such cell")
    with pytest.raises(ValueError):
        history.get_query_runs("count", as_type="objects")  # type: ignore[arg-type]
    for run in runs:
        if run.get_raw()["state"] == "FAILED":
            run.delete()
    await history.save()
    assert [r.get_raw()["id"] for r in (await notebook.get_history()).get_query_runs("count")] == [newest["id"]]

    # Saving only removes runs: a run the history does not hold is refused.
    history = await notebook.get_history()
    history.history["count"]["made up"] = {"id": "made up", "state": "DONE"}
    with pytest.raises(BadRequestError, match="made up"):
        await history.save()

    await notebook.clear_history("all", num_runs_to_retain=1)
    assert len((await notebook.get_history()).get_query_runs("all")) == 1
    with pytest.raises(NotFoundError):
        await notebook.clear_history("no such cell")
    await notebook.clear_history()
    history = await notebook.get_history()
    assert history.get_query_runs("count") == [] and history.get_query_runs("all") == []
    assert sent_bodies(emulator, "clearSqlNotebookHistory")[-1] == {"cellId": None, "numRunsToRetain": 0}


async def test_sql_notebook_rights_and_isolation(
    client: AsyncDSSClient, analyst: AsyncDSSClient, reader_client: AsyncDSSClient, emulator: Any
) -> None:
    await client.create_project("P", "P", "admin")
    other = await client.create_project("Q", "Q", "admin")
    notebook = await client.get_project("P").create_sql_notebook(sql_notebook())
    share(emulator, "P", readProjectContent=True)
    theirs = analyst.get_project("P").get_sql_notebook(notebook.notebook_id)
    assert (await theirs.get_content()).connection == CONNECTION
    with pytest.raises(PermissionDeniedError):
        await analyst.get_project("P").create_sql_notebook(sql_notebook())
    with pytest.raises(PermissionDeniedError):
        await (await theirs.get_content()).save()
    with pytest.raises(PermissionDeniedError):
        await theirs.clear_history()
    with pytest.raises(PermissionDeniedError):
        await theirs.delete()
    # SQL needs no code rights: whoever writes the project's content writes its SQL notebooks.
    share(emulator, "P", readProjectContent=True, writeProjectContent=True)
    await (await theirs.get_content()).save()
    await analyst.get_project("P").create_sql_notebook(sql_notebook("theirs"))
    emulator.state.projects["P"].permissions = []
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").list_sql_notebooks()
    with pytest.raises(NotFoundError):
        await other.get_sql_notebook(notebook.notebook_id).get_content()


async def test_notebooks_name_their_discussions_and_list_their_tags(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    tagged = ipynb("1")
    tagged["metadata"]["tags"] = ["exploration"]
    jupyter = await project.create_jupyter_notebook("nb", tagged)
    sql = await project.create_sql_notebook({**sql_notebook(), "tags": ["checks"]})
    discussions = jupyter.get_object_discussions()
    assert (discussions.project_key, discussions.object_type, discussions.object_id) == ("P", "JUPYTER_NOTEBOOK", "nb")
    discussions = sql.get_object_discussions()
    assert (discussions.object_type, discussions.object_id) == ("SQL_NOTEBOOK", sql.notebook_id)
    (jupyter_item,) = await project.list_jupyter_notebooks(as_type="listitems")
    (sql_item,) = await project.list_sql_notebooks()
    assert (jupyter_item.tags, sql_item.tags) == (["exploration"], ["checks"])
    # A list item is the listed dict itself, as in the official client.
    assert sql_item["connection"] == CONNECTION and sql_item.get_raw() is sql_item


async def test_a_project_holds_a_bounded_number_of_notebooks(
    client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.models import notebooks_and_apps, sql_notebooks

    monkeypatch.setattr(notebooks_and_apps, "MAX_NOTEBOOKS_PER_PROJECT", 2)
    monkeypatch.setattr(sql_notebooks, "MAX_SQL_NOTEBOOKS_PER_PROJECT", 1)
    project = await client.create_project("P", "P", "admin")
    await project.create_jupyter_notebook("a", ipynb("1"))
    await project.create_jupyter_notebook("b", ipynb("1"))
    with pytest.raises(BadRequestError, match="delete some"):
        await project.create_jupyter_notebook("c", ipynb("1"))
    await project.create_sql_notebook(sql_notebook())
    with pytest.raises(BadRequestError, match="delete some"):
        await project.create_sql_notebook(sql_notebook())
    # The bound is per project.
    await (await client.create_project("Q", "Q", "admin")).create_jupyter_notebook("c", ipynb("1"))


async def test_seeing_a_project_is_not_reading_its_notebooks(
    client: AsyncDSSClient, analyst: AsyncDSSClient, emulator: Any
) -> None:
    project = await client.create_project("P", "P", "admin")
    await project.create_jupyter_notebook("nb", ipynb("1"))
    sql = await project.create_sql_notebook(sql_notebook())
    # A permission with other rights only (dashboards) shows the project, not its content.
    share(emulator, "P", readDashboards=True)
    theirs = analyst.get_project("P")
    for call in (
        theirs.list_jupyter_notebooks,
        theirs.get_jupyter_notebook("nb").get_content,
        theirs.list_sql_notebooks,
        theirs.get_sql_notebook(sql.notebook_id).get_history,
        theirs.list_webapps,
        theirs.list_macros,
    ):
        with pytest.raises(PermissionDeniedError, match="read the content"):
            await call()
