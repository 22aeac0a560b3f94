from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DriftModelResultDriftVersusImportance")


@_attrs_define
class DriftModelResultDriftVersusImportance:
    """Each column's importance in the drift model.

    Attributes:
        columns (list[str] | Unset): The columns.
        column_drift_scores (list[float] | Unset): The importance of each column in the drift model, in the order of
            `columns`.
    """

    columns: list[str] | Unset = UNSET
    column_drift_scores: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        column_drift_scores: list[float] | Unset = UNSET
        if not isinstance(self.column_drift_scores, Unset):
            column_drift_scores = self.column_drift_scores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if column_drift_scores is not UNSET:
            field_dict["columnDriftScores"] = column_drift_scores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns", UNSET))

        column_drift_scores = cast(list[float], d.pop("columnDriftScores", UNSET))

        drift_model_result_drift_versus_importance = cls(
            columns=columns,
            column_drift_scores=column_drift_scores,
        )

        drift_model_result_drift_versus_importance.additional_properties = d
        return drift_model_result_drift_versus_importance

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
