from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsSmOrigin")


@_attrs_define
class TrainedModelDetailsSmOrigin:
    """A saved model version's origin (versions deployed from an ML task only): the lab model it was deployed from. Other
    keys DSS may send here are not known (unverified).

        Attributes:
            full_model_id (str | Unset): The full id of the lab model the version was deployed from.
    """

    full_model_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_model_id = self.full_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_model_id is not UNSET:
            field_dict["fullModelId"] = full_model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_model_id = d.pop("fullModelId", UNSET)

        trained_model_details_sm_origin = cls(
            full_model_id=full_model_id,
        )

        trained_model_details_sm_origin.additional_properties = d
        return trained_model_details_sm_origin

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
