"""Conformance scenarios of dashboards, insights and data quality (issue 18).

Each scenario is ordinary dataikuapi code; the official client runs it against the strict
emulator, then dssclient runs it and must observe the same results with equivalent requests.
Identifiers DSS draws are used but never returned; results hold names, counts and outcomes.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

from tests.conformance.framework import scenario

CSV = b"id,country,amount\n1,FR,10\n2,US,20\n3,FR,\n4,DE,30\n"


@scenario(("createDashboard", 403), ("getDashboard", 404), ("saveInsight", 400), ("createInsight", 400))
def dashboards_and_insights(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)

    chart = project.create_insight({"type": "chart", "name": "Revenue", "params": {"datasetSmartName": "orders"}})
    pages = [
        {
            "title": "Overview",
            "grid": {"tiles": [{"tileType": "INSIGHT", "insightId": chart.insight_id, "insightType": "chart"}]},
        }
    ]
    board = project.create_dashboard("Weekly", {"pages": pages, "listed": True})
    project.create_dashboard("Private draft")
    seen["dashboards"] = sorted(
        (d.name, d.owner, d.listed, d.num_pages, d.num_tiles, d.tags) for d in project.list_dashboards()
    )
    seen["dashboard_kinds"] = [type(d).__name__ for d in project.list_dashboards(as_type="objects")]

    settings = board.get_settings()
    seen["settings"] = (settings.name, settings.owner, settings.listed, len(settings.get_raw()["pages"]))
    raw = settings.get_raw()
    raw["name"] = "Weekly (v2)"
    raw["pages"].append({"title": "Details", "grid": {"tiles": []}})
    settings.tags = ["finance"]
    settings.description = "Sales, every week"
    settings.save()
    again = project.get_dashboard(board.dashboard_id).get_settings()
    seen["saved"] = (again.name, again.tags, again.description, [p["title"] for p in again.get_raw()["pages"]])
    seen["listed_after_save"] = sorted((d.name, d.num_pages, d.num_tiles) for d in project.list_dashboards())

    (item,) = [i for i in project.list_insights()]
    seen["insight_item"] = (item.name, item.type, item.owner, item.listed, item.tags)
    insight_settings = item.to_insight().get_settings()
    seen["insight"] = (insight_settings.name, insight_settings.type, insight_settings.listed)
    insight_settings.get_raw()["listed"] = True
    insight_settings.save()
    seen["insight_listed"] = project.get_insight(chart.insight_id).get_settings().listed
    changed = project.get_insight(chart.insight_id).get_settings()
    changed.get_raw()["type"] = "static_file"
    with pytest.raises(api.DataikuException):
        changed.save()
    with pytest.raises(api.DataikuException):
        project.create_insight({"name": "no type"})

    # A reader sees the promoted dashboards and insights, and changes nothing.
    as_reader = reader.get_project("P")
    seen["reader_dashboards"] = sorted(d.name for d in as_reader.list_dashboards())
    seen["reader_insights"] = [i.name for i in as_reader.list_insights()]
    with pytest.raises(api.DataikuException):
        as_reader.create_dashboard("mine")

    board.delete()
    seen["after_delete"] = sorted(d.name for d in project.list_dashboards())
    with pytest.raises(api.DataikuException):
        board.get_settings()
    chart.delete()
    seen["insights_after_delete"] = project.list_insights()
    return seen


@scenario(
    ("createDataQualityRule", 400),
    ("computeDataQualityRules", 403),
)
def data_quality_rules(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    dataset = project.create_upload_dataset("orders")
    dataset.uploaded_add_file(io.BytesIO(CSV), "orders.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()

    ruleset = dataset.get_data_quality_rules()
    seen["empty"] = (ruleset.list_rules(), ruleset.get_status())
    ruleset.create_rule(
        {"type": "RecordCountInRangeRule", "softMinimum": 10, "softMinimumEnabled": True, "displayName": "Rows"}
    )
    ruleset.create_rule({"type": "ColumnNotEmptyRule", "columns": ["amount"], "displayName": "Amounts"})
    ruleset.create_rule(
        {"type": "ValuesInSetRule", "columns": ["country"], "values": ["FR", "US", "DE"], "displayName": "Countries"}
    )
    ruleset.create_rule(
        {
            "type": "ColumnAvgInRangeRule",
            "columns": ["amount"],
            "minimum": 10,
            "maximum": 30,
            "minimumEnabled": True,
            "maximumEnabled": True,
            "displayName": "Average",
        }
    )
    with pytest.raises(api.DataikuException):
        ruleset.create_rule({"type": "NotARule"})
    with pytest.raises(ValueError):
        ruleset.create_rule(None)
    rules = ruleset.list_rules()
    seen["rules"] = [(r.name, r.get_raw()["type"]) for r in rules]
    seen["rules_as_dicts"] = [r["displayName"] for r in ruleset.list_rules(as_type="dict")]

    result = ruleset.compute_rules().wait_for_result()
    seen["computed"] = [(r["name"], r["outcome"]) for r in result["results"]]
    seen["status"] = ruleset.get_status()
    seen["by_partition"] = {p: s["outcome"] for p, s in ruleset.get_status_by_partition().items()}
    seen["partitions"] = {p: s["outcome"] for p, s in ruleset.get_partitions_status().items()}
    last = ruleset.get_last_rules_results()
    seen["last"] = [(r.name, r.outcome, r.partition, r.run_origin, r.message) for r in last]

    # Loosen the record count, compute that rule alone, read its history.
    rows = rules[0]
    rows.get_raw()["softMinimum"] = 4
    seen["saved"] = rows.save()
    rows.compute().wait_for_result()
    single = rows.get_last_result()
    seen["single"] = (single.name, single.outcome)
    seen["rule_history"] = [r.outcome for r in rows.get_rule_history()]
    seen["history"] = len(ruleset.get_rules_history())
    seen["history_page"] = len(ruleset.get_rules_history(results_per_page=2, page=1))
    seen["history_of"] = [r.outcome for r in ruleset.get_rules_history(rule_ids=[rules[1].id])]

    seen["project_status"] = {name: status["outcome"] for name, status in project.get_data_quality_status().items()}
    seen["instance_status"] = {key: s["outcome"] for key, s in admin.get_data_quality_status().items()}
    seen["timeline"] = [(day["worstOutcome"], sorted(day["datasets"])) for day in project.get_data_quality_timeline()]

    # A reader reads the results and cannot compute.
    as_reader = reader.get_project("P").get_dataset("orders").get_data_quality_rules()
    seen["reader_status"] = as_reader.get_status()
    with pytest.raises(api.DataikuException):
        as_reader.compute_rules()

    rules[2].delete()
    seen["after_delete"] = [r.name for r in ruleset.list_rules()]
    ruleset.delete_rules_history()
    seen["history_after_delete"] = ruleset.get_rules_history()
    seen["status_after_delete"] = ruleset.get_status()
    return seen
