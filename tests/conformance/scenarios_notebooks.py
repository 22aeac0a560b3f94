"""Conformance scenarios of notebooks, webapps and macros (issue 18): Jupyter notebooks and their
sessions, SQL notebooks and their history, webapps and their backend, the built-in macro.

Each is automation code as a user writes it with dataikuapi. The emulator draws the ids of
webapps, SQL notebooks and macro runs from a sequence, so both runs send the same bodies.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.framework import scenario

SQL = {"sql_connections": {"warehouse": None}}
MACRO = "pyrunnable_builtin-macros_list-datasets-using-connection"


def ipynb(source: str) -> dict[str, Any]:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 1,
                "source": [source],
                "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1\n"]}],
            }
        ],
    }


def grant(project: Any, **rights: bool) -> None:
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", **rights}]
    project.set_permissions(permissions)


@scenario(
    ("createJupyterNotebook", 403),
    ("createJupyterNotebook", 409),
    ("getJupyterNotebookContent", 404),
    running_notebooks=[{"projectKey": "LAB", "name": "explore"}],
)
def jupyter_notebooks(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("LAB", "Lab", "admin")
    notebook = project.create_jupyter_notebook("analysis", ipynb("print(1)"))
    seen["names"] = sorted(n.notebook_name for n in project.list_jupyter_notebooks())
    seen["items"] = sorted(
        (i.name, i.language, i.kernel_spec["name"]) for i in project.list_jupyter_notebooks(as_type="listitems")
    )
    seen["active"] = [n.notebook_name for n in project.list_jupyter_notebooks(active=True)]
    content = notebook.get_content()
    seen["cells"] = content.get_cells()
    seen["kernel"] = content.get_metadata()["kernelspec"]
    content.get_cells()[0]["source"] = ["print(2)"]
    content.save()
    seen["saved"] = notebook.get_content().get_cells()[0]["source"]
    notebook.clear_outputs()
    seen["cleared"] = notebook.get_content().get_cells()[0]["outputs"]
    try:
        project.create_jupyter_notebook("analysis", ipynb("again"))
    except api.DataikuException:
        seen["duplicate"] = "refused"

    seen["running_notebooks"] = [n.notebook_name for n in project.list_running_notebooks()]
    seen["running_raw"] = [len(n["activeSessions"]) for n in project.list_running_notebooks(as_objects=False)]
    running = project.get_jupyter_notebook("explore")
    sessions = running.get_sessions()
    seen["sessions"] = [(s["notebookName"], s["sessionCreator"], s["kernelExecutionState"]) for s in sessions]
    objects = running.get_sessions(as_objects=True)
    seen["session_objects"] = [(s.notebook_name, s.session_creator) for s in objects]
    running.unload()
    seen["after_unload"] = running.get_sessions()
    seen["active_after"] = [n.notebook_name for n in project.list_jupyter_notebooks(active=True)]

    grant(project, readProjectContent=True, writeProjectContent=True)
    theirs = reader.get_project("LAB")
    seen["reader_sees"] = sorted(n.notebook_name for n in theirs.list_jupyter_notebooks())
    try:
        theirs.create_jupyter_notebook("mine", ipynb("x"))
    except api.DataikuException:
        seen["reader_create"] = "refused: no code rights"

    notebook.delete()
    seen["after_delete"] = sorted(n.notebook_name for n in project.list_jupyter_notebooks())
    try:
        notebook.get_content()
    except api.DataikuException:
        seen["deleted_content"] = "not found"
    return seen


@scenario(("createSqlNotebook", 404), ("saveSqlNotebookContent", 403), **SQL)
def sql_notebooks(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    notebook = project.create_sql_notebook(
        {
            "name": "checks",
            "language": "SQL",
            "connection": "warehouse",
            "cells": [{"id": "count", "type": "QUERY", "name": "Count", "code": "SELECT 1"}],
        }
    )
    seen["items"] = [(i.language, i.connection) for i in project.list_sql_notebooks()]
    seen["objects"] = len(project.list_sql_notebooks(as_type="objects"))
    content = notebook.get_content()
    seen["cells"] = content.cells
    content.cells = [*content.cells, {"id": "more", "type": "QUERY", "name": "More", "code": "SELECT 2"}]
    content.save()
    seen["saved"] = [c["code"] for c in notebook.get_content().cells]
    history = notebook.get_history()
    seen["history"] = history.history
    history.save()
    notebook.clear_history()
    notebook.clear_history("count", num_runs_to_retain=2)
    try:
        project.create_sql_notebook({"name": "x", "language": "SQL", "connection": "nowhere", "cells": []})
    except api.DataikuException:
        seen["unknown_connection"] = "refused"
    grant(project, readProjectContent=True)
    theirs = reader.get_project("P").list_sql_notebooks(as_type="objects")[0]
    theirs_content = theirs.get_content()
    seen["reader_reads"] = theirs_content.connection
    try:
        theirs_content.save()
    except api.DataikuException:
        seen["reader_save"] = "refused"
    notebook.delete()
    seen["after_delete"] = project.list_sql_notebooks()
    return seen


@scenario(
    ("createWebApp", 403),
    ("restartWebAppBackend", 400),
    ("getWebApp", 404),
    webapp_backend_seconds=0.05,
)
def webapps(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    webapp = project.create_webapp("Sales")
    project.create_webapp("Board", webapp_type="DASH")
    try:
        project.create_webapp("Old", webapp_type="CHART")
    except ValueError:
        seen["bad_type"] = "refused before any call"
    seen["items"] = sorted(i.name for i in project.list_webapps())
    seen["objects"] = len(project.list_webapps(as_type="objects"))
    settings = webapp.get_settings()
    seen["type"] = settings.get_raw()["type"]
    seen["state"] = webapp.get_state().running
    try:
        webapp.start_or_restart_backend()
    except api.DataikuException:
        seen["no_backend"] = "refused"
    settings.get_raw()["params"]["backendEnabled"] = True
    settings.get_raw()["params"]["python"] = "from flask import request"
    settings.save()
    seen["params"] = webapp.get_settings().get_raw()["params"]
    future = webapp.start_or_restart_backend()
    future.wait_for_result()
    seen["running"] = webapp.get_state().running
    webapp.stop_backend()
    seen["stopped"] = webapp.get_state().running
    seen["backend_url"] = webapp.get_backend_client().url_for_path("/hello").split("/web-apps-backends/")[1]
    grant(project, readProjectContent=True, writeProjectContent=True)
    try:
        reader.get_project("P").create_webapp("Theirs")
    except api.DataikuException:
        seen["reader_create"] = "refused: no code rights"
    try:
        project.get_webapp("missing").get_settings()
    except api.DataikuException:
        seen["missing"] = "not found"
    return seen


@scenario(("runMacro", 400), ("getMacroRunState", 404), ("listMacros", 403), **SQL)
def macros(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    project.create_dataset(
        "orders", "PostgreSQL", params={"connection": "warehouse", "table": "ORDERS", "schema": "public"}
    )
    project.create_dataset("files", "Filesystem", params={"connection": "filesystem_managed", "path": "x"})
    seen["listed"] = [m["runnableType"] for m in project.list_macros()]
    (macro,) = project.list_macros(as_objects=True)
    seen["definition"] = macro.get_definition()["resultType"]
    fresh = project.get_macro(MACRO)
    seen["fresh_definition"] = [p["name"] for p in fresh.get_definition()["params"]]
    run_id = fresh.run(params={"connection": "warehouse"})
    seen["status"] = fresh.get_status(run_id)["running"]
    seen["result"] = fresh.get_result(run_id, as_type="json")["records"]
    try:
        fresh.get_status(run_id)
    except api.DataikuException:
        seen["after_result"] = "run gone"
    every = fresh.run(params={"connection": "filesystem_managed", "all_projects": True})
    seen["all_projects"] = fresh.get_result(every, as_type="json")["records"]
    try:
        fresh.run()
    except api.DataikuException:
        seen["missing_param"] = "refused"
    admin.create_project("HIDDEN", "Hidden", "admin")
    try:
        reader.get_project("HIDDEN").list_macros()
    except api.DataikuException:
        seen["reader"] = "refused"
    return seen
