from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0,
    )


T = TypeVar("T", bound="RecipeDefinitionParamsType0EngineParamsType0SparkType0")


@_attrs_define
class RecipeDefinitionParamsType0EngineParamsType0SparkType0:
    """Spark engine settings.

    Attributes:
        spark_config (None | RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0 | Unset): The Spark
            configuration (`inheritConf`, `conf`) (unverified).
    """

    spark_config: (
        None
        | RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0,
        )

        spark_config: dict[str, Any] | None | Unset
        if isinstance(self.spark_config, Unset):
            spark_config = UNSET
        elif isinstance(
            self.spark_config,
            RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0,
        ):
            spark_config = self.spark_config.to_dict()
        else:
            spark_config = self.spark_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spark_config is not UNSET:
            field_dict["sparkConfig"] = spark_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0,
        )

        d = dict(src_dict)

        def _parse_spark_config(
            data: object,
        ) -> (
            None
            | RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spark_config_type_0 = RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0.from_dict(
                    data
                )

                return spark_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0
                | Unset,
                data,
            )

        spark_config = _parse_spark_config(d.pop("sparkConfig", UNSET))

        recipe_definition_params_type_0_engine_params_type_0_spark_type_0 = cls(
            spark_config=spark_config,
        )

        recipe_definition_params_type_0_engine_params_type_0_spark_type_0.additional_properties = d
        return recipe_definition_params_type_0_engine_params_type_0_spark_type_0

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
