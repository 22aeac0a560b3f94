from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginUsage")


@_attrs_define
class PluginUsage:
    """An object using a component of a plugin (the official client reads each of these keys).

    Attributes:
        element_kind (str | Unset): Kind of component used (`python-connectors`, `python-recipes`, ...).
        element_type (str | Unset): Type of the component used.
        object_type (str | Unset): Type of the object using it (`DATASET`, `RECIPE`, ...).
        object_id (str | Unset): Identifier of the object using it.
        project_key (str | Unset): Project of the object using it.
    """

    element_kind: str | Unset = UNSET
    element_type: str | Unset = UNSET
    object_type: str | Unset = UNSET
    object_id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        element_kind = self.element_kind

        element_type = self.element_type

        object_type = self.object_type

        object_id = self.object_id

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if element_kind is not UNSET:
            field_dict["elementKind"] = element_kind
        if element_type is not UNSET:
            field_dict["elementType"] = element_type
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        element_kind = d.pop("elementKind", UNSET)

        element_type = d.pop("elementType", UNSET)

        object_type = d.pop("objectType", UNSET)

        object_id = d.pop("objectId", UNSET)

        project_key = d.pop("projectKey", UNSET)

        plugin_usage = cls(
            element_kind=element_kind,
            element_type=element_type,
            object_type=object_type,
            object_id=object_id,
            project_key=project_key,
        )

        plugin_usage.additional_properties = d
        return plugin_usage

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
