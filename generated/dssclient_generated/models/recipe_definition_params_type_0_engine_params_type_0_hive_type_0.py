from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeDefinitionParamsType0EngineParamsType0HiveType0")


@_attrs_define
class RecipeDefinitionParamsType0EngineParamsType0HiveType0:
    """Hive engine settings.

    Attributes:
        skip_prerun_validate (bool | None | Unset): Skip the validation before running (unverified).
    """

    skip_prerun_validate: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip_prerun_validate: bool | None | Unset
        if isinstance(self.skip_prerun_validate, Unset):
            skip_prerun_validate = UNSET
        else:
            skip_prerun_validate = self.skip_prerun_validate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_prerun_validate is not UNSET:
            field_dict["skipPrerunValidate"] = skip_prerun_validate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_skip_prerun_validate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_prerun_validate = _parse_skip_prerun_validate(
            d.pop("skipPrerunValidate", UNSET)
        )

        recipe_definition_params_type_0_engine_params_type_0_hive_type_0 = cls(
            skip_prerun_validate=skip_prerun_validate,
        )

        recipe_definition_params_type_0_engine_params_type_0_hive_type_0.additional_properties = d
        return recipe_definition_params_type_0_engine_params_type_0_hive_type_0

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
