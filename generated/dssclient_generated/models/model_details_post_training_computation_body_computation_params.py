from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsPostTrainingComputationBodyComputationParams")


@_attrs_define
class ModelDetailsPostTrainingComputationBodyComputationParams:
    """Parameters of a post-training computation.

    Attributes:
        sample_size (int | Unset): Number of rows of the test set to compute on (a sample when the set is larger).
        random_state (int | Unset): Seed of the sample.
        n_jobs (int | Unset): Number of parallel jobs (unused by the emulator).
        debug_mode (bool | Unset): Whether to log everything.
    """

    sample_size: int | Unset = UNSET
    random_state: int | Unset = UNSET
    n_jobs: int | Unset = UNSET
    debug_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_size = self.sample_size

        random_state = self.random_state

        n_jobs = self.n_jobs

        debug_mode = self.debug_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_size is not UNSET:
            field_dict["sample_size"] = sample_size
        if random_state is not UNSET:
            field_dict["random_state"] = random_state
        if n_jobs is not UNSET:
            field_dict["n_jobs"] = n_jobs
        if debug_mode is not UNSET:
            field_dict["debug_mode"] = debug_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sample_size = d.pop("sample_size", UNSET)

        random_state = d.pop("random_state", UNSET)

        n_jobs = d.pop("n_jobs", UNSET)

        debug_mode = d.pop("debug_mode", UNSET)

        model_details_post_training_computation_body_computation_params = cls(
            sample_size=sample_size,
            random_state=random_state,
            n_jobs=n_jobs,
            debug_mode=debug_mode,
        )

        model_details_post_training_computation_body_computation_params.additional_properties = d
        return model_details_post_training_computation_body_computation_params

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
