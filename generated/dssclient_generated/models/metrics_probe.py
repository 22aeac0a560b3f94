from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics_probe_configuration_type_0 import (
        MetricsProbeConfigurationType0,
    )
    from ..models.metrics_probe_meta_type_0 import MetricsProbeMetaType0


T = TypeVar("T", bound="MetricsProbe")


@_attrs_define
class MetricsProbe:
    """A probe, which computes some metrics of a dataset.

    Attributes:
        type_ (str): What the probe computes: `basic` (columns, files, size), `records`
            (record count), `col_stats` (column statistics), `python`, `sql_query`, ...
        enabled (bool | None | Unset): Whether the probe computes anything.
        compute_on_build_mode (None | str | Unset): Whether each build of the dataset computes the probe's metrics:
            `NO`, or `PARTITION` (on the partition built).
        meta (MetricsProbeMetaType0 | None | Unset): The probe's display `name` and `level`.
        configuration (MetricsProbeConfigurationType0 | None | Unset): Probe-specific settings.
    """

    type_: str
    enabled: bool | None | Unset = UNSET
    compute_on_build_mode: None | str | Unset = UNSET
    meta: MetricsProbeMetaType0 | None | Unset = UNSET
    configuration: MetricsProbeConfigurationType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metrics_probe_configuration_type_0 import (
            MetricsProbeConfigurationType0,
        )
        from ..models.metrics_probe_meta_type_0 import MetricsProbeMetaType0

        type_ = self.type_

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        compute_on_build_mode: None | str | Unset
        if isinstance(self.compute_on_build_mode, Unset):
            compute_on_build_mode = UNSET
        else:
            compute_on_build_mode = self.compute_on_build_mode

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, MetricsProbeMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, MetricsProbeConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if compute_on_build_mode is not UNSET:
            field_dict["computeOnBuildMode"] = compute_on_build_mode
        if meta is not UNSET:
            field_dict["meta"] = meta
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_probe_configuration_type_0 import (
            MetricsProbeConfigurationType0,
        )
        from ..models.metrics_probe_meta_type_0 import MetricsProbeMetaType0

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_compute_on_build_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compute_on_build_mode = _parse_compute_on_build_mode(
            d.pop("computeOnBuildMode", UNSET)
        )

        def _parse_meta(data: object) -> MetricsProbeMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = MetricsProbeMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsProbeMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_configuration(
            data: object,
        ) -> MetricsProbeConfigurationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = MetricsProbeConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsProbeConfigurationType0 | None | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        metrics_probe = cls(
            type_=type_,
            enabled=enabled,
            compute_on_build_mode=compute_on_build_mode,
            meta=meta,
            configuration=configuration,
        )

        metrics_probe.additional_properties = d
        return metrics_probe

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
