from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_metrics_settings_engine_config_type_0_dss_type_0 import (
        DatasetMetricsSettingsEngineConfigType0DssType0,
    )
    from ..models.metrics_engine_toggle_type_0 import MetricsEngineToggleType0


T = TypeVar("T", bound="DatasetMetricsSettingsEngineConfigType0")


@_attrs_define
class DatasetMetricsSettingsEngineConfigType0:
    """How each engine computes the probes.

    Attributes:
        pad_runs_with_metrics (bool | None | Unset): Whether each run records every metric, repeating the last value of
            those not computed.
        dss (DatasetMetricsSettingsEngineConfigType0DssType0 | None | Unset): DSS's own engine, and the sample it
            computes on.
        sql (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
        hive (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
        impala (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
        spark (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
        python (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
        basic (MetricsEngineToggleType0 | None | Unset): Whether one engine may compute the probes, and its extra
            configuration.
    """

    pad_runs_with_metrics: bool | None | Unset = UNSET
    dss: DatasetMetricsSettingsEngineConfigType0DssType0 | None | Unset = UNSET
    sql: MetricsEngineToggleType0 | None | Unset = UNSET
    hive: MetricsEngineToggleType0 | None | Unset = UNSET
    impala: MetricsEngineToggleType0 | None | Unset = UNSET
    spark: MetricsEngineToggleType0 | None | Unset = UNSET
    python: MetricsEngineToggleType0 | None | Unset = UNSET
    basic: MetricsEngineToggleType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_metrics_settings_engine_config_type_0_dss_type_0 import (
            DatasetMetricsSettingsEngineConfigType0DssType0,
        )
        from ..models.metrics_engine_toggle_type_0 import MetricsEngineToggleType0

        pad_runs_with_metrics: bool | None | Unset
        if isinstance(self.pad_runs_with_metrics, Unset):
            pad_runs_with_metrics = UNSET
        else:
            pad_runs_with_metrics = self.pad_runs_with_metrics

        dss: dict[str, Any] | None | Unset
        if isinstance(self.dss, Unset):
            dss = UNSET
        elif isinstance(self.dss, DatasetMetricsSettingsEngineConfigType0DssType0):
            dss = self.dss.to_dict()
        else:
            dss = self.dss

        sql: dict[str, Any] | None | Unset
        if isinstance(self.sql, Unset):
            sql = UNSET
        elif isinstance(self.sql, MetricsEngineToggleType0):
            sql = self.sql.to_dict()
        else:
            sql = self.sql

        hive: dict[str, Any] | None | Unset
        if isinstance(self.hive, Unset):
            hive = UNSET
        elif isinstance(self.hive, MetricsEngineToggleType0):
            hive = self.hive.to_dict()
        else:
            hive = self.hive

        impala: dict[str, Any] | None | Unset
        if isinstance(self.impala, Unset):
            impala = UNSET
        elif isinstance(self.impala, MetricsEngineToggleType0):
            impala = self.impala.to_dict()
        else:
            impala = self.impala

        spark: dict[str, Any] | None | Unset
        if isinstance(self.spark, Unset):
            spark = UNSET
        elif isinstance(self.spark, MetricsEngineToggleType0):
            spark = self.spark.to_dict()
        else:
            spark = self.spark

        python: dict[str, Any] | None | Unset
        if isinstance(self.python, Unset):
            python = UNSET
        elif isinstance(self.python, MetricsEngineToggleType0):
            python = self.python.to_dict()
        else:
            python = self.python

        basic: dict[str, Any] | None | Unset
        if isinstance(self.basic, Unset):
            basic = UNSET
        elif isinstance(self.basic, MetricsEngineToggleType0):
            basic = self.basic.to_dict()
        else:
            basic = self.basic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pad_runs_with_metrics is not UNSET:
            field_dict["padRunsWithMetrics"] = pad_runs_with_metrics
        if dss is not UNSET:
            field_dict["dss"] = dss
        if sql is not UNSET:
            field_dict["sql"] = sql
        if hive is not UNSET:
            field_dict["hive"] = hive
        if impala is not UNSET:
            field_dict["impala"] = impala
        if spark is not UNSET:
            field_dict["spark"] = spark
        if python is not UNSET:
            field_dict["python"] = python
        if basic is not UNSET:
            field_dict["basic"] = basic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_metrics_settings_engine_config_type_0_dss_type_0 import (
            DatasetMetricsSettingsEngineConfigType0DssType0,
        )
        from ..models.metrics_engine_toggle_type_0 import MetricsEngineToggleType0

        d = dict(src_dict)

        def _parse_pad_runs_with_metrics(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pad_runs_with_metrics = _parse_pad_runs_with_metrics(
            d.pop("padRunsWithMetrics", UNSET)
        )

        def _parse_dss(
            data: object,
        ) -> DatasetMetricsSettingsEngineConfigType0DssType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dss_type_0 = DatasetMetricsSettingsEngineConfigType0DssType0.from_dict(
                    data
                )

                return dss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DatasetMetricsSettingsEngineConfigType0DssType0 | None | Unset, data
            )

        dss = _parse_dss(d.pop("dss", UNSET))

        def _parse_sql(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        sql = _parse_sql(d.pop("sql", UNSET))

        def _parse_hive(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        hive = _parse_hive(d.pop("hive", UNSET))

        def _parse_impala(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        impala = _parse_impala(d.pop("impala", UNSET))

        def _parse_spark(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        spark = _parse_spark(d.pop("spark", UNSET))

        def _parse_python(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        python = _parse_python(d.pop("python", UNSET))

        def _parse_basic(data: object) -> MetricsEngineToggleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metrics_engine_toggle_type_0 = (
                    MetricsEngineToggleType0.from_dict(data)
                )

                return componentsschemas_metrics_engine_toggle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetricsEngineToggleType0 | None | Unset, data)

        basic = _parse_basic(d.pop("basic", UNSET))

        dataset_metrics_settings_engine_config_type_0 = cls(
            pad_runs_with_metrics=pad_runs_with_metrics,
            dss=dss,
            sql=sql,
            hive=hive,
            impala=impala,
            spark=spark,
            python=python,
            basic=basic,
        )

        dataset_metrics_settings_engine_config_type_0.additional_properties = d
        return dataset_metrics_settings_engine_config_type_0

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
