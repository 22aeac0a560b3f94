from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_params_columns import DriftParamsColumns


T = TypeVar("T", bound="DriftParams")


@_attrs_define
class DriftParams:
    """Parameters of a drift computation.

    Attributes:
        columns (DriftParamsColumns | Unset): Handling of columns, by name (the others are handled `AUTO`).
        nb_bins (int | Unset): Bins of the histograms of numerical columns.
        compute_histograms (bool | Unset): Whether the per-column results carry histograms.
        confidence_level (float | Unset): Level of the confidence interval of the drift model's accuracy.
    """

    columns: DriftParamsColumns | Unset = UNSET
    nb_bins: int | Unset = UNSET
    compute_histograms: bool | Unset = UNSET
    confidence_level: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns.to_dict()

        nb_bins = self.nb_bins

        compute_histograms = self.compute_histograms

        confidence_level = self.confidence_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if nb_bins is not UNSET:
            field_dict["nbBins"] = nb_bins
        if compute_histograms is not UNSET:
            field_dict["computeHistograms"] = compute_histograms
        if confidence_level is not UNSET:
            field_dict["confidenceLevel"] = confidence_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_params_columns import DriftParamsColumns

        d = dict(src_dict)
        _columns = d.pop("columns", UNSET)
        columns: DriftParamsColumns | Unset
        if isinstance(_columns, Unset):
            columns = UNSET
        else:
            columns = DriftParamsColumns.from_dict(_columns)

        nb_bins = d.pop("nbBins", UNSET)

        compute_histograms = d.pop("computeHistograms", UNSET)

        confidence_level = d.pop("confidenceLevel", UNSET)

        drift_params = cls(
            columns=columns,
            nb_bins=nb_bins,
            compute_histograms=compute_histograms,
            confidence_level=confidence_level,
        )

        drift_params.additional_properties = d
        return drift_params

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
