"""Insights of a project (charts, dataset tables, files, ... shown on dashboards): definition and listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from dssclient_generated.api import dashboards

from dssclient.dss.utils import DSSDictListItem, DSSTaggableObjectSettings

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import (
        Insight,
        InsightListItem,  # noqa: F401 - named in a base class, as a string
    )

    from ..dssclient import AsyncDSSClient


class AsyncDSSInsight:
    """A handle on an insight of a project. Get one with :meth:`DSSProject.get_insight` (no call is made)."""

    def __init__(self, client: AsyncDSSClient, project_key: str, insight_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.insight_id = insight_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, insight_id={self.insight_id!r})"

    async def delete(self) -> None:
        """Delete the insight. (operation ``deleteInsight``)"""
        await self.client._requester.empty(dashboards.delete_insight.request_kwargs, self.project_key, self.insight_id)

    async def get_settings(self) -> AsyncDSSInsightSettings:
        """The insight's definition: type, name, owner, promotion, parameters. (operation ``getInsight``)"""
        raw: Insight = await self.client._requester.json(
            dashboards.get_insight.request_kwargs, self.project_key, self.insight_id
        )
        return AsyncDSSInsightSettings(self.client, raw)


class AsyncDSSInsightListItem(DSSDictListItem["InsightListItem"]):
    """An insight as listed by :meth:`DSSProject.list_insights` (a dict, with properties over it)."""

    client: AsyncDSSClient

    def to_insight(self) -> AsyncDSSInsight:
        """A handle on this insight; makes no call."""
        return AsyncDSSInsight(self.client, self["projectKey"], self["id"])

    @property
    def id(self) -> str:
        """The insight's identifier, chosen by DSS."""
        insight_id: str = self["id"]
        return insight_id

    @property
    def name(self) -> str:
        """The insight's name (not necessarily unique)."""
        name: str = self["name"]
        return name

    @property
    def type(self) -> str:
        """The kind of insight: ``chart``, ``dataset_table``, ``static_file``, ..."""
        kind: str = self["type"]
        return kind

    @property
    def listed(self) -> bool:
        """Whether the insight is promoted rather than private."""
        return bool(self["listed"])

    @property
    def owner(self) -> str:
        """Login of the insight's owner."""
        owner: str = self["owner"]
        return owner

    @property
    def tags(self) -> list[str]:
        """The insight's tags."""
        tags: list[str] = self["tags"]
        return tags


class AsyncDSSInsightSettings(DSSTaggableObjectSettings["Insight"]):
    """The definition of an insight. Edit it (the properties, ``get_raw()``), then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, settings: Insight) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key: str = cast(str, settings["projectKey"])

    async def save(self) -> Insight:
        """Save the definition, whole; returns it as DSS saved it. (operation ``saveInsight``)"""
        saved: Insight = await self.client._requester.json(
            dashboards.save_insight.request_kwargs,
            self.project_key,
            self.id,
            body=json_body({"insight": self.settings}),
        )
        return saved

    @property
    def id(self) -> str:
        """The insight's identifier, chosen by DSS."""
        return cast(str, self.settings["id"])

    @property
    def name(self) -> str:
        """The insight's name."""
        return cast(str, self.settings["name"])

    @property
    def type(self) -> str:
        """The kind of insight (``chart``, ...)."""
        return cast(str, self.settings["type"])

    @property
    def listed(self) -> bool:
        """Whether the insight is promoted rather than private."""
        return bool(self.settings["listed"])

    @property
    def owner(self) -> str:
        """Login of the insight's owner."""
        return cast(str, self.settings["owner"])
