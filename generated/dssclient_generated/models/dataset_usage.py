from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetUsage")


@_attrs_define
class DatasetUsage:
    """An object that uses a dataset.

    Attributes:
        type_ (str | Unset): Kind of the object (`RECIPE`).
        object_id (str | Unset): Identifier of the object (a recipe's name).
        project_key (str | Unset): Project of the object.
        usage_type (str | Unset): How the object uses the dataset (`INPUT` or `OUTPUT`).
    """

    type_: str | Unset = UNSET
    object_id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    usage_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_id = self.object_id

        project_key = self.project_key

        usage_type = self.usage_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if usage_type is not UNSET:
            field_dict["usageType"] = usage_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        object_id = d.pop("objectId", UNSET)

        project_key = d.pop("projectKey", UNSET)

        usage_type = d.pop("usageType", UNSET)

        dataset_usage = cls(
            type_=type_,
            object_id=object_id,
            project_key=project_key,
            usage_type=usage_type,
        )

        dataset_usage.additional_properties = d
        return dataset_usage

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
