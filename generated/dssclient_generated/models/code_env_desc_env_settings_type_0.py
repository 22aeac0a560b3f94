from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeEnvDescEnvSettingsType0")


@_attrs_define
class CodeEnvDescEnvSettingsType0:
    """Build settings of the env.

    Attributes:
        inherit_global_settings (bool | None | Unset): Whether the instance's code env settings apply (unverified).
        conda_install_extra_options (list[str] | None | Unset): Extra options of `conda install` (unverified).
        pip_install_extra_options (list[str] | None | Unset): Extra options of `pip install` (unverified).
        cache_experimental_resources (bool | None | Unset): Whether downloaded resources are cached (unverified).
    """

    inherit_global_settings: bool | None | Unset = UNSET
    conda_install_extra_options: list[str] | None | Unset = UNSET
    pip_install_extra_options: list[str] | None | Unset = UNSET
    cache_experimental_resources: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inherit_global_settings: bool | None | Unset
        if isinstance(self.inherit_global_settings, Unset):
            inherit_global_settings = UNSET
        else:
            inherit_global_settings = self.inherit_global_settings

        conda_install_extra_options: list[str] | None | Unset
        if isinstance(self.conda_install_extra_options, Unset):
            conda_install_extra_options = UNSET
        elif isinstance(self.conda_install_extra_options, list):
            conda_install_extra_options = self.conda_install_extra_options

        else:
            conda_install_extra_options = self.conda_install_extra_options

        pip_install_extra_options: list[str] | None | Unset
        if isinstance(self.pip_install_extra_options, Unset):
            pip_install_extra_options = UNSET
        elif isinstance(self.pip_install_extra_options, list):
            pip_install_extra_options = self.pip_install_extra_options

        else:
            pip_install_extra_options = self.pip_install_extra_options

        cache_experimental_resources: bool | None | Unset
        if isinstance(self.cache_experimental_resources, Unset):
            cache_experimental_resources = UNSET
        else:
            cache_experimental_resources = self.cache_experimental_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inherit_global_settings is not UNSET:
            field_dict["inheritGlobalSettings"] = inherit_global_settings
        if conda_install_extra_options is not UNSET:
            field_dict["condaInstallExtraOptions"] = conda_install_extra_options
        if pip_install_extra_options is not UNSET:
            field_dict["pipInstallExtraOptions"] = pip_install_extra_options
        if cache_experimental_resources is not UNSET:
            field_dict["cacheExperimentalResources"] = cache_experimental_resources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_inherit_global_settings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inherit_global_settings = _parse_inherit_global_settings(
            d.pop("inheritGlobalSettings", UNSET)
        )

        def _parse_conda_install_extra_options(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conda_install_extra_options_type_0 = cast(list[str], data)

                return conda_install_extra_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        conda_install_extra_options = _parse_conda_install_extra_options(
            d.pop("condaInstallExtraOptions", UNSET)
        )

        def _parse_pip_install_extra_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pip_install_extra_options_type_0 = cast(list[str], data)

                return pip_install_extra_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pip_install_extra_options = _parse_pip_install_extra_options(
            d.pop("pipInstallExtraOptions", UNSET)
        )

        def _parse_cache_experimental_resources(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cache_experimental_resources = _parse_cache_experimental_resources(
            d.pop("cacheExperimentalResources", UNSET)
        )

        code_env_desc_env_settings_type_0 = cls(
            inherit_global_settings=inherit_global_settings,
            conda_install_extra_options=conda_install_extra_options,
            pip_install_extra_options=pip_install_extra_options,
            cache_experimental_resources=cache_experimental_resources,
        )

        code_env_desc_env_settings_type_0.additional_properties = d
        return code_env_desc_env_settings_type_0

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
