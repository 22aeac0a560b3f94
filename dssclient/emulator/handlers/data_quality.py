"""Data quality: the rules of datasets, computing them on stored rows (a long task), results and statuses.

Reading rules, results and statuses takes the right to read the project's content; changing
rules, computing them and deleting results, the right to write it (as computing metrics does).
The instance's status lists only the projects whose content the caller may read.
"""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, project_for, rights
from ..automation.store import data_store, is_partitioned
from ..context import RequestContext
from ..errors import bad_request
from ..futures import TaskControl
from ..models import data_quality as dq
from ..state import Dataset, Project
from ._common import existing_dataset, refuse_rename
from ._registry import handles

# A short computation is usually over when its answer is written; then the answer carries its result.
_QUICK_TASK_SECONDS = 2.0


def _model(ctx: RequestContext) -> dq.DataQualityModel:
    return ctx.services.state.extension(dq.DataQualityModel)


def _dataset(ctx: RequestContext, right: str) -> tuple[Project, Dataset]:
    """The project and dataset of the path, if the caller holds ``right``. Hold the state lock."""
    project = project_for(ctx, ctx.path["projectKey"], right)
    return project, existing_dataset(project, ctx.path["datasetName"])


def _partition(dataset: Dataset, partition: str | None) -> str:
    """The partition a computation or read is about, refused when it does not fit the dataset."""
    name = str(dataset.definition.get("name"))
    chosen = partition or dq.NOT_PARTITIONED
    if is_partitioned(dataset.definition):
        if chosen == dq.NOT_PARTITIONED:
            raise bad_request(f"Dataset {name} is partitioned: name a partition, or ALL for the whole dataset")
    elif chosen != dq.NOT_PARTITIONED:
        raise bad_request(f"Dataset {name} is not partitioned: its only partition is NP, not {chosen!r}")
    return chosen


# -- rules --------------------------------------------------------------------------------------------


@handles("getDataQualityRules")
def get_data_quality_rules(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        rules = _model(ctx).existing(project.key, dataset)
        return {"checks": copy.deepcopy(list(rules.rules.values())) if rules is not None else []}


@handles("createDataQualityRule")
def create_data_quality_rule(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, WRITE)
        model = _model(ctx)
        return copy.deepcopy(model.create(model.of(project.key, dataset), ctx.body_fields))


@handles("saveDataQualityRule")
def save_data_quality_rule(ctx: RequestContext) -> None:
    rule_id = ctx.path["ruleId"]
    refuse_rename("rule", "id", rule_id, ctx.body_fields)
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, WRITE)
        model = _model(ctx)
        # The rule as sent, nulls included, so that it round-trips.
        model.save(model.of(project.key, dataset), rule_id, ctx.body)


@handles("deleteDataQualityRule")
def delete_data_quality_rule(ctx: RequestContext) -> None:
    rule_id = ctx.path["ruleId"]
    repeated = ctx.query.get("ruleId")
    if repeated is not None and repeated != rule_id:
        raise bad_request(f"The query names rule {repeated!r} but the path rule {rule_id!r}")
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, WRITE)
        model = _model(ctx)
        rules = model.of(project.key, dataset)
        model.rule(rules, rule_id)
        del rules.rules[rule_id]


# -- computing ----------------------------------------------------------------------------------------


@handles("computeDataQualityRules")
def compute_data_quality_rules(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    model = _model(ctx)
    store = data_store(services)
    with state.lock:
        project, dataset = _dataset(ctx, WRITE)
        partition = _partition(dataset, ctx.query.get("partition"))
        rules = model.of(project.key, dataset)
        rule_id = ctx.query.get("ruleId")
        if rule_id is not None:
            chosen = [copy.deepcopy(model.rule(rules, rule_id))]
        else:
            chosen = [copy.deepcopy(r) for r in rules.rules.values() if r.get("enabled") is not False]
        name = str(dataset.definition.get("name"))

    def work(control: TaskControl) -> dict[str, Any]:
        results = dq.compute(state, store, project.key, dataset, partition, chosen)
        return {"partition": partition, "outcome": dq.worst(r["outcome"] for r in results), "results": results}

    payload = {"projectKey": project.key, "datasetName": name}
    future = services.futures.start(
        ctx.user.login, f"Compute data quality rules of {project.key}.{name}", payload, work
    )
    future.wait(_QUICK_TASK_SECONDS)
    return future.state_json(with_result=True)


# -- results and statuses -----------------------------------------------------------------------------


@handles("getDataQualityPartitionsStatus")
def get_data_quality_partitions_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        model = _model(ctx)
        rules = model.existing(project.key, dataset)
        wanted = ctx.query.get("partitions") or [dq.NOT_PARTITIONED]
        return {
            partition: model.partition_status(rules, partition)
            if rules is not None
            else {"partition": partition, "outcome": dq.NOT_COMPUTED}
            for partition in wanted
        }


@handles("getDataQualityDatasetStatus")
def get_data_quality_dataset_status(ctx: RequestContext) -> str:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        model = _model(ctx)
        return model.status(model.existing(project.key, dataset))


@handles("getDataQualityStatusByPartition")
def get_data_quality_status_by_partition(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        model = _model(ctx)
        return model.statuses(model.existing(project.key, dataset), bool(ctx.query["includeAllPartitions"]))


@handles("getDataQualityLastRulesResults")
def get_data_quality_last_rules_results(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        model = _model(ctx)
        rules = model.existing(project.key, dataset)
        if rules is None:
            return []
        rule_id = ctx.query.get("ruleId")
        if rule_id is not None:
            model.rule(rules, rule_id)
        return model.last_results(rules, ctx.query.get("partition") or dq.NOT_PARTITIONED, rule_id)


@handles("getDataQualityRulesHistory")
def get_data_quality_rules_history(ctx: RequestContext) -> list[dict[str, Any]]:
    query = ctx.query
    rule_ids: list[str] | None = query.get("ruleIds")
    if query.get("ruleId") is not None:
        rule_ids = [*(rule_ids or []), query["ruleId"]]
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, READ)
        model = _model(ctx)
        rules = model.existing(project.key, dataset)
        if rules is None:
            return []
        return model.history(
            rules,
            rule_ids,
            query.get("minTimestamp"),
            query.get("maxTimestamp"),
            query["resultsPerPage"],
            query["page"],
        )


@handles("deleteDataQualityRulesHistory")
def delete_data_quality_rules_history(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, dataset = _dataset(ctx, WRITE)
        model = _model(ctx)
        rules = model.existing(project.key, dataset)
        if rules is not None:
            model.delete_history(rules, ctx.path["partition"])


def _dataset_summaries(model: dq.DataQualityModel, project: Project) -> dict[str, dict[str, Any]]:
    summaries: dict[str, dict[str, Any]] = {}
    for name, dataset in project.datasets.items():
        rules = model.existing(project.key, dataset)
        summary: dict[str, Any] = {"outcome": model.status(rules), "monitored": bool(rules is not None and rules.rules)}
        dates = [r["computeDate"] for r in rules.history] if rules is not None else []
        if dates:
            summary["computeDate"] = max(dates)
        summaries[name] = summary
    return summaries


@handles("getProjectDataQualityStatus")
def get_project_data_quality_status(ctx: RequestContext) -> dict[str, Any]:
    # A dataset is "monitored" here when it has rules: how DSS decides is not documented (unverified).
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        summaries = _dataset_summaries(_model(ctx), project)
        if ctx.query["onlyMonitored"]:
            summaries = {name: s for name, s in summaries.items() if s["monitored"]}
        return summaries


@handles("getProjectDataQualityTimeline")
def get_project_data_quality_timeline(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        end = ctx.query.get("maxTimestamp")
        end = state.clock() if end is None else end
        start = ctx.query.get("minTimestamp")
        start = end - dq.TIMELINE_DAYS * dq.DAY_MS if start is None else start
        if start > end:
            raise bad_request(f"minTimestamp ({start}) is after maxTimestamp ({end})")
        return _model(ctx).timeline(project.key, project.datasets, start, end)


@handles("getInstanceDataQualityStatus")
def get_instance_data_quality_status(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        model = _model(ctx)
        answer: dict[str, Any] = {}
        for key, project in state.projects.items():
            if not project.readable_by(ctx.user) or READ not in rights(project, ctx.user):
                continue
            monitored = [s for s in _dataset_summaries(model, project).values() if s["monitored"]]
            if not monitored:
                continue
            counts: dict[str, int] = {}
            for summary in monitored:
                counts[summary["outcome"]] = counts.get(summary["outcome"], 0) + 1
            answer[key] = {
                "outcome": dq.worst(counts) or dq.NOT_COMPUTED,
                "monitoredDatasets": len(monitored),
                "outcomeCounts": counts,
            }
        return answer
