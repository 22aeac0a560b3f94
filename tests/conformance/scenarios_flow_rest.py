"""Conformance scenarios of the rest of the flow (issue 18): flow zones and the zones of datasets and recipes,
discussions on datasets, recipes, scenarios and projects.

Zone ids are drawn at random by the emulator: the scenarios use them but return names only, so that
both runs compare.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from typing import Any

import pytest

from tests.conformance.framework import scenario
from tests.e2e.aio.automation_helpers import CSV


def _flow_project(admin: Any) -> Any:
    project = admin.create_project("P", "P", "admin")
    for name in ("customers", "countries"):
        dataset = project.create_upload_dataset(name)
        dataset.uploaded_add_file(io.BytesIO(CSV), f"{name}.csv")
        dataset.autodetect_settings(infer_storage_types=True).save()
    project.new_recipe("sync", "copy").with_input("customers").with_new_output("copied", "filesystem_managed").create()
    return project


def _refs(objects: list[Any]) -> list[tuple[str, str]]:
    return sorted((type(o).__name__, o.id) for o in objects)


@scenario(("createFlowZone", 409), ("getFlowZone", 404), ("deleteFlowZone", 400), ("shareToFlowZone", 400))
def flow_zones(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _flow_project(admin)
    flow = project.get_flow()
    default = flow.get_default_zone()
    seen["default"] = (default.id, default.name, _refs(default.items))
    zone = flow.create_zone("Preparation", color="#ff9900")
    seen["created"] = (zone.name, zone.color, zone.items, zone.shared)
    seen["listed"] = [z.name for z in flow.list_zones()]
    with pytest.raises(api.DataikuException) as caught:
        flow.create_zone("Preparation")
    seen["duplicate"] = str(caught.value)
    with pytest.raises(api.DataikuException):
        flow.get_zone("nowhere")

    settings = zone.get_settings()
    settings.name = "Cleaning"
    settings.color = "#123456"
    settings.save()
    again = flow.get_zone(zone.id)
    seen["saved"] = (again.name, again.color)

    copied = project.get_dataset("copied")
    zone.add_item(copied)
    seen["moved"] = _refs(zone.items)
    seen["zone_of"] = copied.get_zone().name
    seen["zone_of_recipe"] = flow.get_zone_of_object(project.get_recipe("copy")).name
    seen["still_default"] = project.get_dataset("customers").get_zone().name
    zone.add_items([project.get_dataset("countries")])
    seen["added"] = _refs(zone.items)
    second = flow.create_zone("Second")
    project.get_dataset("countries").move_to_zone(second.id)
    project.get_recipe("copy").move_to_zone(second)
    seen["second"] = _refs(flow.get_zone(second.id).items)

    customers = project.get_dataset("customers")
    customers.share_to_zone(zone)
    shared_zone = flow.get_zone(zone.id)
    seen["shared"] = _refs(shared_zone.shared)
    graph = flow.get_zone(second.id).get_graph()
    seen["graph"] = sorted(graph.nodes)
    with pytest.raises(api.DataikuException):
        shared_zone.add_shared(project.get_recipe("copy"))
    customers.unshare_from_zone(zone.id)
    seen["unshared"] = flow.get_zone(zone.id).shared

    with pytest.raises(api.DataikuException):
        flow.get_default_zone().delete()
    second.delete()
    seen["after_delete"] = ([z.name for z in flow.list_zones()], _refs(flow.get_default_zone().items))
    return seen


@scenario()
def object_discussions(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _flow_project(admin)
    scenario_ = project.create_scenario("Nightly", "step_based")
    for handle in (project.get_dataset("customers"), project.get_recipe("copy"), scenario_, project):
        discussions = handle.get_object_discussions()
        discussions.create_discussion(f"About {type(handle).__name__}", "First message")
        seen[type(handle).__name__] = [
            (d.get_metadata()["topic"], d.get_metadata()["objectType"]) for d in discussions.list_discussions()
        ]
    return seen


@scenario(("setProjectTags", 409))
def project_tags_and_variables(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    tags = project.get_tags()
    seen["empty"] = tags
    tags["tags"]["finance"] = {"color": "#ff9900"}
    project.set_tags(tags)
    seen["saved"] = project.get_tags()
    with pytest.raises(api.DataikuException) as caught:
        project.set_tags(tags)  # built on an older version
    seen["stale"] = str(caught.value)
    project.set_variables({"standard": {"a": 1}, "local": {}})
    project.update_variables({"b": 2})
    project.update_variables({"x": "local"}, type="local")
    seen["variables"] = project.get_variables()
    return seen


@scenario(("listTablesImportSchemas", 404), sql_connections={"warehouse": None})
def sql_listings_and_tables_import(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    for statement in ("CREATE TABLE customers (id INTEGER, name TEXT)", "INSERT INTO customers VALUES (1, 'Ada')"):
        admin.sql_query(statement, connection="warehouse", post_queries=["COMMIT"]).verify()
    project = admin.create_project("P", "P", "admin")
    seen["schemas"] = project.list_sql_schemas("warehouse")
    seen["tables"] = project.list_sql_tables("warehouse")
    seen["tables_of_main"] = project.list_sql_tables("warehouse", "main")
    with pytest.raises(api.DataikuException):
        project.list_sql_schemas("nowhere")
    definition = project.init_tables_import()
    definition.add_sql_table("warehouse", "main", "customers")
    prepared = definition.prepare()
    seen["candidates"] = prepared.candidates
    prepared.candidates["sqlImportCandidates"][0]["datasetName"] = "sql_customers"
    seen["imported"] = prepared.execute().wait_for_result()
    seen["rows"] = list(project.get_dataset("sql_customers").iter_rows())
    seen["datasets"] = [d["name"] for d in project.list_datasets()]
    return seen


@scenario()
def schema_propagation(admin: Any, reader: Any, api: Any) -> Any:
    project = _flow_project(admin)
    project.new_recipe("sync", "again").with_input("copied").with_new_output("again_out", "filesystem_managed").create()
    customers = project.get_dataset("customers")
    columns = customers.get_schema()["columns"] + [{"name": "extra", "type": "string"}]
    customers.set_schema({"columns": columns})
    builder = project.get_flow().new_schema_propagation("customers")
    builder.set_auto_rebuild(False)
    builder.mark_recipe_as_ok("again")
    builder.set_join_update_options(recipe="j", remove_missing_join_values=False)
    result = builder.start().wait_for_result()
    return {"result": result, "schema": project.get_dataset("again_out").get_schema()["columns"]}


@scenario(("generateFlowDocumentationWithTemplateInFolder", 400))
def flow_documentation(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _flow_project(admin)
    flow = project.get_flow()
    result = flow.generate_documentation().wait_for_result()
    with tempfile.TemporaryDirectory() as directory:
        target = os.path.join(directory, "flow.docx")
        flow.download_documentation_to_file(result["exportId"], target)
        with zipfile.ZipFile(target) as archive:
            seen["parts"] = sorted(archive.namelist())
            document = archive.read("word/document.xml").decode()
    seen["mentions"] = [name for name in ("customers", "copied", "copy") if name in document]
    with pytest.raises(api.DataikuException) as caught:
        flow.generate_documentation(folder_id="abc", path="/template.docx")
    seen["template"] = str(caught.value)
    return seen


@scenario()
def recipe_and_dataset_helpers(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _flow_project(admin)
    split = project.new_recipe("split", "splitter").with_input("customers")
    split.with_new_output("first", "filesystem_managed").with_new_output("second", "filesystem_managed")
    settings = split.create().get_settings()
    settings.set_split_on_single_column_values("name", [{"output": {"mode": "index", "value": 1}, "value": "Ada"}], 0)
    seen["values"] = (settings.split_mode, settings.get_json_payload()["valueSplits"])
    settings.set_split_on_random_ratio([{"output": {"mode": "dataset", "value": "first"}, "share": 30}], seed=7)
    settings.save()
    seen["saved"] = project.get_recipe("splitter").get_settings().get_json_payload()
    join = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    join_settings = join.with_new_output("enriched", "filesystem_managed").create().get_settings()
    project.create_dataset("unmatched", "Filesystem", {"connection": "filesystem_managed", "path": "u"})
    del join_settings.raw_joins[:]
    join_settings.add_join("INNER")
    join_settings.set_unmatched_output("unmatched", side="left")
    join_settings.save()
    seen["unmatched"] = project.get_recipe("enrich").get_settings().get_recipe_outputs()["unmatchedLeft"]
    dataset_settings = project.get_dataset("customers").get_settings()
    seen["steward"] = dataset_settings.data_steward
    dataset_settings.data_steward = "reader"
    dataset_settings.save()
    seen["steward_saved"] = project.get_dataset("customers").get_settings().data_steward
    return seen


@scenario()
def replace_input_computable(admin: Any, reader: Any, api: Any) -> Any:
    project = _flow_project(admin)
    other = admin.create_project("Q", "Q", "admin")
    shared = other.create_upload_dataset("shared")
    shared.uploaded_add_file(io.BytesIO(CSV), "shared.csv")
    flow = project.get_flow()
    flow.replace_input_computable("customers", "countries")
    seen = {"local": project.get_recipe("copy").get_settings().get_flat_input_refs()}
    flow.replace_input_computable("countries", "Q.shared")
    seen["foreign"] = project.get_recipe("copy").get_settings().get_flat_input_refs()
    seen["exposed"] = other.get_settings().get_raw()["exposedObjects"]
    return seen


@scenario(("renameDataset", 409))
def dataset_rename(admin: Any, reader: Any, api: Any) -> Any:
    project = _flow_project(admin)
    dataset = project.get_dataset("customers")
    rows = list(dataset.iter_rows())
    dataset.rename("clients")
    seen: dict[str, Any] = {"name": dataset.name, "same_rows": list(project.get_dataset("clients").iter_rows()) == rows}
    seen["inputs"] = project.get_recipe("copy").get_settings().get_flat_input_refs()
    with pytest.raises(api.DataikuException) as caught:
        dataset.rename("countries")
    seen["taken"] = str(caught.value)
    return seen


@scenario()
def test_scenarios_and_reports(admin: Any, reader: Any, api: Any) -> Any:
    project = _flow_project(admin)
    scenario_ = project.create_scenario("Passing", "step_based")
    settings = scenario_.get_settings()
    settings.get_raw()["markedAsTest"] = True
    step = {"builds": [{"type": "DATASET", "itemId": "copied"}], "jobType": "RECURSIVE_FORCED_BUILD"}
    settings.get_raw()["params"] = {"steps": [{"id": "build", "type": "build_flowitem", "name": "B", "params": step}]}
    settings.save()
    seen: dict[str, Any] = {"tests": [s.id for s in project.list_test_scenarios()]}
    run = scenario_.run_and_wait()
    status = project.get_testing_status()
    seen["status"] = (status.nb_total_ran_scenarios, status.nb_scenarios_per_outcome)
    report = run.get_report()
    seen["report"] = report.content if hasattr(report, "content") else report.read()
    step_report = run.get_step_run_report("build")
    seen["step_report"] = step_report.content if hasattr(step_report, "content") else step_report.read()
    return seen
