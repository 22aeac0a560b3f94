from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskAssertionCondition")


@_attrs_define
class MLTaskAssertionCondition:
    """The condition an assertion checks on the predictions of its rows.

    Attributes:
        expected_valid_ratio (float | Unset): The ratio of valid rows the assertion needs.
        expected_class (str | Unset): The class valid rows are predicted as (classification).
        expected_min_value (float | Unset): The lower bound (included) of valid predictions (regression).
        expected_max_value (float | Unset): The upper bound (included) of valid predictions (regression).
    """

    expected_valid_ratio: float | Unset = UNSET
    expected_class: str | Unset = UNSET
    expected_min_value: float | Unset = UNSET
    expected_max_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_valid_ratio = self.expected_valid_ratio

        expected_class = self.expected_class

        expected_min_value = self.expected_min_value

        expected_max_value = self.expected_max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected_valid_ratio is not UNSET:
            field_dict["expectedValidRatio"] = expected_valid_ratio
        if expected_class is not UNSET:
            field_dict["expectedClass"] = expected_class
        if expected_min_value is not UNSET:
            field_dict["expectedMinValue"] = expected_min_value
        if expected_max_value is not UNSET:
            field_dict["expectedMaxValue"] = expected_max_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expected_valid_ratio = d.pop("expectedValidRatio", UNSET)

        expected_class = d.pop("expectedClass", UNSET)

        expected_min_value = d.pop("expectedMinValue", UNSET)

        expected_max_value = d.pop("expectedMaxValue", UNSET)

        ml_task_assertion_condition = cls(
            expected_valid_ratio=expected_valid_ratio,
            expected_class=expected_class,
            expected_min_value=expected_min_value,
            expected_max_value=expected_max_value,
        )

        ml_task_assertion_condition.additional_properties = d
        return ml_task_assertion_condition

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
