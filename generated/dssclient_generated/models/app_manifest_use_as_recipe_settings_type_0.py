from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_manifest_use_as_recipe_settings_type_0_input_roles_type_0_item import (
        AppManifestUseAsRecipeSettingsType0InputRolesType0Item,
    )
    from ..models.app_manifest_use_as_recipe_settings_type_0_output_roles_type_0_item import (
        AppManifestUseAsRecipeSettingsType0OutputRolesType0Item,
    )


T = TypeVar("T", bound="AppManifestUseAsRecipeSettingsType0")


@_attrs_define
class AppManifestUseAsRecipeSettingsType0:
    """How it is used as a recipe.

    Attributes:
        icon (None | str | Unset): Icon of the recipe (unverified).
        category (None | str | Unset): Category of the recipe (unverified).
        input_roles (list[AppManifestUseAsRecipeSettingsType0InputRolesType0Item] | None | Unset): The recipe's input
            roles (unverified).
        output_roles (list[AppManifestUseAsRecipeSettingsType0OutputRolesType0Item] | None | Unset): The recipe's output
            roles (unverified).
    """

    icon: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    input_roles: (
        list[AppManifestUseAsRecipeSettingsType0InputRolesType0Item] | None | Unset
    ) = UNSET
    output_roles: (
        list[AppManifestUseAsRecipeSettingsType0OutputRolesType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        input_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_roles, Unset):
            input_roles = UNSET
        elif isinstance(self.input_roles, list):
            input_roles = []
            for input_roles_type_0_item_data in self.input_roles:
                input_roles_type_0_item = input_roles_type_0_item_data.to_dict()
                input_roles.append(input_roles_type_0_item)

        else:
            input_roles = self.input_roles

        output_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.output_roles, Unset):
            output_roles = UNSET
        elif isinstance(self.output_roles, list):
            output_roles = []
            for output_roles_type_0_item_data in self.output_roles:
                output_roles_type_0_item = output_roles_type_0_item_data.to_dict()
                output_roles.append(output_roles_type_0_item)

        else:
            output_roles = self.output_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon is not UNSET:
            field_dict["icon"] = icon
        if category is not UNSET:
            field_dict["category"] = category
        if input_roles is not UNSET:
            field_dict["inputRoles"] = input_roles
        if output_roles is not UNSET:
            field_dict["outputRoles"] = output_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_manifest_use_as_recipe_settings_type_0_input_roles_type_0_item import (
            AppManifestUseAsRecipeSettingsType0InputRolesType0Item,
        )
        from ..models.app_manifest_use_as_recipe_settings_type_0_output_roles_type_0_item import (
            AppManifestUseAsRecipeSettingsType0OutputRolesType0Item,
        )

        d = dict(src_dict)

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_input_roles(
            data: object,
        ) -> (
            list[AppManifestUseAsRecipeSettingsType0InputRolesType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_roles_type_0 = []
                _input_roles_type_0 = data
                for input_roles_type_0_item_data in _input_roles_type_0:
                    input_roles_type_0_item = AppManifestUseAsRecipeSettingsType0InputRolesType0Item.from_dict(
                        input_roles_type_0_item_data
                    )

                    input_roles_type_0.append(input_roles_type_0_item)

                return input_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AppManifestUseAsRecipeSettingsType0InputRolesType0Item]
                | None
                | Unset,
                data,
            )

        input_roles = _parse_input_roles(d.pop("inputRoles", UNSET))

        def _parse_output_roles(
            data: object,
        ) -> (
            list[AppManifestUseAsRecipeSettingsType0OutputRolesType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_roles_type_0 = []
                _output_roles_type_0 = data
                for output_roles_type_0_item_data in _output_roles_type_0:
                    output_roles_type_0_item = AppManifestUseAsRecipeSettingsType0OutputRolesType0Item.from_dict(
                        output_roles_type_0_item_data
                    )

                    output_roles_type_0.append(output_roles_type_0_item)

                return output_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AppManifestUseAsRecipeSettingsType0OutputRolesType0Item]
                | None
                | Unset,
                data,
            )

        output_roles = _parse_output_roles(d.pop("outputRoles", UNSET))

        app_manifest_use_as_recipe_settings_type_0 = cls(
            icon=icon,
            category=category,
            input_roles=input_roles,
            output_roles=output_roles,
        )

        app_manifest_use_as_recipe_settings_type_0.additional_properties = d
        return app_manifest_use_as_recipe_settings_type_0

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
