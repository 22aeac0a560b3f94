from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnivariateColumnDrift")


@_attrs_define
class UnivariateColumnDrift:
    """The drift of one column, comparing its distributions.

    Attributes:
        name (str | Unset): The column.
        column_type (str | Unset): `NUMERICAL` or `CATEGORICAL`.
        population_stability_index (float | Unset): PSI of the column's binned distributions.
        ks_test_statistic (float | None | Unset): Two-sample Kolmogorov-Smirnov statistic (numerical columns).
        ks_test_pvalue (float | None | Unset): Its p-value (numerical columns).
        chi_square_test_statistic (float | None | Unset): Chi-square statistic of the contingency table (categorical
            columns).
        chi_square_test_pvalue (float | None | Unset): Its p-value (categorical columns).
    """

    name: str | Unset = UNSET
    column_type: str | Unset = UNSET
    population_stability_index: float | Unset = UNSET
    ks_test_statistic: float | None | Unset = UNSET
    ks_test_pvalue: float | None | Unset = UNSET
    chi_square_test_statistic: float | None | Unset = UNSET
    chi_square_test_pvalue: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        column_type = self.column_type

        population_stability_index = self.population_stability_index

        ks_test_statistic: float | None | Unset
        if isinstance(self.ks_test_statistic, Unset):
            ks_test_statistic = UNSET
        else:
            ks_test_statistic = self.ks_test_statistic

        ks_test_pvalue: float | None | Unset
        if isinstance(self.ks_test_pvalue, Unset):
            ks_test_pvalue = UNSET
        else:
            ks_test_pvalue = self.ks_test_pvalue

        chi_square_test_statistic: float | None | Unset
        if isinstance(self.chi_square_test_statistic, Unset):
            chi_square_test_statistic = UNSET
        else:
            chi_square_test_statistic = self.chi_square_test_statistic

        chi_square_test_pvalue: float | None | Unset
        if isinstance(self.chi_square_test_pvalue, Unset):
            chi_square_test_pvalue = UNSET
        else:
            chi_square_test_pvalue = self.chi_square_test_pvalue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if column_type is not UNSET:
            field_dict["columnType"] = column_type
        if population_stability_index is not UNSET:
            field_dict["populationStabilityIndex"] = population_stability_index
        if ks_test_statistic is not UNSET:
            field_dict["ksTestStatistic"] = ks_test_statistic
        if ks_test_pvalue is not UNSET:
            field_dict["ksTestPvalue"] = ks_test_pvalue
        if chi_square_test_statistic is not UNSET:
            field_dict["chiSquareTestStatistic"] = chi_square_test_statistic
        if chi_square_test_pvalue is not UNSET:
            field_dict["chiSquareTestPvalue"] = chi_square_test_pvalue

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        column_type = d.pop("columnType", UNSET)

        population_stability_index = d.pop("populationStabilityIndex", UNSET)

        def _parse_ks_test_statistic(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ks_test_statistic = _parse_ks_test_statistic(d.pop("ksTestStatistic", UNSET))

        def _parse_ks_test_pvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ks_test_pvalue = _parse_ks_test_pvalue(d.pop("ksTestPvalue", UNSET))

        def _parse_chi_square_test_statistic(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        chi_square_test_statistic = _parse_chi_square_test_statistic(
            d.pop("chiSquareTestStatistic", UNSET)
        )

        def _parse_chi_square_test_pvalue(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        chi_square_test_pvalue = _parse_chi_square_test_pvalue(
            d.pop("chiSquareTestPvalue", UNSET)
        )

        univariate_column_drift = cls(
            name=name,
            column_type=column_type,
            population_stability_index=population_stability_index,
            ks_test_statistic=ks_test_statistic,
            ks_test_pvalue=ks_test_pvalue,
            chi_square_test_statistic=chi_square_test_statistic,
            chi_square_test_pvalue=chi_square_test_pvalue,
        )

        univariate_column_drift.additional_properties = d
        return univariate_column_drift

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
