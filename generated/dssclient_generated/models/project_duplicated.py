from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDuplicated")


@_attrs_define
class ProjectDuplicated:
    """The projects `duplicateProject` worked on.

    Attributes:
        original_project_key (str | Unset): Key of the project that was copied.
        target_project_key (str | Unset): Key of the new project.
    """

    original_project_key: str | Unset = UNSET
    target_project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_project_key = self.original_project_key

        target_project_key = self.target_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_project_key is not UNSET:
            field_dict["originalProjectKey"] = original_project_key
        if target_project_key is not UNSET:
            field_dict["targetProjectKey"] = target_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_project_key = d.pop("originalProjectKey", UNSET)

        target_project_key = d.pop("targetProjectKey", UNSET)

        project_duplicated = cls(
            original_project_key=original_project_key,
            target_project_key=target_project_key,
        )

        project_duplicated.additional_properties = d
        return project_duplicated

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
