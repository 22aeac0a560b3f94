from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskTimeseriesSampling")


@_attrs_define
class MLTaskTimeseriesSampling:
    """How a time series forecasting task resamples its series (`preprocessing.timeseriesSampling`).

    Attributes:
        numerical_interpolate_method (str | Unset): `NEAREST`, `PREVIOUS`, `NEXT`, `LINEAR`, `QUADRATIC`, `CUBIC`,
            `CONSTANT` or `STAIRCASE`.
        numerical_interpolate_constant_value (float | Unset): The value of the `CONSTANT` interpolation.
        numerical_extrapolate_method (str | Unset): `PREVIOUS_NEXT`, `NO_EXTRAPOLATION`, `CONSTANT`, `LINEAR`,
            `QUADRATIC` or `CUBIC`.
        numerical_extrapolate_constant_value (float | Unset): The value of the `CONSTANT` extrapolation.
        categorical_impute_method (str | Unset): `MOST_COMMON`, `NULL`, `CONSTANT`, `PREVIOUS_NEXT`, `PREVIOUS` or
            `NEXT`.
        categorical_constant_value (str | Unset): The value of the `CONSTANT` imputation.
        duplicate_timestamps_handling_method (str | Unset): `FAIL_IF_CONFLICTING`, `DROP_IF_CONFLICTING` or `MEAN_MODE`.
        start_date_mode (str | Unset): `AUTO` (the data's first timestamp) or `CUSTOM`.
        custom_start_date (None | str | Unset): The custom start date (ISO date).
        end_date_mode (str | Unset): `AUTO` (the data's last timestamp) or `CUSTOM`.
        custom_end_date (None | str | Unset): The custom end date (ISO date).
    """

    numerical_interpolate_method: str | Unset = UNSET
    numerical_interpolate_constant_value: float | Unset = UNSET
    numerical_extrapolate_method: str | Unset = UNSET
    numerical_extrapolate_constant_value: float | Unset = UNSET
    categorical_impute_method: str | Unset = UNSET
    categorical_constant_value: str | Unset = UNSET
    duplicate_timestamps_handling_method: str | Unset = UNSET
    start_date_mode: str | Unset = UNSET
    custom_start_date: None | str | Unset = UNSET
    end_date_mode: str | Unset = UNSET
    custom_end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        numerical_interpolate_method = self.numerical_interpolate_method

        numerical_interpolate_constant_value = self.numerical_interpolate_constant_value

        numerical_extrapolate_method = self.numerical_extrapolate_method

        numerical_extrapolate_constant_value = self.numerical_extrapolate_constant_value

        categorical_impute_method = self.categorical_impute_method

        categorical_constant_value = self.categorical_constant_value

        duplicate_timestamps_handling_method = self.duplicate_timestamps_handling_method

        start_date_mode = self.start_date_mode

        custom_start_date: None | str | Unset
        if isinstance(self.custom_start_date, Unset):
            custom_start_date = UNSET
        else:
            custom_start_date = self.custom_start_date

        end_date_mode = self.end_date_mode

        custom_end_date: None | str | Unset
        if isinstance(self.custom_end_date, Unset):
            custom_end_date = UNSET
        else:
            custom_end_date = self.custom_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if numerical_interpolate_method is not UNSET:
            field_dict["numericalInterpolateMethod"] = numerical_interpolate_method
        if numerical_interpolate_constant_value is not UNSET:
            field_dict["numericalInterpolateConstantValue"] = (
                numerical_interpolate_constant_value
            )
        if numerical_extrapolate_method is not UNSET:
            field_dict["numericalExtrapolateMethod"] = numerical_extrapolate_method
        if numerical_extrapolate_constant_value is not UNSET:
            field_dict["numericalExtrapolateConstantValue"] = (
                numerical_extrapolate_constant_value
            )
        if categorical_impute_method is not UNSET:
            field_dict["categoricalImputeMethod"] = categorical_impute_method
        if categorical_constant_value is not UNSET:
            field_dict["categoricalConstantValue"] = categorical_constant_value
        if duplicate_timestamps_handling_method is not UNSET:
            field_dict["duplicateTimestampsHandlingMethod"] = (
                duplicate_timestamps_handling_method
            )
        if start_date_mode is not UNSET:
            field_dict["startDateMode"] = start_date_mode
        if custom_start_date is not UNSET:
            field_dict["customStartDate"] = custom_start_date
        if end_date_mode is not UNSET:
            field_dict["endDateMode"] = end_date_mode
        if custom_end_date is not UNSET:
            field_dict["customEndDate"] = custom_end_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        numerical_interpolate_method = d.pop("numericalInterpolateMethod", UNSET)

        numerical_interpolate_constant_value = d.pop(
            "numericalInterpolateConstantValue", UNSET
        )

        numerical_extrapolate_method = d.pop("numericalExtrapolateMethod", UNSET)

        numerical_extrapolate_constant_value = d.pop(
            "numericalExtrapolateConstantValue", UNSET
        )

        categorical_impute_method = d.pop("categoricalImputeMethod", UNSET)

        categorical_constant_value = d.pop("categoricalConstantValue", UNSET)

        duplicate_timestamps_handling_method = d.pop(
            "duplicateTimestampsHandlingMethod", UNSET
        )

        start_date_mode = d.pop("startDateMode", UNSET)

        def _parse_custom_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_start_date = _parse_custom_start_date(d.pop("customStartDate", UNSET))

        end_date_mode = d.pop("endDateMode", UNSET)

        def _parse_custom_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_end_date = _parse_custom_end_date(d.pop("customEndDate", UNSET))

        ml_task_timeseries_sampling = cls(
            numerical_interpolate_method=numerical_interpolate_method,
            numerical_interpolate_constant_value=numerical_interpolate_constant_value,
            numerical_extrapolate_method=numerical_extrapolate_method,
            numerical_extrapolate_constant_value=numerical_extrapolate_constant_value,
            categorical_impute_method=categorical_impute_method,
            categorical_constant_value=categorical_constant_value,
            duplicate_timestamps_handling_method=duplicate_timestamps_handling_method,
            start_date_mode=start_date_mode,
            custom_start_date=custom_start_date,
            end_date_mode=end_date_mode,
            custom_end_date=custom_end_date,
        )

        ml_task_timeseries_sampling.additional_properties = d
        return ml_task_timeseries_sampling

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
