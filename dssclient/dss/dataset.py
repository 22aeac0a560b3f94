# Derived from dssclient/aio/dss/dataset.py by scripts/unasync.py: do not edit.
"""Datasets."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import datasets

from dssclient.dss.utils import DSSListItem, DSSRawSettings, nested_dict
from dssclient.errors import NotFoundError

from .._requester import json_body

if TYPE_CHECKING:
    from ..dssclient import DSSClient
    from .project import DSSProject


class DSSDataset:
    """A handle on a dataset. Get one with :meth:`DSSProject.get_dataset`; creating it calls nothing."""

    def __init__(self, client: DSSClient, project_key: str, dataset_name: str) -> None:
        self.client = client
        self.project_key = project_key
        self.dataset_name = dataset_name

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, dataset_name={self.dataset_name!r})"

    @property
    def id(self) -> str:
        return self.dataset_name

    @property
    def name(self) -> str:
        return self.dataset_name

    @property
    def project(self) -> DSSProject:
        """The handle of the dataset's project."""
        return self.client.get_project(self.project_key)

    def delete(self, drop_data: bool = False) -> None:
        """Delete the dataset, and its data if ``drop_data``. (operation ``deleteDataset``)"""
        self.client._requester.empty(
            datasets.delete_dataset._get_kwargs, self.project_key, self.dataset_name, drop_data=drop_data
        )

    def exists(self) -> bool:
        """Whether the dataset exists. (operation ``getDatasetMetadata``)

        Unlike the official client, which answers False on any error, only
        "not found" means False here: a refused or failed call raises, rather
        than claim that the dataset is missing.
        """
        try:
            self.get_metadata()
        except NotFoundError:
            return False
        return True

    def get_settings(self) -> DSSDatasetSettings:
        """The dataset's definition, to edit and :meth:`~DSSDatasetSettings.save`. (operation ``getDatasetSettings``)"""
        raw = self.client._requester.json(
            datasets.get_dataset_settings._get_kwargs, self.project_key, self.dataset_name
        )
        return DSSDatasetSettings(self, raw)

    def get_definition(self) -> dict[str, Any]:
        """The definition as a dict; deprecated: use :meth:`get_settings`. (operation ``getDatasetSettings``)"""
        warnings.warn("DSSDataset.get_definition is deprecated: use get_settings", DeprecationWarning, stacklevel=2)
        definition: dict[str, Any] = self.client._requester.json(
            datasets.get_dataset_settings._get_kwargs, self.project_key, self.dataset_name
        )
        return definition

    def set_definition(self, definition: dict[str, Any]) -> dict[str, Any] | None:
        """Replace the definition; deprecated, as in DSS: use :meth:`get_settings`. (operation ``saveDatasetSettings``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        warnings.warn("DSSDataset.set_definition is deprecated: use get_settings", DeprecationWarning, stacklevel=2)
        acknowledgement: dict[str, Any] | None = self.client._requester.json_or_none(
            datasets.save_dataset_settings._get_kwargs, self.project_key, self.dataset_name, body=json_body(definition)
        )
        return acknowledgement

    def get_schema(self) -> dict[str, Any]:
        """The schema, as ``{"columns": [{"name": ..., "type": ...}, ...]}``. (operation ``getDatasetSchema``)"""
        schema: dict[str, Any] = self.client._requester.json(
            datasets.get_dataset_schema._get_kwargs, self.project_key, self.dataset_name
        )
        return schema

    def set_schema(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        """Replace the schema; every column needs a name and a type. (operation ``setDatasetSchema``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: dict[str, Any] | None = self.client._requester.json_or_none(
            datasets.set_dataset_schema._get_kwargs, self.project_key, self.dataset_name, body=json_body(schema)
        )
        return acknowledgement

    def get_metadata(self) -> dict[str, Any]:
        """Label, description, tags, checklists and custom metadata. (operation ``getDatasetMetadata``)"""
        metadata: dict[str, Any] = self.client._requester.json(
            datasets.get_dataset_metadata._get_kwargs, self.project_key, self.dataset_name
        )
        return metadata

    def set_metadata(self, metadata: dict[str, Any]) -> dict[str, Any] | None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setDatasetMetadata``)"""
        acknowledgement: dict[str, Any] | None = self.client._requester.json_or_none(
            datasets.set_dataset_metadata._get_kwargs, self.project_key, self.dataset_name, body=json_body(metadata)
        )
        return acknowledgement

    def list_partitions(self) -> list[str]:
        """The dataset's partition identifiers; none if not partitioned. (operation ``listDatasetPartitions``)"""
        partitions: list[str] = self.client._requester.json(
            datasets.list_dataset_partitions._get_kwargs, self.project_key, self.dataset_name
        )
        return partitions


class DSSDatasetSettings(DSSRawSettings):
    """A dataset's definition. Edit it with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, dataset: DSSDataset, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.dataset = dataset

    @property
    def type(self) -> str:
        dataset_type: str = self.settings["type"]
        return dataset_type

    def get_raw_params(self) -> dict[str, Any]:
        """The type-specific parameters."""
        return nested_dict(self.settings, "params")

    @property
    def schema_columns(self) -> list[dict[str, Any]]:
        """The columns of the schema held in the definition."""
        columns: list[dict[str, Any]] = nested_dict(self.settings, "schema").setdefault("columns", [])
        return columns

    def add_raw_schema_column(self, column: dict[str, Any]) -> None:
        self.schema_columns.append(column)

    def remove_partitioning(self) -> None:
        self.settings["partitioning"] = {"dimensions": []}

    def add_discrete_partitioning_dimension(self, dim_name: str) -> None:
        self._partitioning_dimensions().append({"name": dim_name, "type": "value"})

    def add_time_partitioning_dimension(self, dim_name: str, period: str = "DAY") -> None:
        """``period`` is one of YEAR, MONTH, DAY, HOUR."""
        self._partitioning_dimensions().append({"name": dim_name, "type": "time", "params": {"period": period}})

    def _partitioning_dimensions(self) -> list[dict[str, Any]]:
        dimensions: list[dict[str, Any]] = nested_dict(self.settings, "partitioning").setdefault("dimensions", [])
        return dimensions

    def save(self) -> None:
        """Send the definition back to DSS, whole. (operation ``saveDatasetSettings``)"""
        self.dataset.client._requester.json_or_none(
            datasets.save_dataset_settings._get_kwargs,
            self.dataset.project_key,
            self.dataset.dataset_name,
            body=json_body(self.settings),
        )


class DSSDatasetListItem(DSSListItem):
    """A dataset as listed by :meth:`DSSProject.list_datasets`: its definition, without a call per dataset."""

    client: DSSClient

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self._data.get('projectKey')!r}, name={self.name!r})"

    def to_dataset(self) -> DSSDataset:
        return DSSDataset(self.client, self._data["projectKey"], self._data["name"])

    @property
    def name(self) -> str:
        name: str = self._data["name"]
        return name

    @property
    def id(self) -> str:
        return self.name

    @property
    def type(self) -> str:
        dataset_type: str = self._data["type"]
        return dataset_type

    @property
    def schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = self._data.get("schema") or {"columns": []}
        return schema

    @property
    def connection(self) -> str | None:
        """The connection the dataset's data lives on, for types that have one."""
        params = self._data.get("params") or {}
        connection: str | None = params.get("connection")
        return connection

    def get_column(self, column: str) -> dict[str, Any] | None:
        """The schema column of that name, if any."""
        return next((c for c in self.schema.get("columns", []) if c.get("name") == column), None)
