from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFromBundle")


@_attrs_define
class ProjectFromBundle:
    """The project created from a bundle, or that a bundle was imported into.

    Attributes:
        project_key (str | Unset): Key of the created project.
        bundle_id (str | Unset): Identifier of the imported bundle.
    """

    project_key: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        bundle_id = self.bundle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_key = d.pop("projectKey", UNSET)

        bundle_id = d.pop("bundleId", UNSET)

        project_from_bundle = cls(
            project_key=project_key,
            bundle_id=bundle_id,
        )

        project_from_bundle.additional_properties = d
        return project_from_bundle

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
