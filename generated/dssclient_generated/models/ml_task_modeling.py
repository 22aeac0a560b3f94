from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_metrics_settings import MLMetricsSettings
    from ..models.ml_task_grid_search_params import MLTaskGridSearchParams
    from ..models.ml_task_propensity_modeling import MLTaskPropensityModeling


T = TypeVar("T", bound="MLTaskModeling")


@_attrs_define
class MLTaskModeling:
    """The algorithms (by their settings key, `random_forest_classification`, `logistic_regression`,
    `kmeans_clustering`, ..., each with `enabled` and its hyperparameters) and the metrics.

        Attributes:
            metrics (MLMetricsSettings | Unset): How models are compared.
            grid_search_params (MLTaskGridSearchParams | Unset): The hyperparameter search of a prediction task
                (`modeling.gridSearchParams`): strategy, validation, limits and parallelism, as the official client's
                `HyperparameterSearchSettings` reads them.
            propensity_modeling (MLTaskPropensityModeling | Unset): The treatment analysis of a causal prediction task
                (`modeling.propensityModeling`).
    """

    metrics: MLMetricsSettings | Unset = UNSET
    grid_search_params: MLTaskGridSearchParams | Unset = UNSET
    propensity_modeling: MLTaskPropensityModeling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        grid_search_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grid_search_params, Unset):
            grid_search_params = self.grid_search_params.to_dict()

        propensity_modeling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.propensity_modeling, Unset):
            propensity_modeling = self.propensity_modeling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if grid_search_params is not UNSET:
            field_dict["gridSearchParams"] = grid_search_params
        if propensity_modeling is not UNSET:
            field_dict["propensityModeling"] = propensity_modeling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_metrics_settings import MLMetricsSettings
        from ..models.ml_task_grid_search_params import MLTaskGridSearchParams
        from ..models.ml_task_propensity_modeling import MLTaskPropensityModeling

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: MLMetricsSettings | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = MLMetricsSettings.from_dict(_metrics)

        _grid_search_params = d.pop("gridSearchParams", UNSET)
        grid_search_params: MLTaskGridSearchParams | Unset
        if isinstance(_grid_search_params, Unset):
            grid_search_params = UNSET
        else:
            grid_search_params = MLTaskGridSearchParams.from_dict(_grid_search_params)

        _propensity_modeling = d.pop("propensityModeling", UNSET)
        propensity_modeling: MLTaskPropensityModeling | Unset
        if isinstance(_propensity_modeling, Unset):
            propensity_modeling = UNSET
        else:
            propensity_modeling = MLTaskPropensityModeling.from_dict(
                _propensity_modeling
            )

        ml_task_modeling = cls(
            metrics=metrics,
            grid_search_params=grid_search_params,
            propensity_modeling=propensity_modeling,
        )

        ml_task_modeling.additional_properties = d
        return ml_task_modeling

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
