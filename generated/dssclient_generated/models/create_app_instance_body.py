from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppInstanceBody")


@_attrs_define
class CreateAppInstanceBody:
    """The new instance.

    Attributes:
        target_project_key (str): Key of the instance's project.
        target_project_name (None | str | Unset): Name of the instance's project.
        is_temporary_app_instance (bool | None | Unset): Whether the instance is temporary (deleted after use).
    """

    target_project_key: str
    target_project_name: None | str | Unset = UNSET
    is_temporary_app_instance: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_project_key = self.target_project_key

        target_project_name: None | str | Unset
        if isinstance(self.target_project_name, Unset):
            target_project_name = UNSET
        else:
            target_project_name = self.target_project_name

        is_temporary_app_instance: bool | None | Unset
        if isinstance(self.is_temporary_app_instance, Unset):
            is_temporary_app_instance = UNSET
        else:
            is_temporary_app_instance = self.is_temporary_app_instance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetProjectKey": target_project_key,
            }
        )
        if target_project_name is not UNSET:
            field_dict["targetProjectName"] = target_project_name
        if is_temporary_app_instance is not UNSET:
            field_dict["isTemporaryAppInstance"] = is_temporary_app_instance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        target_project_key = d.pop("targetProjectKey")

        def _parse_target_project_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_project_name = _parse_target_project_name(
            d.pop("targetProjectName", UNSET)
        )

        def _parse_is_temporary_app_instance(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_temporary_app_instance = _parse_is_temporary_app_instance(
            d.pop("isTemporaryAppInstance", UNSET)
        )

        create_app_instance_body = cls(
            target_project_key=target_project_key,
            target_project_name=target_project_name,
            is_temporary_app_instance=is_temporary_app_instance,
        )

        create_app_instance_body.additional_properties = d
        return create_app_instance_body

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
