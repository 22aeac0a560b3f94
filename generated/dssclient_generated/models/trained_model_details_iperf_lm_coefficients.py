from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsIperfLmCoefficients")


@_attrs_define
class TrainedModelDetailsIperfLmCoefficients:
    """A linear model's coefficients (regressions, binary logistic regression), zero coefficients left out. DSS may add
    significance figures (`stderr`, `tstat`, `pvalue`, `interceptStderr`, ...) that the emulator does not compute.

        Attributes:
            variables (list[str] | Unset): The preprocessed features' names.
            coefs (list[float] | Unset): Their coefficients on the rescaled features.
            rescaled_coefs (list[float] | Unset): Their coefficients on the features in their own units.
            intercept_coef (float | Unset): The intercept on the rescaled features.
            rescaled_intercept_coef (float | Unset): The intercept on the features in their own units.
    """

    variables: list[str] | Unset = UNSET
    coefs: list[float] | Unset = UNSET
    rescaled_coefs: list[float] | Unset = UNSET
    intercept_coef: float | Unset = UNSET
    rescaled_intercept_coef: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variables: list[str] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        coefs: list[float] | Unset = UNSET
        if not isinstance(self.coefs, Unset):
            coefs = self.coefs

        rescaled_coefs: list[float] | Unset = UNSET
        if not isinstance(self.rescaled_coefs, Unset):
            rescaled_coefs = self.rescaled_coefs

        intercept_coef = self.intercept_coef

        rescaled_intercept_coef = self.rescaled_intercept_coef

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variables is not UNSET:
            field_dict["variables"] = variables
        if coefs is not UNSET:
            field_dict["coefs"] = coefs
        if rescaled_coefs is not UNSET:
            field_dict["rescaledCoefs"] = rescaled_coefs
        if intercept_coef is not UNSET:
            field_dict["interceptCoef"] = intercept_coef
        if rescaled_intercept_coef is not UNSET:
            field_dict["rescaledInterceptCoef"] = rescaled_intercept_coef

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        variables = cast(list[str], d.pop("variables", UNSET))

        coefs = cast(list[float], d.pop("coefs", UNSET))

        rescaled_coefs = cast(list[float], d.pop("rescaledCoefs", UNSET))

        intercept_coef = d.pop("interceptCoef", UNSET)

        rescaled_intercept_coef = d.pop("rescaledInterceptCoef", UNSET)

        trained_model_details_iperf_lm_coefficients = cls(
            variables=variables,
            coefs=coefs,
            rescaled_coefs=rescaled_coefs,
            intercept_coef=intercept_coef,
            rescaled_intercept_coef=rescaled_intercept_coef,
        )

        trained_model_details_iperf_lm_coefficients.additional_properties = d
        return trained_model_details_iperf_lm_coefficients

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
