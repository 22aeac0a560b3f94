"""Datasets that hold rows: uploads, detection, streamed reads, clearing, copies, metrics and checks, end to end."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    DataikuException,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.dataset import (
    AsyncDSSDataset,
    AsyncDSSDatasetInfo,
    AsyncDSSDatasetSettings,
    AsyncFSLikeDatasetSettings,
    AsyncSQLDatasetSettings,
)
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.dss.metrics import ComputedMetrics
from dssclient.emulator.automation.store import data_store, write_rows
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import CSV, ROWS, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    return await client.create_project("P", "Project", "admin")


@pytest.fixture
async def customers(project: AsyncDSSProject) -> AsyncDSSDataset:
    return await upload_csv(project)


def request_queries(emulator: Any, operation_id: str) -> list[dict[str, list[str]]]:
    return [entry.query for entry in emulator.request_log if entry.operation_id == operation_id]


# -- uploads and detection ---------------------------------------------------------------------


async def test_an_upload_dataset_keeps_its_files_and_a_new_file_of_a_name_replaces_the_old(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    dataset = await project.create_upload_dataset("raw", connection="uploads")
    assert sent_bodies(dss_emulator, "createDataset") == [
        {"name": "raw", "projectKey": "P", "type": "UploadedFiles", "params": {"uploadConnection": "uploads"}}
    ]
    await dataset.uploaded_add_file(io.BytesIO(b"a,b\n1,2\n"), "one.csv")
    await dataset.uploaded_add_file(b"a,b\n3,4\n5,6\n", "two.csv")
    await dataset.uploaded_add_file(io.BytesIO(b"a,b\n7,8\n"), "one.csv")
    files = await dataset.uploaded_list_files()
    assert [(f["name"], f["path"], f["size"]) for f in files] == [
        ("one.csv", "/one.csv", 8),
        ("two.csv", "/two.csv", 12),
    ]
    await (await dataset.autodetect_settings(infer_storage_types=True)).save()
    assert await rows_of(dataset) == [[7, 8], [3, 4], [5, 6]]


async def test_an_upload_streams_a_large_file_from_disk(project: AsyncDSSProject, tmp_path: Any) -> None:
    big = tmp_path / "big.csv"
    with big.open("w") as out:
        out.write("n,text\n")
        for n in range(50_000):
            out.write(f"{n},line {n}\n")
    dataset = await project.create_upload_dataset("big")
    with big.open("rb") as opened:
        await dataset.uploaded_add_file(opened, "big.csv")
    assert (await dataset.uploaded_list_files())[0]["size"] == big.stat().st_size
    await (await dataset.autodetect_settings(infer_storage_types=True)).save()
    count, last = 0, None
    async for row in dataset.iter_rows():
        count, last = count + 1, row
    assert (count, last) == (50_000, [49_999, "line 49999"])


async def test_uploads_into_other_datasets_and_unnamed_parts_are_refused(project: AsyncDSSProject) -> None:
    other = await project.create_dataset(
        "managed", "Filesystem", params={"connection": "filesystem_managed", "path": "p"}
    )
    with pytest.raises(BadRequestError, match="UploadedFiles"):
        await other.uploaded_add_file(io.BytesIO(b"x"), "x.csv")
    with pytest.raises(BadRequestError, match="UploadedFiles"):
        await other.uploaded_list_files()
    dataset = await project.create_upload_dataset("raw")
    with pytest.raises(BadRequestError, match="file name"):
        await dataset.uploaded_add_file(io.BytesIO(b"x"), "")
    with pytest.raises(NotFoundError):
        await project.get_dataset("missing").uploaded_add_file(io.BytesIO(b"x"), "x.csv")


async def test_detection_finds_separator_header_and_types(project: AsyncDSSProject, dss_emulator: Any) -> None:
    dataset = await project.create_upload_dataset("semi")
    await dataset.uploaded_add_file(
        io.BytesIO(b"day;flag;score;label\n2024-01-02;true;1.5;x\n2024-01-03;false;2;y\n"), "f.csv"
    )
    as_text = await dataset.autodetect_settings()
    assert [c["type"] for c in as_text.get_raw()["schema"]["columns"]] == ["string"] * 4
    settings = await dataset.autodetect_settings(infer_storage_types=True)
    assert isinstance(settings, AsyncFSLikeDatasetSettings)
    raw = settings.get_raw()
    assert raw["formatType"] == "csv"
    assert (raw["formatParams"]["separator"], raw["formatParams"]["parseHeaderRow"]) == (";", True)
    assert [(c["name"], c["type"]) for c in raw["schema"]["columns"]] == [
        ("day", "date"),
        ("flag", "boolean"),
        ("score", "double"),
        ("label", "string"),
    ]
    # Detection saves nothing: the caller does.
    assert (await dataset.get_schema())["columns"] == []
    await settings.save()
    assert await rows_of(dataset) == [
        [datetime.datetime(2024, 1, 2), True, 1.5, "x"],
        [datetime.datetime(2024, 1, 3), False, 2.0, "y"],
    ]
    assert sent_bodies(dss_emulator, "detectDatasetFormat")[-1] == {
        "detectPossibleFormats": True,
        "inferStorageTypes": True,
    }


async def test_detection_without_files_fails_and_other_types_are_refused(project: AsyncDSSProject) -> None:
    empty = await project.create_upload_dataset("empty")
    with pytest.raises(DataikuException, match="Format detection failed"):
        await empty.autodetect_settings()
    future = await empty.test_and_detect()
    assert isinstance(future, AsyncDSSFuture)
    assert (await future.wait_for_result(timeout=10))["format"]["ok"] is False
    await project.client.create_connection("pg", "PostgreSQL")
    sql = await project.create_dataset("table", "PostgreSQL", params={"connection": "pg"})
    assert isinstance(await sql.get_settings(), AsyncSQLDatasetSettings)
    with pytest.raises(ValueError, match="file-based"):
        await sql.autodetect_settings()


async def test_reading_an_upload_without_a_format_says_to_detect_it(project: AsyncDSSProject) -> None:
    dataset = await project.create_upload_dataset("raw")
    await dataset.uploaded_add_file(io.BytesIO(CSV), "c.csv")
    with pytest.raises(BadRequestError, match="autodetect_settings"):
        await rows_of(dataset)


async def test_fs_like_settings_helpers_edit_the_raw_settings(project: AsyncDSSProject) -> None:
    dataset = await project.create_filesystem_dataset("files", "filesystem_managed", "P/files")
    settings = await dataset.get_settings()
    assert isinstance(settings, AsyncFSLikeDatasetSettings)
    assert settings.get_raw()["params"] == {"connection": "filesystem_managed", "path": "P/files"}
    settings.set_connection_and_path("other", "elsewhere")
    settings.set_csv_format(separator="|", header_row=False)
    settings.set_partitioning_file_pattern("/%Y/.*")
    await settings.save()
    saved = (await dataset.get_settings()).get_raw()
    assert saved["params"] == {"connection": "other", "path": "elsewhere"}
    assert saved["formatType"] == "csv"
    assert saved["formatParams"]["separator"] == "|" and saved["formatParams"]["parseHeaderRow"] is False
    assert saved["partitioning"]["filePathPattern"] == "/%Y/.*"
    table = await project.create_dataset("t", "Snowflake")
    sql = await table.get_settings()
    assert isinstance(sql, AsyncSQLDatasetSettings)
    sql.set_table("sf", "PUBLIC", "T", catalog="DB")
    assert sql.get_raw_params() == {
        "connection": "sf",
        "mode": "table",
        "schema": "PUBLIC",
        "table": "T",
        "catalog": "DB",
    }


# -- reading rows --------------------------------------------------------------------------------


async def test_rows_are_cast_by_the_schema_and_read_in_the_order_asked(
    customers: AsyncDSSDataset, dss_emulator: Any
) -> None:
    assert await rows_of(customers) == ROWS
    assert await rows_of(customers, columns=["amount", "name"]) == [
        [10.0, "ann"],
        [20.0, "bob"],
        [5.5, "cid"],
        [None, "dan"],
    ]
    reads = request_queries(dss_emulator, "getDatasetData")
    assert reads[-1]["columns"] == ["amount", "name"] and reads[-1]["format"] == ["tsv-excel-noheader"]
    finished = request_queries(dss_emulator, "finishDatasetStreaming")
    assert [q["readSessionId"] for q in finished] == [q["readSessionId"] for q in reads]
    assert len(set(q["readSessionId"][0] for q in reads)) == 2


async def test_a_read_starts_at_the_first_row_and_is_finished_only_once_read_to_the_end(
    customers: AsyncDSSDataset, dss_emulator: Any
) -> None:
    rows = customers.iter_rows()  # an iterator, not awaited: nothing is sent yet
    assert request_queries(dss_emulator, "getDatasetData") == []
    assert await rows.__anext__() == ROWS[0]
    assert len(request_queries(dss_emulator, "getDatasetData")) == 1
    assert request_queries(dss_emulator, "finishDatasetStreaming") == []
    await rows.aclose()
    with pytest.raises(NotFoundError):
        await rows_of(customers.project.get_dataset("missing"))
    with pytest.raises(BadRequestError, match="nope"):
        await rows_of(customers, columns=["nope"])


async def test_rows_holding_separators_quotes_and_line_breaks_come_back_whole(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    dataset = await project.create_dataset(
        "texts", "Filesystem", params={"connection": "filesystem_managed", "path": "t"}
    )
    await dataset.set_schema({"columns": [{"name": "text", "type": "string"}, {"name": "n", "type": "int"}]})
    values = ["tab\there", 'quote " here', "line\nbreak", "carriage\rreturn", "", "é ✓"]
    write_rows(
        data_store(dss_emulator.pipeline.services),
        "P",
        "texts",
        ["text", "n"],
        [[v, str(i)] for i, v in enumerate(values)],
        dss_emulator.state.clock,
    )
    assert await rows_of(dataset) == [[v, i] for i, v in enumerate(values)]
    assert await rows_of(dataset, columns=["n", "text"]) == [[i, v] for i, v in enumerate(values)]


async def test_partitions_are_read_one_by_one_or_together(project: AsyncDSSProject, dss_emulator: Any) -> None:
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
    assert sorted(await dataset.list_partitions()) == ["FR", "US"]
    assert await rows_of(dataset, partitions="FR") == [[1], [2]]
    assert await rows_of(dataset, partitions=["US", "FR"]) == [[1], [2], [3]]
    assert await rows_of(dataset) == [[1], [2], [3]]
    assert await dataset.clear(partitions=["FR"]) == {"msg": "Cleared P.events", "removed": 1}
    assert await rows_of(dataset) == [[3]]
    assert request_queries(dss_emulator, "clearDatasetData")[-1]["partitions"] == ["FR"]


async def test_rows_of_an_old_layout_follow_the_current_schema(project: AsyncDSSProject, dss_emulator: Any) -> None:
    dataset = await project.create_dataset("d", "Filesystem", params={"connection": "filesystem_managed", "path": "d"})
    write_rows(data_store(dss_emulator.pipeline.services), "P", "d", ["a", "b"], [["1", "x"]], dss_emulator.state.clock)
    await dataset.set_schema({"columns": [{"name": "b", "type": "string"}, {"name": "c", "type": "int"}]})
    assert await rows_of(dataset) == [["x", None]]


async def test_reading_needs_the_right_to_read_content(
    customers: AsyncDSSDataset, reader_client: AsyncDSSClient, client: AsyncDSSClient
) -> None:
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        await rows_of(theirs)
    project = client.get_project("P")
    permissions = await project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readDashboards": True}]
    await project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError, match="read the content"):
        await rows_of(theirs)
    permissions["permissions"] = [{"user": "reader", "readProjectContent": True}]
    await project.set_permissions(permissions)
    assert await rows_of(theirs) == ROWS
    with pytest.raises(PermissionDeniedError, match="write the content"):
        await theirs.clear()


# -- clearing and copying ------------------------------------------------------------------------------


async def test_clear_removes_the_rows_and_keeps_the_definition(customers: AsyncDSSDataset) -> None:
    answer = await customers.clear()
    assert answer["removed"] == 1
    assert await rows_of(customers) == []
    assert await customers.uploaded_list_files() == []
    assert len((await customers.get_schema())["columns"]) == 4


async def test_copy_to_overwrites_or_appends_and_syncs_the_schema(
    project: AsyncDSSProject, customers: AsyncDSSDataset, client: AsyncDSSClient, dss_emulator: Any
) -> None:
    target = await project.create_dataset(
        "copy", "Filesystem", params={"connection": "filesystem_managed", "path": "copy"}
    )
    future = await customers.copy_to(target)
    assert isinstance(future, AsyncDSSFuture)
    result = await future.wait_for_result(timeout=10)
    assert result["messages"][0]["message"] == "Copied 4 records into P.copy"
    assert await target.get_schema() == await customers.get_schema() | {"userModified": False}
    assert await rows_of(target) == ROWS
    await (await customers.copy_to(target, write_mode="APPEND")).wait_for_result(timeout=10)
    assert await rows_of(target) == ROWS + ROWS
    assert sent_bodies(dss_emulator, "copyDatasetData")[-1] == {
        "targetProjectKey": "P",
        "targetDatasetName": "copy",
        "syncSchema": True,
        "writeMode": "APPEND",
    }
    other = await client.create_project("Q", "Q", "admin")
    narrow = await other.create_dataset(
        "narrow", "Filesystem", params={"connection": "filesystem_managed", "path": "n"}
    )
    await narrow.set_schema({"columns": [{"name": "name", "type": "string"}]})
    await (await customers.copy_to(narrow, sync_schema=False)).wait_for_result(timeout=10)
    assert await rows_of(narrow) == [["ann"], ["bob"], ["cid"], ["dan"]]
    with pytest.raises(BadRequestError, match="itself"):
        await customers.copy_to(customers)
    with pytest.raises(NotFoundError):
        await customers.copy_to(project.get_dataset("missing"))


# -- metrics and checks ------------------------------------------------------------------------------


async def test_default_probes_count_records_columns_files_and_size(
    customers: AsyncDSSDataset, dss_emulator: Any
) -> None:
    report = await customers.compute_metrics()
    assert report["partition"] == "NP"
    assert {c["metricId"]: c["value"] for c in report["computed"]} == {
        "basic:COUNT_COLUMNS": "4",
        "basic:COUNT_FILES": "1",
        "basic:SIZE": str(len(CSV)),
        "records:COUNT_RECORDS": "4",
    }
    assert request_queries(dss_emulator, "computeDatasetMetrics")[-1] == {"partition": [""]}
    metrics = await customers.get_last_metric_values()
    assert isinstance(metrics, ComputedMetrics)
    assert metrics.get_global_value("records:COUNT_RECORDS") == 4
    assert metrics.get_partition_value("basic:SIZE", "NP") == len(CSV)
    assert metrics.get_first_partition_data("basic:COUNT_FILES")["value"] == "1"
    assert sorted(metrics.get_all_ids()) == [
        "basic:COUNT_COLUMNS",
        "basic:COUNT_FILES",
        "basic:SIZE",
        "records:COUNT_RECORDS",
    ]
    with pytest.raises(KeyError):
        metrics.get_metric_by_id("records:NOPE")


async def test_column_statistics_by_id_and_from_probes(customers: AsyncDSSDataset, dss_emulator: Any) -> None:
    ids = ["col_stats:MAX:amount", "col_stats:SUM:amount", "col_stats:COUNT_DISTINCT:country", "col_stats:MIN:name"]
    report = await customers.compute_metrics(metric_ids=ids)
    assert {c["metricId"]: (c["value"], c["dataType"]) for c in report["computed"]} == {
        "col_stats:MAX:amount": ("20.0", "DOUBLE"),
        "col_stats:SUM:amount": ("35.5", "DOUBLE"),
        "col_stats:COUNT_DISTINCT:country": ("3", "BIGINT"),
        "col_stats:MIN:name": ("ann", "STRING"),
    }
    assert sent_bodies(dss_emulator, "computeDatasetMetricsFromIds") == [{"metricIds": ids}]
    probes = {
        "probes": [{"type": "col_stats", "configuration": {"aggregates": [{"column": "id", "aggregated": "AVG"}]}}]
    }
    await customers.compute_metrics(probes=probes)
    assert (await customers.get_last_metric_values()).get_global_value("col_stats:AVG:id") == 2.5
    with pytest.raises(BadRequestError, match="nope"):
        await customers.compute_metrics(metric_ids=["col_stats:MAX:nope"])
    with pytest.raises(BadRequestError, match="Unknown metric"):
        await customers.compute_metrics(metric_ids=["made:UP"])


async def test_history_keeps_every_value_oldest_first(customers: AsyncDSSDataset, project: AsyncDSSProject) -> None:
    await customers.compute_metrics(metric_ids=["records:COUNT_RECORDS"])
    await customers.uploaded_add_file(io.BytesIO(b"id,name,country,amount\n9,zed,FR,1\n"), "more.csv")
    await customers.compute_metrics(metric_ids=["records:COUNT_RECORDS"])
    history = await customers.get_metric_history("records:COUNT_RECORDS")
    assert [v["value"] for v in history["values"]] == ["4", "5"]
    assert history["lastValue"]["value"] == "5"
    assert (await customers.get_metric_history("basic:SIZE"))["values"] == []


async def test_checks_grade_the_last_values(customers: AsyncDSSDataset, dss_emulator: Any) -> None:
    settings = await customers.get_settings()
    settings.get_raw()["metricsChecks"] = {
        "checks": [
            {
                "type": "numericRange",
                "meta": {"name": "rows"},
                "metricId": "records:COUNT_RECORDS",
                "minimum": 1,
                "minimumEnabled": True,
                "softMaximum": 3,
                "softMaximumEnabled": True,
            },
            {
                "type": "numericRange",
                "meta": {"name": "size"},
                "metricId": "basic:SIZE",
                "maximum": 10,
                "maximumEnabled": True,
            },
            {"type": "valueSet", "meta": {"name": "columns"}, "metricId": "basic:COUNT_COLUMNS", "values": ["4"]},
        ]
    }
    await settings.save()
    before = await customers.run_checks()
    assert [(r["check"]["meta"]["name"], r["value"]["outcome"]) for r in before["results"]] == [
        ("rows", "EMPTY"),
        ("size", "EMPTY"),
        ("columns", "EMPTY"),
    ]
    await customers.compute_metrics()
    after = await customers.run_checks()
    assert [r["value"]["outcome"] for r in after["results"]] == ["WARNING", "ERROR", "OK"]
    only = await customers.run_checks(checks=["columns"])
    assert [r["check"]["meta"]["name"] for r in only["results"]] == ["columns"]
    bodies = [entry.body for entry in dss_emulator.request_log if entry.operation_id == "runDatasetChecks"]
    assert bodies == [b"", b"", b'["columns"]']
    last = await customers.get_last_metric_values()
    assert last.get_global_value("checks:CHECK_RESULT:size") == "ERROR"
    with pytest.raises(BadRequestError, match="nope"):
        await customers.run_checks(checks=["nope"])


async def test_metrics_need_the_right_to_write_and_to_read(
    customers: AsyncDSSDataset, reader_client: AsyncDSSClient, client: AsyncDSSClient
) -> None:
    project = client.get_project("P")
    permissions = await project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    await project.set_permissions(permissions)
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        await theirs.compute_metrics()
    await customers.compute_metrics()
    assert (await theirs.get_last_metric_values()).get_global_value("records:COUNT_RECORDS") == 4


# -- info, usages, managed datasets ------------------------------------------------------------------


async def test_info_tells_the_last_build(project: AsyncDSSProject, customers: AsyncDSSDataset) -> None:
    info = await customers.get_info()
    assert isinstance(info, AsyncDSSDatasetInfo)
    assert info.get_raw()["dataset"]["name"] == "customers"
    assert (info.last_build_start_time, info.last_build_end_time, info.is_last_build_successful) == (None, None, False)
    recipe = (
        await project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    )
    job = await recipe.run(timeout=30)
    built = await project.get_dataset("copy").get_info()
    assert built.is_last_build_successful is True
    assert built.get_raw()["lastBuild"]["jobId"] == job.id
    assert built.last_build_start_time is not None and built.last_build_end_time is not None
    assert built.last_build_start_time <= built.last_build_end_time
    assert built.last_build_start_time.tzinfo is not None


async def test_usages_list_the_recipes_reading_and_writing(
    project: AsyncDSSProject, customers: AsyncDSSDataset
) -> None:
    await (
        project.new_recipe("sync", "copy_it")
        .with_input("customers")
        .with_new_output("copy", "filesystem_managed")
        .create()
    )
    assert await customers.get_usages() == [
        {"type": "RECIPE", "objectId": "copy_it", "projectKey": "P", "usageType": "INPUT"}
    ]
    assert await project.get_dataset("copy").get_usages() == [
        {"type": "RECIPE", "objectId": "copy_it", "projectKey": "P", "usageType": "OUTPUT"}
    ]


async def test_the_managed_dataset_builder(
    project: AsyncDSSProject, customers: AsyncDSSDataset, dss_emulator: Any
) -> None:
    partitioned = await project.create_dataset(
        "events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"}
    )
    settings = await partitioned.get_settings()
    settings.add_time_partitioning_dimension("day")
    await settings.save()
    helper = project.new_managed_dataset("daily").with_store_into(
        "filesystem_managed", format_option_id="CSV_UNIX_GZIP"
    )
    helper.with_copy_partitioning_from("events")
    assert helper.get_creation_settings() == {
        "specificSettings": {"formatOptionId": "CSV_UNIX_GZIP"},
        "connectionId": "filesystem_managed",
        "partitioningOptionId": "copy:dataset:events",
    }
    assert not await helper.already_exists()
    daily = await helper.create()
    assert isinstance(daily, AsyncDSSDataset) and await helper.already_exists()
    definition = (await daily.get_settings()).get_raw()
    assert definition["managed"] is True and definition["params"]["connection"] == "filesystem_managed"
    assert definition["partitioning"]["dimensions"] == [{"name": "day", "type": "time", "params": {"period": "DAY"}}]
    assert sent_bodies(dss_emulator, "createManagedDataset")[0]["name"] == "daily"
    with pytest.raises(ConflictError, match="already exists"):
        await helper.create()
    await daily.set_schema({"columns": [{"name": "x", "type": "string"}]})
    again = await project.new_managed_dataset("daily").with_store_into("filesystem_managed").create(overwrite=True)
    assert (await again.get_schema())["columns"] == []
    with pytest.warns(DeprecationWarning):
        project.new_managed_dataset_creation_helper("x")
    with pytest.raises(NotFoundError):
        await project.new_managed_dataset("m").with_copy_partitioning_from("missing").create()


async def test_a_dataset_dropped_with_its_data_comes_back_empty(
    project: AsyncDSSProject, customers: AsyncDSSDataset
) -> None:
    await customers.delete(drop_data=True)
    again = await project.create_upload_dataset("customers")
    assert await again.uploaded_list_files() == []


async def test_the_settings_of_ordinary_datasets_are_plain(project: AsyncDSSProject) -> None:
    inline = await project.create_dataset("inline", "Inline")
    settings = await inline.get_settings()
    assert type(settings) is AsyncDSSDatasetSettings
