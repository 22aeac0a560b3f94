from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
        RecipeDefinitionParamsType0EnvSelectionType0,
    )


T = TypeVar("T", bound="RecipeDefinitionParamsType0")


@_attrs_define
class RecipeDefinitionParamsType0:
    """Type-specific settings that are not in the payload (engine, code environment).

    Attributes:
        env_selection (None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset): The code env of a code recipe in a
            language with code envs (`python`, `r`,
            `pyspark`, ...): `envMode` `INHERIT` (the project's, the default),
            `USE_BUILTIN_MODE` or `EXPLICIT_ENV` with `envName`. An env that does not
            exist fails the recipe's job when it runs.
    """

    env_selection: None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
            RecipeDefinitionParamsType0EnvSelectionType0,
        )

        env_selection: dict[str, Any] | None | Unset
        if isinstance(self.env_selection, Unset):
            env_selection = UNSET
        elif isinstance(
            self.env_selection, RecipeDefinitionParamsType0EnvSelectionType0
        ):
            env_selection = self.env_selection.to_dict()
        else:
            env_selection = self.env_selection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_selection is not UNSET:
            field_dict["envSelection"] = env_selection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_params_type_0_env_selection_type_0 import (
            RecipeDefinitionParamsType0EnvSelectionType0,
        )

        d = dict(src_dict)

        def _parse_env_selection(
            data: object,
        ) -> None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_selection_type_0 = (
                    RecipeDefinitionParamsType0EnvSelectionType0.from_dict(data)
                )

                return env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0EnvSelectionType0 | Unset, data
            )

        env_selection = _parse_env_selection(d.pop("envSelection", UNSET))

        recipe_definition_params_type_0 = cls(
            env_selection=env_selection,
        )

        recipe_definition_params_type_0.additional_properties = d
        return recipe_definition_params_type_0

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
