from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0 import (
        ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0,
    )


T = TypeVar(
    "T", bound="ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item"
)


@_attrs_define
class ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item:
    """One integration (`hook`, `active`, `selection`) (unverified).

    Attributes:
        active (bool | None | Unset): Whether the integration sends notifications.
        hook (None | ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0 | Unset): Where the
            notifications go (`type` and its parameters).
    """

    active: bool | None | Unset = UNSET
    hook: (
        None
        | ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0 import (
            ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0,
        )

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        hook: dict[str, Any] | None | Unset
        if isinstance(self.hook, Unset):
            hook = UNSET
        elif isinstance(
            self.hook,
            ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0,
        ):
            hook = self.hook.to_dict()
        else:
            hook = self.hook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if hook is not UNSET:
            field_dict["hook"] = hook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0 import (
            ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0,
        )

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_hook(
            data: object,
        ) -> (
            None
            | ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_type_0 = ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0.from_dict(
                    data
                )

                return hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0
                | Unset,
                data,
            )

        hook = _parse_hook(d.pop("hook", UNSET))

        project_settings_settings_type_0_integrations_type_0_integrations_type_0_item = cls(
            active=active,
            hook=hook,
        )

        project_settings_settings_type_0_integrations_type_0_integrations_type_0_item.additional_properties = d
        return project_settings_settings_type_0_integrations_type_0_integrations_type_0_item

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
