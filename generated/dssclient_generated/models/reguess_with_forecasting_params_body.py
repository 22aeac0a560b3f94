from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_timestep_params import MLTimestepParams


T = TypeVar("T", bound="ReguessWithForecastingParamsBody")


@_attrs_define
class ReguessWithForecastingParamsBody:
    """The new time step or forecast horizon of a forecasting task.

    Attributes:
        timestep_params (MLTimestepParams | Unset): The time step of a forecasting task's series.
        forecast_horizon (int | Unset): How many time steps to forecast.
        validation_horizons (int | Unset): How many forecast horizons the test set spans.
        update_algorithm_settings (bool | Unset): Also reguess the algorithms' settings.
    """

    timestep_params: MLTimestepParams | Unset = UNSET
    forecast_horizon: int | Unset = UNSET
    validation_horizons: int | Unset = UNSET
    update_algorithm_settings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestep_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestep_params, Unset):
            timestep_params = self.timestep_params.to_dict()

        forecast_horizon = self.forecast_horizon

        validation_horizons = self.validation_horizons

        update_algorithm_settings = self.update_algorithm_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestep_params is not UNSET:
            field_dict["timestepParams"] = timestep_params
        if forecast_horizon is not UNSET:
            field_dict["forecastHorizon"] = forecast_horizon
        if validation_horizons is not UNSET:
            field_dict["validationHorizons"] = validation_horizons
        if update_algorithm_settings is not UNSET:
            field_dict["updateAlgorithmSettings"] = update_algorithm_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_timestep_params import MLTimestepParams

        d = dict(src_dict)
        _timestep_params = d.pop("timestepParams", UNSET)
        timestep_params: MLTimestepParams | Unset
        if isinstance(_timestep_params, Unset):
            timestep_params = UNSET
        else:
            timestep_params = MLTimestepParams.from_dict(_timestep_params)

        forecast_horizon = d.pop("forecastHorizon", UNSET)

        validation_horizons = d.pop("validationHorizons", UNSET)

        update_algorithm_settings = d.pop("updateAlgorithmSettings", UNSET)

        reguess_with_forecasting_params_body = cls(
            timestep_params=timestep_params,
            forecast_horizon=forecast_horizon,
            validation_horizons=validation_horizons,
            update_algorithm_settings=update_algorithm_settings,
        )

        reguess_with_forecasting_params_body.additional_properties = d
        return reguess_with_forecasting_params_body

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
