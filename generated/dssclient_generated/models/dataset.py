from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_format_params_type_0 import DatasetFormatParamsType0
    from ..models.dataset_metrics_settings import DatasetMetricsSettings
    from ..models.dataset_params import DatasetParams
    from ..models.dataset_partitioning_type_0 import DatasetPartitioningType0
    from ..models.dataset_schema import DatasetSchema
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """The definition of a dataset: its settings. The structure of `params`
    and `formatParams` depends on `type` and `formatType`.

        Attributes:
            name (str): Name of the dataset.
            type_ (str): Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
            project_key (None | str | Unset): Key of the dataset's project.
            params (DatasetParams | Unset): Type-specific parameters; the ones listed are those the official client
                reads and writes (`FSLikeDatasetSettings.set_connection_and_path`,
                `SQLDatasetSettings.set_table`, `DSSDatasetListItem.connection`). DSS always
                sends an object (a null sent is read as absent, like any null).
            format_type (None | str | Unset): Format of a file-based dataset (`csv`, `parquet`, ...).
            format_params (DatasetFormatParamsType0 | None | Unset): Format-specific parameters.
            managed (bool | None | Unset): Whether DSS manages the dataset's data.
            schema (DatasetSchema | Unset): The schema of a dataset.
            metrics (DatasetMetricsSettings | None | Unset): The dataset's metrics: its probes, how they are computed, and
                what
                its Status tab shows. A new dataset gets the `basic` probe, computed
                on each build, and the `records` probe, computed on demand.
            metrics_checks (DatasetChecksSettings | None | Unset): The dataset's checks (none on a new dataset), and whether
                they run on each build.
            partitioning (DatasetPartitioningType0 | None | Unset): Partitioning (`dimensions`, each with a `name` and a
                `type`).
            tags (list[str] | None | Unset): Tags of the dataset.
            description (None | str | Unset): Long description.
            short_desc (None | str | Unset): One-line description.
            version_tag (UserTag | Unset): Who did something to an object, and when.
            creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    name: str
    type_: str
    project_key: None | str | Unset = UNSET
    params: DatasetParams | Unset = UNSET
    format_type: None | str | Unset = UNSET
    format_params: DatasetFormatParamsType0 | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    schema: DatasetSchema | Unset = UNSET
    metrics: DatasetMetricsSettings | None | Unset = UNSET
    metrics_checks: DatasetChecksSettings | None | Unset = UNSET
    partitioning: DatasetPartitioningType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_format_params_type_0 import DatasetFormatParamsType0
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_partitioning_type_0 import DatasetPartitioningType0

        name = self.name

        type_ = self.type_

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        format_type: None | str | Unset
        if isinstance(self.format_type, Unset):
            format_type = UNSET
        else:
            format_type = self.format_type

        format_params: dict[str, Any] | None | Unset
        if isinstance(self.format_params, Unset):
            format_params = UNSET
        elif isinstance(self.format_params, DatasetFormatParamsType0):
            format_params = self.format_params.to_dict()
        else:
            format_params = self.format_params

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, DatasetMetricsSettings):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        metrics_checks: dict[str, Any] | None | Unset
        if isinstance(self.metrics_checks, Unset):
            metrics_checks = UNSET
        elif isinstance(self.metrics_checks, DatasetChecksSettings):
            metrics_checks = self.metrics_checks.to_dict()
        else:
            metrics_checks = self.metrics_checks

        partitioning: dict[str, Any] | None | Unset
        if isinstance(self.partitioning, Unset):
            partitioning = UNSET
        elif isinstance(self.partitioning, DatasetPartitioningType0):
            partitioning = self.partitioning.to_dict()
        else:
            partitioning = self.partitioning

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if params is not UNSET:
            field_dict["params"] = params
        if format_type is not UNSET:
            field_dict["formatType"] = format_type
        if format_params is not UNSET:
            field_dict["formatParams"] = format_params
        if managed is not UNSET:
            field_dict["managed"] = managed
        if schema is not UNSET:
            field_dict["schema"] = schema
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks
        if partitioning is not UNSET:
            field_dict["partitioning"] = partitioning
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_format_params_type_0 import DatasetFormatParamsType0
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_params import DatasetParams
        from ..models.dataset_partitioning_type_0 import DatasetPartitioningType0
        from ..models.dataset_schema import DatasetSchema
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        _params = d.pop("params", UNSET)
        params: DatasetParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = DatasetParams.from_dict(_params)

        def _parse_format_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_type = _parse_format_type(d.pop("formatType", UNSET))

        def _parse_format_params(
            data: object,
        ) -> DatasetFormatParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_params_type_0 = DatasetFormatParamsType0.from_dict(data)

                return format_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetFormatParamsType0 | None | Unset, data)

        format_params = _parse_format_params(d.pop("formatParams", UNSET))

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: DatasetSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DatasetSchema.from_dict(_schema)

        def _parse_metrics(data: object) -> DatasetMetricsSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = DatasetMetricsSettings.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetMetricsSettings | None | Unset, data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_metrics_checks(data: object) -> DatasetChecksSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_checks_type_0 = DatasetChecksSettings.from_dict(data)

                return metrics_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetChecksSettings | None | Unset, data)

        metrics_checks = _parse_metrics_checks(d.pop("metricsChecks", UNSET))

        def _parse_partitioning(
            data: object,
        ) -> DatasetPartitioningType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partitioning_type_0 = DatasetPartitioningType0.from_dict(data)

                return partitioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetPartitioningType0 | None | Unset, data)

        partitioning = _parse_partitioning(d.pop("partitioning", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        dataset = cls(
            name=name,
            type_=type_,
            project_key=project_key,
            params=params,
            format_type=format_type,
            format_params=format_params,
            managed=managed,
            schema=schema,
            metrics=metrics,
            metrics_checks=metrics_checks,
            partitioning=partitioning,
            tags=tags,
            description=description,
            short_desc=short_desc,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        dataset.additional_properties = d
        return dataset

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
