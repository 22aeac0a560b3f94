from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_format_params import DatasetFormatParams
    from ..models.dataset_metrics_settings import DatasetMetricsSettings
    from ..models.dataset_params import DatasetParams
    from ..models.dataset_partitioning import DatasetPartitioning
    from ..models.dataset_schema import DatasetSchema


T = TypeVar("T", bound="CreateDatasetBody")


@_attrs_define
class CreateDatasetBody:
    """What `createDataset` needs to create a dataset.

    Attributes:
        name (str): Name of the new dataset: letters, digits and underscores, not yet
            used in the project. DSS refuses any other name (400).
        project_key (str): Key of the project; must be the project of the path.
        type_ (str): Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
        params (DatasetParams | None | Unset): Type-specific parameters (see `DatasetParams`).
        format_type (None | str | Unset): Format of a file-based dataset.
        format_params (DatasetFormatParams | None | Unset): Format-specific parameters (see `DatasetFormatParams`).
        partitioning (DatasetPartitioning | None | Unset): Partitioning (see `DatasetPartitioning`).
        managed (bool | None | Unset): Whether DSS manages the dataset's data.
        schema (DatasetSchema | None | Unset): The dataset's schema.
        tags (list[str] | None | Unset): Tags of the dataset.
        description (None | str | Unset): Long description.
        short_desc (None | str | Unset): One-line description.
        metrics (DatasetMetricsSettings | None | Unset): The dataset's metrics settings; DSS's defaults complete what is
            left out.
        metrics_checks (DatasetChecksSettings | None | Unset): The dataset's checks settings; DSS's defaults complete
            what is left out.
    """

    name: str
    project_key: str
    type_: str
    params: DatasetParams | None | Unset = UNSET
    format_type: None | str | Unset = UNSET
    format_params: DatasetFormatParams | None | Unset = UNSET
    partitioning: DatasetPartitioning | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    schema: DatasetSchema | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    metrics: DatasetMetricsSettings | None | Unset = UNSET
    metrics_checks: DatasetChecksSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_format_params import DatasetFormatParams
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_params import DatasetParams
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.dataset_schema import DatasetSchema

        name = self.name

        project_key = self.project_key

        type_ = self.type_

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, DatasetParams):
            params = self.params.to_dict()
        else:
            params = self.params

        format_type: None | str | Unset
        if isinstance(self.format_type, Unset):
            format_type = UNSET
        else:
            format_type = self.format_type

        format_params: dict[str, Any] | None | Unset
        if isinstance(self.format_params, Unset):
            format_params = UNSET
        elif isinstance(self.format_params, DatasetFormatParams):
            format_params = self.format_params.to_dict()
        else:
            format_params = self.format_params

        partitioning: dict[str, Any] | None | Unset
        if isinstance(self.partitioning, Unset):
            partitioning = UNSET
        elif isinstance(self.partitioning, DatasetPartitioning):
            partitioning = self.partitioning.to_dict()
        else:
            partitioning = self.partitioning

        managed: bool | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        else:
            managed = self.managed

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, DatasetSchema):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "projectKey": project_key,
                "type": type_,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params
        if format_type is not UNSET:
            field_dict["formatType"] = format_type
        if format_params is not UNSET:
            field_dict["formatParams"] = format_params
        if partitioning is not UNSET:
            field_dict["partitioning"] = partitioning
        if managed is not UNSET:
            field_dict["managed"] = managed
        if schema is not UNSET:
            field_dict["schema"] = schema
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_format_params import DatasetFormatParams
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_params import DatasetParams
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.dataset_schema import DatasetSchema

        d = dict(src_dict)
        name = d.pop("name")

        project_key = d.pop("projectKey")

        type_ = d.pop("type")

        def _parse_params(data: object) -> DatasetParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = DatasetParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_format_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_type = _parse_format_type(d.pop("formatType", UNSET))

        def _parse_format_params(data: object) -> DatasetFormatParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_params_type_0 = DatasetFormatParams.from_dict(data)

                return format_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetFormatParams | None | Unset, data)

        format_params = _parse_format_params(d.pop("formatParams", UNSET))

        def _parse_partitioning(data: object) -> DatasetPartitioning | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partitioning_type_0 = DatasetPartitioning.from_dict(data)

                return partitioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetPartitioning | None | Unset, data)

        partitioning = _parse_partitioning(d.pop("partitioning", UNSET))

        def _parse_managed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        managed = _parse_managed(d.pop("managed", UNSET))

        def _parse_schema(data: object) -> DatasetSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = DatasetSchema.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetSchema | None | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

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

        create_dataset_body = cls(
            name=name,
            project_key=project_key,
            type_=type_,
            params=params,
            format_type=format_type,
            format_params=format_params,
            partitioning=partitioning,
            managed=managed,
            schema=schema,
            tags=tags,
            description=description,
            short_desc=short_desc,
            metrics=metrics,
            metrics_checks=metrics_checks,
        )

        create_dataset_body.additional_properties = d
        return create_dataset_body

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
