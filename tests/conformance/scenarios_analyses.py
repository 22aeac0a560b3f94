"""Conformance scenarios of visual analyses: the official client creates, edits, lists and deletes them.

The step builders come from the flavour's own ``dss.analysis`` module. ``with_multiple_column_selection``
is left out: the official one nests the names in a list (``[["a", "b"]]``), ours sends them flat.
"""

from __future__ import annotations

import importlib
import io
import random
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.framework import scenario

CSV = b"id,name,country,amount\n1,ann,FR,10\n2,bob,US,20\n3,cid,FR,5.5\n4,dan,DE,\n"


def analysis_module(api: Any) -> ModuleType:
    """The flavour's ``dss.analysis`` module (``dataikuapi.dss.analysis`` or ``dssclient.dss.analysis``)."""
    package = api.DSSClient.__module__.rsplit(".", 1)[0]
    return importlib.import_module(f"{package}.dss.analysis")


def _project_with_data(admin: Any) -> Any:
    project = admin.create_project("LAB", "Lab", "admin")
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(CSV), "customers.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return project


@scenario()
def analysis_lifecycle(admin: Any, reader: Any, api: Any) -> Any:
    steps = analysis_module(api)
    seen: dict[str, Any] = {}
    project = _project_with_data(admin)
    analysis = project.create_analysis("customers")
    other = project.create_analysis("customers")
    seen["listed"] = sorted((a["analysisId"], a["analysisName"], a["inputDataset"]) for a in project.list_analyses())
    definition = project.get_analysis(analysis.analysis_id).get_definition()
    seen["created"] = {k: definition.get_raw()[k] for k in ("id", "projectKey", "name", "inputDatasetSmartName")}
    seen["no steps"] = definition.get_raw_script_steps()
    definition.add_step(
        steps.DSSFormulaStepBuilder("double")
        .with_output_column("double_amount")
        .with_error_column("errors")
        .with_expression("amount * 2")
    )
    definition.add_step(
        steps.FilterOnValueStepBuilder("french")
        .with_single_column_selection("country")
        .with_values("FR")
        .with_matching_mode("FULL_STRING")
        .with_normalization_mode("EXACT")
        .with_action("KEEP_ROW")
        .with_boolean_mode("OR")
    )
    definition.add_step(
        steps.FilterOnBadTypeStepBuilder("numbers")
        .with_regex_column_selection("^amo")
        .with_meaning("DoubleMeaning")
        .with_action("FLAG")
        .with_flag_column("bad_amount")
    )
    removal = steps.RemoveRowsStepBuilder("no empty").with_single_column_selection("amount")
    definition.add_step(removal.with_meaning(False))
    definition.add_step(steps.AppliesToStepBuilder("FillEmptyWithValue", "fill").with_all_column_selection("ignored"))
    definition.add_step(steps.DSSAnalysisStepBuilder().with_type("ColumnRenamer").with_name("rename"))
    definition.add_step({"metaType": "PROCESSOR", "type": "ColumnsSelector", "params": {"columns": ["id"]}})
    package = api.DSSClient.__module__.rsplit(".", 1)[0]
    selections = importlib.import_module(f"{package}.dss.utils")
    definition.set_script_sampling_selection(selections.DSSDatasetSelectionBuilder().with_random_fixed_nb_sampling(3))
    definition.get_raw()["name"] = "Churn study"
    definition.get_raw()["custom"] = {"kept": [1, {"deep": True}]}
    definition.save()
    saved = analysis.get_definition()
    seen["steps"] = saved.get_raw_script_steps()
    seen["sampling"] = saved.get_raw_script_sampling()["selection"]
    seen["custom"] = saved.get_raw()["custom"]
    raw = saved.get_raw()
    raw["description"] = "why customers leave"
    seen["answer"] = analysis.set_definition(raw)["description"]
    seen["renamed"] = sorted(a["analysisName"] for a in project.list_analyses())
    other.delete()
    seen["after delete"] = [a["analysisId"] for a in project.list_analyses()]
    return seen


@scenario(
    ("getAnalysisDefinition", 404),
    ("deleteAnalysis", 404),
    ("createAnalysis", 404),
    ("saveAnalysisDefinition", 400),
    ("listAnalyses", 403),
    ("createAnalysis", 403),
    ("saveAnalysisDefinition", 403),
    ("deleteAnalysis", 403),
)
def analysis_refusals(admin: Any, reader: Any, api: Any) -> Any:
    project = _project_with_data(admin)
    analysis = project.create_analysis("customers")
    definition = analysis.get_definition()
    definition.get_raw()["id"] = "another"
    readers = reader.get_project("LAB")
    refusals = [
        lambda: project.get_analysis("missing").get_definition(),
        lambda: project.get_analysis("missing").delete(),
        lambda: project.create_analysis("nothing"),
        lambda: definition.save(),
        lambda: readers.list_analyses(),
    ]
    errors: list[str] = []
    for refused in refusals:
        with pytest.raises(api.DataikuException) as caught:
            refused()
        errors.append(str(caught.value))
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    theirs = readers.get_analysis(analysis.analysis_id)
    readable = theirs.get_definition()
    for refused in (
        lambda: readers.create_analysis("customers"),
        lambda: readable.save(),
        lambda: theirs.delete(),
    ):
        with pytest.raises(api.DataikuException) as caught:
            refused()
        errors.append(str(caught.value))
    return {"errors": errors, "readable": readable.get_raw()["id"], "left": len(project.list_analyses())}


@scenario()
def analyses_of_a_dataset(admin: Any, reader: Any, api: Any) -> Any:
    project = _project_with_data(admin)
    orders = project.create_upload_dataset("orders")
    orders.uploaded_add_file(io.BytesIO(b"id,total\n1,10\n"), "orders.csv")
    orders.autodetect_settings().save()
    customers = project.get_dataset("customers")
    mine = customers.create_analysis()
    theirs = orders.create_analysis()
    seen = {
        "items": [(a["analysisId"], a["inputDataset"]) for a in customers.list_analyses()],
        "objects": [a.analysis_id for a in customers.list_analyses(as_type="objects")],
        "ids": (mine.analysis_id, theirs.analysis_id),
    }
    customers.delete_analyses()
    seen["left"] = [a["analysisId"] for a in project.list_analyses()]
    return seen


def _churn_csv(n: int = 120) -> bytes:
    rng = random.Random(5)
    lines = ["age,income,plan,churned"]
    for _ in range(n):
        age, income, plan = rng.randint(18, 80), rng.randint(10, 200), rng.choice(["basic", "pro"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned}")
    return ("\n".join(lines) + "\n").encode()


@scenario(("createAnalysisMLTask", 403), ("listAnalysisMLTasks", 404))
def ml_tasks_of_an_analysis(admin: Any, reader: Any, api: Any) -> Any:
    pytest.importorskip("sklearn")
    project = admin.create_project("LAB", "Lab", "admin")
    dataset = project.create_upload_dataset("churn")
    dataset.uploaded_add_file(io.BytesIO(_churn_csv()), "churn.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    analysis = project.create_analysis("churn")
    task = analysis.create_prediction_ml_task("churned")
    clustering = analysis.create_clustering_ml_task()
    seen: dict[str, Any] = {
        "ids": (task.analysis_id == analysis.analysis_id, clustering.analysis_id == analysis.analysis_id),
        "in analysis": sorted(t["mlTaskId"] for t in analysis.list_ml_tasks()["mlTasks"]),
        "in project": sorted(t["mlTaskId"] for t in project.list_ml_tasks()["mlTasks"]),
        "settings": analysis.get_ml_task(task.mltask_id).get_settings().get_raw()["predictionType"],
    }
    seen["trained"] = len(task.train())
    others = [
        analysis.create_prediction_ml_task("income", prediction_type="REGRESSION"),
        analysis.create_timeseries_forecasting_ml_task("income", "age"),
        analysis.create_multi_target_prediction_ml_task(["income", "age"]),
        analysis.create_causal_prediction_ml_task("churned", "plan", wait_guess_complete=False),
    ]
    seen["others"] = [t.get_settings().get_raw().get("predictionType") for t in others[:3]]
    seen["count"] = len(analysis.list_ml_tasks()["mlTasks"])
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    with pytest.raises(api.DataikuException) as caught:
        reader.get_project("LAB").get_analysis(analysis.analysis_id).create_prediction_ml_task("churned")
    seen["reader"] = str(caught.value)
    analysis.delete()
    seen["after delete"] = project.list_ml_tasks()["mlTasks"]
    with pytest.raises(api.DataikuException) as caught:
        analysis.list_ml_tasks()
    seen["deleted"] = str(caught.value)
    return seen
