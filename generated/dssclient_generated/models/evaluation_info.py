from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_info_model_ref import EvaluationInfoModelRef
    from ..models.evaluation_ref import EvaluationRef
    from ..models.evaluation_user_meta import EvaluationUserMeta


T = TypeVar("T", bound="EvaluationInfo")


@_attrs_define
class EvaluationInfo:
    """An evaluation, as listed and as `getEvaluation` nests it.

    Attributes:
        ref (EvaluationRef): Where an evaluation is.
        created (int | Unset): Creation time, epoch milliseconds.
        has_model (bool | Unset): Whether a model of DSS (a saved model version) made the predictions evaluated.
        model_ref (EvaluationInfoModelRef | Unset): The saved model version evaluated, when there is one.
        prediction_type (None | str | Unset): `BINARY_CLASSIFICATION`, `MULTICLASS`, `REGRESSION`,
            `TIMESERIES_FORECAST`, ...
        target_variable (None | str | Unset): The column holding the true values.
        prediction_variable (None | str | Unset): The column holding the predictions.
        nb_evaluated_rows (int | None | Unset): Rows of the evaluation's sample (unverified name).
        evaluation_dataset_ref (None | str | Unset): The dataset evaluated, when a recipe made the evaluation
            (unverified name).
        user_meta (EvaluationUserMeta | Unset): What users may edit of an evaluation.
    """

    ref: EvaluationRef
    created: int | Unset = UNSET
    has_model: bool | Unset = UNSET
    model_ref: EvaluationInfoModelRef | Unset = UNSET
    prediction_type: None | str | Unset = UNSET
    target_variable: None | str | Unset = UNSET
    prediction_variable: None | str | Unset = UNSET
    nb_evaluated_rows: int | None | Unset = UNSET
    evaluation_dataset_ref: None | str | Unset = UNSET
    user_meta: EvaluationUserMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref.to_dict()

        created = self.created

        has_model = self.has_model

        model_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_ref, Unset):
            model_ref = self.model_ref.to_dict()

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = self.prediction_type

        target_variable: None | str | Unset
        if isinstance(self.target_variable, Unset):
            target_variable = UNSET
        else:
            target_variable = self.target_variable

        prediction_variable: None | str | Unset
        if isinstance(self.prediction_variable, Unset):
            prediction_variable = UNSET
        else:
            prediction_variable = self.prediction_variable

        nb_evaluated_rows: int | None | Unset
        if isinstance(self.nb_evaluated_rows, Unset):
            nb_evaluated_rows = UNSET
        else:
            nb_evaluated_rows = self.nb_evaluated_rows

        evaluation_dataset_ref: None | str | Unset
        if isinstance(self.evaluation_dataset_ref, Unset):
            evaluation_dataset_ref = UNSET
        else:
            evaluation_dataset_ref = self.evaluation_dataset_ref

        user_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_meta, Unset):
            user_meta = self.user_meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if has_model is not UNSET:
            field_dict["hasModel"] = has_model
        if model_ref is not UNSET:
            field_dict["modelRef"] = model_ref
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if target_variable is not UNSET:
            field_dict["targetVariable"] = target_variable
        if prediction_variable is not UNSET:
            field_dict["predictionVariable"] = prediction_variable
        if nb_evaluated_rows is not UNSET:
            field_dict["nbEvaluatedRows"] = nb_evaluated_rows
        if evaluation_dataset_ref is not UNSET:
            field_dict["evaluationDatasetRef"] = evaluation_dataset_ref
        if user_meta is not UNSET:
            field_dict["userMeta"] = user_meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_info_model_ref import EvaluationInfoModelRef
        from ..models.evaluation_ref import EvaluationRef
        from ..models.evaluation_user_meta import EvaluationUserMeta

        d = dict(src_dict)
        ref = EvaluationRef.from_dict(d.pop("ref"))

        created = d.pop("created", UNSET)

        has_model = d.pop("hasModel", UNSET)

        _model_ref = d.pop("modelRef", UNSET)
        model_ref: EvaluationInfoModelRef | Unset
        if isinstance(_model_ref, Unset):
            model_ref = UNSET
        else:
            model_ref = EvaluationInfoModelRef.from_dict(_model_ref)

        def _parse_prediction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("predictionType", UNSET))

        def _parse_target_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_variable = _parse_target_variable(d.pop("targetVariable", UNSET))

        def _parse_prediction_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_variable = _parse_prediction_variable(
            d.pop("predictionVariable", UNSET)
        )

        def _parse_nb_evaluated_rows(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_evaluated_rows = _parse_nb_evaluated_rows(d.pop("nbEvaluatedRows", UNSET))

        def _parse_evaluation_dataset_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluation_dataset_ref = _parse_evaluation_dataset_ref(
            d.pop("evaluationDatasetRef", UNSET)
        )

        _user_meta = d.pop("userMeta", UNSET)
        user_meta: EvaluationUserMeta | Unset
        if isinstance(_user_meta, Unset):
            user_meta = UNSET
        else:
            user_meta = EvaluationUserMeta.from_dict(_user_meta)

        evaluation_info = cls(
            ref=ref,
            created=created,
            has_model=has_model,
            model_ref=model_ref,
            prediction_type=prediction_type,
            target_variable=target_variable,
            prediction_variable=prediction_variable,
            nb_evaluated_rows=nb_evaluated_rows,
            evaluation_dataset_ref=evaluation_dataset_ref,
            user_meta=user_meta,
        )

        evaluation_info.additional_properties = d
        return evaluation_info

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
