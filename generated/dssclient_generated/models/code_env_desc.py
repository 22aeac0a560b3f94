from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_env_desc_creation_tag_type_0 import CodeEnvDescCreationTagType0
    from ..models.code_env_desc_env_settings_type_0 import CodeEnvDescEnvSettingsType0


T = TypeVar("T", bound="CodeEnvDesc")


@_attrs_define
class CodeEnvDesc:
    """How a code env is built, and who owns it (its `desc`).

    Attributes:
        owner (None | str | Unset): Login of the env's owner.
        python_interpreter (None | str | Unset): Python interpreter (`PYTHON39`, `PYTHON310`, `PYTHON311`, ...).
        conda (bool | None | Unset): Whether the env is built with conda.
        install_core_packages (bool | None | Unset): Whether DSS's core packages are installed.
        core_packages_set (None | str | Unset): Which set of core package versions is installed.
        install_jupyter_support (bool | None | Unset): Whether notebooks may use the env.
        base_packages_install_method (None | str | Unset): How base packages are installed (unverified).
        yarn_python_bin (None | str | Unset): Python binary used on YARN (unverified).
        yarn_r_bin (None | str | Unset): R binary used on YARN (unverified).
        creation_tag (CodeEnvDescCreationTagType0 | None | Unset): Who created the code env, and when.
        env_settings (CodeEnvDescEnvSettingsType0 | None | Unset): Build settings of the env.
    """

    owner: None | str | Unset = UNSET
    python_interpreter: None | str | Unset = UNSET
    conda: bool | None | Unset = UNSET
    install_core_packages: bool | None | Unset = UNSET
    core_packages_set: None | str | Unset = UNSET
    install_jupyter_support: bool | None | Unset = UNSET
    base_packages_install_method: None | str | Unset = UNSET
    yarn_python_bin: None | str | Unset = UNSET
    yarn_r_bin: None | str | Unset = UNSET
    creation_tag: CodeEnvDescCreationTagType0 | None | Unset = UNSET
    env_settings: CodeEnvDescEnvSettingsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_env_desc_creation_tag_type_0 import (
            CodeEnvDescCreationTagType0,
        )
        from ..models.code_env_desc_env_settings_type_0 import (
            CodeEnvDescEnvSettingsType0,
        )

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        python_interpreter: None | str | Unset
        if isinstance(self.python_interpreter, Unset):
            python_interpreter = UNSET
        else:
            python_interpreter = self.python_interpreter

        conda: bool | None | Unset
        if isinstance(self.conda, Unset):
            conda = UNSET
        else:
            conda = self.conda

        install_core_packages: bool | None | Unset
        if isinstance(self.install_core_packages, Unset):
            install_core_packages = UNSET
        else:
            install_core_packages = self.install_core_packages

        core_packages_set: None | str | Unset
        if isinstance(self.core_packages_set, Unset):
            core_packages_set = UNSET
        else:
            core_packages_set = self.core_packages_set

        install_jupyter_support: bool | None | Unset
        if isinstance(self.install_jupyter_support, Unset):
            install_jupyter_support = UNSET
        else:
            install_jupyter_support = self.install_jupyter_support

        base_packages_install_method: None | str | Unset
        if isinstance(self.base_packages_install_method, Unset):
            base_packages_install_method = UNSET
        else:
            base_packages_install_method = self.base_packages_install_method

        yarn_python_bin: None | str | Unset
        if isinstance(self.yarn_python_bin, Unset):
            yarn_python_bin = UNSET
        else:
            yarn_python_bin = self.yarn_python_bin

        yarn_r_bin: None | str | Unset
        if isinstance(self.yarn_r_bin, Unset):
            yarn_r_bin = UNSET
        else:
            yarn_r_bin = self.yarn_r_bin

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, CodeEnvDescCreationTagType0):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        env_settings: dict[str, Any] | None | Unset
        if isinstance(self.env_settings, Unset):
            env_settings = UNSET
        elif isinstance(self.env_settings, CodeEnvDescEnvSettingsType0):
            env_settings = self.env_settings.to_dict()
        else:
            env_settings = self.env_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if python_interpreter is not UNSET:
            field_dict["pythonInterpreter"] = python_interpreter
        if conda is not UNSET:
            field_dict["conda"] = conda
        if install_core_packages is not UNSET:
            field_dict["installCorePackages"] = install_core_packages
        if core_packages_set is not UNSET:
            field_dict["corePackagesSet"] = core_packages_set
        if install_jupyter_support is not UNSET:
            field_dict["installJupyterSupport"] = install_jupyter_support
        if base_packages_install_method is not UNSET:
            field_dict["basePackagesInstallMethod"] = base_packages_install_method
        if yarn_python_bin is not UNSET:
            field_dict["yarnPythonBin"] = yarn_python_bin
        if yarn_r_bin is not UNSET:
            field_dict["yarnRBin"] = yarn_r_bin
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if env_settings is not UNSET:
            field_dict["envSettings"] = env_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_env_desc_creation_tag_type_0 import (
            CodeEnvDescCreationTagType0,
        )
        from ..models.code_env_desc_env_settings_type_0 import (
            CodeEnvDescEnvSettingsType0,
        )

        d = dict(src_dict)

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_python_interpreter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        python_interpreter = _parse_python_interpreter(
            d.pop("pythonInterpreter", UNSET)
        )

        def _parse_conda(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        conda = _parse_conda(d.pop("conda", UNSET))

        def _parse_install_core_packages(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        install_core_packages = _parse_install_core_packages(
            d.pop("installCorePackages", UNSET)
        )

        def _parse_core_packages_set(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        core_packages_set = _parse_core_packages_set(d.pop("corePackagesSet", UNSET))

        def _parse_install_jupyter_support(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        install_jupyter_support = _parse_install_jupyter_support(
            d.pop("installJupyterSupport", UNSET)
        )

        def _parse_base_packages_install_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_packages_install_method = _parse_base_packages_install_method(
            d.pop("basePackagesInstallMethod", UNSET)
        )

        def _parse_yarn_python_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yarn_python_bin = _parse_yarn_python_bin(d.pop("yarnPythonBin", UNSET))

        def _parse_yarn_r_bin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yarn_r_bin = _parse_yarn_r_bin(d.pop("yarnRBin", UNSET))

        def _parse_creation_tag(
            data: object,
        ) -> CodeEnvDescCreationTagType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_tag_type_0 = CodeEnvDescCreationTagType0.from_dict(data)

                return creation_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEnvDescCreationTagType0 | None | Unset, data)

        creation_tag = _parse_creation_tag(d.pop("creationTag", UNSET))

        def _parse_env_settings(
            data: object,
        ) -> CodeEnvDescEnvSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_settings_type_0 = CodeEnvDescEnvSettingsType0.from_dict(data)

                return env_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEnvDescEnvSettingsType0 | None | Unset, data)

        env_settings = _parse_env_settings(d.pop("envSettings", UNSET))

        code_env_desc = cls(
            owner=owner,
            python_interpreter=python_interpreter,
            conda=conda,
            install_core_packages=install_core_packages,
            core_packages_set=core_packages_set,
            install_jupyter_support=install_jupyter_support,
            base_packages_install_method=base_packages_install_method,
            yarn_python_bin=yarn_python_bin,
            yarn_r_bin=yarn_r_bin,
            creation_tag=creation_tag,
            env_settings=env_settings,
        )

        code_env_desc.additional_properties = d
        return code_env_desc

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
