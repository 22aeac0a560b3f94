from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedFolderFlowOptionsType0")


@_attrs_define
class ManagedFolderFlowOptionsType0:
    """How builds treat the folder (unverified; named as a dataset's).

    Attributes:
        virtualizable (bool | None | Unset): Whether a job may skip writing the folder (unverified).
        rebuild_behavior (None | str | Unset): `NORMAL`, `EXPLICIT` (only built when asked to) or `WRITE_PROTECT` (never
            built).
    """

    virtualizable: bool | None | Unset = UNSET
    rebuild_behavior: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        virtualizable: bool | None | Unset
        if isinstance(self.virtualizable, Unset):
            virtualizable = UNSET
        else:
            virtualizable = self.virtualizable

        rebuild_behavior: None | str | Unset
        if isinstance(self.rebuild_behavior, Unset):
            rebuild_behavior = UNSET
        else:
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

        def _parse_virtualizable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        virtualizable = _parse_virtualizable(d.pop("virtualizable", UNSET))

        def _parse_rebuild_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rebuild_behavior = _parse_rebuild_behavior(d.pop("rebuildBehavior", UNSET))

        managed_folder_flow_options_type_0 = cls(
            virtualizable=virtualizable,
            rebuild_behavior=rebuild_behavior,
        )

        managed_folder_flow_options_type_0.additional_properties = d
        return managed_folder_flow_options_type_0

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
