from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_dataset_body_format_params_type_0 import (
        CreateDatasetBodyFormatParamsType0,
    )
    from ..models.create_dataset_body_params_type_0 import CreateDatasetBodyParamsType0
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_metrics_settings import DatasetMetricsSettings


T = TypeVar("T", bound="CreateDatasetBody")


@_attrs_define
class CreateDatasetBody:
    """What `createDataset` needs to create a dataset.

    Attributes:
        name (str): Name of the new dataset: letters, digits and underscores, not yet
            used in the project. DSS refuses any other name (400).
        project_key (str): Key of the project; must be the project of the path.
        type_ (str): Type of the dataset (`Filesystem`, `UploadedFiles`, `PostgreSQL`, `Inline`, ...).
        params (CreateDatasetBodyParamsType0 | None | Unset): Type-specific parameters.
        format_type (None | str | Unset): Format of a file-based dataset.
        format_params (CreateDatasetBodyFormatParamsType0 | None | Unset): Format-specific parameters.
        metrics (DatasetMetricsSettings | None | Unset): The dataset's metrics settings; DSS's defaults complete what is
            left out.
        metrics_checks (DatasetChecksSettings | None | Unset): The dataset's checks settings; DSS's defaults complete
            what is left out.
    """

    name: str
    project_key: str
    type_: str
    params: CreateDatasetBodyParamsType0 | None | Unset = UNSET
    format_type: None | str | Unset = UNSET
    format_params: CreateDatasetBodyFormatParamsType0 | None | Unset = UNSET
    metrics: DatasetMetricsSettings | None | Unset = UNSET
    metrics_checks: DatasetChecksSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_dataset_body_format_params_type_0 import (
            CreateDatasetBodyFormatParamsType0,
        )
        from ..models.create_dataset_body_params_type_0 import (
            CreateDatasetBodyParamsType0,
        )
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_metrics_settings import DatasetMetricsSettings

        name = self.name

        project_key = self.project_key

        type_ = self.type_

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, CreateDatasetBodyParamsType0):
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
        elif isinstance(self.format_params, CreateDatasetBodyFormatParamsType0):
            format_params = self.format_params.to_dict()
        else:
            format_params = self.format_params

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
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_dataset_body_format_params_type_0 import (
            CreateDatasetBodyFormatParamsType0,
        )
        from ..models.create_dataset_body_params_type_0 import (
            CreateDatasetBodyParamsType0,
        )
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_metrics_settings import DatasetMetricsSettings

        d = dict(src_dict)
        name = d.pop("name")

        project_key = d.pop("projectKey")

        type_ = d.pop("type")

        def _parse_params(data: object) -> CreateDatasetBodyParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = CreateDatasetBodyParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateDatasetBodyParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_format_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_type = _parse_format_type(d.pop("formatType", UNSET))

        def _parse_format_params(
            data: object,
        ) -> CreateDatasetBodyFormatParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_params_type_0 = CreateDatasetBodyFormatParamsType0.from_dict(
                    data
                )

                return format_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateDatasetBodyFormatParamsType0 | None | Unset, data)

        format_params = _parse_format_params(d.pop("formatParams", UNSET))

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
