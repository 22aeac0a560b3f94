from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_partitioning import DatasetPartitioning
    from ..models.metrics_probes import MetricsProbes
    from ..models.proxy_model_configuration import ProxyModelConfiguration
    from ..models.saved_model_custom_fields_type_0 import SavedModelCustomFieldsType0
    from ..models.saved_model_flow_options import SavedModelFlowOptions
    from ..models.saved_model_mini_task import SavedModelMiniTask
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="SavedModel")


@_attrs_define
class SavedModel:
    """The settings of a saved model. Properties other than those listed are
    DSS's own and must be sent back unchanged.

        Attributes:
            project_key (str | Unset): Project of the saved model.
            id (str | Unset): Identifier of the saved model.
            name (str | Unset): Name of the saved model.
            type_ (str | Unset): `PREDICTION` or `CLUSTERING`.
            saved_model_type (str | Unset): How its versions are made: `DSS_MANAGED` (trained in DSS), `MLFLOW_PYFUNC`,
                `PROXY_MODEL` (external endpoints), `LLM_GENERIC`.
            active_version (str | Unset): Identifier of the active version (absent while the model has none).
            last_exported_from (str | Unset): Full identifier of the lab model last deployed to this saved model (`A-...`),
                for a model trained in DSS.
            mini_task (SavedModelMiniTask | Unset): The part of the ML task's settings the saved model keeps.
            proxy_model_configuration (ProxyModelConfiguration | Unset): The cloud service of an external model's endpoints.
            partitioning (DatasetPartitioning | Unset): How a dataset is partitioned: by `dimensions` (none: not
                partitioned), and for files, a
                `filePathPattern` mapping paths to partitions. The official client writes dimensions as
                `{name, type: value}` (discrete) and `{name, type: time, params: {period}}`.
            flow_options (SavedModelFlowOptions | Unset): Build options of the model in the flow (unverified; named as a
                dataset's).
            metrics (MetricsProbes | Unset): Probes to compute instead of the dataset's own, as in its settings' `metrics`.
            metrics_checks (DatasetChecksSettings | Unset): The checks settings of a dataset (its `metricsChecks`).
            tags (list[str] | Unset): Tags of the saved model.
            description (str | Unset): Long description (Markdown).
            short_desc (str | Unset): Short description.
            custom_fields (None | SavedModelCustomFieldsType0 | Unset): Values of the instance's custom fields, by field
                name; each value is any JSON value.
            version_tag (UserTag | Unset): Who did something to an object, and when.
            creation_tag (UserTag | Unset): Who did something to an object, and when.
    """

    project_key: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    saved_model_type: str | Unset = UNSET
    active_version: str | Unset = UNSET
    last_exported_from: str | Unset = UNSET
    mini_task: SavedModelMiniTask | Unset = UNSET
    proxy_model_configuration: ProxyModelConfiguration | Unset = UNSET
    partitioning: DatasetPartitioning | Unset = UNSET
    flow_options: SavedModelFlowOptions | Unset = UNSET
    metrics: MetricsProbes | Unset = UNSET
    metrics_checks: DatasetChecksSettings | Unset = UNSET
    tags: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    short_desc: str | Unset = UNSET
    custom_fields: None | SavedModelCustomFieldsType0 | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.saved_model_custom_fields_type_0 import (
            SavedModelCustomFieldsType0,
        )

        project_key = self.project_key

        id = self.id

        name = self.name

        type_ = self.type_

        saved_model_type = self.saved_model_type

        active_version = self.active_version

        last_exported_from = self.last_exported_from

        mini_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mini_task, Unset):
            mini_task = self.mini_task.to_dict()

        proxy_model_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proxy_model_configuration, Unset):
            proxy_model_configuration = self.proxy_model_configuration.to_dict()

        partitioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partitioning, Unset):
            partitioning = self.partitioning.to_dict()

        flow_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_options, Unset):
            flow_options = self.flow_options.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        metrics_checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics_checks, Unset):
            metrics_checks = self.metrics_checks.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        description = self.description

        short_desc = self.short_desc

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, SavedModelCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if saved_model_type is not UNSET:
            field_dict["savedModelType"] = saved_model_type
        if active_version is not UNSET:
            field_dict["activeVersion"] = active_version
        if last_exported_from is not UNSET:
            field_dict["lastExportedFrom"] = last_exported_from
        if mini_task is not UNSET:
            field_dict["miniTask"] = mini_task
        if proxy_model_configuration is not UNSET:
            field_dict["proxyModelConfiguration"] = proxy_model_configuration
        if partitioning is not UNSET:
            field_dict["partitioning"] = partitioning
        if flow_options is not UNSET:
            field_dict["flowOptions"] = flow_options
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.metrics_probes import MetricsProbes
        from ..models.proxy_model_configuration import ProxyModelConfiguration
        from ..models.saved_model_custom_fields_type_0 import (
            SavedModelCustomFieldsType0,
        )
        from ..models.saved_model_flow_options import SavedModelFlowOptions
        from ..models.saved_model_mini_task import SavedModelMiniTask
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        project_key = d.pop("projectKey", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        saved_model_type = d.pop("savedModelType", UNSET)

        active_version = d.pop("activeVersion", UNSET)

        last_exported_from = d.pop("lastExportedFrom", UNSET)

        _mini_task = d.pop("miniTask", UNSET)
        mini_task: SavedModelMiniTask | Unset
        if isinstance(_mini_task, Unset):
            mini_task = UNSET
        else:
            mini_task = SavedModelMiniTask.from_dict(_mini_task)

        _proxy_model_configuration = d.pop("proxyModelConfiguration", UNSET)
        proxy_model_configuration: ProxyModelConfiguration | Unset
        if isinstance(_proxy_model_configuration, Unset):
            proxy_model_configuration = UNSET
        else:
            proxy_model_configuration = ProxyModelConfiguration.from_dict(
                _proxy_model_configuration
            )

        _partitioning = d.pop("partitioning", UNSET)
        partitioning: DatasetPartitioning | Unset
        if isinstance(_partitioning, Unset):
            partitioning = UNSET
        else:
            partitioning = DatasetPartitioning.from_dict(_partitioning)

        _flow_options = d.pop("flowOptions", UNSET)
        flow_options: SavedModelFlowOptions | Unset
        if isinstance(_flow_options, Unset):
            flow_options = UNSET
        else:
            flow_options = SavedModelFlowOptions.from_dict(_flow_options)

        _metrics = d.pop("metrics", UNSET)
        metrics: MetricsProbes | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = MetricsProbes.from_dict(_metrics)

        _metrics_checks = d.pop("metricsChecks", UNSET)
        metrics_checks: DatasetChecksSettings | Unset
        if isinstance(_metrics_checks, Unset):
            metrics_checks = UNSET
        else:
            metrics_checks = DatasetChecksSettings.from_dict(_metrics_checks)

        tags = cast(list[str], d.pop("tags", UNSET))

        description = d.pop("description", UNSET)

        short_desc = d.pop("shortDesc", UNSET)

        def _parse_custom_fields(
            data: object,
        ) -> None | SavedModelCustomFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = SavedModelCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SavedModelCustomFieldsType0 | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

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

        saved_model = cls(
            project_key=project_key,
            id=id,
            name=name,
            type_=type_,
            saved_model_type=saved_model_type,
            active_version=active_version,
            last_exported_from=last_exported_from,
            mini_task=mini_task,
            proxy_model_configuration=proxy_model_configuration,
            partitioning=partitioning,
            flow_options=flow_options,
            metrics=metrics,
            metrics_checks=metrics_checks,
            tags=tags,
            description=description,
            short_desc=short_desc,
            custom_fields=custom_fields,
            version_tag=version_tag,
            creation_tag=creation_tag,
        )

        saved_model.additional_properties = d
        return saved_model

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
