# Derived from tests/e2e/aio/test_dashboards.py by scripts/unasync.py: do not edit.
"""Dashboards and insights of a project, end to end against the emulator: creation, listing, definitions
saved whole, deletion, rights and isolation."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.dashboard import DSSDashboard, DSSDashboardListItem, DSSDashboardSettings
from dssclient.dss.insight import DSSInsight, DSSInsightListItem, DSSInsightSettings
from dssclient.emulator.models import dashboards as dashboards_model
from tests.conftest import sent_bodies

PAGES = [
    {
        "title": "Overview",
        "grid": {
            "tiles": [
                {"tileType": "INSIGHT", "insightId": "abc", "insightType": "chart", "box": {"left": 0, "top": 0}},
                {"tileType": "STATIC", "tileParams": {"text": "hello"}, "box": {"left": 6, "top": 0}},
            ]
        },
    },
    {"id": "second", "title": "Details", "tiles": [{"tileType": "STATIC"}]},
]


def test_a_dashboard_is_created_listed_and_read_back(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    settings = {"pages": copy.deepcopy(PAGES), "listed": True, "myOwnField": {"a": 1}}
    kept = copy.deepcopy(settings)
    dashboard = project.create_dashboard("Weekly sales", settings)
    assert isinstance(dashboard, DSSDashboard) and dashboard.project_key == "P" and dashboard.dashboard_id
    assert settings == kept  # the caller's definition is not changed
    assert sent_bodies(dss_emulator, "createDashboard")[0]["name"] == "Weekly sales"

    (item,) = project.list_dashboards()
    assert isinstance(item, DSSDashboardListItem) and isinstance(item, dict)
    assert (item.id, item.name, item.owner, item.listed) == (dashboard.dashboard_id, "Weekly sales", "admin", True)
    assert (item.num_pages, item.num_tiles, item.tags) == (2, 3, [])
    assert item["projectKey"] == "P" and item.get_raw() is item
    assert item.to_dashboard().dashboard_id == dashboard.dashboard_id
    (handle,) = project.list_dashboards(as_type="objects")
    assert isinstance(handle, DSSDashboard) and handle.dashboard_id == dashboard.dashboard_id
    with pytest.raises(ValueError):
        project.list_dashboards(as_type="dicts")  # type: ignore[call-overload]

    read = project.get_dashboard(dashboard.dashboard_id).get_settings()
    assert isinstance(read, DSSDashboardSettings)
    assert (read.id, read.name, read.owner, read.listed) == (dashboard.dashboard_id, "Weekly sales", "admin", True)
    pages = read.get_raw()["pages"]
    assert pages is not None and pages[0]["id"] and pages[1]["id"] == "second"  # DSS names the pages it must
    assert pages[0]["grid"]["tiles"][1]["tileParams"] == {"text": "hello"}
    assert (
        read.get_raw()["myOwnField"] == {"a": 1} and read.get_raw()["creationTag"]["lastModifiedBy"]["login"] == "admin"
    )


def test_a_dashboard_without_settings_has_no_page_and_is_private(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    dashboard = project.create_dashboard("empty")
    settings = dashboard.get_settings()
    assert settings.get_raw()["pages"] == [] and settings.listed is False
    (item,) = project.list_dashboards()
    assert (item.num_pages, item.num_tiles) == (0, 0)


def test_dashboard_settings_round_trip_and_save(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    dashboard = project.create_dashboard("v1", {"pages": copy.deepcopy(PAGES)})
    settings = dashboard.get_settings()
    before = copy.deepcopy(settings.get_raw())
    saved = settings.save()  # saving what was read changes nothing but the version
    after = (dashboard.get_settings()).get_raw()
    assert {k: v for k, v in after.items() if k != "versionTag"} == {
        k: v for k, v in before.items() if k != "versionTag"
    }
    assert saved["id"] == dashboard.dashboard_id

    settings = dashboard.get_settings()
    raw = settings.get_raw()
    raw["name"] = "v2"
    raw["listed"] = True
    raw["unknownProperty"] = {"kept": [1, None]}
    settings.tags.append("finance")
    settings.description = "Long text"
    pages = raw["pages"]
    assert pages is not None
    pages.append({"title": "Third", "grid": {"tiles": []}})
    settings.save()
    again = dashboard.get_settings()
    assert (again.name, again.listed, again.tags, again.description) == ("v2", True, ["finance"], "Long text")
    assert again.get_raw()["unknownProperty"] == {"kept": [1, None]}
    new_pages = again.get_raw()["pages"]
    assert new_pages is not None and len(new_pages) == 3 and new_pages[2]["id"]
    (item,) = project.list_dashboards()
    assert (item.name, item.num_pages, item.tags) == ("v2", 3, ["finance"])


def test_saving_cannot_rename_or_give_away_a_dashboard(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    dashboard = project.create_dashboard("mine")
    settings = dashboard.get_settings()
    settings.get_raw()["owner"] = "reader"
    with pytest.raises(BadRequestError, match="owner"):
        settings.save()
    settings = dashboard.get_settings()
    settings.get_raw()["projectKey"] = "OTHER"
    with pytest.raises(BadRequestError):
        settings.save()


def test_deleting_a_dashboard(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    dashboard = project.create_dashboard("gone soon")
    dashboard.delete()
    assert project.list_dashboards() == []
    with pytest.raises(NotFoundError):
        dashboard.get_settings()
    with pytest.raises(NotFoundError):
        dashboard.delete()
    with pytest.raises(NotFoundError):
        project.get_dashboard("nope").get_settings()


def test_dashboards_and_insights_stay_in_their_project(client: DSSClient) -> None:
    first = client.create_project("A", "A", "admin")
    second = client.create_project("B", "B", "admin")
    dashboard = first.create_dashboard("a's")
    insight = first.create_insight({"type": "static_file", "name": "a's file"})
    assert second.list_dashboards() == [] and second.list_insights() == []
    with pytest.raises(NotFoundError):
        second.get_dashboard(dashboard.dashboard_id).get_settings()
    with pytest.raises(NotFoundError):
        second.get_insight(insight.insight_id).delete()
    client.get_project("A").delete()
    recreated = client.create_project("A", "A", "admin")
    assert recreated.list_dashboards() == [] and recreated.list_insights() == []


def test_readers_read_and_only_writers_change(client: DSSClient, reader_client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    promoted = project.create_dashboard("promoted", {"pages": [], "listed": True})
    private = project.create_dashboard("private")
    as_reader = reader_client.get_project("P")
    assert [item.id for item in as_reader.list_dashboards()] == [promoted.dashboard_id]
    # A private dashboard is out of others' lists, not out of reach.
    assert (as_reader.get_dashboard(private.dashboard_id).get_settings()).name == "private"
    with pytest.raises(PermissionDeniedError):
        as_reader.create_dashboard("mine")
    settings = as_reader.get_dashboard(promoted.dashboard_id).get_settings()
    with pytest.raises(PermissionDeniedError):
        settings.save()
    with pytest.raises(PermissionDeniedError):
        as_reader.get_dashboard(promoted.dashboard_id).delete()
    with pytest.raises(PermissionDeniedError):
        as_reader.create_insight({"type": "chart", "name": "x"})
    insight = project.create_insight({"type": "chart", "name": "shown", "listed": True})
    insight_settings = as_reader.get_insight(insight.insight_id).get_settings()
    with pytest.raises(PermissionDeniedError):
        insight_settings.save()
    with pytest.raises(PermissionDeniedError):
        as_reader.get_insight(insight.insight_id).delete()
    assert len(project.list_dashboards()) == 2  # the project's administrators see every one


def test_writers_create_and_see_their_own_private_objects(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project(
        "P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True, "writeProjectContent": True}]
    )
    client.get_project("P").create_dashboard("admin's private")
    as_writer = reader_client.get_project("P")
    mine = as_writer.create_dashboard("mine")
    assert [item.id for item in as_writer.list_dashboards()] == [mine.dashboard_id]
    assert (mine.get_settings()).owner == "reader"
    insight = as_writer.create_insight({"type": "static_file", "name": "report"})
    assert [(i.id, i.owner) for i in as_writer.list_insights()] == [(insight.insight_id, "reader")]
    mine.delete()
    insight.delete()


def test_dashboard_only_users_read_and_strangers_are_refused(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readDashboards": True}])
    client.create_project("Q", "Q", "admin")
    project = client.get_project("P")
    dashboard = project.create_dashboard("board", {"pages": [], "listed": True})
    as_viewer = reader_client.get_project("P")
    assert [item.name for item in as_viewer.list_dashboards()] == ["board"]
    assert (as_viewer.get_dashboard(dashboard.dashboard_id).get_settings()).name == "board"
    # writeDashboards users may create their own dashboards in DSS; not modelled, so refused.
    with pytest.raises(PermissionDeniedError):
        as_viewer.create_dashboard("mine")
    stranger = reader_client.get_project("Q")
    with pytest.raises(PermissionDeniedError):
        stranger.list_dashboards()
    with pytest.raises(PermissionDeniedError):
        stranger.list_insights()


def test_an_insight_is_created_listed_saved_and_deleted(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    info = {"type": "static_file", "name": "Monthly report", "params": {"path": "/report.pdf"}}
    insight = project.create_insight(info)
    assert isinstance(insight, DSSInsight) and insight.project_key == "P" and insight.insight_id
    assert sent_bodies(dss_emulator, "createInsight") == [{"insightPrototype": info}]

    (item,) = project.list_insights()
    assert isinstance(item, DSSInsightListItem) and isinstance(item, dict)
    assert (item.id, item.name, item.type, item.owner, item.listed, item.tags) == (
        insight.insight_id,
        "Monthly report",
        "static_file",
        "admin",
        False,
        [],
    )
    assert item.to_insight().insight_id == insight.insight_id
    (handle,) = project.list_insights(as_type="objects")
    assert handle.insight_id == insight.insight_id

    settings = insight.get_settings()
    assert isinstance(settings, DSSInsightSettings)
    assert (settings.id, settings.name, settings.type, settings.owner, settings.listed) == (
        insight.insight_id,
        "Monthly report",
        "static_file",
        "admin",
        False,
    )
    raw = settings.get_raw()
    raw["name"] = "Monthly report (all)"
    raw["listed"] = True
    raw["extra"] = {"kept": True}
    saved = settings.save()
    assert saved["name"] == "Monthly report (all)"
    assert sent_bodies(dss_emulator, "saveInsight")[0]["insight"]["name"] == "Monthly report (all)"
    again = project.get_insight(insight.insight_id).get_settings()
    assert (again.name, again.listed) == ("Monthly report (all)", True)
    assert again.get_raw()["extra"] == {"kept": True} and again.get_raw()["params"] == {"path": "/report.pdf"}

    insight.delete()
    assert project.list_insights() == []
    with pytest.raises(NotFoundError):
        insight.get_settings()


def test_insight_creation_and_saving_refusals(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError):
        project.create_insight({"name": "no type"})
    unnamed = project.create_insight({"type": "chart"})
    assert (unnamed.get_settings()).name == "chart"
    settings = unnamed.get_settings()
    settings.get_raw()["type"] = "static_file"
    with pytest.raises(BadRequestError, match="type"):
        settings.save()
    settings = unnamed.get_settings()
    settings.get_raw()["owner"] = "someone"
    with pytest.raises(BadRequestError, match="owner"):
        settings.save()
    settings = unnamed.get_settings()
    settings.get_raw()["projectKey"] = "OTHER"
    with pytest.raises(BadRequestError, match="projectKey"):
        settings.save()
    settings = unnamed.get_settings()
    settings.get_raw()["id"] = "another"  # the settings then address another insight, which does not exist
    with pytest.raises(NotFoundError):
        settings.save()


def test_a_project_holds_a_bounded_number_of_dashboards_and_insights(
    client: DSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboards_model, "MAX_PER_PROJECT", 2)
    project = client.create_project("P", "P", "admin")
    for name in ("one", "two"):
        project.create_dashboard(name)
        project.create_insight({"type": "chart", "name": name})
    with pytest.raises(BadRequestError, match="at most 2"):
        project.create_dashboard("three")
    with pytest.raises(BadRequestError, match="at most 2"):
        project.create_insight({"type": "chart", "name": "three"})
    other = client.create_project("Q", "Q", "admin")  # the bound is per project
    other.create_dashboard("one")
