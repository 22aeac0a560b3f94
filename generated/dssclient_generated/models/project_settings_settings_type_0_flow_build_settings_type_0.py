from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettingsSettingsType0FlowBuildSettingsType0")


@_attrs_define
class ProjectSettingsSettingsType0FlowBuildSettingsType0:
    """How jobs build the flow (unverified).

    Attributes:
        merge_spark_pipelines (bool | None | Unset): Merge consecutive Spark recipes into one pipeline (unverified).
        merge_sql_pipelines (bool | None | Unset): Merge consecutive SQL recipes into one pipeline (unverified).
    """

    merge_spark_pipelines: bool | None | Unset = UNSET
    merge_sql_pipelines: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merge_spark_pipelines: bool | None | Unset
        if isinstance(self.merge_spark_pipelines, Unset):
            merge_spark_pipelines = UNSET
        else:
            merge_spark_pipelines = self.merge_spark_pipelines

        merge_sql_pipelines: bool | None | Unset
        if isinstance(self.merge_sql_pipelines, Unset):
            merge_sql_pipelines = UNSET
        else:
            merge_sql_pipelines = self.merge_sql_pipelines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merge_spark_pipelines is not UNSET:
            field_dict["mergeSparkPipelines"] = merge_spark_pipelines
        if merge_sql_pipelines is not UNSET:
            field_dict["mergeSqlPipelines"] = merge_sql_pipelines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_merge_spark_pipelines(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        merge_spark_pipelines = _parse_merge_spark_pipelines(
            d.pop("mergeSparkPipelines", UNSET)
        )

        def _parse_merge_sql_pipelines(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        merge_sql_pipelines = _parse_merge_sql_pipelines(
            d.pop("mergeSqlPipelines", UNSET)
        )

        project_settings_settings_type_0_flow_build_settings_type_0 = cls(
            merge_spark_pipelines=merge_spark_pipelines,
            merge_sql_pipelines=merge_sql_pipelines,
        )

        project_settings_settings_type_0_flow_build_settings_type_0.additional_properties = d
        return project_settings_settings_type_0_flow_build_settings_type_0

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
