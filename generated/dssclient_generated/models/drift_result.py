from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_column_settings import DriftColumnSettings
    from ..models.drift_model_result import DriftModelResult
    from ..models.prediction_drift_result import PredictionDriftResult
    from ..models.univariate_drift_result import UnivariateDriftResult


T = TypeVar("T", bound="DriftResult")


@_attrs_define
class DriftResult:
    """The result of a drift computation (the result of its long task).

    Attributes:
        reference_id (str | Unset): Full id of the reference used.
        current_id (str | Unset): Full id of the evaluation compared.
        drift_model_result (DriftModelResult | Unset): The drift model and what it tells.
        univariate_drift_result (UnivariateDriftResult | Unset): Per-column drift.
        per_column_settings (list[DriftColumnSettings] | Unset): How each column was handled.
        prediction_drift_result (PredictionDriftResult | Unset): The drift of the prediction column.
    """

    reference_id: str | Unset = UNSET
    current_id: str | Unset = UNSET
    drift_model_result: DriftModelResult | Unset = UNSET
    univariate_drift_result: UnivariateDriftResult | Unset = UNSET
    per_column_settings: list[DriftColumnSettings] | Unset = UNSET
    prediction_drift_result: PredictionDriftResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        current_id = self.current_id

        drift_model_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.drift_model_result, Unset):
            drift_model_result = self.drift_model_result.to_dict()

        univariate_drift_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.univariate_drift_result, Unset):
            univariate_drift_result = self.univariate_drift_result.to_dict()

        per_column_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_column_settings, Unset):
            per_column_settings = []
            for per_column_settings_item_data in self.per_column_settings:
                per_column_settings_item = per_column_settings_item_data.to_dict()
                per_column_settings.append(per_column_settings_item)

        prediction_drift_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prediction_drift_result, Unset):
            prediction_drift_result = self.prediction_drift_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if current_id is not UNSET:
            field_dict["currentId"] = current_id
        if drift_model_result is not UNSET:
            field_dict["driftModelResult"] = drift_model_result
        if univariate_drift_result is not UNSET:
            field_dict["univariateDriftResult"] = univariate_drift_result
        if per_column_settings is not UNSET:
            field_dict["perColumnSettings"] = per_column_settings
        if prediction_drift_result is not UNSET:
            field_dict["predictionDriftResult"] = prediction_drift_result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_column_settings import DriftColumnSettings
        from ..models.drift_model_result import DriftModelResult
        from ..models.prediction_drift_result import PredictionDriftResult
        from ..models.univariate_drift_result import UnivariateDriftResult

        d = dict(src_dict)
        reference_id = d.pop("referenceId", UNSET)

        current_id = d.pop("currentId", UNSET)

        _drift_model_result = d.pop("driftModelResult", UNSET)
        drift_model_result: DriftModelResult | Unset
        if isinstance(_drift_model_result, Unset):
            drift_model_result = UNSET
        else:
            drift_model_result = DriftModelResult.from_dict(_drift_model_result)

        _univariate_drift_result = d.pop("univariateDriftResult", UNSET)
        univariate_drift_result: UnivariateDriftResult | Unset
        if isinstance(_univariate_drift_result, Unset):
            univariate_drift_result = UNSET
        else:
            univariate_drift_result = UnivariateDriftResult.from_dict(
                _univariate_drift_result
            )

        _per_column_settings = d.pop("perColumnSettings", UNSET)
        per_column_settings: list[DriftColumnSettings] | Unset = UNSET
        if _per_column_settings is not UNSET:
            per_column_settings = []
            for per_column_settings_item_data in _per_column_settings:
                per_column_settings_item = DriftColumnSettings.from_dict(
                    per_column_settings_item_data
                )

                per_column_settings.append(per_column_settings_item)

        _prediction_drift_result = d.pop("predictionDriftResult", UNSET)
        prediction_drift_result: PredictionDriftResult | Unset
        if isinstance(_prediction_drift_result, Unset):
            prediction_drift_result = UNSET
        else:
            prediction_drift_result = PredictionDriftResult.from_dict(
                _prediction_drift_result
            )

        drift_result = cls(
            reference_id=reference_id,
            current_id=current_id,
            drift_model_result=drift_model_result,
            univariate_drift_result=univariate_drift_result,
            per_column_settings=per_column_settings,
            prediction_drift_result=prediction_drift_result,
        )

        drift_result.additional_properties = d
        return drift_result

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
