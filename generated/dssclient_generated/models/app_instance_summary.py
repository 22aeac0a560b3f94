from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppInstanceSummary")


@_attrs_define
class AppInstanceSummary:
    """An instance of an app.

    Attributes:
        project_key (str): Key of the instance's project.
        name (str | Unset): Name of the instance's project.
        app_id (str | Unset): The app it instantiates.
        is_temporary_app_instance (bool | Unset): Whether it is a temporary instance.
    """

    project_key: str
    name: str | Unset = UNSET
    app_id: str | Unset = UNSET
    is_temporary_app_instance: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        name = self.name

        app_id = self.app_id

        is_temporary_app_instance = self.is_temporary_app_instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if is_temporary_app_instance is not UNSET:
            field_dict["isTemporaryAppInstance"] = is_temporary_app_instance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_key = d.pop("projectKey")

        name = d.pop("name", UNSET)

        app_id = d.pop("appId", UNSET)

        is_temporary_app_instance = d.pop("isTemporaryAppInstance", UNSET)

        app_instance_summary = cls(
            project_key=project_key,
            name=name,
            app_id=app_id,
            is_temporary_app_instance=is_temporary_app_instance,
        )

        app_instance_summary.additional_properties = d
        return app_instance_summary

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
