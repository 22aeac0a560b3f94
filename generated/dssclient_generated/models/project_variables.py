from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_variables_local import ProjectVariablesLocal
    from ..models.project_variables_standard import ProjectVariablesStandard


T = TypeVar("T", bound="ProjectVariables")


@_attrs_define
class ProjectVariables:
    """Variables of a project.

    Attributes:
        standard (ProjectVariablesStandard): Variables exported with the project's bundles, by name; each value is any
            JSON value.
        local (ProjectVariablesLocal): Variables local to this instance, not exported with bundles, by name; each value
            is any JSON value.
    """

    standard: ProjectVariablesStandard
    local: ProjectVariablesLocal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard = self.standard.to_dict()

        local = self.local.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard": standard,
                "local": local,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_variables_local import ProjectVariablesLocal
        from ..models.project_variables_standard import ProjectVariablesStandard

        d = dict(src_dict)
        standard = ProjectVariablesStandard.from_dict(d.pop("standard"))

        local = ProjectVariablesLocal.from_dict(d.pop("local"))

        project_variables = cls(
            standard=standard,
            local=local,
        )

        project_variables.additional_properties = d
        return project_variables

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
