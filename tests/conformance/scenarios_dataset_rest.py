"""Conformance scenarios of the last dataset members (issue 18): column lineage, the Hive and
Elasticsearch actions (refused: the emulator has no metastore and no Elasticsearch server), and
get_as_core_dataset (the ``dataiku`` package is not installed here: ImportError for both clients)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.conformance.framework import scenario
from tests.e2e.aio.automation_helpers import CSV


def _lineage_project(admin: Any) -> Any:
    project = admin.create_project("P", "P", "admin")
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(CSV), "customers.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    project.new_recipe("sync", "copy").with_input("customers").with_new_output("copied", "filesystem_managed").create()
    project.new_recipe("shaker", "prep").with_input("copied").with_new_output("prepared", "filesystem_managed").create()
    project.new_recipe("grouping", "agg").with_input("copied").with_new_output("grouped", "filesystem_managed").create()
    project.get_dataset("grouped").set_schema(project.get_dataset("customers").get_schema())
    return project


def _pairs(relations: list[Any]) -> list[tuple[str, str, str, str]]:
    return sorted(
        (r["source"]["datasetName"], r["target"]["datasetName"], r["source"]["columnName"], r["recipe"]["name"])
        for r in relations
    )


@scenario(("getDatasetColumnLineage", 400), ("getDatasetColumnLineage", 403), ("getDatasetColumnLineage", 404))
def dataset_column_lineage(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _lineage_project(admin)
    seen["copied"] = _pairs(project.get_dataset("copied").get_column_lineage("name"))
    seen["customers"] = _pairs(project.get_dataset("customers").get_column_lineage("amount"))
    seen["bounded"] = _pairs(project.get_dataset("customers").get_column_lineage("id", max_dataset_count=2))
    with pytest.raises(ValueError):
        project.get_dataset("customers").get_column_lineage("id", max_dataset_count=0)
    with pytest.raises(api.DataikuException):
        project.get_dataset("customers").get_column_lineage("nope")
    with pytest.raises(api.DataikuException):
        project.get_dataset("missing").get_column_lineage("id")
    with pytest.raises(api.DataikuException):
        reader.get_project("P").get_dataset("customers").get_column_lineage("id")
    return seen


@scenario(
    ("synchronizeDatasetHiveMetastore", 400),
    ("synchronizeDatasetHiveMetastore", 403),
    ("synchronizeDatasetHiveMetastore", 404),
    ("updateDatasetFromHive", 400),
    ("updateDatasetFromHive", 403),
    ("searchDatasetDataElastic", 400),
    ("searchDatasetDataElastic", 404),
)
def dataset_hive_and_elasticsearch_refusals(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _lineage_project(admin)
    dataset = project.get_dataset("customers")
    for action in (dataset.synchronize_hive_metastore, dataset.update_from_hive):
        with pytest.raises(api.DataikuException) as caught:
            action()
        seen[action.__name__] = str(caught.value)
    with pytest.raises(api.DataikuException) as caught:
        dataset.search_data_elastic("name:ann", sort_columns=[{"column": "id", "order": "asc"}])
    seen["search"] = str(caught.value)
    with pytest.raises(api.DataikuException):
        project.get_dataset("missing").synchronize_hive_metastore()
    with pytest.raises(api.DataikuException):
        project.get_dataset("missing").search_data_elastic("*")
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    theirs = reader.get_project("P").get_dataset("customers")
    with pytest.raises(api.DataikuException):
        theirs.synchronize_hive_metastore()
    with pytest.raises(api.DataikuException):
        theirs.update_from_hive()
    with pytest.raises(ImportError):
        dataset.get_as_core_dataset()
    return seen
