# Derived from tests/e2e/aio/test_analyses.py by scripts/unasync.py: do not edit.
"""Visual analyses, end to end: creation on a dataset, the definition's exact round trip, the step
builders, the script's sampling, deletion, refusals and rights; the ML tasks an analysis holds."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, InvalidIdentifierError, NotFoundError, PermissionDeniedError
from dssclient.dss.analysis import (
    AppliesToStepBuilder,
    DSSAnalysis,
    DSSAnalysisDefinition,
    DSSAnalysisStepBuilder,
    DSSFormulaStepBuilder,
    FilterAndFlagStepBuilder,
    FilterOnBadTypeStepBuilder,
    FilterOnValueStepBuilder,
    RemoveRowsStepBuilder,
)
from dssclient.dss.ml import DSSMLTask
from dssclient.dss.project import DSSProject
from dssclient.dss.utils import DSSDatasetSelectionBuilder
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "P", "admin")
    upload_csv(project)
    return project


def reads_for_readers(dss_emulator: Any) -> None:
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]


class Selection:
    """A selection builder as DSSDatasetSelectionBuilder is one: ``build()`` gives the selection dict."""

    def __init__(self, selection: dict[str, Any]) -> None:
        self.selection = selection

    def build(self) -> dict[str, Any]:
        return self.selection


def test_analyses_are_created_on_a_dataset_listed_and_deleted(project: DSSProject, dss_emulator: Any) -> None:
    analysis = project.create_analysis("customers")
    assert isinstance(analysis, DSSAnalysis)
    assert (analysis.project_key, bool(analysis.analysis_id)) == ("P", True)
    assert sent_bodies(dss_emulator, "createAnalysis") == [{"inputDataset": "customers"}]
    second = project.create_analysis("customers")
    assert second.analysis_id != analysis.analysis_id

    listed = project.list_analyses()
    expected = [(a.analysis_id, "Analyze customers", "customers") for a in (analysis, second)]
    assert sorted((a["analysisId"], a.get("analysisName"), a.get("inputDataset")) for a in listed) == sorted(expected)
    definition = project.get_analysis(analysis.analysis_id).get_definition()
    raw = definition.get_raw()
    assert (raw.get("id"), raw.get("projectKey"), raw.get("inputDatasetSmartName")) == (
        analysis.analysis_id,
        "P",
        "customers",
    )
    assert definition.get_raw_script_steps() == []

    analysis.delete()
    assert [a["analysisId"] for a in project.list_analyses()] == [second.analysis_id]
    with pytest.raises(NotFoundError):
        analysis.get_definition()
    second.delete(drop_data=True)
    assert project.list_analyses() == []


def test_the_definition_round_trips_exactly(project: DSSProject) -> None:
    analysis = project.create_analysis("customers")
    definition = analysis.get_definition()
    assert isinstance(definition, DSSAnalysisDefinition)
    assert definition.get_raw() is definition.acp and definition.analysis is analysis
    raw = definition.get_raw()
    raw["name"] = "Churn study"
    raw["custom"] = {"kept": [None, 1, {"deep": "yes"}]}
    raw["tags"] = ["ml"]
    definition.get_raw_script()["previewMode"] = "SAMPLE"
    expected = copy.deepcopy(raw)
    definition.save()
    assert (analysis.get_definition()).get_raw() == expected
    assert [a.get("analysisName") for a in project.list_analyses()] == ["Churn study"]

    # set_definition takes the raw dict too, and answers the saved definition.
    expected["description"] = "Why customers leave"
    answer = analysis.set_definition(copy.deepcopy(expected))
    assert answer == expected
    assert (analysis.get_definition()).get_raw() == expected
    with pytest.raises(TypeError, match="DSSAnalysisDefinition or a dict"):
        analysis.set_definition(["not", "a", "definition"])  # type: ignore[arg-type]


def test_step_builders_build_dss_steps_which_the_script_keeps(project: DSSProject) -> None:
    formula = (
        DSSFormulaStepBuilder("double")
        .with_output_column("double_amount")
        .with_error_column("errors")
        .with_expression("amount * 2")
    )
    assert formula.build() == {
        "metaType": "PROCESSOR",
        "type": "CreateColumnWithGREL",
        "name": "double",
        "params": {"column": "double_amount", "errorColumn": "errors", "expression": "amount * 2"},
    }
    on_value = (
        FilterOnValueStepBuilder()
        .with_multiple_column_selection("country", "name")
        .with_values("FR", "DE")
        .with_matching_mode("FULL_STRING")
        .with_normalization_mode("EXACT")
        .with_action("KEEP_ROW")
        .with_boolean_mode("OR")
    )
    assert on_value.build() == {
        "metaType": "PROCESSOR",
        "type": "FlagOnValue",
        "name": None,
        "params": {
            "appliesTo": "COLUMNS",
            "booleanMode": "OR",
            "action": "KEEP_ROW",
            "columns": ["country", "name"],  # a flat list (the official client nests it)
            "values": ["FR", "DE"],
            "matchingMode": "FULL_STRING",
            "normalizationMode": "EXACT",
        },
    }
    bad_type = (
        FilterOnBadTypeStepBuilder("numbers only")
        .with_regex_column_selection("^amo")
        .with_meaning("DoubleMeaning")
        .with_action("FLAG")
        .with_flag_column("bad_amount")
    )
    assert bad_type.build()["params"] == {
        "appliesTo": "PATTERN",
        "appliesToPattern": "^amo",
        "booleanMode": "AND",
        "action": "FLAG",
        "type": "DoubleMeaning",
        "flagColumn": "bad_amount",
    }
    remove = RemoveRowsStepBuilder("no empty amount").with_single_column_selection("amount").with_meaning(False)
    assert remove.build() == {
        "metaType": "PROCESSOR",
        "type": "RemoveRowsOnEmpty",
        "name": "no empty amount",
        "params": {"appliesTo": "SINGLE_COLUMN", "columns": ["amount"], "keep": False},
    }
    every = AppliesToStepBuilder("FillEmptyWithValue").with_all_column_selection()
    assert every.build()["params"] == {"appliesTo": "ALL"}
    flag = FilterAndFlagStepBuilder("FlagOnValue", "flags").with_columns("a").with_column_selection_mode("COLUMNS")
    assert flag.build()["params"] == {
        "appliesTo": "COLUMNS",
        "booleanMode": "AND",
        "action": "REMOVE_ROW",
        "columns": ["a"],
    }
    renamed = DSSAnalysisStepBuilder().with_type("ColumnRenamer").with_name("rename")
    assert renamed.build() == {"metaType": "PROCESSOR", "type": "ColumnRenamer", "name": "rename", "params": {}}

    analysis = project.create_analysis("customers")
    definition = analysis.get_definition()
    raw_step = {"metaType": "PROCESSOR", "type": "ColumnsSelector", "params": {"columns": ["id"], "keep": False}}
    for step in (formula, on_value, bad_type, remove, raw_step):
        definition.add_step(step)
    with pytest.raises(TypeError, match="DSSAnalysisStepBuilder or a dict"):
        definition.add_step("RemoveRowsOnEmpty")  # type: ignore[arg-type]
    definition.save()
    saved = (analysis.get_definition()).get_raw_script_steps()
    # DSS drops null properties from its answers: the unnamed step comes back without its "name".
    unnamed = {key: value for key, value in on_value.build().items() if key != "name"}
    assert saved == [formula.build(), unnamed, bad_type.build(), remove.build(), raw_step]


def test_the_script_sampling_is_set_from_a_builder_or_a_dict(project: DSSProject) -> None:
    analysis = project.create_analysis("customers")
    definition = analysis.get_definition()
    definition.set_script_sampling_selection(Selection({"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 3}))
    definition.save()
    sampling = (analysis.get_definition()).get_raw_script_sampling()
    assert sampling.get("selection") == {"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 3}
    builder = DSSDatasetSelectionBuilder().with_head_sampling(2).with_selected_partitions(["2024"])
    assert builder.build() == {
        "samplingMethod": "HEAD_SEQUENTIAL",
        "maxRecords": 2,
        "partitionSelectionMethod": "SELECTED",
        "selectedPartitions": ["2024"],
    }
    assert DSSDatasetSelectionBuilder().with_all_data_sampling().build() == {"samplingMethod": "FULL"}
    definition.set_script_sampling_selection(DSSDatasetSelectionBuilder().with_random_fixed_nb_sampling(5))
    definition.save()
    sampling = (analysis.get_definition()).get_raw_script_sampling()
    assert sampling.get("selection") == {"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 5}

    definition = analysis.get_definition()
    definition.set_script_sampling_selection({"samplingMethod": "FULL"})
    definition.save()
    assert (analysis.get_definition()).get_raw_script_sampling().get("selection") == {"samplingMethod": "FULL"}
    with pytest.raises(TypeError, match="DSSDatasetSelectionBuilder or a dict"):
        definition.set_script_sampling_selection(42)  # type: ignore[arg-type]


def test_a_definition_without_script_gets_an_empty_one(project: DSSProject) -> None:
    analysis = project.create_analysis("customers")
    definition = analysis.get_definition()
    del definition.get_raw()["script"]
    assert definition.get_raw_script() == {"steps": []}
    definition.get_raw()["script"] = None
    assert definition.get_raw_script_steps() == []
    assert definition.get_raw_script_sampling() == {}
    assert definition.get_raw()["script"] == {"steps": [], "explorationSampling": {}}
    definition.add_step(RemoveRowsStepBuilder().with_single_column_selection("amount"))
    definition.save()
    steps = (analysis.get_definition()).get_raw_script_steps()
    assert [s.get("type") for s in steps] == ["RemoveRowsOnEmpty"]


def test_unknown_analyses_datasets_and_changes_of_identity_are_refused(project: DSSProject) -> None:
    missing = project.get_analysis("missing")
    with pytest.raises(NotFoundError, match="missing"):
        missing.get_definition()
    with pytest.raises(NotFoundError):
        missing.set_definition({"name": "x"})
    with pytest.raises(NotFoundError):
        missing.delete()
    with pytest.raises(NotFoundError):
        missing.list_ml_tasks()
    with pytest.raises(NotFoundError):
        project.get_analysis("a/../b").get_definition()  # one percent-encoded segment, no such analysis
    with pytest.raises(InvalidIdentifierError):
        project.get_analysis("..").get_definition()  # refused before any call
    with pytest.raises(NotFoundError, match="nothing"):
        project.create_analysis("nothing")
    with pytest.raises(NotFoundError):
        project.create_analysis("OTHER.customers")
    assert project.list_analyses() == []

    analysis = project.create_analysis("customers")
    for field, value in (("id", "other"), ("projectKey", "Q"), ("inputDatasetSmartName", "orders")):
        definition = analysis.get_definition()
        definition.get_raw()[field] = value  # type: ignore[literal-required]
        with pytest.raises(BadRequestError, match=field):
            definition.save()
    # The same id in another project names nothing.
    other = project.client.create_project("Q", "Q", "admin")
    with pytest.raises(NotFoundError):
        other.get_analysis(analysis.analysis_id).get_definition()


def test_readers_read_analyses_and_may_not_change_them(
    project: DSSProject, reader_client: DSSClient, dss_emulator: Any
) -> None:
    analysis = project.create_analysis("customers")
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.list_analyses()
    reads_for_readers(dss_emulator)
    assert [a["analysisId"] for a in theirs.list_analyses()] == [analysis.analysis_id]
    definition = theirs.get_analysis(analysis.analysis_id).get_definition()
    definition.get_raw()["name"] = "mine"
    with pytest.raises(PermissionDeniedError):
        definition.save()
    with pytest.raises(PermissionDeniedError):
        theirs.get_analysis(analysis.analysis_id).delete()
    with pytest.raises(PermissionDeniedError):
        theirs.create_analysis("customers")
    assert (analysis.get_definition()).get_raw().get("name") == "Analyze customers"
    assert len(project.list_analyses()) == 1


def test_a_dataset_lists_creates_and_deletes_its_own_analyses(project: DSSProject) -> None:
    customers = project.get_dataset("customers")
    orders = upload_csv(project, "orders", b"id,total\n1,10\n")
    mine = customers.create_analysis()
    theirs = orders.create_analysis()
    listed = customers.list_analyses()
    assert [(a["analysisId"], a.get("inputDataset")) for a in listed] == [(mine.analysis_id, "customers")]
    handles = customers.list_analyses(as_type="objects")
    assert [(type(h), h.analysis_id) for h in handles] == [(DSSAnalysis, mine.analysis_id)]
    with pytest.raises(ValueError, match="as_type"):
        customers.list_analyses(as_type="dicts")  # type: ignore[call-overload]
    customers.delete_analyses()
    assert [a["analysisId"] for a in project.list_analyses()] == [theirs.analysis_id]
    assert customers.list_analyses() == []


# -- ML tasks of an analysis (the ML tasks' model and engine, models/ml_tasks.py) ---------------------


def churn_csv(n: int = 200) -> bytes:
    """Customers who churn when young on the basic plan or poor: a target the engine learns."""
    rng = random.Random(11)
    lines = ["age,income,plan,country,churned"]
    for _ in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan, country = rng.choice(["basic", "pro", "max"]), rng.choice(["FR", "US", "DE"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{country},{churned}")
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def churn(project: DSSProject) -> DSSProject:
    pytest.importorskip("sklearn")
    upload_csv(project, "churn", churn_csv())
    return project


def test_ml_tasks_created_in_an_analysis_belong_to_it(churn: DSSProject, dss_emulator: Any) -> None:
    analysis = churn.create_analysis("churn")
    task = analysis.create_prediction_ml_task("churned")
    assert isinstance(task, DSSMLTask)
    assert (task.project_key, task.analysis_id) == ("P", analysis.analysis_id)
    assert sent_bodies(dss_emulator, "createAnalysisMLTask") == [
        {"taskType": "PREDICTION", "targetVariable": "churned", "backendType": "PY_MEMORY", "guessPolicy": "DEFAULT"}
    ]
    clustering = analysis.create_clustering_ml_task(wait_guess_complete=False)
    clustering.wait_guess_complete()
    raw = (task.get_settings()).get_raw()
    assert (raw["predictionType"], raw["targetVariable"]) == ("BINARY_CLASSIFICATION", "churned")

    listed = (analysis.list_ml_tasks())["mlTasks"]
    assert sorted(t["mlTaskId"] for t in listed) == sorted([task.mltask_id, clustering.mltask_id])
    assert all(t.get("analysisId") == analysis.analysis_id for t in listed)
    in_project = (churn.list_ml_tasks())["mlTasks"]
    assert {(t["analysisId"], t["mlTaskId"]) for t in in_project} == {
        (analysis.analysis_id, task.mltask_id),
        (analysis.analysis_id, clustering.mltask_id),
    }
    handle = analysis.get_ml_task(task.mltask_id)
    assert (handle.analysis_id, handle.mltask_id) == (analysis.analysis_id, task.mltask_id)
    assert (handle.get_status())["guessing"] is False
    [summary] = [a for a in churn.list_analyses() if a["analysisId"] == analysis.analysis_id]
    assert summary.get("nbMLTasks") == 2

    # The task trains on the analysis' dataset, as any task does.
    ids = task.train()
    assert ids and all(i.startswith(f"A-P-{analysis.analysis_id}-{task.mltask_id}-s1-") for i in ids)


def test_every_kind_of_task_is_created_in_the_analysis(churn: DSSProject, dss_emulator: Any) -> None:
    analysis = churn.create_analysis("churn")
    regression = analysis.create_prediction_ml_task("income", prediction_type="REGRESSION")
    assert (regression.get_settings()).get_raw()["predictionType"] == "REGRESSION"
    analysis.create_timeseries_forecasting_ml_task("income", "age", timeseries_identifiers=["country"])
    analysis.create_multi_target_prediction_ml_task(["income", "age"])
    analysis.create_causal_prediction_ml_task("churned", "plan", wait_guess_complete=False)
    bodies = sent_bodies(dss_emulator, "createAnalysisMLTask")
    assert [b.get("predictionType") for b in bodies] == [
        "REGRESSION",
        "TIMESERIES_FORECAST",
        "MULTI_TARGET_REGRESSION",
        None,
    ]
    assert bodies[1]["timeseriesIdentifiers"] == ["country"] and bodies[2]["targetVariables"] == ["income", "age"]
    assert (bodies[3]["treatmentVariable"], bodies[3]["guessPolicy"]) == ("plan", "CAUSAL_PREDICTION")
    assert len((analysis.list_ml_tasks())["mlTasks"]) == 4


def test_the_analysis_of_a_task_created_on_the_project_is_an_analysis(churn: DSSProject) -> None:
    task = churn.create_prediction_ml_task("churn", "churned")
    listed = churn.list_analyses()
    assert [(a["analysisId"], a.get("inputDataset")) for a in listed] == [(task.analysis_id, "churn")]
    analysis = churn.get_analysis(task.analysis_id)
    assert (analysis.get_definition()).get_raw().get("inputDatasetSmartName") == "churn"
    assert [t["mlTaskId"] for t in (analysis.list_ml_tasks())["mlTasks"]] == [task.mltask_id]
    # A new analysis never takes the id of the tasks' own.
    other = churn.create_analysis("churn")
    assert other.analysis_id != task.analysis_id
    assert [t["mlTaskId"] for t in (other.list_ml_tasks())["mlTasks"]] == []


def test_deleting_an_analysis_deletes_its_ml_tasks(churn: DSSProject) -> None:
    analysis = churn.create_analysis("churn")
    task = analysis.create_prediction_ml_task("churned")
    kept = churn.create_prediction_ml_task("churn", "churned")
    analysis.delete()
    assert [(t["analysisId"], t["mlTaskId"]) for t in (churn.list_ml_tasks())["mlTasks"]] == [
        (kept.analysis_id, kept.mltask_id)
    ]
    with pytest.raises(NotFoundError):
        task.get_status()
    assert [a["analysisId"] for a in churn.list_analyses()] == [kept.analysis_id]


def test_the_script_prepares_the_rows_the_settings_are_guessed_from(churn: DSSProject) -> None:
    analysis = churn.create_analysis("churn")
    definition = analysis.get_definition()
    definition.add_step(
        FilterOnValueStepBuilder("french")
        .with_single_column_selection("country")
        .with_values("FR")
        .with_action("FLAG")
        .with_flag_column("is_french")
    )
    definition.save()
    task = analysis.create_prediction_ml_task("churned")
    features = (task.get_settings()).get_raw()["preprocessing"]["per_feature"]
    assert "is_french" in features  # the column the script adds is a feature
    # A processor the emulator does not run is refused, not skipped.
    definition.add_step(DSSFormulaStepBuilder().with_output_column("double").with_expression("income * 2"))
    definition.save()
    with pytest.raises(BadRequestError, match="CreateColumnWithGREL"):
        analysis.create_prediction_ml_task("churned")


def test_ml_task_refusals_in_analyses(churn: DSSProject, reader_client: DSSClient, dss_emulator: Any) -> None:
    with pytest.raises(NotFoundError):
        churn.get_analysis("missing").create_prediction_ml_task("churned")
    with pytest.raises(NotFoundError):
        churn.get_analysis("missing").list_ml_tasks()
    analysis = churn.create_analysis("churn")
    with pytest.raises(BadRequestError, match="nothing"):
        analysis.create_prediction_ml_task("nothing")
    reads_for_readers(dss_emulator)
    theirs = reader_client.get_project("P").get_analysis(analysis.analysis_id)
    with pytest.raises(PermissionDeniedError):
        theirs.create_prediction_ml_task("churned")
    assert (theirs.list_ml_tasks())["mlTasks"] == []


def test_a_task_of_an_analysis_trains_on_the_rows_its_script_prepares(churn: DSSProject) -> None:
    analysis = churn.create_analysis("churn")
    definition = analysis.get_definition()
    flag = FilterOnValueStepBuilder().with_single_column_selection("country").with_values("FR")
    definition.add_step(flag.with_action("FLAG").with_flag_column("is_french"))
    definition.save()
    task = analysis.create_prediction_ml_task("churned")
    ids = task.train()
    snippets = task.get_trained_model_snippet(ids=ids)
    assert all(s["trainInfo"].get("state") != "FAILED" for s in snippets.values())


def test_an_analysis_of_a_dataset_of_another_project(
    client: DSSClient, project: DSSProject, reader_client: DSSClient, dss_emulator: Any
) -> None:
    source = client.create_project("Q", "Q", "admin")
    upload_csv(source, "orders", b"id,total\n1,10\n")
    # The administrator may read Q's content: the dataset needs no exposure.
    analysis = project.create_analysis("Q.orders")
    assert [(a["analysisId"], a.get("inputDataset")) for a in project.list_analyses()] == [
        (analysis.analysis_id, "Q.orders")
    ]
    assert (analysis.get_definition()).get_raw().get("name") == "Analyze orders"
    with pytest.raises(NotFoundError):
        project.create_analysis("Q.missing")
    with pytest.raises(NotFoundError):
        project.create_analysis("NOWHERE.orders")
    # The emulator trains on the project's own datasets only: refused rather than pretended.
    with pytest.raises(BadRequestError, match="Q.orders"):
        analysis.create_clustering_ml_task()

    # A writer of P who may not read Q needs the dataset exposed to P.
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "writeProjectContent": True}]
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError, match="not exposed"):
        theirs.create_analysis("Q.orders")
    settings = source.get_settings()
    settings.add_exposed_object("DATASET", "orders", "P")
    settings.save()
    exposed = theirs.create_analysis("Q.orders")
    assert exposed.analysis_id != analysis.analysis_id
