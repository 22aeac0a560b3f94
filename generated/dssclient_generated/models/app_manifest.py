from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_manifest_homepage_sections_type_0_item import (
        AppManifestHomepageSectionsType0Item,
    )
    from ..models.app_manifest_use_as_recipe_settings_type_0 import (
        AppManifestUseAsRecipeSettingsType0,
    )


T = TypeVar("T", bound="AppManifest")


@_attrs_define
class AppManifest:
    """What an app offers and who may instantiate it.

    Attributes:
        homepage_sections (list[AppManifestHomepageSectionsType0Item] | None | Unset): Sections of the app's homepage,
            each with its `tiles` (`type` such as `SCENARIO_RUN`, with `scenarioId`).
        instantiation_permission (None | str | Unset): The project permission needed to instantiate the app.
        use_as_recipe (bool | None | Unset): Whether the app can be used as a recipe.
        use_as_recipe_settings (AppManifestUseAsRecipeSettingsType0 | None | Unset): How it is used as a recipe.
    """

    homepage_sections: list[AppManifestHomepageSectionsType0Item] | None | Unset = UNSET
    instantiation_permission: None | str | Unset = UNSET
    use_as_recipe: bool | None | Unset = UNSET
    use_as_recipe_settings: AppManifestUseAsRecipeSettingsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_manifest_use_as_recipe_settings_type_0 import (
            AppManifestUseAsRecipeSettingsType0,
        )

        homepage_sections: list[dict[str, Any]] | None | Unset
        if isinstance(self.homepage_sections, Unset):
            homepage_sections = UNSET
        elif isinstance(self.homepage_sections, list):
            homepage_sections = []
            for homepage_sections_type_0_item_data in self.homepage_sections:
                homepage_sections_type_0_item = (
                    homepage_sections_type_0_item_data.to_dict()
                )
                homepage_sections.append(homepage_sections_type_0_item)

        else:
            homepage_sections = self.homepage_sections

        instantiation_permission: None | str | Unset
        if isinstance(self.instantiation_permission, Unset):
            instantiation_permission = UNSET
        else:
            instantiation_permission = self.instantiation_permission

        use_as_recipe: bool | None | Unset
        if isinstance(self.use_as_recipe, Unset):
            use_as_recipe = UNSET
        else:
            use_as_recipe = self.use_as_recipe

        use_as_recipe_settings: dict[str, Any] | None | Unset
        if isinstance(self.use_as_recipe_settings, Unset):
            use_as_recipe_settings = UNSET
        elif isinstance(
            self.use_as_recipe_settings, AppManifestUseAsRecipeSettingsType0
        ):
            use_as_recipe_settings = self.use_as_recipe_settings.to_dict()
        else:
            use_as_recipe_settings = self.use_as_recipe_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if homepage_sections is not UNSET:
            field_dict["homepageSections"] = homepage_sections
        if instantiation_permission is not UNSET:
            field_dict["instantiationPermission"] = instantiation_permission
        if use_as_recipe is not UNSET:
            field_dict["useAsRecipe"] = use_as_recipe
        if use_as_recipe_settings is not UNSET:
            field_dict["useAsRecipeSettings"] = use_as_recipe_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_manifest_homepage_sections_type_0_item import (
            AppManifestHomepageSectionsType0Item,
        )
        from ..models.app_manifest_use_as_recipe_settings_type_0 import (
            AppManifestUseAsRecipeSettingsType0,
        )

        d = dict(src_dict)

        def _parse_homepage_sections(
            data: object,
        ) -> list[AppManifestHomepageSectionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                homepage_sections_type_0 = []
                _homepage_sections_type_0 = data
                for homepage_sections_type_0_item_data in _homepage_sections_type_0:
                    homepage_sections_type_0_item = (
                        AppManifestHomepageSectionsType0Item.from_dict(
                            homepage_sections_type_0_item_data
                        )
                    )

                    homepage_sections_type_0.append(homepage_sections_type_0_item)

                return homepage_sections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AppManifestHomepageSectionsType0Item] | None | Unset, data)

        homepage_sections = _parse_homepage_sections(d.pop("homepageSections", UNSET))

        def _parse_instantiation_permission(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instantiation_permission = _parse_instantiation_permission(
            d.pop("instantiationPermission", UNSET)
        )

        def _parse_use_as_recipe(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_as_recipe = _parse_use_as_recipe(d.pop("useAsRecipe", UNSET))

        def _parse_use_as_recipe_settings(
            data: object,
        ) -> AppManifestUseAsRecipeSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                use_as_recipe_settings_type_0 = (
                    AppManifestUseAsRecipeSettingsType0.from_dict(data)
                )

                return use_as_recipe_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppManifestUseAsRecipeSettingsType0 | None | Unset, data)

        use_as_recipe_settings = _parse_use_as_recipe_settings(
            d.pop("useAsRecipeSettings", UNSET)
        )

        app_manifest = cls(
            homepage_sections=homepage_sections,
            instantiation_permission=instantiation_permission,
            use_as_recipe=use_as_recipe,
            use_as_recipe_settings=use_as_recipe_settings,
        )

        app_manifest.additional_properties = d
        return app_manifest

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
