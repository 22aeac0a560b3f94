"""Data quality rules of datasets, end to end against the emulator: rules, computing them on the stored
rows, results and history, and the statuses of datasets, projects and the instance."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import AsyncDSSClient, AsyncDSSFuture, BadRequestError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.data_quality import (
    AsyncDSSDataQualityRule,
    AsyncDSSDataQualityRuleSet,
    DSSDataQualityRuleResult,
)
from dssclient.aio.dss.dataset import AsyncDSSDataset
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.models import data_quality as dq_model
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

COLUMNS = [("id", "bigint"), ("country", "string"), ("amount", "double")]
ROWS = [["1", "FR", "10"], ["2", "US", "20"], ["3", "FR", ""], ["4", "DE", "30"]]


async def orders(
    client: AsyncDSSClient, emulator: Any, key: str = "P", rows: list[list[str]] = ROWS
) -> AsyncDSSDataset:
    project = await client.create_project(
        key, key, "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )
    dataset = await project.create_dataset(
        "orders", "Filesystem", params={"connection": "filesystem_managed", "path": "o"}
    )
    settings = await dataset.get_settings()
    for name, kind in COLUMNS:
        settings.add_raw_schema_column({"name": name, "type": kind})
    await settings.save()
    write_rows(
        data_store(emulator.pipeline.services), key, "orders", [n for n, _ in COLUMNS], rows, emulator.state.clock
    )
    return dataset


async def computed(ruleset: AsyncDSSDataQualityRuleSet, partition: str = "NP") -> Any:
    future = await ruleset.compute_rules(partition)
    assert isinstance(future, AsyncDSSFuture)
    return await future.wait_for_result(timeout=10)


async def test_rules_are_created_listed_saved_and_deleted(client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    assert isinstance(ruleset, AsyncDSSDataQualityRuleSet)
    assert await ruleset.list_rules() == []
    config = {"type": "RecordCountInRangeRule", "softMinimum": 10, "softMinimumEnabled": True, "displayName": "Rows"}
    rule = await ruleset.create_rule(config)
    assert isinstance(rule, AsyncDSSDataQualityRule) and rule.id and rule.name == "Rows"
    assert sent_bodies(dss_emulator, "createDataQualityRule") == [config]
    assert rule.get_raw()["enabled"] is True  # DSS enables a new rule
    unnamed = await ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": ["amount"]})
    assert unnamed.name == "Column not empty"
    assert [r["id"] for r in ruleset.ruleset["checks"]] == [rule.id, unnamed.id]

    listed = await ruleset.list_rules()
    assert [(r.id, r.name) for r in listed] == [(rule.id, "Rows"), (unnamed.id, "Column not empty")]
    as_dicts = await ruleset.list_rules(as_type="dict")
    assert as_dicts[0]["softMinimum"] == 10 and as_dicts[1]["columns"] == ["amount"]
    with pytest.raises(ValueError):
        await ruleset.list_rules(as_type="listitems")  # type: ignore[call-overload]
    with pytest.raises(ValueError):
        await ruleset.create_rule({})

    raw = listed[0].get_raw()
    raw["displayName"] = "At least 10 rows"
    raw["myOwnSetting"] = [1, 2]
    assert await listed[0].save() == "Success"
    again = (await ruleset.list_rules(as_type="dict"))[0]
    assert again["displayName"] == "At least 10 rows" and again["myOwnSetting"] == [1, 2]

    await listed[1].delete()
    assert [r.id for r in await ruleset.list_rules()] == [rule.id]
    with pytest.raises(NotFoundError):
        await listed[1].delete()
    with pytest.raises(NotFoundError):
        await listed[1].save()


async def test_rule_refusals(client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    with pytest.raises(BadRequestError, match="Unknown data quality rule type"):
        await ruleset.create_rule({"type": "NoSuchRule"})
    with pytest.raises(BadRequestError):
        await ruleset.create_rule({"displayName": "no type"})
    with pytest.raises(BadRequestError):
        await ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": "amount"})
    rule = await ruleset.create_rule({"type": "RecordCountInRangeRule"})
    rule.get_raw()["type"] = "Nonsense"
    with pytest.raises(BadRequestError):
        await rule.save()
    with pytest.raises(NotFoundError):
        await client.get_project("P").get_dataset("nope").get_data_quality_rules().list_rules()


async def test_computing_evaluates_the_rules_on_the_stored_rows(client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
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
    created = [await ruleset.create_rule(spec) for spec, _ in specs]
    disabled = await ruleset.create_rule({"type": "RecordCountInRangeRule", "enabled": False})

    result = await computed(ruleset)
    assert result["partition"] == "NP" and result["outcome"] == "ERROR"
    assert [r["outcome"] for r in result["results"]] == [expected for _, expected in specs]
    assert disabled.id not in [r["id"] for r in result["results"]]  # computing all rules skips disabled ones

    last = await ruleset.get_last_rules_results()
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
    assert await disabled.get_last_result() is None
    await (await disabled.compute()).wait_for_result(timeout=10)
    alone = await disabled.get_last_result()
    assert alone is not None and alone.outcome == "OK" and alone.id == disabled.id
    assert len(await disabled.get_rule_history()) == 1


async def test_status_history_and_its_deletion(client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    assert await ruleset.get_status() == "NOT_COMPUTED"
    assert await ruleset.get_status_by_partition() == {}
    rows = await ruleset.create_rule({"type": "RecordCountInRangeRule", "minimum": 5, "minimumEnabled": True})
    ids = await ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": ["id"]})
    await computed(ruleset)
    assert await ruleset.get_status() == "ERROR"
    by_partition = await ruleset.get_status_by_partition()
    assert list(by_partition) == ["NP"] and by_partition["NP"]["outcome"] == "ERROR"
    assert (await ruleset.get_partitions_status())["NP"]["outcome"] == "ERROR"
    assert (await ruleset.get_partitions_status(["NP"]))["NP"]["outcome"] == "ERROR"
    assert await ruleset.get_status_by_partition(include_all_partitions=True) == by_partition

    # Fixing the rule and computing again: the status follows the last results.
    raw = rows.get_raw()
    raw["minimum"] = 4
    await rows.save()
    await computed(ruleset)
    assert await ruleset.get_status() == "OK"
    history = await ruleset.get_rules_history()
    assert [r.outcome for r in history if r.id == rows.id] == ["OK", "ERROR"]  # newest first
    assert len(history) == 4
    assert [r.id for r in await ruleset.get_rules_history(rule_ids=[ids.id])] == [ids.id, ids.id]
    assert len(await ruleset.get_rules_history(results_per_page=3, page=1)) == 1
    newest = history[0].compute_date
    assert await ruleset.get_rules_history(min_timestamp=newest + 1) == []
    assert len(await ruleset.get_rules_history(max_timestamp=newest)) == 4
    assert [r.outcome for r in await rows.get_rule_history()] == ["OK", "ERROR"]

    await ruleset.delete_rules_history()
    assert await ruleset.get_rules_history() == []
    assert await ruleset.get_status() == "NOT_COMPUTED"


async def test_partitioned_datasets_compute_one_partition_or_all(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    dataset = await project.create_dataset(
        "events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"}
    )
    settings = await dataset.get_settings()
    settings.add_discrete_partitioning_dimension("country")
    settings.add_raw_schema_column({"name": "n", "type": "bigint"})
    await settings.save()
    store = data_store(dss_emulator.pipeline.services)
    write_rows(store, "P", "events", ["n"], [["1"], ["2"]], dss_emulator.state.clock, partition="FR")
    write_rows(store, "P", "events", ["n"], [["3"]], dss_emulator.state.clock, partition="US")
    ruleset = dataset.get_data_quality_rules()
    await ruleset.create_rule({"type": "RecordCountInRangeRule", "minimum": 2, "minimumEnabled": True})
    with pytest.raises(BadRequestError, match="partitioned"):
        await ruleset.compute_rules()
    assert (await computed(ruleset, "FR"))["outcome"] == "OK"
    assert (await computed(ruleset, "US"))["outcome"] == "ERROR"
    assert await ruleset.get_status() == "ERROR"  # the partition last computed
    assert list(await ruleset.get_status_by_partition()) == ["US"]
    assert sorted(await ruleset.get_status_by_partition(include_all_partitions=True)) == ["FR", "US"]
    statuses = await ruleset.get_partitions_status(["FR", "US", "DE"])
    assert [statuses[p]["outcome"] for p in ("FR", "US", "DE")] == ["OK", "ERROR", "NOT_COMPUTED"]
    assert (await computed(ruleset, "ALL"))["results"][0]["observedValue"] == "3"
    assert [r.outcome for r in await ruleset.get_last_rules_results("FR")] == ["OK"]
    await ruleset.delete_rules_history("US")
    assert sorted(await ruleset.get_status_by_partition(include_all_partitions=True)) == ["ALL", "FR"]
    plain = await orders(client, dss_emulator, key="Q")
    with pytest.raises(BadRequestError, match="not partitioned"):
        await plain.get_data_quality_rules().compute_rules("FR")


async def test_project_and_instance_statuses_and_the_timeline(client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
    project = client.get_project("P")
    await project.create_dataset("unmonitored", "Inline")
    ruleset = dataset.get_data_quality_rules()
    assert await project.get_data_quality_status() == {}
    assert "P" not in await client.get_data_quality_status()
    await ruleset.create_rule({"type": "RecordCountInRangeRule", "softMaximum": 2, "softMaximumEnabled": True})
    assert (await project.get_data_quality_status())["orders"]["outcome"] == "NOT_COMPUTED"
    await computed(ruleset)
    status = await project.get_data_quality_status()
    assert list(status) == ["orders"] and status["orders"]["outcome"] == "WARNING" and status["orders"]["monitored"]
    everything = await project.get_data_quality_status(only_monitored=False)
    assert everything["unmonitored"] == {"outcome": "NOT_COMPUTED", "monitored": False}
    instance = (await client.get_data_quality_status())["P"]
    assert instance["outcome"] == "WARNING" and instance["monitoredDatasets"] == 1
    assert instance["outcomeCounts"] == {"WARNING": 1}

    (day,) = await project.get_data_quality_timeline()
    assert day["day"] == datetime.datetime.now(datetime.UTC).date().isoformat()
    assert day["worstOutcome"] == "WARNING" and day["datasets"]["orders"]["runs"] == 1
    assert await project.get_data_quality_timeline(max_timestamp=1000) == []
    with pytest.raises(BadRequestError):
        await project.get_data_quality_timeline(min_timestamp=2000, max_timestamp=1000)
    await dataset.delete()
    (day,) = await project.get_data_quality_timeline()
    assert list(day["datasets"]) == ["orders (deleted)"]
    assert await project.get_data_quality_status() == {}


async def test_rights_and_isolation(client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any) -> None:
    dataset = await orders(client, dss_emulator)
    rule = await dataset.get_data_quality_rules().create_rule({"type": "RecordCountInRangeRule"})
    await computed(dataset.get_data_quality_rules())
    as_reader = reader_client.get_project("P").get_dataset("orders").get_data_quality_rules()
    # Readers read.
    (listed,) = await as_reader.list_rules()
    assert listed.id == rule.id
    assert await as_reader.get_status() == "OK"
    assert len(await as_reader.get_rules_history()) == 1
    assert "P" in await reader_client.get_data_quality_status()
    # Only writers change and compute.
    with pytest.raises(PermissionDeniedError):
        await as_reader.create_rule({"type": "RecordCountInRangeRule"})
    with pytest.raises(PermissionDeniedError):
        await listed.save()
    with pytest.raises(PermissionDeniedError):
        await listed.delete()
    with pytest.raises(PermissionDeniedError):
        await as_reader.compute_rules()
    with pytest.raises(PermissionDeniedError):
        await as_reader.delete_rules_history()
    # Strangers see nothing.
    await client.create_project("Q", "Q", "admin")
    await client.get_project("Q").create_dataset("orders", "Inline")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("Q").get_dataset("orders").get_data_quality_rules().list_rules()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("Q").get_data_quality_status()
    # One project's rules are not another's, and a dataset made again starts without rules.
    assert await client.get_project("Q").get_dataset("orders").get_data_quality_rules().list_rules() == []
    await dataset.delete()
    project: AsyncDSSProject = client.get_project("P")
    await project.create_dataset("orders", "Inline")
    assert await project.get_dataset("orders").get_data_quality_rules().list_rules() == []


async def test_rules_and_results_are_bounded(
    client: AsyncDSSClient, dss_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dq_model, "MAX_RULES", 2)
    monkeypatch.setattr(dq_model, "MAX_RESULTS", 3)
    dataset = await orders(client, dss_emulator)
    ruleset = dataset.get_data_quality_rules()
    first = await ruleset.create_rule({"type": "RecordCountInRangeRule", "maximum": 3, "maximumEnabled": True})
    await ruleset.create_rule({"type": "ColumnCountInRangeRule"})
    with pytest.raises(BadRequestError, match="at most 2"):
        await ruleset.create_rule({"type": "ColumnCountInRangeRule"})
    await computed(ruleset)
    raw = first.get_raw()
    raw["maximum"] = 10
    await first.save()
    await computed(ruleset)
    history = await ruleset.get_rules_history()
    assert len(history) == 3  # the oldest result went
    assert [r.outcome for r in history if r.id == first.id] == ["OK"]


async def test_a_build_computes_the_rules_marked_auto_run(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    await upload_csv(project)
    recipe = (
        await project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    )
    ruleset = project.get_dataset("copy").get_data_quality_rules()
    auto = await ruleset.create_rule(
        {"type": "RecordCountInRangeRule", "minimum": 1, "minimumEnabled": True, "autoRun": True}
    )
    manual = await ruleset.create_rule({"type": "ColumnCountInRangeRule", "autoRun": False})
    await ruleset.create_rule({"type": "RecordCountInRangeRule", "autoRun": True, "enabled": False})
    await recipe.run(timeout=30)
    (result,) = await ruleset.get_last_rules_results()
    assert (result.id, result.outcome, result.run_origin, result.get_raw()["observedValue"]) == (
        auto.id,
        "OK",
        "BUILD",
        "4",
    )
    assert await manual.get_last_result() is None
    assert await ruleset.get_status() == "OK"
