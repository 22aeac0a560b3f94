from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_prediction_result_explanations import (
        ApiNodePredictionResultExplanations,
    )
    from ..models.api_node_prediction_result_probas import ApiNodePredictionResultProbas


T = TypeVar("T", bound="ApiNodePredictionResult")


@_attrs_define
class ApiNodePredictionResult:
    """The prediction of the record.

    Attributes:
        prediction (Any | Unset): The predicted value (class or number).
        probas (ApiNodePredictionResultProbas | Unset): Classification: the probability of each class.
        cluster (str | Unset): Clustering: the record's cluster (`cluster_0`, ...).
        ignored (bool | Unset): Whether the record was ignored (not scored).
        ignore_reason (str | Unset): Why the record was ignored.
        explanations (ApiNodePredictionResultExplanations | Unset): Feature contributions, by feature.
    """

    prediction: Any | Unset = UNSET
    probas: ApiNodePredictionResultProbas | Unset = UNSET
    cluster: str | Unset = UNSET
    ignored: bool | Unset = UNSET
    ignore_reason: str | Unset = UNSET
    explanations: ApiNodePredictionResultExplanations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prediction = self.prediction

        probas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.probas, Unset):
            probas = self.probas.to_dict()

        cluster = self.cluster

        ignored = self.ignored

        ignore_reason = self.ignore_reason

        explanations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explanations, Unset):
            explanations = self.explanations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if probas is not UNSET:
            field_dict["probas"] = probas
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if ignored is not UNSET:
            field_dict["ignored"] = ignored
        if ignore_reason is not UNSET:
            field_dict["ignoreReason"] = ignore_reason
        if explanations is not UNSET:
            field_dict["explanations"] = explanations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_prediction_result_explanations import (
            ApiNodePredictionResultExplanations,
        )
        from ..models.api_node_prediction_result_probas import (
            ApiNodePredictionResultProbas,
        )

        d = dict(src_dict)
        prediction = d.pop("prediction", UNSET)

        _probas = d.pop("probas", UNSET)
        probas: ApiNodePredictionResultProbas | Unset
        if isinstance(_probas, Unset):
            probas = UNSET
        else:
            probas = ApiNodePredictionResultProbas.from_dict(_probas)

        cluster = d.pop("cluster", UNSET)

        ignored = d.pop("ignored", UNSET)

        ignore_reason = d.pop("ignoreReason", UNSET)

        _explanations = d.pop("explanations", UNSET)
        explanations: ApiNodePredictionResultExplanations | Unset
        if isinstance(_explanations, Unset):
            explanations = UNSET
        else:
            explanations = ApiNodePredictionResultExplanations.from_dict(_explanations)

        api_node_prediction_result = cls(
            prediction=prediction,
            probas=probas,
            cluster=cluster,
            ignored=ignored,
            ignore_reason=ignore_reason,
            explanations=explanations,
        )

        api_node_prediction_result.additional_properties = d
        return api_node_prediction_result

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
