from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskSettingsEvaluationParams")


@_attrs_define
class MLTaskSettingsEvaluationParams:
    """How a forecasting task's models are evaluated.

    Attributes:
        test_size (int | Unset): Time steps of the test set.
        gap_size (int | Unset): Time steps skipped between the train and test sets.
    """

    test_size: int | Unset = UNSET
    gap_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_size = self.test_size

        gap_size = self.gap_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_size is not UNSET:
            field_dict["testSize"] = test_size
        if gap_size is not UNSET:
            field_dict["gapSize"] = gap_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        test_size = d.pop("testSize", UNSET)

        gap_size = d.pop("gapSize", UNSET)

        ml_task_settings_evaluation_params = cls(
            test_size=test_size,
            gap_size=gap_size,
        )

        ml_task_settings_evaluation_params.additional_properties = d
        return ml_task_settings_evaluation_params

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
