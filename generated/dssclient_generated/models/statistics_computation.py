from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.statistics_computation_computations_type_0_item import (
        StatisticsComputationComputationsType0Item,
    )


T = TypeVar("T", bound="StatisticsComputation")


@_attrs_define
class StatisticsComputation:
    """A computation (unverified): its `type` and arguments (`column`, `xColumn`/`yColumn`,
    `freqs`, `computations` for `multi`, ...).

        Attributes:
            type_ (str): The kind of computation.
            column (None | str | Unset): The column of a univariate computation.
            x_column (None | str | Unset): The first column of a bivariate computation.
            y_column (None | str | Unset): The second column of a bivariate computation.
            freqs (list[float] | None | Unset): The frequencies of a `quantiles` computation, each in [0, 1].
            n (int | None | Unset): How many values a `top_n` computation keeps.
            nb_bins (int | None | Unset): The number of bins of a `histogram`.
            hypothesized_mean (float | None | Unset): The mean a `ttest_1samp` tests against.
            computations (list[StatisticsComputationComputationsType0Item] | None | Unset): The computations of a `multi`
                computation.
    """

    type_: str
    column: None | str | Unset = UNSET
    x_column: None | str | Unset = UNSET
    y_column: None | str | Unset = UNSET
    freqs: list[float] | None | Unset = UNSET
    n: int | None | Unset = UNSET
    nb_bins: int | None | Unset = UNSET
    hypothesized_mean: float | None | Unset = UNSET
    computations: list[StatisticsComputationComputationsType0Item] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        column: None | str | Unset
        if isinstance(self.column, Unset):
            column = UNSET
        else:
            column = self.column

        x_column: None | str | Unset
        if isinstance(self.x_column, Unset):
            x_column = UNSET
        else:
            x_column = self.x_column

        y_column: None | str | Unset
        if isinstance(self.y_column, Unset):
            y_column = UNSET
        else:
            y_column = self.y_column

        freqs: list[float] | None | Unset
        if isinstance(self.freqs, Unset):
            freqs = UNSET
        elif isinstance(self.freqs, list):
            freqs = self.freqs

        else:
            freqs = self.freqs

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        nb_bins: int | None | Unset
        if isinstance(self.nb_bins, Unset):
            nb_bins = UNSET
        else:
            nb_bins = self.nb_bins

        hypothesized_mean: float | None | Unset
        if isinstance(self.hypothesized_mean, Unset):
            hypothesized_mean = UNSET
        else:
            hypothesized_mean = self.hypothesized_mean

        computations: list[dict[str, Any]] | None | Unset
        if isinstance(self.computations, Unset):
            computations = UNSET
        elif isinstance(self.computations, list):
            computations = []
            for computations_type_0_item_data in self.computations:
                computations_type_0_item = computations_type_0_item_data.to_dict()
                computations.append(computations_type_0_item)

        else:
            computations = self.computations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if column is not UNSET:
            field_dict["column"] = column
        if x_column is not UNSET:
            field_dict["xColumn"] = x_column
        if y_column is not UNSET:
            field_dict["yColumn"] = y_column
        if freqs is not UNSET:
            field_dict["freqs"] = freqs
        if n is not UNSET:
            field_dict["n"] = n
        if nb_bins is not UNSET:
            field_dict["nbBins"] = nb_bins
        if hypothesized_mean is not UNSET:
            field_dict["hypothesizedMean"] = hypothesized_mean
        if computations is not UNSET:
            field_dict["computations"] = computations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.statistics_computation_computations_type_0_item import (
            StatisticsComputationComputationsType0Item,
        )

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        column = _parse_column(d.pop("column", UNSET))

        def _parse_x_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_column = _parse_x_column(d.pop("xColumn", UNSET))

        def _parse_y_column(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        y_column = _parse_y_column(d.pop("yColumn", UNSET))

        def _parse_freqs(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                freqs_type_0 = cast(list[float], data)

                return freqs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        freqs = _parse_freqs(d.pop("freqs", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_nb_bins(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_bins = _parse_nb_bins(d.pop("nbBins", UNSET))

        def _parse_hypothesized_mean(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hypothesized_mean = _parse_hypothesized_mean(d.pop("hypothesizedMean", UNSET))

        def _parse_computations(
            data: object,
        ) -> list[StatisticsComputationComputationsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                computations_type_0 = []
                _computations_type_0 = data
                for computations_type_0_item_data in _computations_type_0:
                    computations_type_0_item = (
                        StatisticsComputationComputationsType0Item.from_dict(
                            computations_type_0_item_data
                        )
                    )

                    computations_type_0.append(computations_type_0_item)

                return computations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[StatisticsComputationComputationsType0Item] | None | Unset, data
            )

        computations = _parse_computations(d.pop("computations", UNSET))

        statistics_computation = cls(
            type_=type_,
            column=column,
            x_column=x_column,
            y_column=y_column,
            freqs=freqs,
            n=n,
            nb_bins=nb_bins,
            hypothesized_mean=hypothesized_mean,
            computations=computations,
        )

        statistics_computation.additional_properties = d
        return statistics_computation

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
