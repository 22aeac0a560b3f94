# Derived from tests/e2e/aio/test_dataset_data.py by scripts/unasync.py: do not edit.
"""Datasets that hold rows: uploads, detection, streamed reads, clearing, copies, metrics and checks, end to end."""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DataikuException,
    DSSClient,
    DSSFuture,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.dataset import (
    DSSDataset,
    DSSDatasetInfo,
    DSSDatasetSettings,
    FSLikeDatasetSettings,
    SQLDatasetSettings,
)
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.project import DSSProject
from dssclient.emulator.automation.store import data_store, write_rows
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import CSV, ROWS, rows_of, upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    return client.create_project("P", "Project", "admin")


@pytest.fixture
def customers(project: DSSProject) -> DSSDataset:
    return upload_csv(project)


def request_queries(emulator: Any, operation_id: str) -> list[dict[str, list[str]]]:
    return [entry.query for entry in emulator.request_log if entry.operation_id == operation_id]


# -- uploads and detection ---------------------------------------------------------------------


def test_an_upload_dataset_keeps_its_files_and_a_new_file_of_a_name_replaces_the_old(
    project: DSSProject, dss_emulator: Any
) -> None:
    dataset = project.create_upload_dataset("raw", connection="uploads")
    assert sent_bodies(dss_emulator, "createDataset") == [
        {"name": "raw", "projectKey": "P", "type": "UploadedFiles", "params": {"uploadConnection": "uploads"}}
    ]
    dataset.uploaded_add_file(io.BytesIO(b"a,b\n1,2\n"), "one.csv")
    dataset.uploaded_add_file(b"a,b\n3,4\n5,6\n", "two.csv")
    dataset.uploaded_add_file(io.BytesIO(b"a,b\n7,8\n"), "one.csv")
    files = dataset.uploaded_list_files()
    assert [(f["name"], f["path"], f["size"]) for f in files] == [
        ("one.csv", "/one.csv", 8),
        ("two.csv", "/two.csv", 12),
    ]
    (dataset.autodetect_settings(infer_storage_types=True)).save()
    assert rows_of(dataset) == [[7, 8], [3, 4], [5, 6]]


def test_an_upload_streams_a_large_file_from_disk(project: DSSProject, tmp_path: Any) -> None:
    big = tmp_path / "big.csv"
    with big.open("w") as out:
        out.write("n,text\n")
        for n in range(50_000):
            out.write(f"{n},line {n}\n")
    dataset = project.create_upload_dataset("big")
    with big.open("rb") as opened:
        dataset.uploaded_add_file(opened, "big.csv")
    assert (dataset.uploaded_list_files())[0]["size"] == big.stat().st_size
    (dataset.autodetect_settings(infer_storage_types=True)).save()
    count, last = 0, None
    for row in dataset.iter_rows():
        count, last = count + 1, row
    assert (count, last) == (50_000, [49_999, "line 49999"])


def test_uploads_into_other_datasets_and_unnamed_parts_are_refused(project: DSSProject) -> None:
    other = project.create_dataset("managed", "Filesystem", params={"connection": "filesystem_managed", "path": "p"})
    with pytest.raises(BadRequestError, match="UploadedFiles"):
        other.uploaded_add_file(io.BytesIO(b"x"), "x.csv")
    with pytest.raises(BadRequestError, match="UploadedFiles"):
        other.uploaded_list_files()
    dataset = project.create_upload_dataset("raw")
    with pytest.raises(BadRequestError, match="file name"):
        dataset.uploaded_add_file(io.BytesIO(b"x"), "")
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").uploaded_add_file(io.BytesIO(b"x"), "x.csv")


def test_detection_finds_separator_header_and_types(project: DSSProject, dss_emulator: Any) -> None:
    dataset = project.create_upload_dataset("semi")
    dataset.uploaded_add_file(
        io.BytesIO(b"day;flag;score;label\n2024-01-02;true;1.5;x\n2024-01-03;false;2;y\n"), "f.csv"
    )
    as_text = dataset.autodetect_settings()
    assert [c["type"] for c in as_text.get_raw()["schema"]["columns"]] == ["string"] * 4
    settings = dataset.autodetect_settings(infer_storage_types=True)
    assert isinstance(settings, FSLikeDatasetSettings)
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
    assert (dataset.get_schema())["columns"] == []
    settings.save()
    assert rows_of(dataset) == [
        [datetime.datetime(2024, 1, 2), True, 1.5, "x"],
        [datetime.datetime(2024, 1, 3), False, 2.0, "y"],
    ]
    assert sent_bodies(dss_emulator, "detectDatasetFormat")[-1] == {
        "detectPossibleFormats": True,
        "inferStorageTypes": True,
    }


def test_detection_without_files_fails_and_other_types_are_refused(project: DSSProject) -> None:
    empty = project.create_upload_dataset("empty")
    with pytest.raises(DataikuException, match="Format detection failed"):
        empty.autodetect_settings()
    future = empty.test_and_detect()
    assert isinstance(future, DSSFuture)
    assert (future.wait_for_result(timeout=10))["format"]["ok"] is False
    project.client.create_connection("pg", "PostgreSQL")
    sql = project.create_dataset("table", "PostgreSQL", params={"connection": "pg"})
    assert isinstance(sql.get_settings(), SQLDatasetSettings)
    with pytest.raises(ValueError, match="file-based"):
        sql.autodetect_settings()


def test_reading_an_upload_without_a_format_says_to_detect_it(project: DSSProject) -> None:
    dataset = project.create_upload_dataset("raw")
    dataset.uploaded_add_file(io.BytesIO(CSV), "c.csv")
    with pytest.raises(BadRequestError, match="autodetect_settings"):
        rows_of(dataset)


def test_fs_like_settings_helpers_edit_the_raw_settings(project: DSSProject) -> None:
    dataset = project.create_filesystem_dataset("files", "filesystem_managed", "P/files")
    settings = dataset.get_settings()
    assert isinstance(settings, FSLikeDatasetSettings)
    assert settings.get_raw()["params"] == {"connection": "filesystem_managed", "path": "P/files"}
    settings.set_connection_and_path("other", "elsewhere")
    settings.set_csv_format(separator="|", header_row=False)
    settings.set_partitioning_file_pattern("/%Y/.*")
    settings.save()
    saved = (dataset.get_settings()).get_raw()
    assert saved["params"] == {"connection": "other", "path": "elsewhere"}
    assert saved["formatType"] == "csv"
    assert saved["formatParams"]["separator"] == "|" and saved["formatParams"]["parseHeaderRow"] is False
    assert saved["partitioning"]["filePathPattern"] == "/%Y/.*"
    table = project.create_dataset("t", "Snowflake")
    sql = table.get_settings()
    assert isinstance(sql, SQLDatasetSettings)
    sql.set_table("sf", "PUBLIC", "T", catalog="DB")
    assert sql.get_raw_params() == {
        "connection": "sf",
        "mode": "table",
        "schema": "PUBLIC",
        "table": "T",
        "catalog": "DB",
    }


# -- reading rows --------------------------------------------------------------------------------


def test_rows_are_cast_by_the_schema_and_read_in_the_order_asked(customers: DSSDataset, dss_emulator: Any) -> None:
    assert rows_of(customers) == ROWS
    assert rows_of(customers, columns=["amount", "name"]) == [
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


def test_a_read_starts_at_the_first_row_and_is_finished_only_once_read_to_the_end(
    customers: DSSDataset, dss_emulator: Any
) -> None:
    rows = customers.iter_rows()  # an iterator, not awaited: nothing is sent yet
    assert request_queries(dss_emulator, "getDatasetData") == []
    assert rows.__next__() == ROWS[0]
    assert len(request_queries(dss_emulator, "getDatasetData")) == 1
    assert request_queries(dss_emulator, "finishDatasetStreaming") == []
    rows.close()
    with pytest.raises(NotFoundError):
        rows_of(customers.project.get_dataset("missing"))
    with pytest.raises(BadRequestError, match="nope"):
        rows_of(customers, columns=["nope"])


def test_rows_holding_separators_quotes_and_line_breaks_come_back_whole(project: DSSProject, dss_emulator: Any) -> None:
    dataset = project.create_dataset("texts", "Filesystem", params={"connection": "filesystem_managed", "path": "t"})
    dataset.set_schema({"columns": [{"name": "text", "type": "string"}, {"name": "n", "type": "int"}]})
    values = ["tab\there", 'quote " here', "line\nbreak", "carriage\rreturn", "", "é ✓"]
    write_rows(
        data_store(dss_emulator.pipeline.services),
        "P",
        "texts",
        ["text", "n"],
        [[v, str(i)] for i, v in enumerate(values)],
        dss_emulator.state.clock,
    )
    assert rows_of(dataset) == [[v, i] for i, v in enumerate(values)]
    assert rows_of(dataset, columns=["n", "text"]) == [[i, v] for i, v in enumerate(values)]


def test_partitions_are_read_one_by_one_or_together(project: DSSProject, dss_emulator: Any) -> None:
    dataset = project.create_dataset("events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"})
    settings = dataset.get_settings()
    settings.add_discrete_partitioning_dimension("country")
    settings.add_raw_schema_column({"name": "n", "type": "bigint"})
    settings.save()
    store = data_store(dss_emulator.pipeline.services)
    write_rows(store, "P", "events", ["n"], [["1"], ["2"]], dss_emulator.state.clock, partition="FR")
    write_rows(store, "P", "events", ["n"], [["3"]], dss_emulator.state.clock, partition="US")
    assert sorted(dataset.list_partitions()) == ["FR", "US"]
    assert rows_of(dataset, partitions="FR") == [[1], [2]]
    assert rows_of(dataset, partitions=["US", "FR"]) == [[1], [2], [3]]
    assert rows_of(dataset) == [[1], [2], [3]]
    assert dataset.clear(partitions=["FR"]) == {"msg": "Cleared P.events", "removed": 1}
    assert rows_of(dataset) == [[3]]
    assert request_queries(dss_emulator, "clearDatasetData")[-1]["partitions"] == ["FR"]


def test_rows_of_an_old_layout_follow_the_current_schema(project: DSSProject, dss_emulator: Any) -> None:
    dataset = project.create_dataset("d", "Filesystem", params={"connection": "filesystem_managed", "path": "d"})
    write_rows(data_store(dss_emulator.pipeline.services), "P", "d", ["a", "b"], [["1", "x"]], dss_emulator.state.clock)
    dataset.set_schema({"columns": [{"name": "b", "type": "string"}, {"name": "c", "type": "int"}]})
    assert rows_of(dataset) == [["x", None]]


def test_reading_needs_the_right_to_read_content(
    customers: DSSDataset, reader_client: DSSClient, client: DSSClient
) -> None:
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        rows_of(theirs)
    project = client.get_project("P")
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readDashboards": True}]
    project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError, match="read the content"):
        rows_of(theirs)
    permissions["permissions"] = [{"user": "reader", "readProjectContent": True}]
    project.set_permissions(permissions)
    assert rows_of(theirs) == ROWS
    with pytest.raises(PermissionDeniedError, match="write the content"):
        theirs.clear()


# -- clearing and copying ------------------------------------------------------------------------------


def test_clear_removes_the_rows_and_keeps_the_definition(customers: DSSDataset) -> None:
    answer = customers.clear()
    assert answer["removed"] == 1
    assert rows_of(customers) == []
    assert customers.uploaded_list_files() == []
    assert len((customers.get_schema())["columns"]) == 4


def test_copy_to_overwrites_or_appends_and_syncs_the_schema(
    project: DSSProject, customers: DSSDataset, client: DSSClient, dss_emulator: Any
) -> None:
    target = project.create_dataset("copy", "Filesystem", params={"connection": "filesystem_managed", "path": "copy"})
    future = customers.copy_to(target)
    assert isinstance(future, DSSFuture)
    result = future.wait_for_result(timeout=10)
    assert result["messages"][0]["message"] == "Copied 4 records into P.copy"
    assert target.get_schema() == customers.get_schema() | {"userModified": False}
    assert rows_of(target) == ROWS
    (customers.copy_to(target, write_mode="APPEND")).wait_for_result(timeout=10)
    assert rows_of(target) == ROWS + ROWS
    assert sent_bodies(dss_emulator, "copyDatasetData")[-1] == {
        "targetProjectKey": "P",
        "targetDatasetName": "copy",
        "syncSchema": True,
        "writeMode": "APPEND",
    }
    other = client.create_project("Q", "Q", "admin")
    narrow = other.create_dataset("narrow", "Filesystem", params={"connection": "filesystem_managed", "path": "n"})
    narrow.set_schema({"columns": [{"name": "name", "type": "string"}]})
    (customers.copy_to(narrow, sync_schema=False)).wait_for_result(timeout=10)
    assert rows_of(narrow) == [["ann"], ["bob"], ["cid"], ["dan"]]
    with pytest.raises(BadRequestError, match="itself"):
        customers.copy_to(customers)
    with pytest.raises(NotFoundError):
        customers.copy_to(project.get_dataset("missing"))


# -- metrics and checks ------------------------------------------------------------------------------


def test_default_probes_count_records_columns_files_and_size(customers: DSSDataset, dss_emulator: Any) -> None:
    report = customers.compute_metrics()
    assert report["partition"] == "NP"
    assert {c["metricId"]: c["value"] for c in report["computed"]} == {
        "basic:COUNT_COLUMNS": "4",
        "basic:COUNT_FILES": "1",
        "basic:SIZE": str(len(CSV)),
        "records:COUNT_RECORDS": "4",
    }
    assert request_queries(dss_emulator, "computeDatasetMetrics")[-1] == {"partition": [""]}
    metrics = customers.get_last_metric_values()
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


def test_column_statistics_by_id_and_from_probes(customers: DSSDataset, dss_emulator: Any) -> None:
    ids = ["col_stats:MAX:amount", "col_stats:SUM:amount", "col_stats:COUNT_DISTINCT:country", "col_stats:MIN:name"]
    report = customers.compute_metrics(metric_ids=ids)
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
    customers.compute_metrics(probes=probes)
    assert (customers.get_last_metric_values()).get_global_value("col_stats:AVG:id") == 2.5
    with pytest.raises(BadRequestError, match="nope"):
        customers.compute_metrics(metric_ids=["col_stats:MAX:nope"])
    with pytest.raises(BadRequestError, match="Unknown metric"):
        customers.compute_metrics(metric_ids=["made:UP"])


def test_history_keeps_every_value_oldest_first(customers: DSSDataset, project: DSSProject) -> None:
    customers.compute_metrics(metric_ids=["records:COUNT_RECORDS"])
    customers.uploaded_add_file(io.BytesIO(b"id,name,country,amount\n9,zed,FR,1\n"), "more.csv")
    customers.compute_metrics(metric_ids=["records:COUNT_RECORDS"])
    history = customers.get_metric_history("records:COUNT_RECORDS")
    assert [v["value"] for v in history["values"]] == ["4", "5"]
    assert history["lastValue"]["value"] == "5"
    assert (customers.get_metric_history("basic:SIZE"))["values"] == []


def test_checks_grade_the_last_values(customers: DSSDataset, dss_emulator: Any) -> None:
    settings = customers.get_settings()
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
    settings.save()
    before = customers.run_checks()
    assert [(r["check"]["meta"]["name"], r["value"]["outcome"]) for r in before["results"]] == [
        ("rows", "EMPTY"),
        ("size", "EMPTY"),
        ("columns", "EMPTY"),
    ]
    customers.compute_metrics()
    after = customers.run_checks()
    assert [r["value"]["outcome"] for r in after["results"]] == ["WARNING", "ERROR", "OK"]
    only = customers.run_checks(checks=["columns"])
    assert [r["check"]["meta"]["name"] for r in only["results"]] == ["columns"]
    bodies = [entry.body for entry in dss_emulator.request_log if entry.operation_id == "runDatasetChecks"]
    assert bodies == [b"", b"", b'["columns"]']
    last = customers.get_last_metric_values()
    assert last.get_global_value("checks:CHECK_RESULT:size") == "ERROR"
    with pytest.raises(BadRequestError, match="nope"):
        customers.run_checks(checks=["nope"])


def test_metrics_need_the_right_to_write_and_to_read(
    customers: DSSDataset, reader_client: DSSClient, client: DSSClient
) -> None:
    project = client.get_project("P")
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    project.set_permissions(permissions)
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        theirs.compute_metrics()
    customers.compute_metrics()
    assert (theirs.get_last_metric_values()).get_global_value("records:COUNT_RECORDS") == 4


# -- info, usages, managed datasets ------------------------------------------------------------------


def test_info_tells_the_last_build(project: DSSProject, customers: DSSDataset) -> None:
    info = customers.get_info()
    assert isinstance(info, DSSDatasetInfo)
    assert info.get_raw()["dataset"]["name"] == "customers"
    assert (info.last_build_start_time, info.last_build_end_time, info.is_last_build_successful) == (None, None, False)
    recipe = project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    job = recipe.run(timeout=30)
    built = project.get_dataset("copy").get_info()
    assert built.is_last_build_successful is True
    assert built.get_raw()["lastBuild"]["jobId"] == job.id
    assert built.last_build_start_time is not None and built.last_build_end_time is not None
    assert built.last_build_start_time <= built.last_build_end_time
    assert built.last_build_start_time.tzinfo is not None


def test_usages_list_the_recipes_reading_and_writing(project: DSSProject, customers: DSSDataset) -> None:
    (
        project.new_recipe("sync", "copy_it")
        .with_input("customers")
        .with_new_output("copy", "filesystem_managed")
        .create()
    )
    assert customers.get_usages() == [
        {"type": "RECIPE", "objectId": "copy_it", "projectKey": "P", "usageType": "INPUT"}
    ]
    assert project.get_dataset("copy").get_usages() == [
        {"type": "RECIPE", "objectId": "copy_it", "projectKey": "P", "usageType": "OUTPUT"}
    ]


def test_the_managed_dataset_builder(project: DSSProject, customers: DSSDataset, dss_emulator: Any) -> None:
    partitioned = project.create_dataset(
        "events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"}
    )
    settings = partitioned.get_settings()
    settings.add_time_partitioning_dimension("day")
    settings.save()
    helper = project.new_managed_dataset("daily").with_store_into(
        "filesystem_managed", format_option_id="CSV_UNIX_GZIP"
    )
    helper.with_copy_partitioning_from("events")
    assert helper.get_creation_settings() == {
        "specificSettings": {"formatOptionId": "CSV_UNIX_GZIP"},
        "connectionId": "filesystem_managed",
        "partitioningOptionId": "copy:dataset:events",
    }
    assert not helper.already_exists()
    daily = helper.create()
    assert isinstance(daily, DSSDataset) and helper.already_exists()
    definition = (daily.get_settings()).get_raw()
    assert definition["managed"] is True and definition["params"]["connection"] == "filesystem_managed"
    assert definition["partitioning"]["dimensions"] == [{"name": "day", "type": "time", "params": {"period": "DAY"}}]
    assert sent_bodies(dss_emulator, "createManagedDataset")[0]["name"] == "daily"
    with pytest.raises(ConflictError, match="already exists"):
        helper.create()
    daily.set_schema({"columns": [{"name": "x", "type": "string"}]})
    again = project.new_managed_dataset("daily").with_store_into("filesystem_managed").create(overwrite=True)
    assert (again.get_schema())["columns"] == []
    with pytest.warns(DeprecationWarning):
        project.new_managed_dataset_creation_helper("x")
    with pytest.raises(NotFoundError):
        project.new_managed_dataset("m").with_copy_partitioning_from("missing").create()


def test_a_dataset_dropped_with_its_data_comes_back_empty(project: DSSProject, customers: DSSDataset) -> None:
    customers.delete(drop_data=True)
    again = project.create_upload_dataset("customers")
    assert again.uploaded_list_files() == []


def test_the_settings_of_ordinary_datasets_are_plain(project: DSSProject) -> None:
    inline = project.create_dataset("inline", "Inline")
    settings = inline.get_settings()
    assert type(settings) is DSSDatasetSettings
