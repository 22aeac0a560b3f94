from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_custom_fields_type_0 import DatasetCustomFieldsType0
    from ..models.dataset_custom_meta_type_0 import DatasetCustomMetaType0
    from ..models.dataset_dku_properties_type_0_item import (
        DatasetDkuPropertiesType0Item,
    )
    from ..models.dataset_flow_options_type_0 import DatasetFlowOptionsType0
    from ..models.dataset_format_params import DatasetFormatParams
    from ..models.dataset_metrics_settings import DatasetMetricsSettings
    from ..models.dataset_params import DatasetParams
    from ..models.dataset_partitioning import DatasetPartitioning
    from ..models.dataset_read_write_options_type_0 import DatasetReadWriteOptionsType0
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
            params (DatasetParams | Unset): The type-specific parameters of a dataset (its `params`). Which keys apply
                depends on the
                dataset's `type`: file-based types (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`,
                `SFTP`, `UploadedFiles`) use `connection` and `path`; SQL types (`PostgreSQL`,
                `MySQL`, `Snowflake`, `SQLServer`, `Oracle`, `BigQuery`, ...) use `connection`, `mode`
                and `table`, `schema`, `catalog` or `query`; `FilesInFolder` uses `folderSmartId`.
                DSS sends more keys than these, by type. DSS always sends an object (a null sent is read
                as absent, like any null); the official client reads and writes `connection`, `path`, `mode`,
                `schema`, `table`, `catalog` (`FSLikeDatasetSettings.set_connection_and_path`,
                `SQLDatasetSettings.set_table`, `DSSDatasetListItem.connection`).
            format_type (None | str | Unset): Format of a file-based dataset (`csv`, `parquet`, `json`, `excel`, `avro`,
                `orcfile`, ...).
            format_params (DatasetFormatParams | None | Unset): Format-specific parameters (see `DatasetFormatParams`).
            managed (bool | None | Unset): Whether DSS manages the dataset's data.
            schema (DatasetSchema | Unset): The schema of a dataset.
            metrics (DatasetMetricsSettings | None | Unset): The dataset's metrics: its probes, how they are computed, and
                what
                its Status tab shows. A new dataset gets the `basic` probe, computed
                on each build, and the `records` probe, computed on demand.
            metrics_checks (DatasetChecksSettings | None | Unset): The dataset's checks (none on a new dataset), and whether
                they run on each build.
            partitioning (DatasetPartitioning | None | Unset): Partitioning (see `DatasetPartitioning`).
            flow_options (DatasetFlowOptionsType0 | None | Unset): How the flow treats the dataset when it builds.
            read_write_options (DatasetReadWriteOptionsType0 | None | Unset): How DSS reads and writes the data.
            custom_fields (DatasetCustomFieldsType0 | None | Unset): Values of the instance's custom fields, by field name;
                each value is any JSON value.
            custom_meta (DatasetCustomMetaType0 | None | Unset): Custom metadata of the dataset.
            dku_properties (list[DatasetDkuPropertiesType0Item] | None | Unset): Advanced properties of the dataset (Hadoop
                and Spark configuration).
            feature_group (bool | None | Unset): Whether the dataset is a feature group of the feature store.
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
    format_params: DatasetFormatParams | None | Unset = UNSET
    managed: bool | None | Unset = UNSET
    schema: DatasetSchema | Unset = UNSET
    metrics: DatasetMetricsSettings | None | Unset = UNSET
    metrics_checks: DatasetChecksSettings | None | Unset = UNSET
    partitioning: DatasetPartitioning | None | Unset = UNSET
    flow_options: DatasetFlowOptionsType0 | None | Unset = UNSET
    read_write_options: DatasetReadWriteOptionsType0 | None | Unset = UNSET
    custom_fields: DatasetCustomFieldsType0 | None | Unset = UNSET
    custom_meta: DatasetCustomMetaType0 | None | Unset = UNSET
    dku_properties: list[DatasetDkuPropertiesType0Item] | None | Unset = UNSET
    feature_group: bool | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_custom_fields_type_0 import DatasetCustomFieldsType0
        from ..models.dataset_custom_meta_type_0 import DatasetCustomMetaType0
        from ..models.dataset_flow_options_type_0 import DatasetFlowOptionsType0
        from ..models.dataset_format_params import DatasetFormatParams
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.dataset_read_write_options_type_0 import (
            DatasetReadWriteOptionsType0,
        )

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
        elif isinstance(self.format_params, DatasetFormatParams):
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
        elif isinstance(self.partitioning, DatasetPartitioning):
            partitioning = self.partitioning.to_dict()
        else:
            partitioning = self.partitioning

        flow_options: dict[str, Any] | None | Unset
        if isinstance(self.flow_options, Unset):
            flow_options = UNSET
        elif isinstance(self.flow_options, DatasetFlowOptionsType0):
            flow_options = self.flow_options.to_dict()
        else:
            flow_options = self.flow_options

        read_write_options: dict[str, Any] | None | Unset
        if isinstance(self.read_write_options, Unset):
            read_write_options = UNSET
        elif isinstance(self.read_write_options, DatasetReadWriteOptionsType0):
            read_write_options = self.read_write_options.to_dict()
        else:
            read_write_options = self.read_write_options

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, DatasetCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        custom_meta: dict[str, Any] | None | Unset
        if isinstance(self.custom_meta, Unset):
            custom_meta = UNSET
        elif isinstance(self.custom_meta, DatasetCustomMetaType0):
            custom_meta = self.custom_meta.to_dict()
        else:
            custom_meta = self.custom_meta

        dku_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.dku_properties, Unset):
            dku_properties = UNSET
        elif isinstance(self.dku_properties, list):
            dku_properties = []
            for dku_properties_type_0_item_data in self.dku_properties:
                dku_properties_type_0_item = dku_properties_type_0_item_data.to_dict()
                dku_properties.append(dku_properties_type_0_item)

        else:
            dku_properties = self.dku_properties

        feature_group: bool | None | Unset
        if isinstance(self.feature_group, Unset):
            feature_group = UNSET
        else:
            feature_group = self.feature_group

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
        if flow_options is not UNSET:
            field_dict["flowOptions"] = flow_options
        if read_write_options is not UNSET:
            field_dict["readWriteOptions"] = read_write_options
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if custom_meta is not UNSET:
            field_dict["customMeta"] = custom_meta
        if dku_properties is not UNSET:
            field_dict["dkuProperties"] = dku_properties
        if feature_group is not UNSET:
            field_dict["featureGroup"] = feature_group
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
        from ..models.dataset_custom_fields_type_0 import DatasetCustomFieldsType0
        from ..models.dataset_custom_meta_type_0 import DatasetCustomMetaType0
        from ..models.dataset_dku_properties_type_0_item import (
            DatasetDkuPropertiesType0Item,
        )
        from ..models.dataset_flow_options_type_0 import DatasetFlowOptionsType0
        from ..models.dataset_format_params import DatasetFormatParams
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_params import DatasetParams
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.dataset_read_write_options_type_0 import (
            DatasetReadWriteOptionsType0,
        )
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

        def _parse_flow_options(data: object) -> DatasetFlowOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_options_type_0 = DatasetFlowOptionsType0.from_dict(data)

                return flow_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetFlowOptionsType0 | None | Unset, data)

        flow_options = _parse_flow_options(d.pop("flowOptions", UNSET))

        def _parse_read_write_options(
            data: object,
        ) -> DatasetReadWriteOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                read_write_options_type_0 = DatasetReadWriteOptionsType0.from_dict(data)

                return read_write_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetReadWriteOptionsType0 | None | Unset, data)

        read_write_options = _parse_read_write_options(d.pop("readWriteOptions", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> DatasetCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = DatasetCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_custom_meta(data: object) -> DatasetCustomMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_meta_type_0 = DatasetCustomMetaType0.from_dict(data)

                return custom_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetCustomMetaType0 | None | Unset, data)

        custom_meta = _parse_custom_meta(d.pop("customMeta", UNSET))

        def _parse_dku_properties(
            data: object,
        ) -> list[DatasetDkuPropertiesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dku_properties_type_0 = []
                _dku_properties_type_0 = data
                for dku_properties_type_0_item_data in _dku_properties_type_0:
                    dku_properties_type_0_item = (
                        DatasetDkuPropertiesType0Item.from_dict(
                            dku_properties_type_0_item_data
                        )
                    )

                    dku_properties_type_0.append(dku_properties_type_0_item)

                return dku_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DatasetDkuPropertiesType0Item] | None | Unset, data)

        dku_properties = _parse_dku_properties(d.pop("dkuProperties", UNSET))

        def _parse_feature_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        feature_group = _parse_feature_group(d.pop("featureGroup", UNSET))

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
            flow_options=flow_options,
            read_write_options=read_write_options,
            custom_fields=custom_fields,
            custom_meta=custom_meta,
            dku_properties=dku_properties,
            feature_group=feature_group,
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
