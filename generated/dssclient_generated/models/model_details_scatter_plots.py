from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_details_scatter_plots_features import (
        ModelDetailsScatterPlotsFeatures,
    )


T = TypeVar("T", bound="ModelDetailsScatterPlots")


@_attrs_define
class ModelDetailsScatterPlots:
    """A sample of a clustering model's rows, to plot one feature against another.

    Attributes:
        features (ModelDetailsScatterPlotsFeatures): Values of each feature on the sampled rows.
        cluster (list[str]): Cluster of each sampled row.
    """

    features: ModelDetailsScatterPlotsFeatures
    cluster: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features = self.features.to_dict()

        cluster = self.cluster

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "features": features,
                "cluster": cluster,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_scatter_plots_features import (
            ModelDetailsScatterPlotsFeatures,
        )

        d = dict(src_dict)
        features = ModelDetailsScatterPlotsFeatures.from_dict(d.pop("features"))

        cluster = cast(list[str], d.pop("cluster"))

        model_details_scatter_plots = cls(
            features=features,
            cluster=cluster,
        )

        model_details_scatter_plots.additional_properties = d
        return model_details_scatter_plots

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
