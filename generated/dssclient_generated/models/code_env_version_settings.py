from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_env_desc import CodeEnvDesc


T = TypeVar("T", bound="CodeEnvVersionSettings")


@_attrs_define
class CodeEnvVersionSettings:
    """One version of an automation node's code env: its `versionId` and its own
    package spec, saved with the env's settings.

        Attributes:
            version_id (None | str | Unset): Identifier of the version.
            desc (CodeEnvDesc | None | Unset): How this version is built.
            spec_package_list (None | str | Unset): Requested packages, one requirement per line.
            spec_conda_environment (None | str | Unset): Requested conda packages, one per line.
            external_conda_env_name (None | str | Unset): Name of an existing conda env to use (non-managed envs).
            actual_package_list (None | str | Unset): Installed packages, one `name==version` per line (read-only).
    """

    version_id: None | str | Unset = UNSET
    desc: CodeEnvDesc | None | Unset = UNSET
    spec_package_list: None | str | Unset = UNSET
    spec_conda_environment: None | str | Unset = UNSET
    external_conda_env_name: None | str | Unset = UNSET
    actual_package_list: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_env_desc import CodeEnvDesc

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        desc: dict[str, Any] | None | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        elif isinstance(self.desc, CodeEnvDesc):
            desc = self.desc.to_dict()
        else:
            desc = self.desc

        spec_package_list: None | str | Unset
        if isinstance(self.spec_package_list, Unset):
            spec_package_list = UNSET
        else:
            spec_package_list = self.spec_package_list

        spec_conda_environment: None | str | Unset
        if isinstance(self.spec_conda_environment, Unset):
            spec_conda_environment = UNSET
        else:
            spec_conda_environment = self.spec_conda_environment

        external_conda_env_name: None | str | Unset
        if isinstance(self.external_conda_env_name, Unset):
            external_conda_env_name = UNSET
        else:
            external_conda_env_name = self.external_conda_env_name

        actual_package_list: None | str | Unset
        if isinstance(self.actual_package_list, Unset):
            actual_package_list = UNSET
        else:
            actual_package_list = self.actual_package_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if desc is not UNSET:
            field_dict["desc"] = desc
        if spec_package_list is not UNSET:
            field_dict["specPackageList"] = spec_package_list
        if spec_conda_environment is not UNSET:
            field_dict["specCondaEnvironment"] = spec_conda_environment
        if external_conda_env_name is not UNSET:
            field_dict["externalCondaEnvName"] = external_conda_env_name
        if actual_package_list is not UNSET:
            field_dict["actualPackageList"] = actual_package_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_env_desc import CodeEnvDesc

        d = dict(src_dict)

        def _parse_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_id = _parse_version_id(d.pop("versionId", UNSET))

        def _parse_desc(data: object) -> CodeEnvDesc | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                desc_type_0 = CodeEnvDesc.from_dict(data)

                return desc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEnvDesc | None | Unset, data)

        desc = _parse_desc(d.pop("desc", UNSET))

        def _parse_spec_package_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spec_package_list = _parse_spec_package_list(d.pop("specPackageList", UNSET))

        def _parse_spec_conda_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        spec_conda_environment = _parse_spec_conda_environment(
            d.pop("specCondaEnvironment", UNSET)
        )

        def _parse_external_conda_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_conda_env_name = _parse_external_conda_env_name(
            d.pop("externalCondaEnvName", UNSET)
        )

        def _parse_actual_package_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_package_list = _parse_actual_package_list(
            d.pop("actualPackageList", UNSET)
        )

        code_env_version_settings = cls(
            version_id=version_id,
            desc=desc,
            spec_package_list=spec_package_list,
            spec_conda_environment=spec_conda_environment,
            external_conda_env_name=external_conda_env_name,
            actual_package_list=actual_package_list,
        )

        code_env_version_settings.additional_properties = d
        return code_env_version_settings

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
