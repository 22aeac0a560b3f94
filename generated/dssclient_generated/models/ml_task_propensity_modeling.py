from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskPropensityModeling")


@_attrs_define
class MLTaskPropensityModeling:
    """The treatment analysis of a causal prediction task (`modeling.propensityModeling`).

    Attributes:
        enabled (bool | Unset): Whether a propensity model is trained.
        calibrate_probabilities (bool | Unset): Whether its probabilities are calibrated.
        calibration_data_ratio (float | Unset): Ratio of the rows used for the calibration.
    """

    enabled: bool | Unset = UNSET
    calibrate_probabilities: bool | Unset = UNSET
    calibration_data_ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        calibrate_probabilities = self.calibrate_probabilities

        calibration_data_ratio = self.calibration_data_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if calibrate_probabilities is not UNSET:
            field_dict["calibrateProbabilities"] = calibrate_probabilities
        if calibration_data_ratio is not UNSET:
            field_dict["calibrationDataRatio"] = calibration_data_ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        calibrate_probabilities = d.pop("calibrateProbabilities", UNSET)

        calibration_data_ratio = d.pop("calibrationDataRatio", UNSET)

        ml_task_propensity_modeling = cls(
            enabled=enabled,
            calibrate_probabilities=calibrate_probabilities,
            calibration_data_ratio=calibration_data_ratio,
        )

        ml_task_propensity_modeling.additional_properties = d
        return ml_task_propensity_modeling

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
