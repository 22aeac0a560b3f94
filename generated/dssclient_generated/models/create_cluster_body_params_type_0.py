from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_subsystem_settings import ClusterSubsystemSettings
    from ..models.create_cluster_body_params_type_0_config_type_0 import (
        CreateClusterBodyParamsType0ConfigType0,
    )


T = TypeVar("T", bound="CreateClusterBodyParamsType0")


@_attrs_define
class CreateClusterBodyParamsType0:
    """Parameters of the cluster type. A `manual` Hadoop cluster has `hadoopSettings`,
    `hiveSettings`, `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of
    `key`, `value`); a managed cluster has the plugin's own keys.

        Attributes:
            hadoop_settings (ClusterSubsystemSettings | None | Unset): Settings of Hadoop.
            hive_settings (ClusterSubsystemSettings | None | Unset): Settings of Hive.
            impala_settings (ClusterSubsystemSettings | None | Unset): Settings of Impala.
            spark_settings (ClusterSubsystemSettings | None | Unset): Settings of Spark.
            kubernetes_settings (ClusterSubsystemSettings | None | Unset): Settings of Kubernetes.
            config (CreateClusterBodyParamsType0ConfigType0 | None | Unset): The plugin's settings, for a cluster a plugin
                manages (unverified).
    """

    hadoop_settings: ClusterSubsystemSettings | None | Unset = UNSET
    hive_settings: ClusterSubsystemSettings | None | Unset = UNSET
    impala_settings: ClusterSubsystemSettings | None | Unset = UNSET
    spark_settings: ClusterSubsystemSettings | None | Unset = UNSET
    kubernetes_settings: ClusterSubsystemSettings | None | Unset = UNSET
    config: CreateClusterBodyParamsType0ConfigType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_subsystem_settings import ClusterSubsystemSettings
        from ..models.create_cluster_body_params_type_0_config_type_0 import (
            CreateClusterBodyParamsType0ConfigType0,
        )

        hadoop_settings: dict[str, Any] | None | Unset
        if isinstance(self.hadoop_settings, Unset):
            hadoop_settings = UNSET
        elif isinstance(self.hadoop_settings, ClusterSubsystemSettings):
            hadoop_settings = self.hadoop_settings.to_dict()
        else:
            hadoop_settings = self.hadoop_settings

        hive_settings: dict[str, Any] | None | Unset
        if isinstance(self.hive_settings, Unset):
            hive_settings = UNSET
        elif isinstance(self.hive_settings, ClusterSubsystemSettings):
            hive_settings = self.hive_settings.to_dict()
        else:
            hive_settings = self.hive_settings

        impala_settings: dict[str, Any] | None | Unset
        if isinstance(self.impala_settings, Unset):
            impala_settings = UNSET
        elif isinstance(self.impala_settings, ClusterSubsystemSettings):
            impala_settings = self.impala_settings.to_dict()
        else:
            impala_settings = self.impala_settings

        spark_settings: dict[str, Any] | None | Unset
        if isinstance(self.spark_settings, Unset):
            spark_settings = UNSET
        elif isinstance(self.spark_settings, ClusterSubsystemSettings):
            spark_settings = self.spark_settings.to_dict()
        else:
            spark_settings = self.spark_settings

        kubernetes_settings: dict[str, Any] | None | Unset
        if isinstance(self.kubernetes_settings, Unset):
            kubernetes_settings = UNSET
        elif isinstance(self.kubernetes_settings, ClusterSubsystemSettings):
            kubernetes_settings = self.kubernetes_settings.to_dict()
        else:
            kubernetes_settings = self.kubernetes_settings

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, CreateClusterBodyParamsType0ConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hadoop_settings is not UNSET:
            field_dict["hadoopSettings"] = hadoop_settings
        if hive_settings is not UNSET:
            field_dict["hiveSettings"] = hive_settings
        if impala_settings is not UNSET:
            field_dict["impalaSettings"] = impala_settings
        if spark_settings is not UNSET:
            field_dict["sparkSettings"] = spark_settings
        if kubernetes_settings is not UNSET:
            field_dict["kubernetesSettings"] = kubernetes_settings
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_subsystem_settings import ClusterSubsystemSettings
        from ..models.create_cluster_body_params_type_0_config_type_0 import (
            CreateClusterBodyParamsType0ConfigType0,
        )

        d = dict(src_dict)

        def _parse_hadoop_settings(
            data: object,
        ) -> ClusterSubsystemSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hadoop_settings_type_0 = ClusterSubsystemSettings.from_dict(data)

                return hadoop_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSubsystemSettings | None | Unset, data)

        hadoop_settings = _parse_hadoop_settings(d.pop("hadoopSettings", UNSET))

        def _parse_hive_settings(
            data: object,
        ) -> ClusterSubsystemSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hive_settings_type_0 = ClusterSubsystemSettings.from_dict(data)

                return hive_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSubsystemSettings | None | Unset, data)

        hive_settings = _parse_hive_settings(d.pop("hiveSettings", UNSET))

        def _parse_impala_settings(
            data: object,
        ) -> ClusterSubsystemSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                impala_settings_type_0 = ClusterSubsystemSettings.from_dict(data)

                return impala_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSubsystemSettings | None | Unset, data)

        impala_settings = _parse_impala_settings(d.pop("impalaSettings", UNSET))

        def _parse_spark_settings(
            data: object,
        ) -> ClusterSubsystemSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spark_settings_type_0 = ClusterSubsystemSettings.from_dict(data)

                return spark_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSubsystemSettings | None | Unset, data)

        spark_settings = _parse_spark_settings(d.pop("sparkSettings", UNSET))

        def _parse_kubernetes_settings(
            data: object,
        ) -> ClusterSubsystemSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kubernetes_settings_type_0 = ClusterSubsystemSettings.from_dict(data)

                return kubernetes_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSubsystemSettings | None | Unset, data)

        kubernetes_settings = _parse_kubernetes_settings(
            d.pop("kubernetesSettings", UNSET)
        )

        def _parse_config(
            data: object,
        ) -> CreateClusterBodyParamsType0ConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = CreateClusterBodyParamsType0ConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateClusterBodyParamsType0ConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        create_cluster_body_params_type_0 = cls(
            hadoop_settings=hadoop_settings,
            hive_settings=hive_settings,
            impala_settings=impala_settings,
            spark_settings=spark_settings,
            kubernetes_settings=kubernetes_settings,
            config=config,
        )

        create_cluster_body_params_type_0.additional_properties = d
        return create_cluster_body_params_type_0

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
