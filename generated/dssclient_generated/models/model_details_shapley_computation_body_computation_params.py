from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsShapleyComputationBodyComputationParams")


@_attrs_define
class ModelDetailsShapleyComputationBodyComputationParams:
    """The parameters.

    Attributes:
        n_explanations (int | Unset): Number of features to explain (the most important ones).
        mc_steps (int | Unset): Monte Carlo steps (background rows) per explained value.
        num_samples (int | Unset): Number of rows to explain.
    """

    n_explanations: int | Unset = UNSET
    mc_steps: int | Unset = UNSET
    num_samples: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n_explanations = self.n_explanations

        mc_steps = self.mc_steps

        num_samples = self.num_samples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if n_explanations is not UNSET:
            field_dict["n_explanations"] = n_explanations
        if mc_steps is not UNSET:
            field_dict["mc_steps"] = mc_steps
        if num_samples is not UNSET:
            field_dict["num_samples"] = num_samples

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        n_explanations = d.pop("n_explanations", UNSET)

        mc_steps = d.pop("mc_steps", UNSET)

        num_samples = d.pop("num_samples", UNSET)

        model_details_shapley_computation_body_computation_params = cls(
            n_explanations=n_explanations,
            mc_steps=mc_steps,
            num_samples=num_samples,
        )

        model_details_shapley_computation_body_computation_params.additional_properties = d
        return model_details_shapley_computation_body_computation_params

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
