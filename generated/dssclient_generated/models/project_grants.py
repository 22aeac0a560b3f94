from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_grants_grants_type_0 import ProjectGrantsGrantsType0


T = TypeVar("T", bound="ProjectGrants")


@_attrs_define
class ProjectGrants:
    """The rights each user (or group) has on one project.

    Attributes:
        project_key (None | str | Unset): Key of the project.
        grants (None | ProjectGrantsGrantsType0 | Unset): Rights, by login (or group name).
    """

    project_key: None | str | Unset = UNSET
    grants: None | ProjectGrantsGrantsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_grants_grants_type_0 import ProjectGrantsGrantsType0

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        grants: dict[str, Any] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, ProjectGrantsGrantsType0):
            grants = self.grants.to_dict()
        else:
            grants = self.grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_grants_grants_type_0 import ProjectGrantsGrantsType0

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_grants(data: object) -> None | ProjectGrantsGrantsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grants_type_0 = ProjectGrantsGrantsType0.from_dict(data)

                return grants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectGrantsGrantsType0 | Unset, data)

        grants = _parse_grants(d.pop("grants", UNSET))

        project_grants = cls(
            project_key=project_key,
            grants=grants,
        )

        project_grants.additional_properties = d
        return project_grants

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
