# Derived from tests/e2e/aio/test_data_quality.py by scripts/unasync.py: do not edit.
"""Data quality rules of datasets, end to end against the emulator: rules, computing them on the stored
rows, results and history, and the statuses of datasets, projects and the instance."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, DSSFuture, NotFoundError, PermissionDeniedError
from dssclient.dss.data_quality import (
    DSSDataQualityRule,
    DSSDataQualityRuleResult,
    DSSDataQualityRuleSet,
)
from dssclient.dss.dataset import DSSDataset
from dssclient.dss.project import DSSProject
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.models import data_quality as dq_model
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import upload_csv

COLUMNS = [("id", "bigint"), ("country", "string"), ("amount", "double")]
ROWS = [["1", "FR", "10"], ["2", "US", "20"], ["3", "FR", ""], ["4", "DE", "30"]]


def orders(client: DSSClient, emulator: Any, key: str = "P", rows: list[list[str]] = ROWS) -> DSSDataset:
    project = client.create_project(key, key, "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    dataset = project.create_dataset("orders", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    settings = dataset.get_settings()
    for name, kind in COLUMNS:
        settings.add_raw_schema_column({"name": name, "type": kind})
    settings.save()
    write_rows(
        data_store(emulator.pipeline.services), key, "orders", [n for n, _ in COLUMNS], rows, emulator.state.clock
    )
    return dataset


def computed(ruleset: DSSDataQualityRuleSet, partition: str = "NP") -> Any:
    future = ruleset.compute_rules(partition)
    assert isinstance(future, DSSFuture)
    return future.wait_for_result(timeout=10)


def test_rules_are_created_listed_saved_and_deleted(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    assert isinstance(ruleset, DSSDataQualityRuleSet)
    assert ruleset.list_rules() == []
    config = {"type": "RecordCountInRangeRule", "softMinimum": 10, "softMinimumEnabled": True, "displayName": "Rows"}
    rule = ruleset.create_rule(config)
    assert isinstance(rule, DSSDataQualityRule) and rule.id and rule.name == "Rows"
    assert sent_bodies(dss_emulator, "createDataQualityRule") == [config]
    assert rule.get_raw()["enabled"] is True  # DSS enables a new rule
    unnamed = ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": ["amount"]})
    assert unnamed.name == "Column not empty"
    assert [r["id"] for r in ruleset.ruleset["checks"]] == [rule.id, unnamed.id]

    listed = ruleset.list_rules()
    assert [(r.id, r.name) for r in listed] == [(rule.id, "Rows"), (unnamed.id, "Column not empty")]
    as_dicts = ruleset.list_rules(as_type="dict")
    assert as_dicts[0]["softMinimum"] == 10 and as_dicts[1]["columns"] == ["amount"]
    with pytest.raises(ValueError):
        ruleset.list_rules(as_type="listitems")  # type: ignore[call-overload]
    with pytest.raises(ValueError):
        ruleset.create_rule({})

    raw = listed[0].get_raw()
    raw["displayName"] = "At least 10 rows"
    raw["myOwnSetting"] = [1, 2]
    assert listed[0].save() == "Success"
    again = (ruleset.list_rules(as_type="dict"))[0]
    assert again["displayName"] == "At least 10 rows" and again["myOwnSetting"] == [1, 2]

    listed[1].delete()
    assert [r.id for r in ruleset.list_rules()] == [rule.id]
    with pytest.raises(NotFoundError):
        listed[1].delete()
    with pytest.raises(NotFoundError):
        listed[1].save()


def test_rule_refusals(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    with pytest.raises(BadRequestError, match="Unknown data quality rule type"):
        ruleset.create_rule({"type": "NoSuchRule"})
    with pytest.raises(BadRequestError):
        ruleset.create_rule({"displayName": "no type"})
    with pytest.raises(BadRequestError):
        ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": "amount"})
    rule = ruleset.create_rule({"type": "RecordCountInRangeRule"})
    rule.get_raw()["type"] = "Nonsense"
    with pytest.raises(BadRequestError):
        rule.save()
    with pytest.raises(NotFoundError):
        client.get_project("P").get_dataset("nope").get_data_quality_rules().list_rules()


def test_computing_evaluates_the_rules_on_the_stored_rows(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    specs: list[tuple[dict[str, Any], str]] = [
        ({"type": "RecordCountInRangeRule", "minimum": 1, "minimumEnabled": True}, "OK"),
        ({"type": "RecordCountInRangeRule", "softMinimum": 10, "softMinimumEnabled": True}, "WARNING"),
        ({"type": "RecordCountInRangeRule", "maximum": 3, "maximumEnabled": True}, "ERROR"),
        ({"type": "RecordCountInRangeRule", "maximum": 3, "maximumEnabled": False}, "OK"),
        (
            {
                "type": "ColumnCountInRangeRule",
                "minimum": 3,
                "maximum": 3,
                "minimumEnabled": True,
                "maximumEnabled": True,
            },
            "OK",
        ),
        ({"type": "ColumnNotEmptyRule", "columns": ["id"], "thresholdType": "ENTIRE_COLUMN_NOT_EMPTY"}, "OK"),
        ({"type": "ColumnNotEmptyRule", "columns": ["amount"]}, "ERROR"),
        ({"type": "ColumnEmptyRule", "columns": ["amount"]}, "ERROR"),
        ({"type": "ValuesInSetRule", "columns": ["country"], "values": ["FR", "US", "DE"]}, "OK"),
        ({"type": "ValuesInSetRule", "columns": ["country"], "values": ["FR", "US"]}, "ERROR"),
        ({"type": "ModeValueInSetRule", "columns": ["country"], "values": ["FR"]}, "OK"),
        ({"type": "ColumnUniqueValuesRule", "columns": ["id"]}, "OK"),
        ({"type": "ColumnUniqueValuesRule", "columns": ["country"]}, "ERROR"),
        ({"type": "ColumnMinInRangeRule", "columns": ["amount"], "minimum": 10, "minimumEnabled": True}, "OK"),
        (
            {"type": "ColumnMaxInRangeRule", "columns": ["amount"], "softMaximum": 25, "softMaximumEnabled": True},
            "WARNING",
        ),
        ({"type": "ColumnAvgInRangeRule", "columns": ["amount"], "minimum": 21, "minimumEnabled": True}, "ERROR"),
        (
            {
                "type": "ColumnSumInRangeRule",
                "columns": ["amount"],
                "minimum": 60,
                "maximum": 60,
                "minimumEnabled": True,
                "maximumEnabled": True,
            },
            "OK",
        ),
        ({"type": "ColumnMedianInRangeRule", "columns": ["amount"], "maximum": 20, "maximumEnabled": True}, "OK"),
        ({"type": "ValuesInRangeRule", "columns": ["id"], "minimum": 2, "minimumEnabled": True}, "ERROR"),
        ({"type": "ColumnMinInRangeRule", "columns": ["country"], "minimum": 1, "minimumEnabled": True}, "EMPTY"),
        ({"type": "ColumnMinInRangeRule", "columns": ["missing"], "minimum": 1, "minimumEnabled": True}, "ERROR"),
        ({"type": "python", "code": "def process(last_values, dataset, partition_id): return 'OK', ''"}, "ERROR"),
    ]
    created = [ruleset.create_rule(spec) for spec, _ in specs]
    disabled = ruleset.create_rule({"type": "RecordCountInRangeRule", "enabled": False})

    result = computed(ruleset)
    assert result["partition"] == "NP" and result["outcome"] == "ERROR"
    assert [r["outcome"] for r in result["results"]] == [expected for _, expected in specs]
    assert disabled.id not in [r["id"] for r in result["results"]]  # computing all rules skips disabled ones

    last = ruleset.get_last_rules_results()
    assert all(isinstance(r, DSSDataQualityRuleResult) for r in last)
    assert [(r.id, r.outcome) for r in last] == [
        (rule.id, expected) for rule, (_, expected) in zip(created, specs, strict=True)
    ]
    record_count = last[0]
    assert (record_count.name, record_count.partition, record_count.run_origin) == (
        "Record count in range",
        "NP",
        "MANUAL",
    )
    assert "4" in record_count.message and record_count.get_raw()["observedValue"] == "4"
    moment = datetime.datetime.fromtimestamp(record_count.compute_date / 1000, tz=datetime.UTC)
    assert abs(moment - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=5)
    assert "does not evaluate" in last[-1].message

    # One rule, enabled or not, computed alone.
    assert disabled.get_last_result() is None
    (disabled.compute()).wait_for_result(timeout=10)
    alone = disabled.get_last_result()
    assert alone is not None and alone.outcome == "OK" and alone.id == disabled.id
    assert len(disabled.get_rule_history()) == 1


def test_status_history_and_its_deletion(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    assert ruleset.get_status() == "NOT_COMPUTED"
    assert ruleset.get_status_by_partition() == {}
    rows = ruleset.create_rule({"type": "RecordCountInRangeRule", "minimum": 5, "minimumEnabled": True})
    ids = ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": ["id"]})
    computed(ruleset)
    assert ruleset.get_status() == "ERROR"
    by_partition = ruleset.get_status_by_partition()
    assert list(by_partition) == ["NP"] and by_partition["NP"]["outcome"] == "ERROR"
    assert (ruleset.get_partitions_status())["NP"]["outcome"] == "ERROR"
    assert (ruleset.get_partitions_status(["NP"]))["NP"]["outcome"] == "ERROR"
    assert ruleset.get_status_by_partition(include_all_partitions=True) == by_partition

    # Fixing the rule and computing again: the status follows the last results.
    raw = rows.get_raw()
    raw["minimum"] = 4
    rows.save()
    computed(ruleset)
    assert ruleset.get_status() == "OK"
    history = ruleset.get_rules_history()
    assert [r.outcome for r in history if r.id == rows.id] == ["OK", "ERROR"]  # newest first
    assert len(history) == 4
    assert [r.id for r in ruleset.get_rules_history(rule_ids=[ids.id])] == [ids.id, ids.id]
    assert len(ruleset.get_rules_history(results_per_page=3, page=1)) == 1
    newest = history[0].compute_date
    assert ruleset.get_rules_history(min_timestamp=newest + 1) == []
    assert len(ruleset.get_rules_history(max_timestamp=newest)) == 4
    assert [r.outcome for r in rows.get_rule_history()] == ["OK", "ERROR"]

    ruleset.delete_rules_history()
    assert ruleset.get_rules_history() == []
    assert ruleset.get_status() == "NOT_COMPUTED"


def test_partitioned_datasets_compute_one_partition_or_all(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    dataset = project.create_dataset("events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"})
    settings = dataset.get_settings()
    settings.add_discrete_partitioning_dimension("country")
    settings.add_raw_schema_column({"name": "n", "type": "bigint"})
    settings.save()
    store = data_store(dss_emulator.pipeline.services)
    write_rows(store, "P", "events", ["n"], [["1"], ["2"]], dss_emulator.state.clock, partition="FR")
    write_rows(store, "P", "events", ["n"], [["3"]], dss_emulator.state.clock, partition="US")
    ruleset = dataset.get_data_quality_rules()
    ruleset.create_rule({"type": "RecordCountInRangeRule", "minimum": 2, "minimumEnabled": True})
    with pytest.raises(BadRequestError, match="partitioned"):
        ruleset.compute_rules()
    assert (computed(ruleset, "FR"))["outcome"] == "OK"
    assert (computed(ruleset, "US"))["outcome"] == "ERROR"
    assert ruleset.get_status() == "ERROR"  # the partition last computed
    assert list(ruleset.get_status_by_partition()) == ["US"]
    assert sorted(ruleset.get_status_by_partition(include_all_partitions=True)) == ["FR", "US"]
    statuses = ruleset.get_partitions_status(["FR", "US", "DE"])
    assert [statuses[p]["outcome"] for p in ("FR", "US", "DE")] == ["OK", "ERROR", "NOT_COMPUTED"]
    assert (computed(ruleset, "ALL"))["results"][0]["observedValue"] == "3"
    assert [r.outcome for r in ruleset.get_last_rules_results("FR")] == ["OK"]
    ruleset.delete_rules_history("US")
    assert sorted(ruleset.get_status_by_partition(include_all_partitions=True)) == ["ALL", "FR"]
    plain = orders(client, dss_emulator, key="Q")
    with pytest.raises(BadRequestError, match="not partitioned"):
        plain.get_data_quality_rules().compute_rules("FR")


def test_project_and_instance_statuses_and_the_timeline(client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    project = client.get_project("P")
    project.create_dataset("unmonitored", "Inline")
    ruleset = dataset.get_data_quality_rules()
    assert project.get_data_quality_status() == {}
    assert "P" not in client.get_data_quality_status()
    ruleset.create_rule({"type": "RecordCountInRangeRule", "softMaximum": 2, "softMaximumEnabled": True})
    assert (project.get_data_quality_status())["orders"]["outcome"] == "NOT_COMPUTED"
    computed(ruleset)
    status = project.get_data_quality_status()
    assert list(status) == ["orders"] and status["orders"]["outcome"] == "WARNING" and status["orders"]["monitored"]
    everything = project.get_data_quality_status(only_monitored=False)
    assert everything["unmonitored"] == {"outcome": "NOT_COMPUTED", "monitored": False}
    instance = (client.get_data_quality_status())["P"]
    assert instance["outcome"] == "WARNING" and instance["monitoredDatasets"] == 1
    assert instance["outcomeCounts"] == {"WARNING": 1}

    (day,) = project.get_data_quality_timeline()
    assert day["day"] == datetime.datetime.now(datetime.UTC).date().isoformat()
    assert day["worstOutcome"] == "WARNING" and day["datasets"]["orders"]["runs"] == 1
    assert project.get_data_quality_timeline(max_timestamp=1000) == []
    with pytest.raises(BadRequestError):
        project.get_data_quality_timeline(min_timestamp=2000, max_timestamp=1000)
    dataset.delete()
    (day,) = project.get_data_quality_timeline()
    assert list(day["datasets"]) == ["orders (deleted)"]
    assert project.get_data_quality_status() == {}


def test_rights_and_isolation(client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    dataset = orders(client, dss_emulator)
    rule = dataset.get_data_quality_rules().create_rule({"type": "RecordCountInRangeRule"})
    computed(dataset.get_data_quality_rules())
    as_reader = reader_client.get_project("P").get_dataset("orders").get_data_quality_rules()
    # Readers read.
    (listed,) = as_reader.list_rules()
    assert listed.id == rule.id
    assert as_reader.get_status() == "OK"
    assert len(as_reader.get_rules_history()) == 1
    assert "P" in reader_client.get_data_quality_status()
    # Only writers change and compute.
    with pytest.raises(PermissionDeniedError):
        as_reader.create_rule({"type": "RecordCountInRangeRule"})
    with pytest.raises(PermissionDeniedError):
        listed.save()
    with pytest.raises(PermissionDeniedError):
        listed.delete()
    with pytest.raises(PermissionDeniedError):
        as_reader.compute_rules()
    with pytest.raises(PermissionDeniedError):
        as_reader.delete_rules_history()
    # Strangers see nothing.
    client.create_project("Q", "Q", "admin")
    client.get_project("Q").create_dataset("orders", "Inline")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("Q").get_dataset("orders").get_data_quality_rules().list_rules()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("Q").get_data_quality_status()
    # One project's rules are not another's, and a dataset made again starts without rules.
    assert client.get_project("Q").get_dataset("orders").get_data_quality_rules().list_rules() == []
    dataset.delete()
    project: DSSProject = client.get_project("P")
    project.create_dataset("orders", "Inline")
    assert project.get_dataset("orders").get_data_quality_rules().list_rules() == []


def test_rules_and_results_are_bounded(client: DSSClient, dss_emulator: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dq_model, "MAX_RULES", 2)
    monkeypatch.setattr(dq_model, "MAX_RESULTS", 3)
    dataset = orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    first = ruleset.create_rule({"type": "RecordCountInRangeRule", "maximum": 3, "maximumEnabled": True})
    ruleset.create_rule({"type": "ColumnCountInRangeRule"})
    with pytest.raises(BadRequestError, match="at most 2"):
        ruleset.create_rule({"type": "ColumnCountInRangeRule"})
    computed(ruleset)
    raw = first.get_raw()
    raw["maximum"] = 10
    first.save()
    computed(ruleset)
    history = ruleset.get_rules_history()
    assert len(history) == 3  # the oldest result went
    assert [r.outcome for r in history if r.id == first.id] == ["OK"]


def test_a_build_computes_the_rules_marked_auto_run(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    upload_csv(project)
    recipe = project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    ruleset = project.get_dataset("copy").get_data_quality_rules()
    auto = ruleset.create_rule(
        {"type": "RecordCountInRangeRule", "minimum": 1, "minimumEnabled": True, "autoRun": True}
    )
    manual = ruleset.create_rule({"type": "ColumnCountInRangeRule", "autoRun": False})
    ruleset.create_rule({"type": "RecordCountInRangeRule", "autoRun": True, "enabled": False})
    recipe.run(timeout=30)
    (result,) = ruleset.get_last_rules_results()
    assert (result.id, result.outcome, result.run_origin, result.get_raw()["observedValue"]) == (
        auto.id,
        "OK",
        "BUILD",
        "4",
    )
    assert manual.get_last_result() is None
    assert ruleset.get_status() == "OK"
