from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginMissingType")


@_attrs_define
class PluginMissingType:
    """A type an object uses that no plugin provides (the official client reads each of these keys).

    Attributes:
        missing_type (str | Unset): The type no plugin provides.
        object_type (str | Unset): Type of the object using it.
        object_id (str | Unset): Identifier of the object using it.
        project_key (str | Unset): Project of the object using it.
    """

    missing_type: str | Unset = UNSET
    object_type: str | Unset = UNSET
    object_id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        missing_type = self.missing_type

        object_type = self.object_type

        object_id = self.object_id

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if missing_type is not UNSET:
            field_dict["missingType"] = missing_type
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
        missing_type = d.pop("missingType", UNSET)

        object_type = d.pop("objectType", UNSET)

        object_id = d.pop("objectId", UNSET)

        project_key = d.pop("projectKey", UNSET)

        plugin_missing_type = cls(
            missing_type=missing_type,
            object_type=object_type,
            object_id=object_id,
            project_key=project_key,
        )

        plugin_missing_type.additional_properties = d
        return plugin_missing_type

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
