# Derived from tests/e2e/aio/test_project_tags_and_tables.py by scripts/unasync.py: do not edit.
"""Project tags, update_variables, SQL listings and tables imports, schema propagation and DSSFuture's
get_result_wait_if_needed, end to end on the emulator (its SQL connections backed by SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import ConflictError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.flow import DSSSchemaPropagationRunBuilder
from dssclient.dss.future import DSSFuture
from dssclient.dss.project import DSSProject, TablesImportDefinition, TablesPreparedImport
from dssclient.errors import FutureFailedError
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies
from tests.e2e.sync.automation_helpers import rows_of, upload_csv

CONNECTION = "warehouse"


@pytest.fixture
def sql_emulator(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(sql_connections={CONNECTION: None})


@pytest.fixture
def client(sql_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(sql_emulator.url, admin_key(sql_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def reader_client(sql_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(sql_emulator.url, reader_key(sql_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    return client.create_project("P", "Project", "admin")


def _sql(client: DSSClient, *statements: str) -> None:
    for statement in statements:
        query = client.sql_query(statement, connection=CONNECTION, post_queries=["COMMIT"])
        [row for row in query.iter_rows()]
        query.verify()


# -- tags and variables ----------------------------------------------------------------------------


def test_tags_round_trip_with_their_version(project: DSSProject, sql_emulator: Any) -> None:
    tags = project.get_tags()
    assert tags == {"version": 0, "tags": {}}
    tags["tags"]["finance"] = {"color": "#ff9900"}
    project.set_tags(tags)
    assert sent_bodies(sql_emulator, "setProjectTags") == [{"version": 0, "tags": {"finance": {"color": "#ff9900"}}}]
    again = project.get_tags()
    assert again == {"version": 1, "tags": {"finance": {"color": "#ff9900"}}}
    # A save built on an older read would lose what was defined since.
    tags["tags"]["pii"] = {"color": "#d62728"}
    with pytest.raises(ConflictError, match="read them again"):
        project.set_tags(tags)
    assert (project.get_tags())["tags"] == {"finance": {"color": "#ff9900"}}
    project.set_tags()
    assert project.get_tags() == {"version": 2, "tags": {}}


def test_tags_permissions(project: DSSProject, reader_client: DSSClient) -> None:
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.get_tags()
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    assert (theirs.get_tags())["tags"] == {}
    with pytest.raises(PermissionDeniedError, match="write"):
        theirs.set_tags({"tags": {"mine": {"color": "#000000"}}})
    with pytest.raises(NotFoundError):
        project.client.get_project("NOPE").get_tags()


def test_update_variables_merges_into_standard_or_local(project: DSSProject, sql_emulator: Any) -> None:
    project.set_variables({"standard": {"a": 1, "b": 2}, "local": {"x": "kept"}})
    project.update_variables({"b": 3, "c": [1, 2]})
    assert project.get_variables() == {"standard": {"a": 1, "b": 3, "c": [1, 2]}, "local": {"x": "kept"}}
    project.update_variables({"y": True}, type="local")
    assert (project.get_variables())["local"] == {"x": "kept", "y": True}
    assert sent_bodies(sql_emulator, "setProjectVariables")[-1]["local"] == {"x": "kept", "y": True}
    with pytest.raises(ValueError, match="standard"):
        project.update_variables({"z": 1}, type="global")


# -- SQL listings and tables imports -------------------------------------------------------------


def test_sql_schemas_and_tables_are_listed(project: DSSProject, client: DSSClient) -> None:
    assert project.list_sql_schemas(CONNECTION) == ["main"]
    assert project.list_sql_tables(CONNECTION) == []
    _sql(client, "CREATE TABLE customers (id INTEGER, name TEXT)", "CREATE TABLE orders (id INTEGER)")
    expected = [{"schema": "main", "table": "customers"}, {"schema": "main", "table": "orders"}]
    assert project.list_sql_tables(CONNECTION) == expected
    assert project.list_sql_tables(CONNECTION, "main") == expected
    with pytest.raises(NotFoundError, match="nowhere"):
        project.list_sql_schemas("nowhere")
    with pytest.raises(FutureFailedError, match="public"):
        project.list_sql_tables(CONNECTION, "public")
    # Hive is not emulated: refused as a connection the instance lacks.
    with pytest.raises(NotFoundError, match="Hive"):
        project.list_hive_databases()
    with pytest.raises(NotFoundError, match="Hive"):
        project.list_hive_tables("default")


def test_sql_listings_follow_the_connections_rights(
    project: DSSProject, client: DSSClient, reader_client: DSSClient
) -> None:
    client.create_connection("restricted", "PostgreSQL", {}, usable_by="ALLOWED", allowed_groups=[])
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "writeProjectContent": True}]})
    theirs = reader_client.get_project("P")
    assert theirs.list_sql_schemas(CONNECTION) == ["main"]
    with pytest.raises(PermissionDeniedError, match="restricted"):
        theirs.list_sql_schemas("restricted")
    with pytest.raises(PermissionDeniedError, match="restricted"):
        theirs.list_sql_tables("restricted")
    assert project.list_sql_schemas("restricted") == ["main"]
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("Q").list_sql_schemas(CONNECTION)


def test_tables_are_imported_as_sql_datasets(project: DSSProject, client: DSSClient, sql_emulator: Any) -> None:
    _sql(
        client,
        "CREATE TABLE customers (id INTEGER, name TEXT, score REAL)",
        "INSERT INTO customers VALUES (1, 'Ada', 1.5), (2, 'Grace', NULL)",
        'CREATE TABLE "order lines" (id INTEGER)',
    )
    (project.create_dataset("customers", "Filesystem", {"connection": "filesystem_managed"})).get_schema()
    definition = project.init_tables_import()
    assert isinstance(definition, TablesImportDefinition)
    definition.add_sql_table(CONNECTION, "main", "customers")
    definition.add_sql_table(CONNECTION, "main", "order lines")
    prepared = definition.prepare()
    assert isinstance(prepared, TablesPreparedImport)
    assert sent_bodies(sql_emulator, "prepareTablesImport") == [
        {
            "keys": [
                {"connectionName": CONNECTION, "schema": "main", "name": "customers", "catalog": None},
                {"connectionName": CONNECTION, "schema": "main", "name": "order lines", "catalog": None},
            ]
        }
    ]
    candidates = prepared.candidates["sqlImportCandidates"]
    # A name taken by a dataset gets a number; characters DSS refuses in names become _.
    assert [c["datasetName"] for c in candidates] == ["customers_2", "order_lines"]
    assert candidates[0]["schema"]["columns"] == [
        {"name": "id", "type": "bigint"},
        {"name": "name", "type": "string"},
        {"name": "score", "type": "double"},
    ]
    candidates[0]["datasetName"] = "sql_customers"
    future = prepared.execute()
    assert future.wait_for_result() == {"importedDatasets": ["sql_customers", "order_lines"]}
    settings = project.get_dataset("sql_customers").get_settings()
    assert settings.type == "PostgreSQL"
    assert settings.get_raw()["params"]["table"] == "customers"
    assert [c["name"] for c in (project.get_dataset("sql_customers").get_schema())["columns"]] == [
        "id",
        "name",
        "score",
    ]
    assert rows_of(project.get_dataset("sql_customers")) == [[1, "Ada", 1.5], [2, "Grace", None]]

    # Executing the same candidates again would create the datasets twice: refused, nothing created.
    with pytest.raises(FutureFailedError, match="already exist"):
        (prepared.execute()).wait_for_result()
    missing = project.init_tables_import()
    missing.add_sql_table(CONNECTION, "main", "nothing_here")
    with pytest.raises(FutureFailedError, match="nothing_here"):
        missing.prepare()
    hive = project.init_tables_import()
    hive.add_hive_table("default", "customers")
    with pytest.raises(NotFoundError):
        hive.prepare()


def test_tables_import_needs_write_access(project: DSSProject, reader_client: DSSClient) -> None:
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    definition = reader_client.get_project("P").init_tables_import()
    definition.add_sql_table(CONNECTION, "main", "customers")
    with pytest.raises(PermissionDeniedError, match="write"):
        definition.prepare()


def test_get_result_wait_if_needed(client: DSSClient, project: DSSProject) -> None:
    assert DSSFuture.get_result_wait_if_needed(client, {"result": {"tables": []}}) == {"tables": []}
    _sql(client, "CREATE TABLE t (id INTEGER)")
    # A state naming a task: its result is waited for.
    started = client.perform_json(
        "GET",
        "/projects/{projectKey}/datasets/tables-import/actions/list-tables",
        params={"connectionName": CONNECTION},
        path_params={"projectKey": "P"},
    )
    assert "jobId" in started
    assert DSSFuture.get_result_wait_if_needed(client, started) == {"tables": [{"schema": "main", "table": "t"}]}


# -- schema propagation --------------------------------------------------------------------------


def test_schema_propagation_goes_through_the_recipes_it_can_compute(project: DSSProject, sql_emulator: Any) -> None:
    upload_csv(project)
    sync = project.new_recipe("sync", "copy").with_input("customers")
    sync.with_new_output("copied", "filesystem_managed").create()
    again = project.new_recipe("sync", "again").with_input("copied")
    again.with_new_output("copied_again", "filesystem_managed").create()
    prepare = project.new_recipe("prepare", "prep").with_input("copied_again")
    prepare.with_new_output("prepared", "filesystem_managed").create()
    python = project.new_recipe("python", "compute").with_input("copied").with_script("pass\n")
    python.with_new_output_dataset("computed", "filesystem_managed").create()
    customers = project.get_dataset("customers")
    columns = [*(customers.get_schema())["columns"], {"name": "extra", "type": "string"}]
    customers.set_schema({"columns": columns})
    assert (project.get_dataset("copied").get_schema())["columns"] == columns[:-1]

    builder = project.get_flow().new_schema_propagation("customers")
    assert isinstance(builder, DSSSchemaPropagationRunBuilder)
    builder.set_auto_rebuild(False)
    builder.set_default_partitioning_value("day", "2024-01-01")
    builder.set_partition_for_computable("P.copied", "2024-01-02")
    builder.set_grouping_update_options(remove_missing_keys=False)
    builder.set_window_update_options(recipe="w")
    builder.set_join_update_options(new_selected_columns={"a": 1})
    future = builder.start()
    result = future.wait_for_result()
    # A prepare recipe without steps copies its input's columns.
    assert result["updatedDatasets"] == ["copied", "copied_again", "prepared"]
    assert result["okRecipes"] == ["copy", "again", "prep"]
    assert result["stoppedAt"] == [
        {"recipe": "compute", "reason": "The emulator cannot compute the output schema of a python recipe"}
    ]
    assert (project.get_dataset("copied_again").get_schema())["columns"] == columns
    assert (project.get_dataset("prepared").get_schema())["columns"] == columns
    assert (project.get_dataset("computed").get_schema())["columns"] == []
    body = sent_bodies(sql_emulator, "propagateSchema")[0]
    assert body["sources"] == [{"projectKey": "P", "id": "customers"}]
    assert body["options"]["autoRebuild"] is False
    assert body["options"]["defaultPartitionValuesByDimension"] == {"day": "2024-01-01"}
    assert body["options"]["partitionsByComputable"] == {"P.copied": "2024-01-02"}
    assert body["options"]["recipeUpdateOptions"] == {
        "byType": {
            "grouping": {"removeMissingAggregates": True, "removeMissingKeys": False, "newAggregates": {}},
            "join": {
                "removeMissingJoinConditions": True,
                "removeMissingJoinValues": True,
                "newSelectedColumns": {"a": 1},
            },
        },
        "byName": {"w": {"removeMissingAggregates": True, "removeMissingInWindow": True, "newAggregates": {}}},
    }


def test_schema_propagation_stops_where_told_and_passes_recipes_marked_ok(project: DSSProject) -> None:
    upload_csv(project)
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )
    (
        project.new_recipe("sync", "again")
        .with_input("copied")
        .with_new_output("copied_again", "filesystem_managed")
        .create()
    )
    builder = project.get_flow().new_schema_propagation("P.customers")
    builder.stop_at("copy")
    result = (builder.start()).wait_for_result()
    assert result == {
        "updatedDatasets": [],
        "okRecipes": [],
        "stoppedAt": [{"recipe": "copy", "reason": "The propagation was told to stop here"}],
    }
    builder = project.get_flow().new_schema_propagation("customers")
    builder.mark_recipe_as_ok("copy")
    result = (builder.start()).wait_for_result()
    # copy is taken as up to date: copied keeps its schema, and again propagates it further.
    assert result["okRecipes"] == ["copy", "again"]
    assert result["updatedDatasets"] == []
    with pytest.raises(NotFoundError):
        (project.get_flow().new_schema_propagation("missing").start()).wait_for_result()


def test_schema_propagation_needs_write_access(project: DSSProject, reader_client: DSSClient) -> None:
    upload_csv(project)
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    with pytest.raises(PermissionDeniedError, match="write"):
        reader_client.get_project("P").get_flow().new_schema_propagation("customers").start()
