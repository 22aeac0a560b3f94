from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PredictionDriftResult")


@_attrs_define
class PredictionDriftResult:
    """The drift of the prediction column.

    Attributes:
        chi_square_test_pvalue (float | None | Unset): P-value of the chi-square test (classification).
        ks_test_pvalue (float | None | Unset): P-value of the Kolmogorov-Smirnov test (regression).
        population_stability_index (float | None | Unset): PSI of the predictions' distributions.
    """

    chi_square_test_pvalue: float | None | Unset = UNSET
    ks_test_pvalue: float | None | Unset = UNSET
    population_stability_index: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chi_square_test_pvalue: float | None | Unset
        if isinstance(self.chi_square_test_pvalue, Unset):
            chi_square_test_pvalue = UNSET
        else:
            chi_square_test_pvalue = self.chi_square_test_pvalue

        ks_test_pvalue: float | None | Unset
        if isinstance(self.ks_test_pvalue, Unset):
            ks_test_pvalue = UNSET
        else:
            ks_test_pvalue = self.ks_test_pvalue

        population_stability_index: float | None | Unset
        if isinstance(self.population_stability_index, Unset):
            population_stability_index = UNSET
        else:
            population_stability_index = self.population_stability_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chi_square_test_pvalue is not UNSET:
            field_dict["chiSquareTestPvalue"] = chi_square_test_pvalue
        if ks_test_pvalue is not UNSET:
            field_dict["ksTestPvalue"] = ks_test_pvalue
        if population_stability_index is not UNSET:
            field_dict["populationStabilityIndex"] = population_stability_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_chi_square_test_pvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        chi_square_test_pvalue = _parse_chi_square_test_pvalue(
            d.pop("chiSquareTestPvalue", UNSET)
        )

        def _parse_ks_test_pvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ks_test_pvalue = _parse_ks_test_pvalue(d.pop("ksTestPvalue", UNSET))

        def _parse_population_stability_index(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        population_stability_index = _parse_population_stability_index(
            d.pop("populationStabilityIndex", UNSET)
        )

        prediction_drift_result = cls(
            chi_square_test_pvalue=chi_square_test_pvalue,
            ks_test_pvalue=ks_test_pvalue,
            population_stability_index=population_stability_index,
        )

        prediction_drift_result.additional_properties = d
        return prediction_drift_result

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
