from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_execution_config import ContainerExecutionConfig


T = TypeVar("T", bound="GeneralSettingsContainerSettingsType0")


@_attrs_define
class GeneralSettingsContainerSettingsType0:
    """Containerized execution.

    Attributes:
        execution_configs (list[ContainerExecutionConfig] | None | Unset): The containerized execution configurations.
        default_execution_config (None | str | Unset): The configuration used by default; empty to run locally.
    """

    execution_configs: list[ContainerExecutionConfig] | None | Unset = UNSET
    default_execution_config: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.execution_configs, Unset):
            execution_configs = UNSET
        elif isinstance(self.execution_configs, list):
            execution_configs = []
            for execution_configs_type_0_item_data in self.execution_configs:
                execution_configs_type_0_item = (
                    execution_configs_type_0_item_data.to_dict()
                )
                execution_configs.append(execution_configs_type_0_item)

        else:
            execution_configs = self.execution_configs

        default_execution_config: None | str | Unset
        if isinstance(self.default_execution_config, Unset):
            default_execution_config = UNSET
        else:
            default_execution_config = self.default_execution_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_configs is not UNSET:
            field_dict["executionConfigs"] = execution_configs
        if default_execution_config is not UNSET:
            field_dict["defaultExecutionConfig"] = default_execution_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.container_execution_config import ContainerExecutionConfig

        d = dict(src_dict)

        def _parse_execution_configs(
            data: object,
        ) -> list[ContainerExecutionConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                execution_configs_type_0 = []
                _execution_configs_type_0 = data
                for execution_configs_type_0_item_data in _execution_configs_type_0:
                    execution_configs_type_0_item = ContainerExecutionConfig.from_dict(
                        execution_configs_type_0_item_data
                    )

                    execution_configs_type_0.append(execution_configs_type_0_item)

                return execution_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContainerExecutionConfig] | None | Unset, data)

        execution_configs = _parse_execution_configs(d.pop("executionConfigs", UNSET))

        def _parse_default_execution_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_execution_config = _parse_default_execution_config(
            d.pop("defaultExecutionConfig", UNSET)
        )

        general_settings_container_settings_type_0 = cls(
            execution_configs=execution_configs,
            default_execution_config=default_execution_config,
        )

        general_settings_container_settings_type_0.additional_properties = d
        return general_settings_container_settings_type_0

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
