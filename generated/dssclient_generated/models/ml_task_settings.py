from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_split_params import MLSplitParams
    from ..models.ml_task_modeling import MLTaskModeling
    from ..models.ml_task_preprocessing import MLTaskPreprocessing
    from ..models.ml_task_settings_diagnostics_settings import (
        MLTaskSettingsDiagnosticsSettings,
    )
    from ..models.ml_task_settings_evaluation_params import (
        MLTaskSettingsEvaluationParams,
    )
    from ..models.ml_timestep_params import MLTimestepParams


T = TypeVar("T", bound="MLTaskSettings")


@_attrs_define
class MLTaskSettings:
    """An ML task's settings.

    Attributes:
        task_type (str | Unset): PREDICTION or CLUSTERING.
        prediction_type (str | Unset): The prediction type of a prediction task.
        target_variable (str | Unset): The target of a prediction task.
        target_variables (list[str] | Unset): The targets of a multi-target task.
        time_variable (str | Unset): The time column of a forecasting task.
        timeseries_identifiers (list[str] | Unset): The time series identifier columns of a forecasting task.
        treatment_variable (str | Unset): The treatment column of a causal task.
        backend_type (str | Unset): The training engine.
        guess_policy (str | Unset): The policy the settings were guessed with.
        name (str | Unset): The task's name.
        preprocessing (MLTaskPreprocessing | Unset): The features' handling.
        split_params (MLSplitParams | Unset): How rows are split into train and test sets.
        modeling (MLTaskModeling | Unset): The algorithms (by their settings key, `random_forest_classification`,
            `logistic_regression`,
            `kmeans_clustering`, ..., each with `enabled` and its hyperparameters) and the metrics.
        timestep_params (MLTimestepParams | Unset): The time step of a forecasting task's series.
        prediction_length (int | Unset): The forecast horizon of a forecasting task, in time steps.
        evaluation_params (MLTaskSettingsEvaluationParams | Unset): How a forecasting task's models are evaluated.
        quantiles_to_forecast (list[float] | Unset): The quantiles a forecasting task forecasts.
        skip_too_short_timeseries_for_training (bool | Unset): Whether series too short to train on are skipped.
        treatment_values (list[str] | Unset): The treatment values of a causal task.
        control_value (None | str | Unset): The treatment value of the control group of a causal task.
        enable_multi_treatment (bool | Unset): Whether a causal task has several treatments.
        positive_class (str | Unset): The positive outcome of a binary causal task.
        diagnostics_settings (MLTaskSettingsDiagnosticsSettings | Unset): The ML diagnostics run while training.
    """

    task_type: str | Unset = UNSET
    prediction_type: str | Unset = UNSET
    target_variable: str | Unset = UNSET
    target_variables: list[str] | Unset = UNSET
    time_variable: str | Unset = UNSET
    timeseries_identifiers: list[str] | Unset = UNSET
    treatment_variable: str | Unset = UNSET
    backend_type: str | Unset = UNSET
    guess_policy: str | Unset = UNSET
    name: str | Unset = UNSET
    preprocessing: MLTaskPreprocessing | Unset = UNSET
    split_params: MLSplitParams | Unset = UNSET
    modeling: MLTaskModeling | Unset = UNSET
    timestep_params: MLTimestepParams | Unset = UNSET
    prediction_length: int | Unset = UNSET
    evaluation_params: MLTaskSettingsEvaluationParams | Unset = UNSET
    quantiles_to_forecast: list[float] | Unset = UNSET
    skip_too_short_timeseries_for_training: bool | Unset = UNSET
    treatment_values: list[str] | Unset = UNSET
    control_value: None | str | Unset = UNSET
    enable_multi_treatment: bool | Unset = UNSET
    positive_class: str | Unset = UNSET
    diagnostics_settings: MLTaskSettingsDiagnosticsSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        prediction_type = self.prediction_type

        target_variable = self.target_variable

        target_variables: list[str] | Unset = UNSET
        if not isinstance(self.target_variables, Unset):
            target_variables = self.target_variables

        time_variable = self.time_variable

        timeseries_identifiers: list[str] | Unset = UNSET
        if not isinstance(self.timeseries_identifiers, Unset):
            timeseries_identifiers = self.timeseries_identifiers

        treatment_variable = self.treatment_variable

        backend_type = self.backend_type

        guess_policy = self.guess_policy

        name = self.name

        preprocessing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preprocessing, Unset):
            preprocessing = self.preprocessing.to_dict()

        split_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_params, Unset):
            split_params = self.split_params.to_dict()

        modeling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modeling, Unset):
            modeling = self.modeling.to_dict()

        timestep_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestep_params, Unset):
            timestep_params = self.timestep_params.to_dict()

        prediction_length = self.prediction_length

        evaluation_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_params, Unset):
            evaluation_params = self.evaluation_params.to_dict()

        quantiles_to_forecast: list[float] | Unset = UNSET
        if not isinstance(self.quantiles_to_forecast, Unset):
            quantiles_to_forecast = self.quantiles_to_forecast

        skip_too_short_timeseries_for_training = (
            self.skip_too_short_timeseries_for_training
        )

        treatment_values: list[str] | Unset = UNSET
        if not isinstance(self.treatment_values, Unset):
            treatment_values = self.treatment_values

        control_value: None | str | Unset
        if isinstance(self.control_value, Unset):
            control_value = UNSET
        else:
            control_value = self.control_value

        enable_multi_treatment = self.enable_multi_treatment

        positive_class = self.positive_class

        diagnostics_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.diagnostics_settings, Unset):
            diagnostics_settings = self.diagnostics_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if target_variable is not UNSET:
            field_dict["targetVariable"] = target_variable
        if target_variables is not UNSET:
            field_dict["targetVariables"] = target_variables
        if time_variable is not UNSET:
            field_dict["timeVariable"] = time_variable
        if timeseries_identifiers is not UNSET:
            field_dict["timeseriesIdentifiers"] = timeseries_identifiers
        if treatment_variable is not UNSET:
            field_dict["treatmentVariable"] = treatment_variable
        if backend_type is not UNSET:
            field_dict["backendType"] = backend_type
        if guess_policy is not UNSET:
            field_dict["guessPolicy"] = guess_policy
        if name is not UNSET:
            field_dict["name"] = name
        if preprocessing is not UNSET:
            field_dict["preprocessing"] = preprocessing
        if split_params is not UNSET:
            field_dict["splitParams"] = split_params
        if modeling is not UNSET:
            field_dict["modeling"] = modeling
        if timestep_params is not UNSET:
            field_dict["timestepParams"] = timestep_params
        if prediction_length is not UNSET:
            field_dict["predictionLength"] = prediction_length
        if evaluation_params is not UNSET:
            field_dict["evaluationParams"] = evaluation_params
        if quantiles_to_forecast is not UNSET:
            field_dict["quantilesToForecast"] = quantiles_to_forecast
        if skip_too_short_timeseries_for_training is not UNSET:
            field_dict["skipTooShortTimeseriesForTraining"] = (
                skip_too_short_timeseries_for_training
            )
        if treatment_values is not UNSET:
            field_dict["treatmentValues"] = treatment_values
        if control_value is not UNSET:
            field_dict["controlValue"] = control_value
        if enable_multi_treatment is not UNSET:
            field_dict["enableMultiTreatment"] = enable_multi_treatment
        if positive_class is not UNSET:
            field_dict["positiveClass"] = positive_class
        if diagnostics_settings is not UNSET:
            field_dict["diagnosticsSettings"] = diagnostics_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_split_params import MLSplitParams
        from ..models.ml_task_modeling import MLTaskModeling
        from ..models.ml_task_preprocessing import MLTaskPreprocessing
        from ..models.ml_task_settings_diagnostics_settings import (
            MLTaskSettingsDiagnosticsSettings,
        )
        from ..models.ml_task_settings_evaluation_params import (
            MLTaskSettingsEvaluationParams,
        )
        from ..models.ml_timestep_params import MLTimestepParams

        d = dict(src_dict)
        task_type = d.pop("taskType", UNSET)

        prediction_type = d.pop("predictionType", UNSET)

        target_variable = d.pop("targetVariable", UNSET)

        target_variables = cast(list[str], d.pop("targetVariables", UNSET))

        time_variable = d.pop("timeVariable", UNSET)

        timeseries_identifiers = cast(list[str], d.pop("timeseriesIdentifiers", UNSET))

        treatment_variable = d.pop("treatmentVariable", UNSET)

        backend_type = d.pop("backendType", UNSET)

        guess_policy = d.pop("guessPolicy", UNSET)

        name = d.pop("name", UNSET)

        _preprocessing = d.pop("preprocessing", UNSET)
        preprocessing: MLTaskPreprocessing | Unset
        if isinstance(_preprocessing, Unset):
            preprocessing = UNSET
        else:
            preprocessing = MLTaskPreprocessing.from_dict(_preprocessing)

        _split_params = d.pop("splitParams", UNSET)
        split_params: MLSplitParams | Unset
        if isinstance(_split_params, Unset):
            split_params = UNSET
        else:
            split_params = MLSplitParams.from_dict(_split_params)

        _modeling = d.pop("modeling", UNSET)
        modeling: MLTaskModeling | Unset
        if isinstance(_modeling, Unset):
            modeling = UNSET
        else:
            modeling = MLTaskModeling.from_dict(_modeling)

        _timestep_params = d.pop("timestepParams", UNSET)
        timestep_params: MLTimestepParams | Unset
        if isinstance(_timestep_params, Unset):
            timestep_params = UNSET
        else:
            timestep_params = MLTimestepParams.from_dict(_timestep_params)

        prediction_length = d.pop("predictionLength", UNSET)

        _evaluation_params = d.pop("evaluationParams", UNSET)
        evaluation_params: MLTaskSettingsEvaluationParams | Unset
        if isinstance(_evaluation_params, Unset):
            evaluation_params = UNSET
        else:
            evaluation_params = MLTaskSettingsEvaluationParams.from_dict(
                _evaluation_params
            )

        quantiles_to_forecast = cast(list[float], d.pop("quantilesToForecast", UNSET))

        skip_too_short_timeseries_for_training = d.pop(
            "skipTooShortTimeseriesForTraining", UNSET
        )

        treatment_values = cast(list[str], d.pop("treatmentValues", UNSET))

        def _parse_control_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        control_value = _parse_control_value(d.pop("controlValue", UNSET))

        enable_multi_treatment = d.pop("enableMultiTreatment", UNSET)

        positive_class = d.pop("positiveClass", UNSET)

        _diagnostics_settings = d.pop("diagnosticsSettings", UNSET)
        diagnostics_settings: MLTaskSettingsDiagnosticsSettings | Unset
        if isinstance(_diagnostics_settings, Unset):
            diagnostics_settings = UNSET
        else:
            diagnostics_settings = MLTaskSettingsDiagnosticsSettings.from_dict(
                _diagnostics_settings
            )

        ml_task_settings = cls(
            task_type=task_type,
            prediction_type=prediction_type,
            target_variable=target_variable,
            target_variables=target_variables,
            time_variable=time_variable,
            timeseries_identifiers=timeseries_identifiers,
            treatment_variable=treatment_variable,
            backend_type=backend_type,
            guess_policy=guess_policy,
            name=name,
            preprocessing=preprocessing,
            split_params=split_params,
            modeling=modeling,
            timestep_params=timestep_params,
            prediction_length=prediction_length,
            evaluation_params=evaluation_params,
            quantiles_to_forecast=quantiles_to_forecast,
            skip_too_short_timeseries_for_training=skip_too_short_timeseries_for_training,
            treatment_values=treatment_values,
            control_value=control_value,
            enable_multi_treatment=enable_multi_treatment,
            positive_class=positive_class,
            diagnostics_settings=diagnostics_settings,
        )

        ml_task_settings.additional_properties = d
        return ml_task_settings

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
