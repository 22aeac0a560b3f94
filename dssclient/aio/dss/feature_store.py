"""The feature store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dssclient_generated.api import feature_store

from .dataset import AsyncDSSDataset

if TYPE_CHECKING:
    from ..dssclient import AsyncDSSClient


class AsyncDSSFeatureStore:
    """The feature store of the instance. Get it with :meth:`DSSClient.get_feature_store`."""

    def __init__(self, client: AsyncDSSClient) -> None:
        self.client = client

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    async def list_feature_groups(self) -> list[AsyncDSSFeatureGroupListItem]:
        """The feature groups the caller may read. (operation ``listFeatureGroups``)"""
        items: list[dict[str, Any]] = await self.client._requester.json(
            feature_store.list_feature_groups.request_kwargs
        )
        return [AsyncDSSFeatureGroupListItem(self.client, item["projectKey"], item["name"]) for item in items]


class AsyncDSSFeatureGroupListItem:
    """A feature group: a dataset, named ``PROJECTKEY.name``."""

    def __init__(self, client: AsyncDSSClient, project_key: str, name: str) -> None:
        self.client = client
        self.project_key = project_key
        self.name = name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r})"

    @property
    def id(self) -> str:
        """The feature group's id: ``PROJECTKEY.dataset_name``."""
        return f"{self.project_key}.{self.name}"

    def get_as_dataset(self) -> AsyncDSSDataset:
        """The feature group's dataset (no call is made)."""
        return AsyncDSSDataset(self.client, self.project_key, self.name)
