from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_metrics_probes_item import DatasetMetricsProbesItem


T = TypeVar("T", bound="DatasetMetrics")


@_attrs_define
class DatasetMetrics:
    """How the dataset's metrics are computed (`probes`, each with a `type` and `enabled`);
    the official client reads neither this nor `metricsChecks`: unverified beyond the emulator's model.

        Attributes:
            probes (list[DatasetMetricsProbesItem] | Unset): The probes that compute metrics (`basic`, `records`,
                `col_stats`, ...).
    """

    probes: list[DatasetMetricsProbesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        probes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.probes, Unset):
            probes = []
            for probes_item_data in self.probes:
                probes_item = probes_item_data.to_dict()
                probes.append(probes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if probes is not UNSET:
            field_dict["probes"] = probes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_metrics_probes_item import DatasetMetricsProbesItem

        d = dict(src_dict)
        _probes = d.pop("probes", UNSET)
        probes: list[DatasetMetricsProbesItem] | Unset = UNSET
        if _probes is not UNSET:
            probes = []
            for probes_item_data in _probes:
                probes_item = DatasetMetricsProbesItem.from_dict(probes_item_data)

                probes.append(probes_item)

        dataset_metrics = cls(
            probes=probes,
        )

        dataset_metrics.additional_properties = d
        return dataset_metrics

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
