from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskModelRedeployed")


@_attrs_define
class MLTaskModelRedeployed:
    """The redeployment's effect.

    Attributes:
        impacts_downstream (bool | Unset): Whether the active version changed, so recipes downstream are impacted.
    """

    impacts_downstream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        impacts_downstream = self.impacts_downstream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if impacts_downstream is not UNSET:
            field_dict["impactsDownstream"] = impacts_downstream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        impacts_downstream = d.pop("impactsDownstream", UNSET)

        ml_task_model_redeployed = cls(
            impacts_downstream=impacts_downstream,
        )

        ml_task_model_redeployed.additional_properties = d
        return ml_task_model_redeployed

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
