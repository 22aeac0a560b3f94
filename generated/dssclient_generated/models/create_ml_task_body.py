from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ml_task_body_task_type import CreateMLTaskBodyTaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMLTaskBody")


@_attrs_define
class CreateMLTaskBody:
    """What a new ML task is trained on and for.

    Attributes:
        input_dataset (str): The dataset the task learns from (a name of the project's dataset).
        task_type (CreateMLTaskBodyTaskType | Unset): Prediction (the default) or clustering.
        target_variable (None | str | Unset): The column to predict (prediction tasks; the outcome of a causal task).
        target_variables (list[str] | None | Unset): The columns to predict (multi-target tasks).
        prediction_type (None | str | Unset): BINARY_CLASSIFICATION, MULTICLASS, REGRESSION, TIMESERIES_FORECAST,
            CAUSAL_BINARY_CLASSIFICATION, CAUSAL_REGRESSION or MULTI_TARGET_REGRESSION; guessed from
            the target's values when absent.
        time_variable (None | str | Unset): The time column of a time series forecasting task.
        timeseries_identifiers (list[str] | None | Unset): The columns identifying each time series of a forecasting
            task.
        treatment_variable (None | str | Unset): The treatment column of a causal prediction task.
        backend_type (str | Unset): The training engine (PY_MEMORY, MLLIB, H2O, ...).
        guess_policy (str | Unset): How the initial settings are guessed: DEFAULT, SIMPLE_FORMULA, DECISION_TREE,
            EXPLANATORY,
            PERFORMANCE (prediction), KMEANS, ANOMALY_DETECTION (clustering), TIMESERIES_DEFAULT, ...,
            CAUSAL_PREDICTION, MULTI_TARGET_DEFAULT.
    """

    input_dataset: str
    task_type: CreateMLTaskBodyTaskType | Unset = UNSET
    target_variable: None | str | Unset = UNSET
    target_variables: list[str] | None | Unset = UNSET
    prediction_type: None | str | Unset = UNSET
    time_variable: None | str | Unset = UNSET
    timeseries_identifiers: list[str] | None | Unset = UNSET
    treatment_variable: None | str | Unset = UNSET
    backend_type: str | Unset = UNSET
    guess_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_dataset = self.input_dataset

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.value

        target_variable: None | str | Unset
        if isinstance(self.target_variable, Unset):
            target_variable = UNSET
        else:
            target_variable = self.target_variable

        target_variables: list[str] | None | Unset
        if isinstance(self.target_variables, Unset):
            target_variables = UNSET
        elif isinstance(self.target_variables, list):
            target_variables = self.target_variables

        else:
            target_variables = self.target_variables

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = self.prediction_type

        time_variable: None | str | Unset
        if isinstance(self.time_variable, Unset):
            time_variable = UNSET
        else:
            time_variable = self.time_variable

        timeseries_identifiers: list[str] | None | Unset
        if isinstance(self.timeseries_identifiers, Unset):
            timeseries_identifiers = UNSET
        elif isinstance(self.timeseries_identifiers, list):
            timeseries_identifiers = self.timeseries_identifiers

        else:
            timeseries_identifiers = self.timeseries_identifiers

        treatment_variable: None | str | Unset
        if isinstance(self.treatment_variable, Unset):
            treatment_variable = UNSET
        else:
            treatment_variable = self.treatment_variable

        backend_type = self.backend_type

        guess_policy = self.guess_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputDataset": input_dataset,
            }
        )
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if target_variable is not UNSET:
            field_dict["targetVariable"] = target_variable
        if target_variables is not UNSET:
            field_dict["targetVariables"] = target_variables
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_dataset = d.pop("inputDataset")

        _task_type = d.pop("taskType", UNSET)
        task_type: CreateMLTaskBodyTaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = CreateMLTaskBodyTaskType(_task_type)

        def _parse_target_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_variable = _parse_target_variable(d.pop("targetVariable", UNSET))

        def _parse_target_variables(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_variables_type_0 = cast(list[str], data)

                return target_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        target_variables = _parse_target_variables(d.pop("targetVariables", UNSET))

        def _parse_prediction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("predictionType", UNSET))

        def _parse_time_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_variable = _parse_time_variable(d.pop("timeVariable", UNSET))

        def _parse_timeseries_identifiers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timeseries_identifiers_type_0 = cast(list[str], data)

                return timeseries_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        timeseries_identifiers = _parse_timeseries_identifiers(
            d.pop("timeseriesIdentifiers", UNSET)
        )

        def _parse_treatment_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        treatment_variable = _parse_treatment_variable(
            d.pop("treatmentVariable", UNSET)
        )

        backend_type = d.pop("backendType", UNSET)

        guess_policy = d.pop("guessPolicy", UNSET)

        create_ml_task_body = cls(
            input_dataset=input_dataset,
            task_type=task_type,
            target_variable=target_variable,
            target_variables=target_variables,
            prediction_type=prediction_type,
            time_variable=time_variable,
            timeseries_identifiers=timeseries_identifiers,
            treatment_variable=treatment_variable,
            backend_type=backend_type,
            guess_policy=guess_policy,
        )

        create_ml_task_body.additional_properties = d
        return create_ml_task_body

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
