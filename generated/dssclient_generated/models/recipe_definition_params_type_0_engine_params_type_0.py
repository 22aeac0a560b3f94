from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_definition_params_type_0_engine_params_type_0_hive_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0HiveType0,
    )
    from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SparkType0,
    )
    from ..models.recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0,
    )


T = TypeVar("T", bound="RecipeDefinitionParamsType0EngineParamsType0")


@_attrs_define
class RecipeDefinitionParamsType0EngineParamsType0:
    """Settings of the engines the recipe may run on (unverified).

    Attributes:
        hive (None | RecipeDefinitionParamsType0EngineParamsType0HiveType0 | Unset): Hive engine settings.
        spark (None | RecipeDefinitionParamsType0EngineParamsType0SparkType0 | Unset): Spark engine settings.
        sql_pipeline_params (None | RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0 | Unset): SQL
            pipeline settings (unverified).
    """

    hive: None | RecipeDefinitionParamsType0EngineParamsType0HiveType0 | Unset = UNSET
    spark: None | RecipeDefinitionParamsType0EngineParamsType0SparkType0 | Unset = UNSET
    sql_pipeline_params: (
        None
        | RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipe_definition_params_type_0_engine_params_type_0_hive_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0HiveType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SparkType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0,
        )

        hive: dict[str, Any] | None | Unset
        if isinstance(self.hive, Unset):
            hive = UNSET
        elif isinstance(
            self.hive, RecipeDefinitionParamsType0EngineParamsType0HiveType0
        ):
            hive = self.hive.to_dict()
        else:
            hive = self.hive

        spark: dict[str, Any] | None | Unset
        if isinstance(self.spark, Unset):
            spark = UNSET
        elif isinstance(
            self.spark, RecipeDefinitionParamsType0EngineParamsType0SparkType0
        ):
            spark = self.spark.to_dict()
        else:
            spark = self.spark

        sql_pipeline_params: dict[str, Any] | None | Unset
        if isinstance(self.sql_pipeline_params, Unset):
            sql_pipeline_params = UNSET
        elif isinstance(
            self.sql_pipeline_params,
            RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0,
        ):
            sql_pipeline_params = self.sql_pipeline_params.to_dict()
        else:
            sql_pipeline_params = self.sql_pipeline_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hive is not UNSET:
            field_dict["hive"] = hive
        if spark is not UNSET:
            field_dict["spark"] = spark
        if sql_pipeline_params is not UNSET:
            field_dict["sqlPipelineParams"] = sql_pipeline_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_definition_params_type_0_engine_params_type_0_hive_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0HiveType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0_spark_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SparkType0,
        )
        from ..models.recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0 import (
            RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0,
        )

        d = dict(src_dict)

        def _parse_hive(
            data: object,
        ) -> None | RecipeDefinitionParamsType0EngineParamsType0HiveType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hive_type_0 = (
                    RecipeDefinitionParamsType0EngineParamsType0HiveType0.from_dict(
                        data
                    )
                )

                return hive_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0EngineParamsType0HiveType0 | Unset,
                data,
            )

        hive = _parse_hive(d.pop("hive", UNSET))

        def _parse_spark(
            data: object,
        ) -> None | RecipeDefinitionParamsType0EngineParamsType0SparkType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spark_type_0 = (
                    RecipeDefinitionParamsType0EngineParamsType0SparkType0.from_dict(
                        data
                    )
                )

                return spark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RecipeDefinitionParamsType0EngineParamsType0SparkType0 | Unset,
                data,
            )

        spark = _parse_spark(d.pop("spark", UNSET))

        def _parse_sql_pipeline_params(
            data: object,
        ) -> (
            None
            | RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sql_pipeline_params_type_0 = RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0.from_dict(
                    data
                )

                return sql_pipeline_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0
                | Unset,
                data,
            )

        sql_pipeline_params = _parse_sql_pipeline_params(
            d.pop("sqlPipelineParams", UNSET)
        )

        recipe_definition_params_type_0_engine_params_type_0 = cls(
            hive=hive,
            spark=spark,
            sql_pipeline_params=sql_pipeline_params,
        )

        recipe_definition_params_type_0_engine_params_type_0.additional_properties = d
        return recipe_definition_params_type_0_engine_params_type_0

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
