from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0",
)


@_attrs_define
class ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0:
    """Where the notifications go (`type` and its parameters).

    Attributes:
        type_ (None | str | Unset): Kind of integration (`slack-project-integration`, `msft-teams-project-integration`,
            ...).
    """

    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0 = cls(
            type_=type_,
        )

        project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0.additional_properties = d
        return project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0

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
