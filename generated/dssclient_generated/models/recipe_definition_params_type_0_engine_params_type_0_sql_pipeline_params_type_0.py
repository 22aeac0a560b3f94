from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0"
)


@_attrs_define
class RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0:
    """SQL pipeline settings (unverified).

    Attributes:
        pipeline_allow_start (bool | None | Unset): Whether a pipeline may start at this recipe.
        pipeline_allow_merge (bool | None | Unset): Whether the recipe may join a pipeline.
    """

    pipeline_allow_start: bool | None | Unset = UNSET
    pipeline_allow_merge: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_allow_start: bool | None | Unset
        if isinstance(self.pipeline_allow_start, Unset):
            pipeline_allow_start = UNSET
        else:
            pipeline_allow_start = self.pipeline_allow_start

        pipeline_allow_merge: bool | None | Unset
        if isinstance(self.pipeline_allow_merge, Unset):
            pipeline_allow_merge = UNSET
        else:
            pipeline_allow_merge = self.pipeline_allow_merge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline_allow_start is not UNSET:
            field_dict["pipelineAllowStart"] = pipeline_allow_start
        if pipeline_allow_merge is not UNSET:
            field_dict["pipelineAllowMerge"] = pipeline_allow_merge

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pipeline_allow_start(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pipeline_allow_start = _parse_pipeline_allow_start(
            d.pop("pipelineAllowStart", UNSET)
        )

        def _parse_pipeline_allow_merge(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pipeline_allow_merge = _parse_pipeline_allow_merge(
            d.pop("pipelineAllowMerge", UNSET)
        )

        recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0 = cls(
            pipeline_allow_start=pipeline_allow_start,
            pipeline_allow_merge=pipeline_allow_merge,
        )

        recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0.additional_properties = d
        return recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0

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
