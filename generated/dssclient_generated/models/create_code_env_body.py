from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_env_desc import CodeEnvDesc


T = TypeVar("T", bound="CreateCodeEnvBody")


@_attrs_define
class CreateCodeEnvBody:
    """What `createCodeEnv` needs to create and build a code env.

    Attributes:
        deployment_mode (str): How DSS manages it (`DESIGN_MANAGED`, `DESIGN_NON_MANAGED`, `AUTOMATION_SINGLE`,
            `AUTOMATION_VERSIONED`, ...).
        python_interpreter (None | str | Unset): Python interpreter (`PYTHON39`, `PYTHON310`, `PYTHON311`, ...).
        conda (bool | None | Unset): Build it with conda.
        install_core_packages (bool | None | Unset): Install DSS's core packages (the `dataiku` package's dependencies).
        core_packages_set (None | str | Unset): Which set of core package versions to install.
        install_jupyter_support (bool | None | Unset): Install what notebooks need.
        spec_package_list (None | str | Unset): Requested packages, one requirement per line.
        spec_conda_environment (None | str | Unset): Requested conda packages, one per line.
        desc (CodeEnvDesc | None | Unset): More settings of the env, as in `CodeEnvSettings.desc`.
        external_conda_env_name (None | str | Unset): The existing conda env a non-managed env points to (unverified).
    """

    deployment_mode: str
    python_interpreter: None | str | Unset = UNSET
    conda: bool | None | Unset = UNSET
    install_core_packages: bool | None | Unset = UNSET
    core_packages_set: None | str | Unset = UNSET
    install_jupyter_support: bool | None | Unset = UNSET
    spec_package_list: None | str | Unset = UNSET
    spec_conda_environment: None | str | Unset = UNSET
    desc: CodeEnvDesc | None | Unset = UNSET
    external_conda_env_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_env_desc import CodeEnvDesc

        deployment_mode = self.deployment_mode

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

        desc: dict[str, Any] | None | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        elif isinstance(self.desc, CodeEnvDesc):
            desc = self.desc.to_dict()
        else:
            desc = self.desc

        external_conda_env_name: None | str | Unset
        if isinstance(self.external_conda_env_name, Unset):
            external_conda_env_name = UNSET
        else:
            external_conda_env_name = self.external_conda_env_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentMode": deployment_mode,
            }
        )
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
        if spec_package_list is not UNSET:
            field_dict["specPackageList"] = spec_package_list
        if spec_conda_environment is not UNSET:
            field_dict["specCondaEnvironment"] = spec_conda_environment
        if desc is not UNSET:
            field_dict["desc"] = desc
        if external_conda_env_name is not UNSET:
            field_dict["externalCondaEnvName"] = external_conda_env_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_env_desc import CodeEnvDesc

        d = dict(src_dict)
        deployment_mode = d.pop("deploymentMode")

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

        def _parse_external_conda_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_conda_env_name = _parse_external_conda_env_name(
            d.pop("externalCondaEnvName", UNSET)
        )

        create_code_env_body = cls(
            deployment_mode=deployment_mode,
            python_interpreter=python_interpreter,
            conda=conda,
            install_core_packages=install_core_packages,
            core_packages_set=core_packages_set,
            install_jupyter_support=install_jupyter_support,
            spec_package_list=spec_package_list,
            spec_conda_environment=spec_conda_environment,
            desc=desc,
            external_conda_env_name=external_conda_env_name,
        )

        create_code_env_body.additional_properties = d
        return create_code_env_body

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
