# Derived from tests/e2e/aio/test_dataset_lineage_and_refusals.py by scripts/unasync.py: do not edit.
"""Datasets' column lineage, Hive and Elasticsearch actions (refused: the emulator has neither),
and get_as_core_dataset. End to end, with DSS's refusals and permissions."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.project import DSSProject
from tests.e2e.sync.automation_helpers import upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    """customers -> copy (sync) -> copied -> prep (prepare) -> prepared; copied -> agg (grouping) -> grouped."""
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )
    (
        project.new_recipe("shaker", "prep")
        .with_input("copied")
        .with_new_output("prepared", "filesystem_managed")
        .create()
    )
    (
        project.new_recipe("grouping", "agg")
        .with_input("copied")
        .with_new_output("grouped", "filesystem_managed")
        .create()
    )
    return project


def _pairs(relations: list[Any]) -> list[tuple[str, str, str]]:
    return sorted((r["source"]["datasetName"], r["target"]["datasetName"], r["recipe"]["name"]) for r in relations)


def test_column_lineage_follows_carrying_recipes_both_ways(project: DSSProject) -> None:
    # Every output has the input's columns (the grouping's included, so only its type stops the lineage).
    schema = project.get_dataset("customers").get_schema()
    project.get_dataset("grouped").set_schema(schema)
    relations = project.get_dataset("copied").get_column_lineage("name")
    # Upstream through the sync recipe, downstream through the step-less prepare; the grouping stops it.
    assert _pairs(relations) == [("copied", "prepared", "prep"), ("customers", "copied", "copy")]
    assert all(r["manual"] is False for r in relations)
    assert {r["source"]["columnName"] for r in relations} == {"name"}
    assert {r["recipe"]["type"] for r in relations} == {"sync", "shaker"}
    from_source = project.get_dataset("customers").get_column_lineage("name")
    assert _pairs(from_source) == [("copied", "prepared", "prep"), ("customers", "copied", "copy")]
    # The dataset budget counts the starting dataset.
    assert _pairs(project.get_dataset("customers").get_column_lineage("name", max_dataset_count=2)) == [
        ("customers", "copied", "copy")
    ]
    assert project.get_dataset("customers").get_column_lineage("name", max_dataset_count=1) == []


def test_column_lineage_stops_at_steps_and_missing_columns(project: DSSProject) -> None:
    schema = project.get_dataset("customers").get_schema()
    project.get_dataset("copied").set_schema(schema)
    project.get_dataset("prepared").set_schema({"columns": [{"name": "other", "type": "string"}]})
    # prepared lacks the column: no relation to it.
    assert _pairs(project.get_dataset("copied").get_column_lineage("id")) == [("customers", "copied", "copy")]
    project.get_dataset("prepared").set_schema(schema)
    prep = project.get_recipe("prep")
    settings = prep.get_settings()
    settings.set_payload('{"steps": [{"type": "ColumnRenamer", "params": {"renamings": []}}]}')
    settings.save()
    # A prepare recipe with steps stops the lineage.
    assert _pairs(project.get_dataset("copied").get_column_lineage("id")) == [("customers", "copied", "copy")]


def test_column_lineage_crosses_projects_the_caller_may_read(
    project: DSSProject, client: DSSClient, reader_client: DSSClient
) -> None:
    other = client.create_project("Q", "Other", "admin")
    settings = project.get_settings()
    settings.add_exposed_object("DATASET", "customers", "Q")
    settings.save()
    (
        other.new_recipe("sync", "theirs")
        .with_input("P.customers")
        .with_new_output("theirs_out", "filesystem_managed")
        .create()
    )
    relations = project.get_dataset("customers").get_column_lineage("id")
    crossing = [r for r in relations if r["target"]["projectKey"] == "Q"]
    assert [(r["source"]["projectKey"], r["source"]["datasetName"], r["target"]["datasetName"]) for r in crossing] == [
        ("P", "customers", "theirs_out")
    ]
    assert crossing[0]["recipe"] == {"projectKey": "Q", "name": "theirs", "type": "sync"}
    upstream = other.get_dataset("theirs_out").get_column_lineage("id")
    assert [(r["source"]["projectKey"], r["source"]["datasetName"]) for r in upstream] == [("P", "customers")]
    # The reader, who may read P but not Q, sees P's relations only.
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    theirs = reader_client.get_project("P").get_dataset("customers").get_column_lineage("id")
    assert {r["target"]["projectKey"] for r in theirs} == {"P"}
    assert len(theirs) == len(relations) - 1


def test_column_lineage_refusals(project: DSSProject, reader_client: DSSClient) -> None:
    with pytest.raises(ValueError, match="positive"):
        project.get_dataset("customers").get_column_lineage("name", max_dataset_count=0)
    with pytest.raises(BadRequestError, match="not in the schema"):
        project.get_dataset("customers").get_column_lineage("nope")
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").get_column_lineage("name")
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        theirs.get_column_lineage("name")
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    assert _pairs(theirs.get_column_lineage("name")) == [
        ("copied", "prepared", "prep"),
        ("customers", "copied", "copy"),
    ]


def test_hive_actions_are_refused_after_rights_checks(project: DSSProject, reader_client: DSSClient) -> None:
    dataset = project.get_dataset("customers")
    with pytest.raises(BadRequestError, match="no Hive metastore"):
        dataset.synchronize_hive_metastore()
    with pytest.raises(BadRequestError, match="no Hive metastore"):
        dataset.update_from_hive()
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").synchronize_hive_metastore()
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").update_from_hive()
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError, match="write"):
        theirs.synchronize_hive_metastore()
    with pytest.raises(PermissionDeniedError, match="write"):
        theirs.update_from_hive()


def test_elasticsearch_search_is_refused_after_rights_checks(project: DSSProject, reader_client: DSSClient) -> None:
    with pytest.raises(BadRequestError, match="not on an Elasticsearch connection"):
        project.get_dataset("customers").search_data_elastic("name:ann")
    project.client.create_connection("es", "ElasticSearch", {"host": "localhost"})
    elastic = project.create_dataset("events", "ElasticSearch", {"connection": "es", "index": "events"})
    with pytest.raises(BadRequestError, match="no Elasticsearch server"):
        elastic.search_data_elastic("*", sort_columns=[{"column": "id", "order": "asc"}], partitions=["p1"])
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").search_data_elastic("*")
    theirs = reader_client.get_project("P").get_dataset("customers")
    with pytest.raises(PermissionDeniedError):
        theirs.search_data_elastic("*")
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    # Reading is enough to be told the dataset is not searchable.
    with pytest.raises(BadRequestError, match="not on an Elasticsearch connection"):
        theirs.search_data_elastic("*")


def test_get_as_core_dataset_needs_the_dataiku_package(project: DSSProject, monkeypatch: pytest.MonkeyPatch) -> None:
    dataset = project.get_dataset("customers")
    monkeypatch.setitem(sys.modules, "dataiku", None)  # not installed
    with pytest.raises(ImportError):
        dataset.get_as_core_dataset()
    fake = types.ModuleType("dataiku")
    made: list[str] = []

    def core_dataset(name: str) -> str:
        made.append(name)
        return f"core:{name}"

    fake.Dataset = core_dataset  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dataiku", fake)
    assert dataset.get_as_core_dataset() == "core:P.customers"
    assert made == ["P.customers"]
