from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0"
)


@_attrs_define
class RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0:
    """The Spark configuration (`inheritConf`, `conf`) (unverified).

    Attributes:
        inherit_conf (None | str | Unset): Named Spark configuration inherited.
    """

    inherit_conf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inherit_conf: None | str | Unset
        if isinstance(self.inherit_conf, Unset):
            inherit_conf = UNSET
        else:
            inherit_conf = self.inherit_conf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inherit_conf is not UNSET:
            field_dict["inheritConf"] = inherit_conf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_inherit_conf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inherit_conf = _parse_inherit_conf(d.pop("inheritConf", UNSET))

        recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0 = cls(
            inherit_conf=inherit_conf,
        )

        recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0.additional_properties = d
        return recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0

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
