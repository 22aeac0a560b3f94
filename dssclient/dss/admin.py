# Derived from dssclient/aio/dss/admin.py by scripts/unasync.py: do not edit.
"""Instance administration: code studio templates."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import code_studio_templates

from dssclient.dss.utils import DSSListItem, DSSRawSettings

from .._requester import json_body
from .future import DSSFuture

if TYPE_CHECKING:
    from ..dssclient import DSSClient


class DSSCodeStudioTemplateListItem(DSSListItem):
    """A code studio template as listed by :meth:`DSSClient.list_code_studio_templates`."""

    client: DSSClient

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, label={self.label!r})"

    def to_code_studio_template(self) -> DSSCodeStudioTemplate:
        return DSSCodeStudioTemplate(self.client, self.id)

    @property
    def label(self) -> str | None:
        label: str | None = self._data.get("label")
        return label

    @property
    def id(self) -> str:
        template_id: str = self._data["id"]
        return template_id

    @property
    def build_for_configs(self) -> list[str]:
        """The container configurations the template's images are built for."""
        configs: list[str] = self._data.get("buildFor", [])
        return configs

    @property
    def last_built(self) -> datetime.datetime | None:
        """When the template was last built (UTC), or None if it never was."""
        timestamp_ms = self._data.get("lastBuilt")
        if not timestamp_ms:
            return None
        return datetime.datetime.fromtimestamp(timestamp_ms / 1000, tz=datetime.UTC)


class DSSCodeStudioTemplate:
    """A handle on a code studio template. Get one with :meth:`DSSClient.get_code_studio_template`."""

    def __init__(self, client: DSSClient, template_id: str) -> None:
        self.client = client
        self.template_id = template_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(template_id={self.template_id!r})"

    def get_settings(self) -> DSSCodeStudioTemplateSettings:
        """The template's settings, to edit and save. (operation ``getCodeStudioTemplate``)"""
        raw = self.client._requester.json(code_studio_templates.get_code_studio_template._get_kwargs, self.template_id)
        return DSSCodeStudioTemplateSettings(self.client, self.template_id, raw)

    def build(self, disable_docker_cache: bool = False) -> DSSFuture:
        """Start building the template's images; returns the build's future. (operation ``buildCodeStudioTemplate``)"""
        state = self.client._requester.json(
            code_studio_templates.build_code_studio_template._get_kwargs,
            self.template_id,
            with_no_cache=disable_docker_cache,
        )
        return DSSFuture.from_resp(self.client, state)


class DSSCodeStudioTemplateSettings(DSSRawSettings):
    """The settings of a code studio template. Edit, then :meth:`save`."""

    def __init__(self, client: DSSClient, template_id: str, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client = client
        self.template_id = template_id

    def get_built_for_all_container_confs(self) -> bool:
        """Whether an image is built for every container configuration."""
        return bool(self.settings.get("allContainerConfs", False))

    def get_built_container_confs(self) -> list[str]:
        """The container configurations an image is built for, when not all of them."""
        confs: list[str] = self.settings.get("containerConfs") or []
        return confs

    def set_built_container_confs(self, *configs: str, **kwargs: Any) -> None:
        """Build an image for these configurations, or for all of them with ``all=True``."""
        build_for_all = bool(kwargs.pop("all", False))
        if kwargs:
            raise TypeError(f"set_built_container_confs() got unexpected keyword arguments: {sorted(kwargs)}")
        self.settings["allContainerConfs"] = build_for_all
        if not build_for_all:
            self.settings["containerConfs"] = list(configs)

    def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveCodeStudioTemplate``)"""
        self.client._requester.empty(
            code_studio_templates.save_code_studio_template._get_kwargs, self.template_id, body=json_body(self.settings)
        )
