from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_post_training_computation_body_computation_params import (
        ModelDetailsPostTrainingComputationBodyComputationParams,
    )


T = TypeVar("T", bound="ModelDetailsPostTrainingComputationBody")


@_attrs_define
class ModelDetailsPostTrainingComputationBody:
    """A post-training computation on some columns.

    Attributes:
        features (list[str]): The columns.
        computation_params (ModelDetailsPostTrainingComputationBodyComputationParams | Unset): Parameters of a post-
            training computation.
    """

    features: list[str]
    computation_params: (
        ModelDetailsPostTrainingComputationBodyComputationParams | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = self.features

        computation_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.computation_params, Unset):
            computation_params = self.computation_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
            }
        )
        if computation_params is not UNSET:
            field_dict["computationParams"] = computation_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_post_training_computation_body_computation_params import (
            ModelDetailsPostTrainingComputationBodyComputationParams,
        )

        d = dict(src_dict)
        features = cast(list[str], d.pop("features"))

        _computation_params = d.pop("computationParams", UNSET)
        computation_params: (
            ModelDetailsPostTrainingComputationBodyComputationParams | Unset
        )
        if isinstance(_computation_params, Unset):
            computation_params = UNSET
        else:
            computation_params = (
                ModelDetailsPostTrainingComputationBodyComputationParams.from_dict(
                    _computation_params
                )
            )

        model_details_post_training_computation_body = cls(
            features=features,
            computation_params=computation_params,
        )

        model_details_post_training_computation_body.additional_properties = d
        return model_details_post_training_computation_body

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
