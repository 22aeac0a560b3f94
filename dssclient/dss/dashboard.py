# Derived from dssclient/aio/dss/dashboard.py by scripts/unasync.py: do not edit.
"""Dashboards of a project: their definition (pages and tiles), saved whole, and their listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from dssclient_generated.api import dashboards

from dssclient.dss.utils import DSSDictListItem, DSSTaggableObjectSettings

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import (
        Dashboard,
        DashboardListItem,  # noqa: F401 - named in a base class, as a string
    )

    from ..dssclient import DSSClient


class DSSDashboard:
    """A handle on a dashboard of a project. Get one with :meth:`DSSProject.get_dashboard` (no call is made)."""

    def __init__(self, client: DSSClient, project_key: str, dashboard_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.dashboard_id = dashboard_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, dashboard_id={self.dashboard_id!r})"

    def delete(self) -> None:
        """Delete the dashboard; the insights it shows stay. (operation ``deleteDashboard``)"""
        self.client._requester.empty(dashboards.delete_dashboard.request_kwargs, self.project_key, self.dashboard_id)

    def get_settings(self) -> DSSDashboardSettings:
        """The dashboard's definition: name, owner, promotion, pages and their tiles. (operation ``getDashboard``)"""
        raw: Dashboard = self.client._requester.json(
            dashboards.get_dashboard.request_kwargs, self.project_key, self.dashboard_id
        )
        return DSSDashboardSettings(self.client, raw)


class DSSDashboardListItem(DSSDictListItem["DashboardListItem"]):
    """A dashboard as listed by :meth:`DSSProject.list_dashboards` (a dict, with properties over it)."""

    client: DSSClient

    def to_dashboard(self) -> DSSDashboard:
        """A handle on this dashboard; makes no call."""
        return DSSDashboard(self.client, self["projectKey"], self["id"])

    @property
    def id(self) -> str:
        """The dashboard's identifier, chosen by DSS."""
        dashboard_id: str = self["id"]
        return dashboard_id

    @property
    def name(self) -> str:
        """The dashboard's name (not necessarily unique)."""
        name: str = self["name"]
        return name

    @property
    def listed(self) -> bool:
        """Whether the dashboard is promoted (listed to every reader) rather than private."""
        return bool(self["listed"])

    @property
    def owner(self) -> str:
        """Login of the dashboard's owner."""
        owner: str = self["owner"]
        return owner

    @property
    def num_pages(self) -> int:
        """How many pages (slides) the dashboard has."""
        pages: int = self["numPages"]
        return pages

    @property
    def num_tiles(self) -> int:
        """How many tiles the dashboard has, over all its pages."""
        tiles: int = self["numTiles"]
        return tiles

    @property
    def tags(self) -> list[str]:
        """The dashboard's tags."""
        tags: list[str] = self["tags"]
        return tags


class DSSDashboardSettings(DSSTaggableObjectSettings["Dashboard"]):
    """The definition of a dashboard. Edit it (``get_raw()["pages"]``, the properties), then :meth:`save`.

    Each page holds its tiles under ``grid.tiles`` (``tileType`` ``INSIGHT`` with its ``insightId``,
    ``STATIC``, ``FILTERS``; ``box`` places it).
    """

    def __init__(self, client: DSSClient, settings: Dashboard) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key: str = cast(str, settings["projectKey"])

    def save(self) -> Dashboard:
        """Save the definition, whole; returns it as DSS saved it. (operation ``saveDashboard``)"""
        saved: Dashboard = self.client._requester.json(
            dashboards.save_dashboard.request_kwargs, self.project_key, self.id, body=json_body(self.settings)
        )
        return saved

    @property
    def id(self) -> str:
        """The dashboard's identifier, chosen by DSS."""
        return cast(str, self.settings["id"])

    @property
    def name(self) -> str:
        """The dashboard's name."""
        return cast(str, self.settings["name"])

    @property
    def listed(self) -> bool:
        """Whether the dashboard is promoted rather than private."""
        return bool(self.settings["listed"])

    @property
    def owner(self) -> str:
        """Login of the dashboard's owner."""
        return cast(str, self.settings["owner"])
