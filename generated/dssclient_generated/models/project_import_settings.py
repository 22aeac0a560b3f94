from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_import_settings_remapping_type_0 import (
        ProjectImportSettingsRemappingType0,
    )


T = TypeVar("T", bound="ProjectImportSettings")


@_attrs_define
class ProjectImportSettings:
    """How to import. The official client sends `{"_": "_"}` for no settings
    (an empty object does not parse on DSS's side).

        Attributes:
            target_project_key (None | str | Unset): Key of the imported project (the archive's project key when absent).
            remapping (None | ProjectImportSettingsRemappingType0 | Unset): Names to change on the way in.
    """

    target_project_key: None | str | Unset = UNSET
    remapping: None | ProjectImportSettingsRemappingType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_import_settings_remapping_type_0 import (
            ProjectImportSettingsRemappingType0,
        )

        target_project_key: None | str | Unset
        if isinstance(self.target_project_key, Unset):
            target_project_key = UNSET
        else:
            target_project_key = self.target_project_key

        remapping: dict[str, Any] | None | Unset
        if isinstance(self.remapping, Unset):
            remapping = UNSET
        elif isinstance(self.remapping, ProjectImportSettingsRemappingType0):
            remapping = self.remapping.to_dict()
        else:
            remapping = self.remapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_project_key is not UNSET:
            field_dict["targetProjectKey"] = target_project_key
        if remapping is not UNSET:
            field_dict["remapping"] = remapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_import_settings_remapping_type_0 import (
            ProjectImportSettingsRemappingType0,
        )

        d = dict(src_dict)

        def _parse_target_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_project_key = _parse_target_project_key(d.pop("targetProjectKey", UNSET))

        def _parse_remapping(
            data: object,
        ) -> None | ProjectImportSettingsRemappingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remapping_type_0 = ProjectImportSettingsRemappingType0.from_dict(data)

                return remapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectImportSettingsRemappingType0 | Unset, data)

        remapping = _parse_remapping(d.pop("remapping", UNSET))

        project_import_settings = cls(
            target_project_key=target_project_key,
            remapping=remapping,
        )

        project_import_settings.additional_properties = d
        return project_import_settings

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
