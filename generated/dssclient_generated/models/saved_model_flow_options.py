from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavedModelFlowOptions")


@_attrs_define
class SavedModelFlowOptions:
    """Build options of the model in the flow (unverified; named as a dataset's).

    Attributes:
        virtualizable (bool | Unset): Whether a job may skip writing the model (unverified).
        rebuild_behavior (str | Unset): `NORMAL`, `EXPLICIT` (only built when asked to) or `WRITE_PROTECT` (never
            built).
    """

    virtualizable: bool | Unset = UNSET
    rebuild_behavior: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtualizable = self.virtualizable

        rebuild_behavior = self.rebuild_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if virtualizable is not UNSET:
            field_dict["virtualizable"] = virtualizable
        if rebuild_behavior is not UNSET:
            field_dict["rebuildBehavior"] = rebuild_behavior

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        virtualizable = d.pop("virtualizable", UNSET)

        rebuild_behavior = d.pop("rebuildBehavior", UNSET)

        saved_model_flow_options = cls(
            virtualizable=virtualizable,
            rebuild_behavior=rebuild_behavior,
        )

        saved_model_flow_options.additional_properties = d
        return saved_model_flow_options

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
