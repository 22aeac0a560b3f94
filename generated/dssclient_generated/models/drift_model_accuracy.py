from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DriftModelAccuracy")


@_attrs_define
class DriftModelAccuracy:
    """The accuracy of the drift model on its held-out rows, with its confidence interval.

    Attributes:
        value (float): Accuracy (0.5 when reference and current rows cannot be told apart).
        lower (float): Lower bound of the confidence interval.
        upper (float): Upper bound of the confidence interval.
        pvalue (float): P-value of a binomial test of the accuracy against 0.5.
    """

    value: float
    lower: float
    upper: float
    pvalue: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        lower = self.lower

        upper = self.upper

        pvalue = self.pvalue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "lower": lower,
                "upper": upper,
                "pvalue": pvalue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        value = d.pop("value")

        lower = d.pop("lower")

        upper = d.pop("upper")

        pvalue = d.pop("pvalue")

        drift_model_accuracy = cls(
            value=value,
            lower=lower,
            upper=upper,
            pvalue=pvalue,
        )

        drift_model_accuracy.additional_properties = d
        return drift_model_accuracy

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
