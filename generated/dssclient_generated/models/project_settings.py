from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_bundle_exporter_settings_type_0 import (
        ProjectSettingsBundleExporterSettingsType0,
    )
    from ..models.project_settings_exposed_objects_type_0 import (
        ProjectSettingsExposedObjectsType0,
    )
    from ..models.project_settings_settings_type_0 import ProjectSettingsSettingsType0


T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings:
    """The settings of a project. Save them back whole: DSS replaces the
    settings with what it receives.

        Attributes:
            project_key (None | str | Unset): Key of the project.
            name (None | str | Unset): Display name.
            owner (None | str | Unset): Login of the project's owner.
            settings (None | ProjectSettingsSettingsType0 | Unset): Execution settings (code environments, containers,
                clusters, flow build, ...).
            exposed_objects (None | ProjectSettingsExposedObjectsType0 | Unset): Objects of this project shared into other
                projects.
            bundle_exporter_settings (None | ProjectSettingsBundleExporterSettingsType0 | Unset): What the project's bundles
                contain.
            project_status (None | str | Unset): The project's status, one of the instance's project statuses (unverified).
            project_app_type (None | str | Unset): `REGULAR`, or the project's role as an application (`APP_TEMPLATE`,
                `APP_INSTANCE`) (unverified).
    """

    project_key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    settings: None | ProjectSettingsSettingsType0 | Unset = UNSET
    exposed_objects: None | ProjectSettingsExposedObjectsType0 | Unset = UNSET
    bundle_exporter_settings: (
        None | ProjectSettingsBundleExporterSettingsType0 | Unset
    ) = UNSET
    project_status: None | str | Unset = UNSET
    project_app_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_settings_bundle_exporter_settings_type_0 import (
            ProjectSettingsBundleExporterSettingsType0,
        )
        from ..models.project_settings_exposed_objects_type_0 import (
            ProjectSettingsExposedObjectsType0,
        )
        from ..models.project_settings_settings_type_0 import (
            ProjectSettingsSettingsType0,
        )

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, ProjectSettingsSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        exposed_objects: dict[str, Any] | None | Unset
        if isinstance(self.exposed_objects, Unset):
            exposed_objects = UNSET
        elif isinstance(self.exposed_objects, ProjectSettingsExposedObjectsType0):
            exposed_objects = self.exposed_objects.to_dict()
        else:
            exposed_objects = self.exposed_objects

        bundle_exporter_settings: dict[str, Any] | None | Unset
        if isinstance(self.bundle_exporter_settings, Unset):
            bundle_exporter_settings = UNSET
        elif isinstance(
            self.bundle_exporter_settings, ProjectSettingsBundleExporterSettingsType0
        ):
            bundle_exporter_settings = self.bundle_exporter_settings.to_dict()
        else:
            bundle_exporter_settings = self.bundle_exporter_settings

        project_status: None | str | Unset
        if isinstance(self.project_status, Unset):
            project_status = UNSET
        else:
            project_status = self.project_status

        project_app_type: None | str | Unset
        if isinstance(self.project_app_type, Unset):
            project_app_type = UNSET
        else:
            project_app_type = self.project_app_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if owner is not UNSET:
            field_dict["owner"] = owner
        if settings is not UNSET:
            field_dict["settings"] = settings
        if exposed_objects is not UNSET:
            field_dict["exposedObjects"] = exposed_objects
        if bundle_exporter_settings is not UNSET:
            field_dict["bundleExporterSettings"] = bundle_exporter_settings
        if project_status is not UNSET:
            field_dict["projectStatus"] = project_status
        if project_app_type is not UNSET:
            field_dict["projectAppType"] = project_app_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_bundle_exporter_settings_type_0 import (
            ProjectSettingsBundleExporterSettingsType0,
        )
        from ..models.project_settings_exposed_objects_type_0 import (
            ProjectSettingsExposedObjectsType0,
        )
        from ..models.project_settings_settings_type_0 import (
            ProjectSettingsSettingsType0,
        )

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_settings(
            data: object,
        ) -> None | ProjectSettingsSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = ProjectSettingsSettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0 | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_exposed_objects(
            data: object,
        ) -> None | ProjectSettingsExposedObjectsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exposed_objects_type_0 = ProjectSettingsExposedObjectsType0.from_dict(
                    data
                )

                return exposed_objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsExposedObjectsType0 | Unset, data)

        exposed_objects = _parse_exposed_objects(d.pop("exposedObjects", UNSET))

        def _parse_bundle_exporter_settings(
            data: object,
        ) -> None | ProjectSettingsBundleExporterSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bundle_exporter_settings_type_0 = (
                    ProjectSettingsBundleExporterSettingsType0.from_dict(data)
                )

                return bundle_exporter_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsBundleExporterSettingsType0 | Unset, data)

        bundle_exporter_settings = _parse_bundle_exporter_settings(
            d.pop("bundleExporterSettings", UNSET)
        )

        def _parse_project_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_status = _parse_project_status(d.pop("projectStatus", UNSET))

        def _parse_project_app_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_app_type = _parse_project_app_type(d.pop("projectAppType", UNSET))

        project_settings = cls(
            project_key=project_key,
            name=name,
            owner=owner,
            settings=settings,
            exposed_objects=exposed_objects,
            bundle_exporter_settings=bundle_exporter_settings,
            project_status=project_status,
            project_app_type=project_app_type,
        )

        project_settings.additional_properties = d
        return project_settings

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
