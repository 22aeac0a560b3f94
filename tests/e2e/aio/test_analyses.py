"""Visual analyses, end to end: creation on a dataset, the definition's exact round trip, the step
builders, the script's sampling, deletion, refusals and rights; the ML tasks an analysis holds."""

from __future__ import annotations

import copy
import random
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, InvalidIdentifierError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.analysis import (
    AppliesToStepBuilder,
    AsyncDSSAnalysis,
    AsyncDSSAnalysisDefinition,
    DSSAnalysisStepBuilder,
    DSSFormulaStepBuilder,
    FilterAndFlagStepBuilder,
    FilterOnBadTypeStepBuilder,
    FilterOnValueStepBuilder,
    RemoveRowsStepBuilder,
)
from dssclient.aio.dss.ml import AsyncDSSMLTask
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.dss.utils import DSSDatasetSelectionBuilder
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "P", "admin")
    await upload_csv(project)
    return project


def reads_for_readers(dss_emulator: Any) -> None:
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]


class Selection:
    """A selection builder as DSSDatasetSelectionBuilder is one: ``build()`` gives the selection dict."""

    def __init__(self, selection: dict[str, Any]) -> None:
        self.selection = selection

    def build(self) -> dict[str, Any]:
        return self.selection


async def test_analyses_are_created_on_a_dataset_listed_and_deleted(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    analysis = await project.create_analysis("customers")
    assert isinstance(analysis, AsyncDSSAnalysis)
    assert (analysis.project_key, bool(analysis.analysis_id)) == ("P", True)
    assert sent_bodies(dss_emulator, "createAnalysis") == [{"inputDataset": "customers"}]
    second = await project.create_analysis("customers")
    assert second.analysis_id != analysis.analysis_id

    listed = await project.list_analyses()
    expected = [(a.analysis_id, "Analyze customers", "customers") for a in (analysis, second)]
    assert sorted((a["analysisId"], a.get("analysisName"), a.get("inputDataset")) for a in listed) == sorted(expected)
    definition = await project.get_analysis(analysis.analysis_id).get_definition()
    raw = definition.get_raw()
    assert (raw.get("id"), raw.get("projectKey"), raw.get("inputDatasetSmartName")) == (
        analysis.analysis_id,
        "P",
        "customers",
    )
    assert definition.get_raw_script_steps() == []

    await analysis.delete()
    assert [a["analysisId"] for a in await project.list_analyses()] == [second.analysis_id]
    with pytest.raises(NotFoundError):
        await analysis.get_definition()
    await second.delete(drop_data=True)
    assert await project.list_analyses() == []


async def test_the_definition_round_trips_exactly(project: AsyncDSSProject) -> None:
    analysis = await project.create_analysis("customers")
    definition = await analysis.get_definition()
    assert isinstance(definition, AsyncDSSAnalysisDefinition)
    assert definition.get_raw() is definition.acp and definition.analysis is analysis
    raw = definition.get_raw()
    raw["name"] = "Churn study"
    raw["custom"] = {"kept": [None, 1, {"deep": "yes"}]}
    raw["tags"] = ["ml"]
    definition.get_raw_script()["previewMode"] = "SAMPLE"
    expected = copy.deepcopy(raw)
    await definition.save()
    assert (await analysis.get_definition()).get_raw() == expected
    assert [a.get("analysisName") for a in await project.list_analyses()] == ["Churn study"]

    # set_definition takes the raw dict too, and answers the saved definition.
    expected["description"] = "Why customers leave"
    answer = await analysis.set_definition(copy.deepcopy(expected))
    assert answer == expected
    assert (await analysis.get_definition()).get_raw() == expected
    with pytest.raises(TypeError, match="DSSAnalysisDefinition or a dict"):
        await analysis.set_definition(["not", "a", "definition"])  # type: ignore[arg-type]


async def test_step_builders_build_dss_steps_which_the_script_keeps(project: AsyncDSSProject) -> None:
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

    analysis = await project.create_analysis("customers")
    definition = await analysis.get_definition()
    raw_step = {"metaType": "PROCESSOR", "type": "ColumnsSelector", "params": {"columns": ["id"], "keep": False}}
    for step in (formula, on_value, bad_type, remove, raw_step):
        definition.add_step(step)
    with pytest.raises(TypeError, match="DSSAnalysisStepBuilder or a dict"):
        definition.add_step("RemoveRowsOnEmpty")  # type: ignore[arg-type]
    await definition.save()
    saved = (await analysis.get_definition()).get_raw_script_steps()
    # DSS drops null properties from its answers: the unnamed step comes back without its "name".
    unnamed = {key: value for key, value in on_value.build().items() if key != "name"}
    assert saved == [formula.build(), unnamed, bad_type.build(), remove.build(), raw_step]


async def test_the_script_sampling_is_set_from_a_builder_or_a_dict(project: AsyncDSSProject) -> None:
    analysis = await project.create_analysis("customers")
    definition = await analysis.get_definition()
    definition.set_script_sampling_selection(Selection({"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 3}))
    await definition.save()
    sampling = (await analysis.get_definition()).get_raw_script_sampling()
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
    await definition.save()
    sampling = (await analysis.get_definition()).get_raw_script_sampling()
    assert sampling.get("selection") == {"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 5}

    definition = await analysis.get_definition()
    definition.set_script_sampling_selection({"samplingMethod": "FULL"})
    await definition.save()
    assert (await analysis.get_definition()).get_raw_script_sampling().get("selection") == {"samplingMethod": "FULL"}
    with pytest.raises(TypeError, match="DSSDatasetSelectionBuilder or a dict"):
        definition.set_script_sampling_selection(42)  # type: ignore[arg-type]


async def test_a_definition_without_script_gets_an_empty_one(project: AsyncDSSProject) -> None:
    analysis = await project.create_analysis("customers")
    definition = await analysis.get_definition()
    del definition.get_raw()["script"]
    assert definition.get_raw_script() == {"steps": []}
    definition.get_raw()["script"] = None
    assert definition.get_raw_script_steps() == []
    assert definition.get_raw_script_sampling() == {}
    assert definition.get_raw()["script"] == {"steps": [], "explorationSampling": {}}
    definition.add_step(RemoveRowsStepBuilder().with_single_column_selection("amount"))
    await definition.save()
    steps = (await analysis.get_definition()).get_raw_script_steps()
    assert [s.get("type") for s in steps] == ["RemoveRowsOnEmpty"]


async def test_unknown_analyses_datasets_and_changes_of_identity_are_refused(project: AsyncDSSProject) -> None:
    missing = project.get_analysis("missing")
    with pytest.raises(NotFoundError, match="missing"):
        await missing.get_definition()
    with pytest.raises(NotFoundError):
        await missing.set_definition({"name": "x"})
    with pytest.raises(NotFoundError):
        await missing.delete()
    with pytest.raises(NotFoundError):
        await missing.list_ml_tasks()
    with pytest.raises(NotFoundError):
        await project.get_analysis("a/../b").get_definition()  # one percent-encoded segment, no such analysis
    with pytest.raises(InvalidIdentifierError):
        await project.get_analysis("..").get_definition()  # refused before any call
    with pytest.raises(NotFoundError, match="nothing"):
        await project.create_analysis("nothing")
    with pytest.raises(NotFoundError):
        await project.create_analysis("OTHER.customers")
    assert await project.list_analyses() == []

    analysis = await project.create_analysis("customers")
    for field, value in (("id", "other"), ("projectKey", "Q"), ("inputDatasetSmartName", "orders")):
        definition = await analysis.get_definition()
        definition.get_raw()[field] = value  # type: ignore[literal-required]
        with pytest.raises(BadRequestError, match=field):
            await definition.save()
    # The same id in another project names nothing.
    other = await project.client.create_project("Q", "Q", "admin")
    with pytest.raises(NotFoundError):
        await other.get_analysis(analysis.analysis_id).get_definition()


async def test_readers_read_analyses_and_may_not_change_them(
    project: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    analysis = await project.create_analysis("customers")
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        await theirs.list_analyses()
    reads_for_readers(dss_emulator)
    assert [a["analysisId"] for a in await theirs.list_analyses()] == [analysis.analysis_id]
    definition = await theirs.get_analysis(analysis.analysis_id).get_definition()
    definition.get_raw()["name"] = "mine"
    with pytest.raises(PermissionDeniedError):
        await definition.save()
    with pytest.raises(PermissionDeniedError):
        await theirs.get_analysis(analysis.analysis_id).delete()
    with pytest.raises(PermissionDeniedError):
        await theirs.create_analysis("customers")
    assert (await analysis.get_definition()).get_raw().get("name") == "Analyze customers"
    assert len(await project.list_analyses()) == 1


async def test_a_dataset_lists_creates_and_deletes_its_own_analyses(project: AsyncDSSProject) -> None:
    customers = project.get_dataset("customers")
    orders = await upload_csv(project, "orders", b"id,total\n1,10\n")
    mine = await customers.create_analysis()
    theirs = await orders.create_analysis()
    listed = await customers.list_analyses()
    assert [(a["analysisId"], a.get("inputDataset")) for a in listed] == [(mine.analysis_id, "customers")]
    handles = await customers.list_analyses(as_type="objects")
    assert [(type(h), h.analysis_id) for h in handles] == [(AsyncDSSAnalysis, mine.analysis_id)]
    with pytest.raises(ValueError, match="as_type"):
        await customers.list_analyses(as_type="dicts")  # type: ignore[call-overload]
    await customers.delete_analyses()
    assert [a["analysisId"] for a in await project.list_analyses()] == [theirs.analysis_id]
    assert await customers.list_analyses() == []


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
async def churn(project: AsyncDSSProject) -> AsyncDSSProject:
    pytest.importorskip("sklearn")
    await upload_csv(project, "churn", churn_csv())
    return project


async def test_ml_tasks_created_in_an_analysis_belong_to_it(churn: AsyncDSSProject, dss_emulator: Any) -> None:
    analysis = await churn.create_analysis("churn")
    task = await analysis.create_prediction_ml_task("churned")
    assert isinstance(task, AsyncDSSMLTask)
    assert (task.project_key, task.analysis_id) == ("P", analysis.analysis_id)
    assert sent_bodies(dss_emulator, "createAnalysisMLTask") == [
        {"taskType": "PREDICTION", "targetVariable": "churned", "backendType": "PY_MEMORY", "guessPolicy": "DEFAULT"}
    ]
    clustering = await analysis.create_clustering_ml_task(wait_guess_complete=False)
    await clustering.wait_guess_complete()
    raw = (await task.get_settings()).get_raw()
    assert (raw["predictionType"], raw["targetVariable"]) == ("BINARY_CLASSIFICATION", "churned")

    listed = (await analysis.list_ml_tasks())["mlTasks"]
    assert sorted(t["mlTaskId"] for t in listed) == sorted([task.mltask_id, clustering.mltask_id])
    assert all(t.get("analysisId") == analysis.analysis_id for t in listed)
    in_project = (await churn.list_ml_tasks())["mlTasks"]
    assert {(t["analysisId"], t["mlTaskId"]) for t in in_project} == {
        (analysis.analysis_id, task.mltask_id),
        (analysis.analysis_id, clustering.mltask_id),
    }
    handle = analysis.get_ml_task(task.mltask_id)
    assert (handle.analysis_id, handle.mltask_id) == (analysis.analysis_id, task.mltask_id)
    assert (await handle.get_status())["guessing"] is False
    [summary] = [a for a in await churn.list_analyses() if a["analysisId"] == analysis.analysis_id]
    assert summary.get("nbMLTasks") == 2

    # The task trains on the analysis' dataset, as any task does.
    ids = await task.train()
    assert ids and all(i.startswith(f"A-P-{analysis.analysis_id}-{task.mltask_id}-s1-") for i in ids)


async def test_every_kind_of_task_is_created_in_the_analysis(churn: AsyncDSSProject, dss_emulator: Any) -> None:
    analysis = await churn.create_analysis("churn")
    regression = await analysis.create_prediction_ml_task("income", prediction_type="REGRESSION")
    assert (await regression.get_settings()).get_raw()["predictionType"] == "REGRESSION"
    await analysis.create_timeseries_forecasting_ml_task("income", "age", timeseries_identifiers=["country"])
    await analysis.create_multi_target_prediction_ml_task(["income", "age"])
    await analysis.create_causal_prediction_ml_task("churned", "plan", wait_guess_complete=False)
    bodies = sent_bodies(dss_emulator, "createAnalysisMLTask")
    assert [b.get("predictionType") for b in bodies] == [
        "REGRESSION",
        "TIMESERIES_FORECAST",
        "MULTI_TARGET_REGRESSION",
        None,
    ]
    assert bodies[1]["timeseriesIdentifiers"] == ["country"] and bodies[2]["targetVariables"] == ["income", "age"]
    assert (bodies[3]["treatmentVariable"], bodies[3]["guessPolicy"]) == ("plan", "CAUSAL_PREDICTION")
    assert len((await analysis.list_ml_tasks())["mlTasks"]) == 4


async def test_the_analysis_of_a_task_created_on_the_project_is_an_analysis(churn: AsyncDSSProject) -> None:
    task = await churn.create_prediction_ml_task("churn", "churned")
    listed = await churn.list_analyses()
    assert [(a["analysisId"], a.get("inputDataset")) for a in listed] == [(task.analysis_id, "churn")]
    analysis = churn.get_analysis(task.analysis_id)
    assert (await analysis.get_definition()).get_raw().get("inputDatasetSmartName") == "churn"
    assert [t["mlTaskId"] for t in (await analysis.list_ml_tasks())["mlTasks"]] == [task.mltask_id]
    # A new analysis never takes the id of the tasks' own.
    other = await churn.create_analysis("churn")
    assert other.analysis_id != task.analysis_id
    assert [t["mlTaskId"] for t in (await other.list_ml_tasks())["mlTasks"]] == []


async def test_deleting_an_analysis_deletes_its_ml_tasks(churn: AsyncDSSProject) -> None:
    analysis = await churn.create_analysis("churn")
    task = await analysis.create_prediction_ml_task("churned")
    kept = await churn.create_prediction_ml_task("churn", "churned")
    await analysis.delete()
    assert [(t["analysisId"], t["mlTaskId"]) for t in (await churn.list_ml_tasks())["mlTasks"]] == [
        (kept.analysis_id, kept.mltask_id)
    ]
    with pytest.raises(NotFoundError):
        await task.get_status()
    assert [a["analysisId"] for a in await churn.list_analyses()] == [kept.analysis_id]


async def test_the_script_prepares_the_rows_the_settings_are_guessed_from(churn: AsyncDSSProject) -> None:
    analysis = await churn.create_analysis("churn")
    definition = await analysis.get_definition()
    definition.add_step(
        FilterOnValueStepBuilder("french")
        .with_single_column_selection("country")
        .with_values("FR")
        .with_action("FLAG")
        .with_flag_column("is_french")
    )
    await definition.save()
    task = await analysis.create_prediction_ml_task("churned")
    features = (await task.get_settings()).get_raw()["preprocessing"]["per_feature"]
    assert "is_french" in features  # the column the script adds is a feature
    # A processor the emulator does not run is refused, not skipped.
    definition.add_step(DSSFormulaStepBuilder().with_output_column("double").with_expression("income * 2"))
    await definition.save()
    with pytest.raises(BadRequestError, match="CreateColumnWithGREL"):
        await analysis.create_prediction_ml_task("churned")


async def test_ml_task_refusals_in_analyses(
    churn: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    with pytest.raises(NotFoundError):
        await churn.get_analysis("missing").create_prediction_ml_task("churned")
    with pytest.raises(NotFoundError):
        await churn.get_analysis("missing").list_ml_tasks()
    analysis = await churn.create_analysis("churn")
    with pytest.raises(BadRequestError, match="nothing"):
        await analysis.create_prediction_ml_task("nothing")
    reads_for_readers(dss_emulator)
    theirs = reader_client.get_project("P").get_analysis(analysis.analysis_id)
    with pytest.raises(PermissionDeniedError):
        await theirs.create_prediction_ml_task("churned")
    assert (await theirs.list_ml_tasks())["mlTasks"] == []


async def test_a_task_of_an_analysis_trains_on_the_rows_its_script_prepares(churn: AsyncDSSProject) -> None:
    analysis = await churn.create_analysis("churn")
    definition = await analysis.get_definition()
    flag = FilterOnValueStepBuilder().with_single_column_selection("country").with_values("FR")
    definition.add_step(flag.with_action("FLAG").with_flag_column("is_french"))
    await definition.save()
    task = await analysis.create_prediction_ml_task("churned")
    ids = await task.train()
    snippets = await task.get_trained_model_snippet(ids=ids)
    assert all(s["trainInfo"].get("state") != "FAILED" for s in snippets.values())


async def test_an_analysis_of_a_dataset_of_another_project(
    client: AsyncDSSClient, project: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    source = await client.create_project("Q", "Q", "admin")
    await upload_csv(source, "orders", b"id,total\n1,10\n")
    # The administrator may read Q's content: the dataset needs no exposure.
    analysis = await project.create_analysis("Q.orders")
    assert [(a["analysisId"], a.get("inputDataset")) for a in await project.list_analyses()] == [
        (analysis.analysis_id, "Q.orders")
    ]
    assert (await analysis.get_definition()).get_raw().get("name") == "Analyze orders"
    with pytest.raises(NotFoundError):
        await project.create_analysis("Q.missing")
    with pytest.raises(NotFoundError):
        await project.create_analysis("NOWHERE.orders")
    # The emulator trains on the project's own datasets only: refused rather than pretended.
    with pytest.raises(BadRequestError, match="Q.orders"):
        await analysis.create_clustering_ml_task()

    # A writer of P who may not read Q needs the dataset exposed to P.
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "writeProjectContent": True}]
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError, match="not exposed"):
        await theirs.create_analysis("Q.orders")
    settings = await source.get_settings()
    settings.add_exposed_object("DATASET", "orders", "P")
    await settings.save()
    exposed = await theirs.create_analysis("Q.orders")
    assert exposed.analysis_id != analysis.analysis_id
