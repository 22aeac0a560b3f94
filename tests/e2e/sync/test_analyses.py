# Derived from tests/e2e/aio/test_analyses.py by scripts/unasync.py: do not edit.
"""Visual analyses, end to end: creation on a dataset, the definition's exact round trip, the step
builders, the script's sampling, deletion, refusals and rights."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
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
from dssclient.dss.project import DSSProject
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
