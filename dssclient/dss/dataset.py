# Derived from dssclient/aio/dss/dataset.py by scripts/unasync.py: do not edit.
"""Datasets."""

from __future__ import annotations

import datetime
import json
import os
import uuid
import warnings
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, TypedDict, cast, overload

from dssclient_generated.api import datasets

from dssclient._json import is_object, string_or
from dssclient._paths import check_identifier
from dssclient._rows import Caster, casters_for
from dssclient._times import datetime_from_ms
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.utils import DSSDictListItem, DSSTaggableObjectSettings, nested_dict
from dssclient.errors import DataikuException, NotFoundError

from .._requester import json_body, multipart_body
from .._rowstream import iter_rows_of
from ._files import upload_source
from .data_quality import DSSDataQualityRuleSet
from .discussion import DSSObjectDiscussions
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        Acknowledgement,
        AnalysisListItem,
        ChecksReport,
        ColumnLineageRelation,
        Dataset,
        DatasetFormatParams,
        DatasetInfo,
        DatasetParams,
        DatasetSchema,
        DatasetUsage,
        ManagedDatasetCreationSettings,
        MetricHistory,
        MetricsComputationReport,
        ObjectMetadata,
        SchemaColumn,
        StatisticsWorksheet,
        UploadedFile,
    )

    from ..dssclient import DSSClient
    from .analysis import DSSAnalysis
    from .flow import DSSFlowZone
    from .job import DSSJob
    from .project import DSSProject
    from .recipe import CodeRecipeCreator, DSSRecipeCreator, PythonRecipeCreator
    from .statistics import DSSStatisticsWorksheet

# Dataset types whose settings are detected from their files (and whose settings class is FSLikeDatasetSettings).
FS_TYPES = ("Filesystem", "UploadedFiles", "FilesInFolder", "HDFS", "S3", "Azure", "GCS", "FTP", "SCP", "SFTP")
SQL_TYPES = (
    "JDBC",
    "PostgreSQL",
    "MySQL",
    "Vertica",
    "Snowflake",
    "Redshift",
    "Greenplum",
    "Teradata",
    "Oracle",
    "SQLServer",
    "SAPHANA",
    "Netezza",
    "BigQuery",
    "Athena",
    "hiveserver2",
    "Synapse",
    "FabricWarehouse",
    "Databricks",
    "DatabricksLakebase",
    "ClickHouse",
)


def _is_fs_like(dataset_type: str) -> bool:
    return dataset_type in FS_TYPES or dataset_type.startswith("fsprovider_")


class ElasticSearchResult(TypedDict, total=False):
    """The result of :meth:`DSSDataset.search_data_elastic`."""

    columns: list[SchemaColumn]
    rows: list[list[Any]]
    warnings: list[Any]
    found: int


def _cast_row(casters: list[Caster], row: list[Any]) -> list[Any]:
    """A search's row with its text values cast by column type, as the official client casts them.

    A short row is padded with missing values (cast as ``None`` is: ``False`` for a boolean), and
    values past the last column become ``None``; values that are not text are kept as they are.
    """
    padded = list(row[: len(casters)]) + [None] * (len(casters) - len(row))
    cast_values = [
        caster(value) if isinstance(value, str) or value is None else value
        for caster, value in zip(casters, padded, strict=True)
    ]
    return cast_values + [None] * (len(row) - len(casters))


def _partition_list(partitions: str | Sequence[str] | None) -> Any:
    from dssclient_generated.types import UNSET

    if partitions is None:
        return UNSET
    return [partitions] if isinstance(partitions, str) else list(partitions)


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
        """The dataset's name (DSS identifies a dataset by its name in its project)."""
        return self.dataset_name

    @property
    def name(self) -> str:
        """The dataset's name."""
        return self.dataset_name

    @property
    def project(self) -> DSSProject:
        """The handle of the dataset's project."""
        return self.client.get_project(self.project_key)

    def delete(self, drop_data: bool = False) -> None:
        """Delete the dataset, and its data if ``drop_data``. (operation ``deleteDataset``)"""
        self.client._requester.empty(
            datasets.delete_dataset.request_kwargs, self.project_key, self.dataset_name, drop_data=drop_data
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
        """The dataset's definition, to edit and :meth:`~DSSDatasetSettings.save`. (operation ``getDatasetSettings``)

        File-based datasets get a :class:`FSLikeDatasetSettings`, SQL ones a
        :class:`SQLDatasetSettings`, with helpers of their own.
        """
        raw: Dataset = self.client._requester.json(
            datasets.get_dataset_settings.request_kwargs, self.project_key, self.dataset_name
        )
        dataset_type = string_or(raw.get("type"), "")
        if _is_fs_like(dataset_type):
            return FSLikeDatasetSettings(self, raw)
        if dataset_type in SQL_TYPES:
            return SQLDatasetSettings(self, raw)
        return DSSDatasetSettings(self, raw)

    def get_definition(self) -> Dataset:
        """The definition as a dict; deprecated: use :meth:`get_settings`. (operation ``getDatasetSettings``)"""
        warnings.warn("DSSDataset.get_definition is deprecated: use get_settings", DeprecationWarning, stacklevel=2)
        definition: Dataset = self.client._requester.json(
            datasets.get_dataset_settings.request_kwargs, self.project_key, self.dataset_name
        )
        return definition

    def set_definition(self, definition: Mapping[str, Any]) -> Acknowledgement | None:
        """Replace the definition; deprecated, as in DSS: use :meth:`get_settings`. (operation ``saveDatasetSettings``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        warnings.warn("DSSDataset.set_definition is deprecated: use get_settings", DeprecationWarning, stacklevel=2)
        acknowledgement: Acknowledgement | None = self.client._requester.json_or_none(
            datasets.save_dataset_settings.request_kwargs,
            self.project_key,
            self.dataset_name,
            body=json_body(definition),
        )
        return acknowledgement

    def get_schema(self) -> DatasetSchema:
        """The schema, as ``{"columns": [{"name": ..., "type": ...}, ...]}``. (operation ``getDatasetSchema``)"""
        schema: DatasetSchema = self.client._requester.json(
            datasets.get_dataset_schema.request_kwargs, self.project_key, self.dataset_name
        )
        return schema

    def set_schema(self, schema: Mapping[str, Any]) -> Acknowledgement | None:
        """Replace the schema; every column needs a name and a type. (operation ``setDatasetSchema``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: Acknowledgement | None = self.client._requester.json_or_none(
            datasets.set_dataset_schema.request_kwargs, self.project_key, self.dataset_name, body=json_body(schema)
        )
        return acknowledgement

    def get_metadata(self) -> ObjectMetadata:
        """Label, description, tags, checklists and custom metadata. (operation ``getDatasetMetadata``)"""
        metadata: ObjectMetadata = self.client._requester.json(
            datasets.get_dataset_metadata.request_kwargs, self.project_key, self.dataset_name
        )
        return metadata

    def set_metadata(self, metadata: Mapping[str, Any]) -> Acknowledgement | None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setDatasetMetadata``)"""
        acknowledgement: Acknowledgement | None = self.client._requester.json_or_none(
            datasets.set_dataset_metadata.request_kwargs, self.project_key, self.dataset_name, body=json_body(metadata)
        )
        return acknowledgement

    def list_partitions(self) -> list[str]:
        """The dataset's partition identifiers; none if not partitioned. (operation ``listDatasetPartitions``)"""
        partitions: list[str] = self.client._requester.json(
            datasets.list_dataset_partitions.request_kwargs, self.project_key, self.dataset_name
        )
        return partitions

    # -- data, metrics and checks (project automation) -----------------------------------------

    def iter_rows(
        self, partitions: str | Sequence[str] | None = None, columns: Sequence[str] | None = None
    ) -> Iterator[list[Any]]:
        """The dataset's rows, read as they arrive, each a list of values cast by column type.

        The rows are in the order of the schema's columns, or of ``columns``; ``partitions`` (an
        identifier or a list) reads some partitions only. The read starts with the first row asked
        for (an unknown dataset raises then), and once the last row is read DSS is asked whether
        the read went well (an error there is raised then). Memory stays flat however large the
        dataset. Async: ``for row in dataset.iter_rows()`` (no ``await``: a method that
        returns an iterator is never awaited). (operations ``getDatasetData``,
        ``getDatasetSchema``, ``finishDatasetStreaming``)
        """
        return self._read_rows(partitions, columns)

    def _read_rows(self, partitions: str | Sequence[str] | None, columns: Sequence[str] | None) -> Iterator[list[Any]]:
        from dssclient_generated.types import UNSET

        read_session_id = str(uuid.uuid4())
        stream = self.client._requester.stream(
            datasets.get_dataset_data.request_kwargs,
            self.project_key,
            self.dataset_name,
            format_="tsv-excel-noheader",
            partitions=_partition_list(partitions),
            columns=list(columns) if columns is not None else UNSET,
            read_session_id=read_session_id,
        )
        try:
            schema = self.get_schema()
            casters = casters_for(schema.get("columns") or [], list(columns) if columns is not None else None)
        except BaseException:
            stream.close()
            raise
        for row in iter_rows_of(stream, casters):  # noqa: UP028 - the sync twin's loop is the same
            yield row
        self.client._requester.empty(
            datasets.finish_dataset_streaming.request_kwargs,
            self.project_key,
            self.dataset_name,
            read_session_id=read_session_id,
        )

    def clear(self, partitions: str | Sequence[str] | None = None) -> Acknowledgement:
        """Remove the dataset's rows, of some partitions (an identifier or a list) or all.

        (operation ``clearDatasetData``)
        """
        answer: Acknowledgement = self.client._requester.json(
            datasets.clear_dataset_data.request_kwargs,
            self.project_key,
            self.dataset_name,
            partitions=_partition_list(partitions),
        )
        return answer

    def copy_to(self, target: DSSDataset, sync_schema: bool = True, write_mode: str = "OVERWRITE") -> DSSFuture:
        """Copy the rows into another dataset; returns the copy's future. (operation ``copyDatasetData``)

        :param sync_schema: give the target this dataset's schema first.
        :param write_mode: ``OVERWRITE`` (replace the target's rows) or ``APPEND``.
        """
        body = {
            "targetProjectKey": target.project_key,
            "targetDatasetName": target.dataset_name,
            "syncSchema": sync_schema,
            "writeMode": write_mode,
        }
        state = self.client._requester.json(
            datasets.copy_dataset_data.request_kwargs, self.project_key, self.dataset_name, body=json_body(body)
        )
        return DSSFuture.from_resp(self.client, state)

    def build(
        self,
        job_type: str = "NON_RECURSIVE_FORCED_BUILD",
        partitions: str | Sequence[str] | None = None,
        wait: bool = True,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
    ) -> DSSJob:
        """Start a job building this dataset, and by default wait until it is over. (operation ``startJob``)

        Raises :class:`~dssclient.JobFailedError` when the job fails, unless ``no_fail``
        (which the official client ignores). ``timeout`` bounds the wait; ``progress`` shows it.
        """
        builder = self.project.new_job(job_type).with_output(
            self.dataset_name,
            partition=partitions if partitions is None or isinstance(partitions, str) else list(partitions),
        )
        if wait:
            return builder.start_and_wait(no_fail=no_fail, timeout=timeout, progress=progress)
        return builder.start()

    def compute_metrics(
        self, partition: str = "", metric_ids: Sequence[str] | None = None, probes: dict[str, Any] | None = None
    ) -> MetricsComputationReport:
        """Compute the dataset's metrics (its probes', ``probes``', or those of ``metric_ids``) and store them.

        ``partition`` is empty for a dataset that is not partitioned, ``ALL`` for the
        whole of a partitioned one. Returns the computation's report. (operations
        ``computeDatasetMetrics``, ``computeDatasetMetricsFromIds``)
        """
        if metric_ids is not None:
            report: MetricsComputationReport = self.client._requester.json(
                datasets.compute_dataset_metrics_from_ids.request_kwargs,
                self.project_key,
                self.dataset_name,
                partition=partition,
                body=json_body({"metricIds": list(metric_ids)}),
            )
            return report
        if probes is not None:
            report = self.client._requester.json(
                datasets.compute_dataset_metrics.request_kwargs,
                self.project_key,
                self.dataset_name,
                partition=partition,
                body=json_body(probes),
            )
            return report
        report = self.client._requester.json(
            datasets.compute_dataset_metrics.request_kwargs, self.project_key, self.dataset_name, partition=partition
        )
        return report

    def run_checks(self, partition: str = "", checks: Sequence[str] | None = None) -> ChecksReport:
        """Run the dataset's checks (or those named) on a partition; returns their outcomes.

        (operation ``runDatasetChecks``)
        """
        from dssclient_generated.types import UNSET

        checks_report: ChecksReport = self.client._requester.json(
            datasets.run_dataset_checks.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition=partition,
            body=list(checks) if checks is not None else UNSET,
        )
        return checks_report

    def get_last_metric_values(self, partition: str = "") -> ComputedMetrics:
        """The last value of each metric (on one partition; the whole dataset when empty).

        (operation ``getDatasetLastMetricValues``)
        """
        raw = self.client._requester.json(
            datasets.get_dataset_last_metric_values.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition if partition else "NP",
        )
        return ComputedMetrics(raw)

    def get_metric_history(self, metric: str, partition: str = "") -> MetricHistory:
        """The values a metric took, oldest first. (operation ``getDatasetMetricHistory``)"""
        history: MetricHistory = self.client._requester.json(
            datasets.get_dataset_metric_history.request_kwargs,
            self.project_key,
            self.dataset_name,
            partition if partition else "NP",
            metric_lookup=metric,
        )
        return history

    def get_info(self) -> DSSDatasetInfo:
        """The dataset's definition and status, notably how its last build went. (operation ``getDatasetInfo``)"""
        info: DatasetInfo = self.client._requester.json(
            datasets.get_dataset_info.request_kwargs, self.project_key, self.dataset_name
        )
        return DSSDatasetInfo(self, info)

    def get_usages(self) -> list[DatasetUsage]:
        """The recipes that read or write the dataset. (operation ``getDatasetUsages``)"""
        usages: list[DatasetUsage] = self.client._requester.json(
            datasets.get_dataset_usages.request_kwargs, self.project_key, self.dataset_name
        )
        return usages

    def uploaded_add_file(self, fp: IO[bytes] | bytes | os.PathLike[str], filename: str) -> None:
        """Add a file named ``filename`` to an ``UploadedFiles`` dataset, read from ``fp`` as it is sent.

        ``fp`` is a binary file object, bytes, or an ``os.PathLike`` path (``pathlib.Path``:
        opened, sent, closed); a ``str`` is refused (``TypeError``): it would be neither a path
        nor content. (operation ``uploadDatasetFile``)
        """
        with upload_source(fp, "DSSDataset.uploaded_add_file") as content:
            self.client._requester.empty(
                datasets.upload_dataset_file.request_kwargs,
                self.project_key,
                self.dataset_name,
                body=multipart_body(file=(filename, content)),
            )

    def uploaded_list_files(self) -> list[UploadedFile]:
        """The files of an ``UploadedFiles`` dataset (``path``, ``size``, ...).

        (operation ``listDatasetUploadedFiles``)
        """
        files: list[UploadedFile] = self.client._requester.json(
            datasets.list_dataset_uploaded_files.request_kwargs, self.project_key, self.dataset_name
        )
        return files

    def test_and_detect(self, infer_storage_types: bool = False) -> DSSFuture:
        """Start detecting the format and schema of a file-based dataset; returns the detection's future.

        Used by :meth:`autodetect_settings`. dssclient detects file-based datasets only: other
        types raise ValueError. (operations ``getDatasetSettings``, ``detectDatasetFormat``)
        """
        settings = self.get_settings()
        if not _is_fs_like(settings.type):
            raise ValueError(f"dssclient detects the settings of file-based datasets only, not of {settings.type} ones")
        state = self.client._requester.json(
            datasets.detect_dataset_format.request_kwargs,
            self.project_key,
            self.dataset_name,
            body=json_body({"detectPossibleFormats": True, "inferStorageTypes": infer_storage_types}),
        )
        return DSSFuture.from_resp(self.client, state)

    def autodetect_settings(
        self, infer_storage_types: bool = False, timeout: float | None = None
    ) -> DSSDatasetSettings:
        """The dataset's settings with the format and schema DSS detects in its files, to save.

        :param infer_storage_types: give columns the narrowest type their values fit, rather than ``string``.
        :param timeout: bounds the wait for the detection.
        :raises DataikuException: the detection found no format.
        """
        settings = self.get_settings()
        if not _is_fs_like(settings.type):
            raise ValueError(f"dssclient detects the settings of file-based datasets only, not of {settings.type} ones")
        future = self.test_and_detect(infer_storage_types)
        result = future.wait_for_result(timeout=timeout)
        detected = result.get("format") if is_object(result) else None
        if not is_object(detected) or not detected.get("ok"):
            raise DataikuException(f"Format detection failed, complete response is {result!r}")
        raw = settings.get_raw()
        raw["formatType"] = detected["type"]
        raw["formatParams"] = detected["params"]
        raw["schema"] = detected["schemaDetection"]["newSchema"]
        return settings

    @overload
    def new_code_recipe(
        self,
        type: Literal["python"],  # noqa: A002
        code: str | None = None,
        recipe_name: str | None = None,
    ) -> PythonRecipeCreator: ...

    @overload
    def new_code_recipe(
        self,
        type: str,  # noqa: A002
        code: str | None = None,
        recipe_name: str | None = None,
    ) -> CodeRecipeCreator: ...

    def new_code_recipe(
        self,
        type: str,
        code: str | None = None,
        recipe_name: str | None = None,  # noqa: A002
    ) -> CodeRecipeCreator:
        """Start creating a code recipe reading this dataset (no call is made); Python's has functional helpers."""
        from .recipe import CodeRecipeCreator, PythonRecipeCreator

        builder: CodeRecipeCreator
        if type == "python":
            builder = PythonRecipeCreator(recipe_name, self.project)
        else:
            builder = CodeRecipeCreator(recipe_name, type, self.project)
        builder.with_input(self.dataset_name)
        if code is not None:
            builder.with_script(code)
        return builder

    def new_recipe(self, type: str, recipe_name: str | None = None) -> DSSRecipeCreator:  # noqa: A002
        """Start creating a recipe of any type reading this dataset (no call is made)."""
        builder = self.project.new_recipe(type, recipe_name)
        builder.with_input(self.dataset_name)
        return builder

    # -- data quality (issue 18) -----------------------------------------------------------------

    def get_data_quality_rules(self) -> DSSDataQualityRuleSet:
        """The dataset's data quality rules, their results and status (no call is made)."""
        return DSSDataQualityRuleSet(self.project_key, self.dataset_name, self.client)

    # -- flow zones and discussions (issue 18) --

    def rename(self, new_name: str) -> None:
        """Give the dataset another name; the recipes using it follow. (operation ``renameDataset``)"""
        if new_name == self.dataset_name:
            raise ValueError(f"Dataset name is already {new_name}")
        check_identifier("dataset name", new_name)
        self.client._requester.empty(
            datasets.rename_dataset.request_kwargs,
            self.project_key,
            body=json_body({"oldName": self.dataset_name, "newName": new_name}),
        )
        self.dataset_name = new_name

    def get_zone(self) -> DSSFlowZone:
        """The flow zone holding the dataset. (operations ``listFlowZones``, ``getFlowZone``)"""
        from .flow import zone_of  # the flow module imports this one

        return zone_of(self)

    def move_to_zone(self, zone: DSSFlowZone | str) -> None:
        """Move the dataset (and the recipe writing it) into a zone, a handle or an id.

        (operation ``addFlowZoneItem``)
        """
        from .flow import move_to_zone

        move_to_zone(self, zone)

    def share_to_zone(self, zone: DSSFlowZone | str) -> None:
        """Share the dataset to a zone, a handle or an id. (operation ``shareToFlowZone``)"""
        from .flow import share_to_zone

        share_to_zone(self, zone)

    def unshare_from_zone(self, zone: DSSFlowZone | str) -> None:
        """Stop sharing the dataset to a zone, a handle or an id. (operation ``unshareFromFlowZone``)"""
        from .flow import unshare_from_zone

        unshare_from_zone(self, zone)

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about the dataset; calls nothing."""
        return DSSObjectDiscussions(self.client, self.project_key, "DATASET", self.dataset_name)

    # -- hive, elasticsearch, lineage (issue 18) --

    def search_data_elastic(
        self,
        query_string: str,
        start: int = 0,
        size: int = 128,
        sort_columns: Sequence[Mapping[str, str]] | None = None,
        partitions: Sequence[str] | None = None,
    ) -> ElasticSearchResult:
        """Search the rows of a dataset on an Elasticsearch connection with a query string.

        Waits for the search's long task and returns its result: ``columns``, ``rows`` (values
        cast by column type, as :meth:`iter_rows` casts them), ``warnings``, and ``found`` when
        ``start`` is 0. ``sort_columns`` is a list of ``{"column": name, "order": "asc"|"desc"}``;
        ``partitions`` the partition identifiers to search. DSS refuses a dataset that is not on
        an Elasticsearch connection (:class:`~dssclient.DataikuException`).
        (operation ``searchDatasetDataElastic``)
        """
        state = self.client._requester.json(
            datasets.search_dataset_data_elastic.request_kwargs,
            self.project_key,
            self.dataset_name,
            query_string=query_string,
            start=start,
            size=size,
            sort_columns=json.dumps([dict(c) for c in sort_columns] if sort_columns is not None else None),
            partitions=json.dumps(list(partitions) if partitions is not None else None),
        )
        raw = DSSFuture.from_resp(self.client, state).wait_for_result()
        if not is_object(raw):
            raise DataikuException(f"The search of {self.project_key}.{self.dataset_name} answered no result")
        result = cast("ElasticSearchResult", raw)
        casters = casters_for(result.get("columns") or [])
        result["rows"] = [_cast_row(casters, row) for row in result.get("rows") or []]
        return result

    def synchronize_hive_metastore(self) -> None:
        """Write the dataset's definition into the Hive metastore's table mirroring it.

        Needs a Hive metastore configured on DSS. (operation ``synchronizeDatasetHiveMetastore``)
        """
        self.client._requester.empty(
            datasets.synchronize_dataset_hive_metastore.request_kwargs, self.project_key, self.dataset_name
        )

    def update_from_hive(self) -> None:
        """Update the dataset's settings from the definition of its Hive table.

        Needs a Hive metastore configured on DSS. (operation ``updateDatasetFromHive``)
        """
        self.client._requester.empty(
            datasets.update_dataset_from_hive.request_kwargs, self.project_key, self.dataset_name
        )

    def get_as_core_dataset(self) -> Any:
        """The ``dataiku.Dataset`` of this dataset, from the ``dataiku`` package (no call is made).

        The ``dataiku`` package is DSS's in-process API, available inside DSS (recipes, notebooks)
        or once installed from DSS; it is imported when this method is called, and raises
        ``ImportError`` (``ModuleNotFoundError``) where it is not installed, as the official
        client does.
        """
        import dataiku  # type: ignore[import-not-found]  # pyright: ignore[reportMissingImports]

        return dataiku.Dataset(f"{self.project_key}.{self.dataset_name}")  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]

    def get_column_lineage(self, column: str, max_dataset_count: int | None = None) -> list[ColumnLineageRelation]:
        """The lineage of one of the dataset's columns: the relations (computed and declared by hand)
        linking it to the columns it comes from and to those it feeds, in this project and others.

        ``max_dataset_count`` bounds how many datasets are visited (DSS's hard limit when None);
        it must be positive (``ValueError`` otherwise, before any call).
        (operation ``getDatasetColumnLineage``)
        """
        from dssclient_generated.types import UNSET

        if max_dataset_count is not None and max_dataset_count <= 0:
            raise ValueError(f"max_dataset_count must be a positive integer, not {max_dataset_count!r}")
        relations: list[ColumnLineageRelation] = self.client._requester.json(
            datasets.get_dataset_column_lineage.request_kwargs,
            self.project_key,
            self.dataset_name,
            column_name=column,
            max_dataset_count=max_dataset_count if max_dataset_count is not None else UNSET,
        )
        return relations

    # -- analyses (issue 19) --

    def create_analysis(self) -> DSSAnalysis:
        """Create a visual analysis of this dataset; DSS chooses its id. (operation ``createAnalysis``)"""
        return self.project.create_analysis(self.dataset_name)

    @overload
    def list_analyses(self, as_type: Literal["listitems", "listitem"] = "listitems") -> list[AnalysisListItem]: ...

    @overload
    def list_analyses(self, as_type: Literal["objects", "object"]) -> list[DSSAnalysis]: ...

    def list_analyses(self, as_type: str = "listitems") -> list[AnalysisListItem] | list[DSSAnalysis]:
        """The project's visual analyses of this dataset: summary dicts, or handles with ``as_type="objects"``.

        (operation ``listAnalyses``)
        """
        from dssclient.dss.utils import as_list_items

        list_items = as_list_items(as_type)
        project = self.project
        items = [item for item in project.list_analyses() if item.get("inputDataset") == self.dataset_name]
        if list_items:
            return items
        return [project.get_analysis(item["analysisId"]) for item in items]

    def delete_analyses(self, drop_data: bool = False) -> None:
        """Delete every visual analysis of this dataset, and the ML tasks they hold.

        (operations ``listAnalyses``, ``deleteAnalysis``)
        """
        for analysis in self.list_analyses(as_type="objects"):
            analysis.delete(drop_data=drop_data)

    # -- statistics worksheets (issue 19) --

    @overload
    def list_statistics_worksheets(self, as_objects: Literal[True] = True) -> list[DSSStatisticsWorksheet]: ...

    @overload
    def list_statistics_worksheets(self, as_objects: Literal[False]) -> list[StatisticsWorksheet]: ...

    def list_statistics_worksheets(
        self, as_objects: bool = True
    ) -> list[DSSStatisticsWorksheet] | list[StatisticsWorksheet]:
        """The dataset's statistics worksheets: handles, or their definitions with ``as_objects=False``.

        (operation ``listStatisticsWorksheets``)
        """
        from dssclient_generated.api import statistics

        worksheets: list[StatisticsWorksheet] = self.client._requester.json(
            statistics.list_statistics_worksheets.request_kwargs, self.project_key, self.dataset_name
        )
        if as_objects:
            return [self.get_statistics_worksheet(w["id"]) for w in worksheets]
        return worksheets

    def create_statistics_worksheet(self, name: str = "My worksheet") -> DSSStatisticsWorksheet:
        """Create a statistics worksheet on the whole dataset (full sample, every partition).

        (operation ``createStatisticsWorksheet``)
        """
        from dssclient_generated.api import statistics

        definition = {
            "projectKey": self.project_key,
            "name": name,
            "dataSpec": {
                "inputDatasetSmartName": self.dataset_name,
                "datasetSelection": {"partitionSelectionMethod": "ALL", "maxRecords": 30000, "samplingMethod": "FULL"},
            },
        }
        created: StatisticsWorksheet = self.client._requester.json(
            statistics.create_statistics_worksheet.request_kwargs,
            self.project_key,
            self.dataset_name,
            body=json_body(definition),
        )
        return self.get_statistics_worksheet(created["id"])

    def get_statistics_worksheet(self, worksheet_id: str) -> DSSStatisticsWorksheet:
        """A handle on one of the dataset's statistics worksheets (no call is made)."""
        from .statistics import DSSStatisticsWorksheet

        return DSSStatisticsWorksheet(self.client, self.project_key, self.dataset_name, worksheet_id)


class DSSDatasetInfo:
    """A dataset's definition and status, from :meth:`DSSDataset.get_info`."""

    def __init__(self, dataset: DSSDataset, info: DatasetInfo) -> None:
        self.dataset = dataset
        self.info = info

    def __repr__(self) -> str:
        return f"{type(self).__name__}(dataset={self.dataset.dataset_name!r})"

    def get_raw(self) -> DatasetInfo:
        """The information as DSS sent it."""
        return self.info

    @property
    def last_build_start_time(self) -> datetime.datetime | None:
        """When the last build of the dataset started, if it was built."""
        return datetime_from_ms((self.info.get("lastBuild") or {}).get("buildStartTime"))

    @property
    def last_build_end_time(self) -> datetime.datetime | None:
        """When the last build of the dataset ended, if it was built."""
        return datetime_from_ms((self.info.get("lastBuild") or {}).get("buildEndTime"))

    @property
    def is_last_build_successful(self) -> bool:
        """Whether the last build succeeded (False if never built)."""
        return bool((self.info.get("lastBuild") or {}).get("buildSuccess", False))


class DSSManagedDatasetCreationHelper:
    """Creates a managed dataset: choose where it stores its data, then :meth:`create` it.

    Get one with :meth:`DSSProject.new_managed_dataset`.
    """

    def __init__(self, project: DSSProject, dataset_name: str) -> None:
        self.project = project
        self.dataset_name = dataset_name
        self.creation_settings: dict[str, Any] = {"specificSettings": {}}

    def get_creation_settings(self) -> ManagedDatasetCreationSettings:
        """What :meth:`create` sends as ``creationSettings`` (the dict itself: edits to it are sent)."""
        return cast("ManagedDatasetCreationSettings", self.creation_settings)

    def with_store_into(
        self, connection: str, type_option_id: str | None = None, format_option_id: str | None = None
    ) -> DSSManagedDatasetCreationHelper:
        """Store the data into this connection (with a dataset type and a format preset, where it has several)."""
        self.creation_settings["connectionId"] = connection
        if type_option_id is not None:
            self.creation_settings["typeOptionId"] = type_option_id
        if format_option_id is not None:
            self.creation_settings["specificSettings"]["formatOptionId"] = format_option_id
        return self

    def with_copy_partitioning_from(
        self, dataset_ref: str, object_type: str = "DATASET"
    ) -> DSSManagedDatasetCreationHelper:
        """Partition the new dataset as that dataset (or managed folder, ``object_type="FOLDER"``) is."""
        code = "dataset" if object_type == "DATASET" else "folder"
        self.creation_settings["partitioningOptionId"] = f"copy:{code}:{dataset_ref}"
        return self

    def create(self, overwrite: bool = False) -> DSSDataset:
        """Create the dataset; with ``overwrite``, first delete one of that name, with its data.

        (operation ``createManagedDataset``)
        """
        if overwrite and self.already_exists():
            self.project.get_dataset(self.dataset_name).delete(drop_data=True)
        self.project.client._requester.json(
            datasets.create_managed_dataset.request_kwargs,
            self.project.project_key,
            body=json_body({"name": self.dataset_name, "creationSettings": self.creation_settings}),
        )
        return DSSDataset(self.project.client, self.project.project_key, self.dataset_name)

    def already_exists(self) -> bool:
        """Whether a dataset of that name exists (only "not found" means no). (operation ``getDatasetMetadata``)"""
        return self.project.get_dataset(self.dataset_name).exists()


class DSSDatasetSettings(DSSTaggableObjectSettings["Dataset"]):
    """A dataset's definition. Edit it with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, dataset: DSSDataset, settings: Dataset) -> None:
        super().__init__(settings)
        self.dataset = dataset

    @property
    def type(self) -> str:
        """The dataset's type."""
        return self.settings["type"]

    def get_raw_params(self) -> DatasetParams:
        """The type-specific parameters."""
        return cast("DatasetParams", nested_dict(self._untyped, "params"))

    @property
    def schema_columns(self) -> list[SchemaColumn]:
        """The columns of the schema held in the definition."""
        columns: list[SchemaColumn] = nested_dict(self._untyped, "schema").setdefault("columns", [])
        return columns

    def add_raw_schema_column(self, column: SchemaColumn | Mapping[str, Any]) -> None:
        """Append a column, given as DSS's JSON, to the schema."""
        self.schema_columns.append(cast("SchemaColumn", column))

    def remove_partitioning(self) -> None:
        """Make the dataset unpartitioned."""
        self.settings["partitioning"] = {"dimensions": []}

    def add_discrete_partitioning_dimension(self, dim_name: str) -> None:
        """Add a partitioning dimension of discrete values."""
        self._partitioning_dimensions().append({"name": dim_name, "type": "value"})

    def add_time_partitioning_dimension(self, dim_name: str, period: str = "DAY") -> None:
        """``period`` is one of YEAR, MONTH, DAY, HOUR."""
        self._partitioning_dimensions().append({"name": dim_name, "type": "time", "params": {"period": period}})

    def _partitioning_dimensions(self) -> list[dict[str, Any]]:
        dimensions: list[dict[str, Any]] = nested_dict(self._untyped, "partitioning").setdefault("dimensions", [])
        return dimensions

    def save(self) -> None:
        """Send the definition back to DSS, whole. (operation ``saveDatasetSettings``)"""
        self.dataset.client._requester.json_or_none(
            datasets.save_dataset_settings.request_kwargs,
            self.dataset.project_key,
            self.dataset.dataset_name,
            body=json_body(self.settings),
        )

    # -- feature group and data steward (issue 18) --

    def is_feature_group(self) -> bool:
        """Whether the dataset is a feature group of the feature store."""
        return self.settings.get("featureGroup") is True

    def set_feature_group(self, status: bool) -> None:
        """Make the dataset a feature group (or not) on :meth:`save`, which needs the feature store right."""
        self.settings["featureGroup"] = status

    @property
    def data_steward(self) -> str | None:
        """The login of the dataset's data steward: the one set, else its creator's (None if unknown)."""
        steward = self._untyped.get("dataSteward")
        if isinstance(steward, str):
            return steward
        creator = self._untyped.get("creationTag", {}).get("lastModifiedBy", {}).get("login")
        return creator if isinstance(creator, str) else None

    @data_steward.setter
    def data_steward(self, user_id: str) -> None:
        self._untyped["dataSteward"] = user_id


class FSLikeDatasetSettings(DSSDatasetSettings):
    """The settings of a file-based dataset (``Filesystem``, ``UploadedFiles``, ``S3``, ...)."""

    def set_connection_and_path(self, connection: str, path: str) -> None:
        """Set the connection and the path the dataset's files live under."""
        params = self.get_raw_params()
        params["connection"] = connection
        params["path"] = path

    def get_raw_format_params(self) -> dict[str, Any]:
        """The format's parameters, to edit in place."""
        return nested_dict(self._untyped, "formatParams")

    def set_format(self, format_type: str, format_params: dict[str, Any] | None = None) -> None:
        """Set the file format (``csv``, ``parquet``, ...) and its parameters."""
        self.settings["formatType"] = format_type
        self.settings["formatParams"] = cast("DatasetFormatParams", format_params if format_params is not None else {})

    def set_csv_format(
        self,
        separator: str = ",",
        style: str = "excel",
        skip_rows_before: int = 0,
        header_row: bool = True,
        skip_rows_after: int = 0,
    ) -> None:
        """Read (and write) the files as CSV: separator, quoting style, header and rows to skip."""
        self.set_format(
            "csv",
            {
                "separator": separator,
                "style": style,
                "skipRowsBeforeHeader": skip_rows_before,
                "parseHeaderRow": header_row,
                "skipRowsAfterHeader": skip_rows_after,
            },
        )

    def set_partitioning_file_pattern(self, pattern: str) -> None:
        """Set the pattern mapping file paths to partitions."""
        nested_dict(self._untyped, "partitioning")["filePathPattern"] = pattern


class SQLDatasetSettings(DSSDatasetSettings):
    """The settings of a SQL dataset."""

    def set_table(self, connection: str, schema: str, table: str, catalog: str | None = None) -> None:
        """Point the dataset at a table of an SQL connection."""
        params = self.get_raw_params()
        params["connection"] = connection
        params["mode"] = "table"
        params["schema"] = schema
        params["table"] = table
        if catalog is not None:
            params["catalog"] = catalog


class DSSDatasetListItem(DSSDictListItem):
    """A dataset as listed by :meth:`DSSProject.list_datasets`: its definition, without a call per dataset.

    As in the official client, the item is the listing's dict itself (``item["name"]``,
    ``item.get("params")``, ``json.dumps(item)``), with properties over it.
    """

    client: DSSClient

    def to_dataset(self) -> DSSDataset:
        """A handle on this dataset; makes no call."""
        return DSSDataset(self.client, self["projectKey"], self["name"])

    @property
    def name(self) -> str:
        """The dataset's name."""
        name: str = self["name"]
        return name

    @property
    def id(self) -> str:
        """The dataset's name, as :attr:`name`."""
        return self.name

    @property
    def type(self) -> str:
        """The dataset's type (``Filesystem``, ``UploadedFiles``, ...)."""
        dataset_type: str = self["type"]
        return dataset_type

    @property
    def tags(self) -> list[str]:
        """The dataset's tags."""
        tags: list[str] = self.get("tags") or []
        return tags

    @property
    def schema(self) -> DatasetSchema:
        """The dataset's schema (``{"columns": [...]}``)."""
        schema: DatasetSchema | None = self.get("schema")
        return schema or {"columns": []}

    @property
    def connection(self) -> str | None:
        """The connection the dataset's data lives on, for types that have one."""
        params: dict[str, Any] = self.get("params") or {}
        connection: str | None = params.get("connection")
        return connection

    def get_column(self, column: str) -> SchemaColumn | None:
        """The schema column of that name, if any."""
        return next((c for c in self.schema.get("columns", []) if c.get("name") == column), None)
