# Derived from dssclient/aio/dss/feature_store.py by scripts/unasync.py: do not edit.
"""The feature store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dssclient_generated.api import feature_store

from .dataset import DSSDataset

if TYPE_CHECKING:
    from ..dssclient import DSSClient


class DSSFeatureStore:
    """The feature store of the instance. Get it with :meth:`DSSClient.get_feature_store`."""

    def __init__(self, client: DSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def list_feature_groups(self) -> list[DSSFeatureGroupListItem]:
        """The feature groups the caller may read. (operation ``listFeatureGroups``)"""
        items: list[dict[str, Any]] = self.client._requester.json(feature_store.list_feature_groups.request_kwargs)
        return [DSSFeatureGroupListItem(self.client, item["projectKey"], item["name"]) for item in items]


class DSSFeatureGroupListItem:
    """A feature group: a dataset, named ``PROJECTKEY.name``."""

    def __init__(self, client: DSSClient, project_key: str, name: str) -> None:
        self.client = client
        self.project_key = project_key
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r})"

    @property
    def id(self) -> str:
        """The feature group's id: ``PROJECTKEY.dataset_name``."""
        return f"{self.project_key}.{self.name}"

    def get_as_dataset(self) -> DSSDataset:
        """The feature group's dataset (no call is made)."""
        return DSSDataset(self.client, self.project_key, self.name)
