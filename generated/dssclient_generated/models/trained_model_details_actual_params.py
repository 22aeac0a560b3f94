from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_details_actual_params_resolved import (
        TrainedModelDetailsActualParamsResolved,
    )


T = TypeVar("T", bound="TrainedModelDetailsActualParams")


@_attrs_define
class TrainedModelDetailsActualParams:
    """The hyperparameters it was trained with, resolved.

    Attributes:
        resolved (TrainedModelDetailsActualParamsResolved | Unset): Each hyperparameter's value.
    """

    resolved: TrainedModelDetailsActualParamsResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved, Unset):
            resolved = self.resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_details_actual_params_resolved import (
            TrainedModelDetailsActualParamsResolved,
        )

        d = dict(src_dict)
        _resolved = d.pop("resolved", UNSET)
        resolved: TrainedModelDetailsActualParamsResolved | Unset
        if isinstance(_resolved, Unset):
            resolved = UNSET
        else:
            resolved = TrainedModelDetailsActualParamsResolved.from_dict(_resolved)

        trained_model_details_actual_params = cls(
            resolved=resolved,
        )

        trained_model_details_actual_params.additional_properties = d
        return trained_model_details_actual_params

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
