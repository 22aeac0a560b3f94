from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_global_explanations_absolute_importance import (
        ModelDetailsGlobalExplanationsAbsoluteImportance,
    )
    from ..models.model_details_global_explanations_computation_params import (
        ModelDetailsGlobalExplanationsComputationParams,
    )
    from ..models.model_details_global_explanations_explanations import (
        ModelDetailsGlobalExplanationsExplanations,
    )
    from ..models.model_details_global_explanations_observations import (
        ModelDetailsGlobalExplanationsObservations,
    )


T = TypeVar("T", bound="ModelDetailsGlobalExplanations")


@_attrs_define
class ModelDetailsGlobalExplanations:
    """Global explanations of a model: Shapley values on a sample of rows.

    Attributes:
        absolute_importance (ModelDetailsGlobalExplanationsAbsoluteImportance | Unset): Mean absolute Shapley value of
            each feature, normalized to sum to 1.
        explanations (ModelDetailsGlobalExplanationsExplanations | Unset): Shapley value of each feature on each sampled
            row.
        observations (ModelDetailsGlobalExplanationsObservations | Unset): Value of each feature on each sampled row.
        nb_records (int | Unset): Number of rows explained.
        random_state (int | Unset): Seed of the sample.
        on_sample (bool | Unset): Whether the rows are a sample of the test set.
        computation_params (ModelDetailsGlobalExplanationsComputationParams | Unset): The parameters used.
    """

    absolute_importance: ModelDetailsGlobalExplanationsAbsoluteImportance | Unset = (
        UNSET
    )
    explanations: ModelDetailsGlobalExplanationsExplanations | Unset = UNSET
    observations: ModelDetailsGlobalExplanationsObservations | Unset = UNSET
    nb_records: int | Unset = UNSET
    random_state: int | Unset = UNSET
    on_sample: bool | Unset = UNSET
    computation_params: ModelDetailsGlobalExplanationsComputationParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        absolute_importance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.absolute_importance, Unset):
            absolute_importance = self.absolute_importance.to_dict()

        explanations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.explanations, Unset):
            explanations = self.explanations.to_dict()

        observations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observations, Unset):
            observations = self.observations.to_dict()

        nb_records = self.nb_records

        random_state = self.random_state

        on_sample = self.on_sample

        computation_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.computation_params, Unset):
            computation_params = self.computation_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absolute_importance is not UNSET:
            field_dict["absoluteImportance"] = absolute_importance
        if explanations is not UNSET:
            field_dict["explanations"] = explanations
        if observations is not UNSET:
            field_dict["observations"] = observations
        if nb_records is not UNSET:
            field_dict["nbRecords"] = nb_records
        if random_state is not UNSET:
            field_dict["randomState"] = random_state
        if on_sample is not UNSET:
            field_dict["onSample"] = on_sample
        if computation_params is not UNSET:
            field_dict["computationParams"] = computation_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_global_explanations_absolute_importance import (
            ModelDetailsGlobalExplanationsAbsoluteImportance,
        )
        from ..models.model_details_global_explanations_computation_params import (
            ModelDetailsGlobalExplanationsComputationParams,
        )
        from ..models.model_details_global_explanations_explanations import (
            ModelDetailsGlobalExplanationsExplanations,
        )
        from ..models.model_details_global_explanations_observations import (
            ModelDetailsGlobalExplanationsObservations,
        )

        d = dict(src_dict)
        _absolute_importance = d.pop("absoluteImportance", UNSET)
        absolute_importance: ModelDetailsGlobalExplanationsAbsoluteImportance | Unset
        if isinstance(_absolute_importance, Unset):
            absolute_importance = UNSET
        else:
            absolute_importance = (
                ModelDetailsGlobalExplanationsAbsoluteImportance.from_dict(
                    _absolute_importance
                )
            )

        _explanations = d.pop("explanations", UNSET)
        explanations: ModelDetailsGlobalExplanationsExplanations | Unset
        if isinstance(_explanations, Unset):
            explanations = UNSET
        else:
            explanations = ModelDetailsGlobalExplanationsExplanations.from_dict(
                _explanations
            )

        _observations = d.pop("observations", UNSET)
        observations: ModelDetailsGlobalExplanationsObservations | Unset
        if isinstance(_observations, Unset):
            observations = UNSET
        else:
            observations = ModelDetailsGlobalExplanationsObservations.from_dict(
                _observations
            )

        nb_records = d.pop("nbRecords", UNSET)

        random_state = d.pop("randomState", UNSET)

        on_sample = d.pop("onSample", UNSET)

        _computation_params = d.pop("computationParams", UNSET)
        computation_params: ModelDetailsGlobalExplanationsComputationParams | Unset
        if isinstance(_computation_params, Unset):
            computation_params = UNSET
        else:
            computation_params = (
                ModelDetailsGlobalExplanationsComputationParams.from_dict(
                    _computation_params
                )
            )

        model_details_global_explanations = cls(
            absolute_importance=absolute_importance,
            explanations=explanations,
            observations=observations,
            nb_records=nb_records,
            random_state=random_state,
            on_sample=on_sample,
            computation_params=computation_params,
        )

        model_details_global_explanations.additional_properties = d
        return model_details_global_explanations

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
