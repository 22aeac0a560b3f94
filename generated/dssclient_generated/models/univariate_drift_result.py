from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.univariate_drift_result_columns import UnivariateDriftResultColumns


T = TypeVar("T", bound="UnivariateDriftResult")


@_attrs_define
class UnivariateDriftResult:
    """Per-column drift.

    Attributes:
        columns (UnivariateDriftResultColumns): The drift of each column, by name.
    """

    columns: UnivariateDriftResultColumns
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns.to_dict()

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
        from ..models.univariate_drift_result_columns import (
            UnivariateDriftResultColumns,
        )

        d = dict(src_dict)
        columns = UnivariateDriftResultColumns.from_dict(d.pop("columns"))

        univariate_drift_result = cls(
            columns=columns,
        )

        univariate_drift_result.additional_properties = d
        return univariate_drift_result

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
