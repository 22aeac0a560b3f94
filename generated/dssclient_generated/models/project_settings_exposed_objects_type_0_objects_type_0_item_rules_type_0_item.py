from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item"
)


@_attrs_define
class ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item:
    """One project the object is shared to.

    Attributes:
        target_project (None | str | Unset): Key of the project the object is shared to.
        appear_on_flow (bool | None | Unset): Whether the object appears in that project's flow.
    """

    target_project: None | str | Unset = UNSET
    appear_on_flow: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_project: None | str | Unset
        if isinstance(self.target_project, Unset):
            target_project = UNSET
        else:
            target_project = self.target_project

        appear_on_flow: bool | None | Unset
        if isinstance(self.appear_on_flow, Unset):
            appear_on_flow = UNSET
        else:
            appear_on_flow = self.appear_on_flow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_project is not UNSET:
            field_dict["targetProject"] = target_project
        if appear_on_flow is not UNSET:
            field_dict["appearOnFlow"] = appear_on_flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_target_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_project = _parse_target_project(d.pop("targetProject", UNSET))

        def _parse_appear_on_flow(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        appear_on_flow = _parse_appear_on_flow(d.pop("appearOnFlow", UNSET))

        project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item = cls(
            target_project=target_project,
            appear_on_flow=appear_on_flow,
        )

        project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item.additional_properties = d
        return project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item

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
