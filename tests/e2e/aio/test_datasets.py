"""DSSProject's dataset calls and DSSDataset, end to end against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.dataset import AsyncDSSDataset, AsyncDSSDatasetListItem, AsyncDSSDatasetSettings
from dssclient.aio.dss.project import AsyncDSSProject
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

FS_PARAMS = {"connection": "filesystem_managed", "path": "P/customers"}


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    return await client.create_project("P", "Project", "admin")


@pytest.fixture
async def dataset(project: AsyncDSSProject) -> AsyncDSSDataset:
    return await project.create_dataset(
        "customers", "Filesystem", params=FS_PARAMS, formatType="csv", formatParams={"separator": ","}
    )


async def test_create_sends_the_definition(dataset: AsyncDSSDataset, dss_emulator: Any) -> None:
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


async def test_create_twice_is_a_conflict(project: AsyncDSSProject, dataset: AsyncDSSDataset) -> None:
    with pytest.raises(ConflictError):
        await project.create_dataset("customers", "Filesystem")


async def test_names_outside_dss_rules_are_refused(project: AsyncDSSProject, dss_emulator: Any) -> None:
    for name in ("", ".", ".."):
        with pytest.raises(InvalidIdentifierError):
            await project.create_dataset(name, "Inline")
    assert sent_bodies(dss_emulator, "createDataset") == []
    with pytest.raises(BadRequestError, match="name"):
        await project.create_dataset("a/b", "Inline")
    assert await project.list_datasets() == []


async def test_list_as_items_and_as_handles(project: AsyncDSSProject, dataset: AsyncDSSDataset) -> None:
    await project.create_dataset("orders", "Inline")
    items = await project.list_datasets()
    assert [type(i) for i in items] == [AsyncDSSDatasetListItem, AsyncDSSDatasetListItem]
    by_name = {item.name: item for item in items}
    assert set(by_name) == {"customers", "orders"}
    customers = by_name["customers"]
    assert customers.type == "Filesystem"
    assert customers.connection == "filesystem_managed"
    assert customers.schema == {"columns": [], "userModified": False}
    assert (await customers.to_dataset().get_settings()).type == "Filesystem"

    handles = await project.list_datasets(as_type="objects")
    assert sorted(h.dataset_name for h in handles) == ["customers", "orders"]
    with pytest.raises(ValueError, match="as_type"):
        await project.list_datasets(as_type="dicts")  # type: ignore[call-overload]


async def test_list_filters_by_tag_and_sends_the_filters(
    project: AsyncDSSProject, dataset: AsyncDSSDataset, dss_emulator: Any
) -> None:
    orders = await project.create_dataset("orders", "Inline")
    settings = await orders.get_settings()
    settings.get_raw()["tags"] = ["gold"]
    await settings.save()
    assert [i.name for i in await project.list_datasets(tags=["gold", "silver"])] == ["orders"]
    entry = [e for e in dss_emulator.request_log if e.operation_id == "listDatasets"][-1]
    assert entry.query == {"foreign": ["false"], "tags": ["gold", "silver"]}


async def test_schema_set_and_get(dataset: AsyncDSSDataset) -> None:
    schema = {"columns": [{"name": "id", "type": "bigint"}, {"name": "email", "type": "string", "maxLength": -1}]}
    await dataset.set_schema(schema)
    assert (await dataset.get_schema())["columns"] == schema["columns"]
    assert (await dataset.get_settings()).schema_columns == schema["columns"]


async def test_schema_without_column_types_is_refused(dataset: AsyncDSSDataset) -> None:
    with pytest.raises(BadRequestError, match="type"):
        await dataset.set_schema({"columns": [{"name": "id"}]})


async def test_settings_edit_and_save(dataset: AsyncDSSDataset) -> None:
    settings = await dataset.get_settings()
    assert isinstance(settings, AsyncDSSDatasetSettings)
    assert settings.type == "Filesystem"
    settings.get_raw_params()["path"] = "P/customers_v2"
    settings.add_raw_schema_column({"name": "country", "type": "string"})
    settings.add_discrete_partitioning_dimension("country")
    await settings.save()

    reread = (await dataset.get_settings()).get_raw()
    assert reread["params"]["path"] == "P/customers_v2"
    assert reread["schema"]["columns"] == [{"name": "country", "type": "string"}]
    assert reread["partitioning"]["dimensions"] == [{"name": "country", "type": "value"}]


async def test_settings_carry_dss_metrics_and_checks_from_creation(dataset: AsyncDSSDataset) -> None:
    raw = (await dataset.get_settings()).get_raw()
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

    settings = await dataset.get_settings()
    settings.get_raw()["metrics"]["probes"][1]["computeOnBuildMode"] = "PARTITION"
    settings.get_raw()["metricsChecks"]["runOnBuild"] = True
    await settings.save()
    reread = (await dataset.get_settings()).get_raw()
    assert reread["metrics"]["probes"][1]["computeOnBuildMode"] == "PARTITION"
    assert reread["metricsChecks"]["runOnBuild"] is True
    assert reread["metrics"]["engineConfig"] == raw["metrics"]["engineConfig"]

    settings.get_raw()["metrics"]["probes"].append({"enabled": True})  # a probe says what it computes
    with pytest.raises(BadRequestError):
        await settings.save()


@pytest.mark.filterwarnings("ignore:DSSDataset.[gs]et_definition is deprecated")
async def test_definition_get_and_set(dataset: AsyncDSSDataset) -> None:
    with pytest.warns(DeprecationWarning, match="get_settings"):
        await dataset.get_definition()
    definition = await dataset.get_definition()
    assert definition["name"] == "customers"
    definition["description"] = "set through the older pair"
    acknowledgement = await dataset.set_definition(definition)
    assert acknowledgement is None or isinstance(acknowledgement, dict)
    assert (await dataset.get_definition())["description"] == "set through the older pair"


async def test_metadata_round_trip(dataset: AsyncDSSDataset) -> None:
    metadata = await dataset.get_metadata()
    metadata["description"] = "One row per customer"
    await dataset.set_metadata(metadata)
    assert (await dataset.get_metadata())["description"] == "One row per customer"


async def test_partitions(dataset: AsyncDSSDataset) -> None:
    assert await dataset.list_partitions() == []
    settings = await dataset.get_settings()
    settings.add_time_partitioning_dimension("day")
    settings.get_raw()["emulatorPartitions"] = ["2026-11-01", "2026-11-02"]
    await settings.save()
    assert await dataset.list_partitions() == ["2026-11-01", "2026-11-02"]


async def test_exists_and_delete(project: AsyncDSSProject, dataset: AsyncDSSDataset, dss_emulator: Any) -> None:
    assert await dataset.exists()
    await dataset.delete(drop_data=True)
    assert not await dataset.exists()
    assert await project.list_datasets() == []
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "deleteDataset"]
    assert entry.query == {"dropData": ["true"]}
    with pytest.raises(NotFoundError, match="customers"):
        await dataset.get_schema()


async def test_exists_raises_rather_than_guess_when_refused(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await (await client.create_project("THEIRS", "Theirs", "admin")).create_dataset("secret", "Inline")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("THEIRS").get_dataset("secret").exists()


async def test_the_dataset_knows_its_project(dataset: AsyncDSSDataset) -> None:
    assert (await dataset.project.get_summary())["projectKey"] == "P"
