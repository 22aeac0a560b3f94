from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_probe import MetricsProbe


T = TypeVar("T", bound="EvaluationStoreSettingsMetrics")


@_attrs_define
class EvaluationStoreSettingsMetrics:
    """The metrics (probes) computed on the store's evaluations.

    Attributes:
        probes (list[MetricsProbe] | Unset): The probes.
    """

    probes: list[MetricsProbe] | Unset = UNSET
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
        from ..models.metrics_probe import MetricsProbe

        d = dict(src_dict)
        _probes = d.pop("probes", UNSET)
        probes: list[MetricsProbe] | Unset = UNSET
        if _probes is not UNSET:
            probes = []
            for probes_item_data in _probes:
                probes_item = MetricsProbe.from_dict(probes_item_data)

                probes.append(probes_item)

        evaluation_store_settings_metrics = cls(
            probes=probes,
        )

        evaluation_store_settings_metrics.additional_properties = d
        return evaluation_store_settings_metrics

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
