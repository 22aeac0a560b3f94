"""Statistics worksheets of datasets; their cards and computations, run on the dataset's rows as long tasks.

Reading worksheets and running cards or computations on them take the right to read the
project's content (running reads the dataset's rows, as downloading them does); creating,
saving and deleting worksheets, the right to write it. What the emulator computes, and how, is
in ``models/statistics.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..automation.access import READ, WRITE, project_for
from ..automation.store import column_names, data_store, open_source
from ..context import RequestContext
from ..errors import bad_request
from ..futures import TaskControl
from ..models import statistics as st
from ._common import existing_dataset
from ._registry import handles

# A short computation is usually over when its answer is written; then the answer carries its result.
_QUICK_TASK_SECONDS = 2.0
# The most rows a computation reads (the emulator holds them in memory).
MAX_ROWS = 1_000_000


def _model(ctx: RequestContext) -> st.StatisticsModel:
    return ctx.services.state.extension(st.StatisticsModel)


def _dataset_name(ctx: RequestContext, right: str) -> tuple[str, str]:
    """The project key and dataset name of the path, if the caller holds ``right``. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], right)
    dataset = existing_dataset(project, ctx.path["datasetName"])
    _model(ctx).bind(project.key, ctx.path["datasetName"], dataset)
    return project.key, ctx.path["datasetName"]


@handles("listStatisticsWorksheets")
def list_statistics_worksheets(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return _model(ctx).list(*_dataset_name(ctx, READ))


@handles("createStatisticsWorksheet")
def create_statistics_worksheet(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key, dataset_name = _dataset_name(ctx, WRITE)
        return _model(ctx).create(project_key, dataset_name, ctx.body_fields)


@handles("getStatisticsWorksheet")
def get_statistics_worksheet(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key, dataset_name = _dataset_name(ctx, READ)
        return copy.deepcopy(_model(ctx).get(project_key, dataset_name, ctx.path["worksheetId"]))


@handles("saveStatisticsWorksheet")
def save_statistics_worksheet(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key, dataset_name = _dataset_name(ctx, WRITE)
        # As sent, nulls included, so that the definition round-trips.
        return _model(ctx).save(project_key, dataset_name, ctx.path["worksheetId"], ctx.body)


@handles("deleteStatisticsWorksheet")
def delete_statistics_worksheet(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project_key, dataset_name = _dataset_name(ctx, WRITE)
        _model(ctx).delete(project_key, dataset_name, ctx.path["worksheetId"])


@handles("compileStatisticsCard")
def compile_statistics_card(ctx: RequestContext) -> dict[str, Any]:
    return st.compile_card(st.checked_card(ctx.body_fields))


@handles("runStatisticsCard")
def run_statistics_card(ctx: RequestContext) -> dict[str, Any]:
    card = st.checked_card(copy.deepcopy(ctx.body_fields))
    return _run(ctx, f"Compute card {card.get('type')}", lambda rows: st.card_result(card, rows))


@handles("runStatisticsComputation")
def run_statistics_computation(ctx: RequestContext) -> dict[str, Any]:
    computation = copy.deepcopy(ctx.body_fields)
    return _run(ctx, f"Run computation {computation.get('type')}", lambda rows: st.run_computation(computation, rows))


def _run(ctx: RequestContext, what: str, compute: Callable[[st.Rows], dict[str, Any]]) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    store = data_store(services)
    with state.lock:
        project_key, dataset_name = _dataset_name(ctx, READ)
        worksheet = copy.deepcopy(_model(ctx).get(project_key, dataset_name, ctx.path["worksheetId"]))
        sampling = st.sampling_of(worksheet)
        definition = copy.deepcopy(state.projects[project_key].datasets[dataset_name].definition)
    # On no rows first: an unknown type, a missing argument or a column not in the schema is
    # refused before the task starts.
    compute(st.Rows(column_names(definition)))

    def work(control: TaskControl) -> Any:
        with state.lock:
            source = open_source(store, project_key, definition, sampling.partitions)
        names = column_names(definition)
        rows = st.Rows(names)
        try:
            for values in source.rows():
                if sampling.max_records is not None and len(rows) >= sampling.max_records:
                    break
                if len(rows) >= MAX_ROWS:
                    raise bad_request(
                        f"The emulator computes statistics on at most {MAX_ROWS} rows: sample the dataset"
                    )
                rows.append(dict(zip(names, values, strict=False)))
                if len(rows) % 10_000 == 0:
                    control.check_abort()
        finally:
            source.close()
        return compute(rows)

    payload = {"projectKey": project_key, "datasetName": dataset_name}
    future = services.futures.start(ctx.user.login, f"{what} on {project_key}.{dataset_name}", payload, work)
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)
