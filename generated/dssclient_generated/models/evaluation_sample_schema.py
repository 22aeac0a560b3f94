from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_sample_schema_columns_item import (
        EvaluationSampleSchemaColumnsItem,
    )


T = TypeVar("T", bound="EvaluationSampleSchema")


@_attrs_define
class EvaluationSampleSchema:
    """The columns of an evaluation's sample.

    Attributes:
        columns (list[EvaluationSampleSchemaColumnsItem]): The columns.
    """

    columns: list[EvaluationSampleSchemaColumnsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_sample_schema_columns_item import (
            EvaluationSampleSchemaColumnsItem,
        )

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = EvaluationSampleSchemaColumnsItem.from_dict(
                columns_item_data
            )

            columns.append(columns_item)

        evaluation_sample_schema = cls(
            columns=columns,
        )

        evaluation_sample_schema.additional_properties = d
        return evaluation_sample_schema

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
