# Derived from tests/e2e/aio/test_datasets.py by scripts/unasync.py: do not edit.
"""DSSProject's dataset calls and DSSDataset, end to end against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.dataset import DSSDataset, DSSDatasetListItem, DSSDatasetSettings
from dssclient.dss.project import DSSProject
from tests.conftest import sent_bodies

FS_PARAMS = {"connection": "filesystem_managed", "path": "P/customers"}


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    return client.create_project("P", "Project", "admin")


@pytest.fixture
def dataset(project: DSSProject) -> DSSDataset:
    return project.create_dataset(
        "customers", "Filesystem", params=FS_PARAMS, formatType="csv", formatParams={"separator": ","}
    )


def test_create_sends_the_definition(dataset: DSSDataset, dss_emulator: Any) -> None:
    assert (dataset.project_key, dataset.dataset_name, dataset.name, dataset.id) == (
        "P",
        "customers",
        "customers",
        "customers",
    )
    (body,) = sent_bodies(dss_emulator, "createDataset")
    assert body == {
        "name": "customers",
        "projectKey": "P",
        "type": "Filesystem",
        "params": FS_PARAMS,
        "formatType": "csv",
        "formatParams": {"separator": ","},
    }


def test_create_twice_is_a_conflict(project: DSSProject, dataset: DSSDataset) -> None:
    with pytest.raises(ConflictError):
        project.create_dataset("customers", "Filesystem")


def test_names_outside_dss_rules_are_refused(project: DSSProject, dss_emulator: Any) -> None:
    for name in ("", ".", ".."):
        with pytest.raises(InvalidIdentifierError):
            project.create_dataset(name, "Inline")
    assert sent_bodies(dss_emulator, "createDataset") == []
    with pytest.raises(BadRequestError, match="name"):
        project.create_dataset("a/b", "Inline")
    assert project.list_datasets() == []


def test_list_as_items_and_as_handles(project: DSSProject, dataset: DSSDataset) -> None:
    project.create_dataset("orders", "Inline")
    items = project.list_datasets()
    assert [type(i) for i in items] == [DSSDatasetListItem, DSSDatasetListItem]
    by_name = {item.name: item for item in items}
    assert set(by_name) == {"customers", "orders"}
    customers = by_name["customers"]
    assert customers.type == "Filesystem"
    assert customers.connection == "filesystem_managed"
    assert customers.schema == {"columns": [], "userModified": False}
    assert (customers.to_dataset().get_settings()).type == "Filesystem"

    handles = project.list_datasets(as_type="objects")
    assert sorted(h.dataset_name for h in handles) == ["customers", "orders"]
    with pytest.raises(ValueError, match="as_type"):
        project.list_datasets(as_type="dicts")  # type: ignore[call-overload]


def test_list_filters_by_tag_and_sends_the_filters(project: DSSProject, dataset: DSSDataset, dss_emulator: Any) -> None:
    orders = project.create_dataset("orders", "Inline")
    settings = orders.get_settings()
    settings.get_raw()["tags"] = ["gold"]
    settings.save()
    assert [i.name for i in project.list_datasets(tags=["gold", "silver"])] == ["orders"]
    entry = [e for e in dss_emulator.request_log if e.operation_id == "listDatasets"][-1]
    assert entry.query == {"foreign": ["false"], "tags": ["gold", "silver"]}


def test_schema_set_and_get(dataset: DSSDataset) -> None:
    schema = {"columns": [{"name": "id", "type": "bigint"}, {"name": "email", "type": "string", "maxLength": -1}]}
    dataset.set_schema(schema)
    assert (dataset.get_schema())["columns"] == schema["columns"]
    assert (dataset.get_settings()).schema_columns == schema["columns"]


def test_schema_without_column_types_is_refused(dataset: DSSDataset) -> None:
    with pytest.raises(BadRequestError, match="type"):
        dataset.set_schema({"columns": [{"name": "id"}]})


def test_settings_edit_and_save(dataset: DSSDataset) -> None:
    settings = dataset.get_settings()
    assert isinstance(settings, DSSDatasetSettings)
    assert settings.type == "Filesystem"
    settings.get_raw_params()["path"] = "P/customers_v2"
    settings.add_raw_schema_column({"name": "country", "type": "string"})
    settings.add_discrete_partitioning_dimension("country")
    settings.save()

    reread = (dataset.get_settings()).get_raw()
    assert reread["params"]["path"] == "P/customers_v2"
    assert reread["schema"]["columns"] == [{"name": "country", "type": "string"}]
    assert reread["partitioning"]["dimensions"] == [{"name": "country", "type": "value"}]


def test_settings_carry_dss_metrics_and_checks_from_creation(dataset: DSSDataset) -> None:
    raw = (dataset.get_settings()).get_raw()
    probes = raw["metrics"]["probes"]
    assert [(p["type"], p["enabled"], p["computeOnBuildMode"]) for p in probes] == [
        ("basic", True, "PARTITION"),
        ("records", True, "NO"),
    ]
    assert [p["meta"] for p in probes] == [{"name": "Basic data", "level": 0}, {"name": "Record count", "level": 0}]
    assert all(p["configuration"] == {} for p in probes)
    assert raw["metrics"]["engineConfig"]["dss"]["active"] is True
    assert raw["metrics"]["engineConfig"]["padRunsWithMetrics"] is False
    assert raw["metrics"]["displayedState"] == {
        "columns": [],
        "metrics": ["basic:COUNT_COLUMNS", "basic:COUNT_FILES", "basic:SIZE", "records:COUNT_RECORDS"],
    }
    assert raw["metricsChecks"] == {"runOnBuild": False, "checks": [], "displayedState": {"checks": []}}

    settings = dataset.get_settings()
    settings.get_raw()["metrics"]["probes"][1]["computeOnBuildMode"] = "PARTITION"
    settings.get_raw()["metricsChecks"]["runOnBuild"] = True
    settings.save()
    reread = (dataset.get_settings()).get_raw()
    assert reread["metrics"]["probes"][1]["computeOnBuildMode"] == "PARTITION"
    assert reread["metricsChecks"]["runOnBuild"] is True
    assert reread["metrics"]["engineConfig"] == raw["metrics"]["engineConfig"]

    settings.get_raw()["metrics"]["probes"].append({"enabled": True})  # a probe says what it computes
    with pytest.raises(BadRequestError):
        settings.save()


@pytest.mark.filterwarnings("ignore:DSSDataset.[gs]et_definition is deprecated")
def test_definition_get_and_set(dataset: DSSDataset) -> None:
    with pytest.warns(DeprecationWarning, match="get_settings"):
        dataset.get_definition()
    definition = dataset.get_definition()
    assert definition["name"] == "customers"
    definition["description"] = "set through the older pair"
    acknowledgement = dataset.set_definition(definition)
    assert acknowledgement is None or isinstance(acknowledgement, dict)
    assert (dataset.get_definition())["description"] == "set through the older pair"


def test_metadata_round_trip(dataset: DSSDataset) -> None:
    metadata = dataset.get_metadata()
    metadata["description"] = "One row per customer"
    dataset.set_metadata(metadata)
    assert (dataset.get_metadata())["description"] == "One row per customer"


def test_partitions(dataset: DSSDataset) -> None:
    assert dataset.list_partitions() == []
    settings = dataset.get_settings()
    settings.add_time_partitioning_dimension("day")
    settings.get_raw()["emulatorPartitions"] = ["2026-11-01", "2026-11-02"]
    settings.save()
    assert dataset.list_partitions() == ["2026-11-01", "2026-11-02"]


def test_exists_and_delete(project: DSSProject, dataset: DSSDataset, dss_emulator: Any) -> None:
    assert dataset.exists()
    dataset.delete(drop_data=True)
    assert not dataset.exists()
    assert project.list_datasets() == []
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "deleteDataset"]
    assert entry.query == {"dropData": ["true"]}
    with pytest.raises(NotFoundError, match="customers"):
        dataset.get_schema()


def test_exists_raises_rather_than_guess_when_refused(client: DSSClient, reader_client: DSSClient) -> None:
    (client.create_project("THEIRS", "Theirs", "admin")).create_dataset("secret", "Inline")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("THEIRS").get_dataset("secret").exists()


def test_the_dataset_knows_its_project(dataset: DSSDataset) -> None:
    assert (dataset.project.get_summary())["projectKey"] == "P"
