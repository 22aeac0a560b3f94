from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_evaluation_metric import CustomEvaluationMetric
    from ..models.evaluation_label import EvaluationLabel


T = TypeVar("T", bound="AddCustomEvaluationBody")


@_attrs_define
class AddCustomEvaluationBody:
    """The custom evaluation to record.

    Attributes:
        metrics (list[CustomEvaluationMetric]): The metrics.
        evaluation_id (None | str | Unset): Identifier of the new evaluation (DSS chooses one when absent).
        name (None | str | Unset): Name of the evaluation.
        labels (list[EvaluationLabel] | None | Unset): Labels of the evaluation.
        full_model_id (None | str | Unset): Full id of the saved model version evaluated (model evaluation stores only).
    """

    metrics: list[CustomEvaluationMetric]
    evaluation_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    labels: list[EvaluationLabel] | None | Unset = UNSET
    full_model_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        evaluation_id: None | str | Unset
        if isinstance(self.evaluation_id, Unset):
            evaluation_id = UNSET
        else:
            evaluation_id = self.evaluation_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        labels: list[dict[str, Any]] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = []
            for labels_type_0_item_data in self.labels:
                labels_type_0_item = labels_type_0_item_data.to_dict()
                labels.append(labels_type_0_item)

        else:
            labels = self.labels

        full_model_id: None | str | Unset
        if isinstance(self.full_model_id, Unset):
            full_model_id = UNSET
        else:
            full_model_id = self.full_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if evaluation_id is not UNSET:
            field_dict["evaluationId"] = evaluation_id
        if name is not UNSET:
            field_dict["name"] = name
        if labels is not UNSET:
            field_dict["labels"] = labels
        if full_model_id is not UNSET:
            field_dict["fullModelId"] = full_model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_evaluation_metric import CustomEvaluationMetric
        from ..models.evaluation_label import EvaluationLabel

        d = dict(src_dict)
        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = CustomEvaluationMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        def _parse_evaluation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evaluation_id = _parse_evaluation_id(d.pop("evaluationId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_labels(data: object) -> list[EvaluationLabel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                labels_type_0 = []
                _labels_type_0 = data
                for labels_type_0_item_data in _labels_type_0:
                    labels_type_0_item = EvaluationLabel.from_dict(
                        labels_type_0_item_data
                    )

                    labels_type_0.append(labels_type_0_item)

                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EvaluationLabel] | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_full_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_model_id = _parse_full_model_id(d.pop("fullModelId", UNSET))

        add_custom_evaluation_body = cls(
            metrics=metrics,
            evaluation_id=evaluation_id,
            name=name,
            labels=labels,
            full_model_id=full_model_id,
        )

        add_custom_evaluation_body.additional_properties = d
        return add_custom_evaluation_body

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
