from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_settings_type_0_integrations_type_0_integrations_type_0_item import (
        ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item,
    )


T = TypeVar("T", bound="ProjectSettingsSettingsType0IntegrationsType0")


@_attrs_define
class ProjectSettingsSettingsType0IntegrationsType0:
    """Notifications of the project's events to chat tools (`integrations`, a list) (unverified).

    Attributes:
        integrations (list[ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item] | None | Unset): The
            configured integrations.
    """

    integrations: (
        list[ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_settings_type_0_integrations_type_0_integrations_type_0_item import (
            ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item,
        )

        d = dict(src_dict)

        def _parse_integrations(
            data: object,
        ) -> (
            list[ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integrations_type_0 = []
                _integrations_type_0 = data
                for integrations_type_0_item_data in _integrations_type_0:
                    integrations_type_0_item = ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item.from_dict(
                        integrations_type_0_item_data
                    )

                    integrations_type_0.append(integrations_type_0_item)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item]
                | None
                | Unset,
                data,
            )

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        project_settings_settings_type_0_integrations_type_0 = cls(
            integrations=integrations,
        )

        project_settings_settings_type_0_integrations_type_0.additional_properties = d
        return project_settings_settings_type_0_integrations_type_0

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
