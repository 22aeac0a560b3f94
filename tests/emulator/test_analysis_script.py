"""An analysis' script run on rows (models/analyses.prepared): the steps its builders make, as the
prepare recipes' engine runs them, and the processors it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient.dss.analysis import (
    DSSFormulaStepBuilder,
    FilterOnBadTypeStepBuilder,
    FilterOnValueStepBuilder,
    RemoveRowsStepBuilder,
)
from dssclient.emulator.config import EmulatorConfig
from dssclient.emulator.errors import DSSError
from dssclient.emulator.models.analyses import Analyses, Analysis, prepared, task_rows
from dssclient.emulator.state import DSSState

COLUMNS = [{"name": name, "type": "string"} for name in ("name", "country", "amount")]
ROWS = [["ann", "FR", "10"], ["bob", "US", "x"], ["cid", "fr", ""], ["dan", "DE", "2.5"]]


def run(*steps: Any) -> tuple[list[str], list[list[str]]]:
    analysis = Analysis("P", {"id": "A", "inputDatasetSmartName": "d", "script": {"steps": [*steps]}})
    schema, rows = prepared(analysis, COLUMNS, iter(ROWS))
    return [c["name"] for c in schema], list(rows)


def test_no_script_leaves_the_rows_as_they_are() -> None:
    assert run() == (["name", "country", "amount"], ROWS)


def test_remove_rows_on_empty() -> None:
    step = RemoveRowsStepBuilder().with_single_column_selection("amount").build()
    assert run(step)[1] == [ROWS[0], ROWS[1], ROWS[3]]
    keep_empty = RemoveRowsStepBuilder().with_single_column_selection("amount").with_meaning(True).build()
    assert run(keep_empty)[1] == [ROWS[2]]


def test_flag_on_value_keeps_removes_clears_and_flags() -> None:
    def on_country(action: str) -> FilterOnValueStepBuilder:
        return FilterOnValueStepBuilder().with_single_column_selection("country").with_values("FR").with_action(action)

    assert run(on_country("KEEP_ROW").build())[1] == [ROWS[0]]
    assert run(on_country("REMOVE_ROW").build())[1] == ROWS[1:]
    lowercase = on_country("KEEP_ROW").with_normalization_mode("LOWERCASE").build()
    assert run(lowercase)[1] == [ROWS[0], ROWS[2]]
    assert run(on_country("CLEAR_CELL").build())[1][0] == ["ann", "", "10"]
    assert run(on_country("DONTCLEAR_CELL").build())[1][1] == ["bob", "", "x"]
    names, rows = run(on_country("FLAG").with_flag_column("is_fr").build())
    assert names == ["name", "country", "amount", "is_fr"]
    assert [row[-1] for row in rows] == ["1", "", "", ""]
    # Several columns: AND needs every one to match, OR any.
    both = FilterOnValueStepBuilder().with_multiple_column_selection("country", "name").with_values("FR", "ann")
    assert run(both.with_action("KEEP_ROW").build())[1] == [ROWS[0]]
    assert run(both.with_boolean_mode("OR").with_values("FR", "bob").build())[1] == [ROWS[0], ROWS[1]]
    substring = FilterOnValueStepBuilder().with_single_column_selection("name").with_values("n")
    assert run(substring.with_matching_mode("SUBSTRING").with_action("KEEP_ROW").build())[1] == [ROWS[0], ROWS[3]]


def test_filter_on_bad_type_matches_invalid_cells_only() -> None:
    step = FilterOnBadTypeStepBuilder().with_single_column_selection("amount").with_meaning("Double")
    assert run(step.build())[1] == [ROWS[0], ROWS[2], ROWS[3]]  # "x" removed, the empty cell kept
    assert run(step.with_action("CLEAR_CELL").build())[1][1] == ["bob", "US", ""]


@pytest.mark.parametrize(
    ("step", "refusal"),
    [
        (DSSFormulaStepBuilder().with_output_column("c").with_expression("1").build(), "CreateColumnWithGREL"),
        (FilterOnBadTypeStepBuilder().with_single_column_selection("amount").with_meaning("Date").build(), "Date"),
        (
            FilterOnValueStepBuilder("p").with_single_column_selection("name").with_matching_mode("PATTERN").build(),
            "PATTERN",
        ),
        (FilterOnValueStepBuilder().with_single_column_selection("nothing").with_values("a").build(), "nothing"),
        (FilterOnValueStepBuilder().with_single_column_selection("name").with_action("FLAG").build(), "flagColumn"),
    ],
)
def test_what_the_engine_does_not_run_is_refused(step: dict[str, Any], refusal: str) -> None:
    with pytest.raises(DSSError, match=refusal) as caught:
        run(step)
    assert caught.value.status == 400


def test_disabled_steps_are_skipped() -> None:
    step = {**DSSFormulaStepBuilder().with_output_column("c").build(), "disabled": True}
    assert run(step)[1] == ROWS


def test_task_rows_run_the_script_of_the_analysis_only_when_it_has_steps() -> None:
    state = DSSState(EmulatorConfig(admin_api_key="key"))
    project = state.create_project("P", "P", "admin")
    analyses = state.extension(Analyses)
    analysis = analyses.create(project, "d", "admin")
    names, rows = task_rows(state, "P", analysis.id, COLUMNS, iter(ROWS))
    assert (names, list(rows)) == (["name", "country", "amount"], ROWS)
    names, rows = task_rows(state, "P", "unknown", COLUMNS, iter(ROWS))
    assert (names, list(rows)) == (["name", "country", "amount"], ROWS)
    flag = FilterOnValueStepBuilder().with_single_column_selection("country").with_values("FR")
    analysis.definition["script"]["steps"].append(flag.with_action("FLAG").with_flag_column("is_fr").build())
    names, rows = task_rows(state, "P", analysis.id, COLUMNS, iter(ROWS))
    assert (names, [row[-1] for row in rows]) == (["name", "country", "amount", "is_fr"], ["1", "", "", ""])
