from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_metrics_settings_displayed_state_type_0 import (
        DatasetMetricsSettingsDisplayedStateType0,
    )
    from ..models.dataset_metrics_settings_engine_config_type_0 import (
        DatasetMetricsSettingsEngineConfigType0,
    )
    from ..models.metrics_probe import MetricsProbe


T = TypeVar("T", bound="DatasetMetricsSettings")


@_attrs_define
class DatasetMetricsSettings:
    """The metrics settings of a dataset (its `metrics`).

    Attributes:
        probes (list[MetricsProbe] | None | Unset): The probes, each computing some metrics.
        engine_config (DatasetMetricsSettingsEngineConfigType0 | None | Unset): How each engine computes the probes.
        displayed_state (DatasetMetricsSettingsDisplayedStateType0 | None | Unset): What the Status tab shows.
    """

    probes: list[MetricsProbe] | None | Unset = UNSET
    engine_config: DatasetMetricsSettingsEngineConfigType0 | None | Unset = UNSET
    displayed_state: DatasetMetricsSettingsDisplayedStateType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_metrics_settings_displayed_state_type_0 import (
            DatasetMetricsSettingsDisplayedStateType0,
        )
        from ..models.dataset_metrics_settings_engine_config_type_0 import (
            DatasetMetricsSettingsEngineConfigType0,
        )

        probes: list[dict[str, Any]] | None | Unset
        if isinstance(self.probes, Unset):
            probes = UNSET
        elif isinstance(self.probes, list):
            probes = []
            for probes_type_0_item_data in self.probes:
                probes_type_0_item = probes_type_0_item_data.to_dict()
                probes.append(probes_type_0_item)

        else:
            probes = self.probes

        engine_config: dict[str, Any] | None | Unset
        if isinstance(self.engine_config, Unset):
            engine_config = UNSET
        elif isinstance(self.engine_config, DatasetMetricsSettingsEngineConfigType0):
            engine_config = self.engine_config.to_dict()
        else:
            engine_config = self.engine_config

        displayed_state: dict[str, Any] | None | Unset
        if isinstance(self.displayed_state, Unset):
            displayed_state = UNSET
        elif isinstance(
            self.displayed_state, DatasetMetricsSettingsDisplayedStateType0
        ):
            displayed_state = self.displayed_state.to_dict()
        else:
            displayed_state = self.displayed_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if probes is not UNSET:
            field_dict["probes"] = probes
        if engine_config is not UNSET:
            field_dict["engineConfig"] = engine_config
        if displayed_state is not UNSET:
            field_dict["displayedState"] = displayed_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_metrics_settings_displayed_state_type_0 import (
            DatasetMetricsSettingsDisplayedStateType0,
        )
        from ..models.dataset_metrics_settings_engine_config_type_0 import (
            DatasetMetricsSettingsEngineConfigType0,
        )
        from ..models.metrics_probe import MetricsProbe

        d = dict(src_dict)

        def _parse_probes(data: object) -> list[MetricsProbe] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                probes_type_0 = []
                _probes_type_0 = data
                for probes_type_0_item_data in _probes_type_0:
                    probes_type_0_item = MetricsProbe.from_dict(probes_type_0_item_data)

                    probes_type_0.append(probes_type_0_item)

                return probes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricsProbe] | None | Unset, data)

        probes = _parse_probes(d.pop("probes", UNSET))

        def _parse_engine_config(
            data: object,
        ) -> DatasetMetricsSettingsEngineConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                engine_config_type_0 = (
                    DatasetMetricsSettingsEngineConfigType0.from_dict(data)
                )

                return engine_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetMetricsSettingsEngineConfigType0 | None | Unset, data)

        engine_config = _parse_engine_config(d.pop("engineConfig", UNSET))

        def _parse_displayed_state(
            data: object,
        ) -> DatasetMetricsSettingsDisplayedStateType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                displayed_state_type_0 = (
                    DatasetMetricsSettingsDisplayedStateType0.from_dict(data)
                )

                return displayed_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetMetricsSettingsDisplayedStateType0 | None | Unset, data)

        displayed_state = _parse_displayed_state(d.pop("displayedState", UNSET))

        dataset_metrics_settings = cls(
            probes=probes,
            engine_config=engine_config,
            displayed_state=displayed_state,
        )

        dataset_metrics_settings.additional_properties = d
        return dataset_metrics_settings

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
