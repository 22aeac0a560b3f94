from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_env_container_runtime_addition import (
        CodeEnvContainerRuntimeAddition,
    )
    from ..models.code_env_desc import CodeEnvDesc
    from ..models.code_env_version_settings import CodeEnvVersionSettings
    from ..models.resource_permission_item import ResourcePermissionItem


T = TypeVar("T", bound="CodeEnvSettings")


@_attrs_define
class CodeEnvSettings:
    """A code env's settings.

    Attributes:
        env_lang (None | str | Unset): Language, `PYTHON` or `R`.
        env_name (None | str | Unset): Name.
        deployment_mode (None | str | Unset): How DSS manages it.
        desc (CodeEnvDesc | None | Unset): How it is built and who owns it.
        external_conda_env_name (None | str | Unset): The existing conda env a non-managed env points to.
        mandatory_package_list (None | str | Unset): Packages DSS itself requires in the env, one per line (read-only).
        all_spark_kubernetes_confs (bool | None | Unset): Whether an image is built for every Spark-on-Kubernetes
            configuration.
        spark_kubernetes_confs (list[str] | None | Unset): Spark-on-Kubernetes configurations an image is built for,
            when not all.
        container_cache_busting_location (None | str | Unset): Where the image build stops using its cache
            (`AFTER_START_DOCKERFILE`, ...).
        dockerfile_at_start (None | str | Unset): Dockerfile lines run first when building the env's image.
        dockerfile_before_packages (None | str | Unset): Dockerfile lines run before the packages are installed.
        dockerfile_after_conda_packages (None | str | Unset): Dockerfile lines run after the conda packages are
            installed.
        dockerfile_after_packages (None | str | Unset): Dockerfile lines run after the packages are installed.
        dockerfile_at_end (None | str | Unset): Dockerfile lines run last.
        predefined_container_hooks (list[CodeEnvContainerRuntimeAddition] | None | Unset): Predefined steps added to the
            image build (each with a `type`) (unverified).
        current_version (CodeEnvVersionSettings | None | Unset): The env's only version, on an automation node with
            `AUTOMATION_SINGLE`.
        no_version (CodeEnvVersionSettings | None | Unset): The env's spec, with `AUTOMATION_NON_MANAGED_PATH`.
        spec_package_list (None | str | Unset): Requested packages, one requirement per line (design nodes).
        spec_conda_environment (None | str | Unset): Requested conda packages, one per line (design nodes).
        actual_package_list (None | str | Unset): Installed packages, one `name==version` per line (read-only).
        permissions (list[ResourcePermissionItem] | None | Unset): Groups and what they may do with the env (`group`,
            `use`, `update`, `manageUsers`).
        usable_by_all (bool | None | Unset): Whether every user may use it.
        all_container_confs (bool | None | Unset): Whether an image is built for every containerized execution
            configuration.
        container_confs (list[str] | None | Unset): Configurations an image is built for, when not all.
        versions (list[CodeEnvVersionSettings] | None | Unset): Versions of the package spec (automation nodes only;
            null on design nodes).
    """

    env_lang: None | str | Unset = UNSET
    env_name: None | str | Unset = UNSET
    deployment_mode: None | str | Unset = UNSET
    desc: CodeEnvDesc | None | Unset = UNSET
    external_conda_env_name: None | str | Unset = UNSET
    mandatory_package_list: None | str | Unset = UNSET
    all_spark_kubernetes_confs: bool | None | Unset = UNSET
    spark_kubernetes_confs: list[str] | None | Unset = UNSET
    container_cache_busting_location: None | str | Unset = UNSET
    dockerfile_at_start: None | str | Unset = UNSET
    dockerfile_before_packages: None | str | Unset = UNSET
    dockerfile_after_conda_packages: None | str | Unset = UNSET
    dockerfile_after_packages: None | str | Unset = UNSET
    dockerfile_at_end: None | str | Unset = UNSET
    predefined_container_hooks: list[CodeEnvContainerRuntimeAddition] | None | Unset = (
        UNSET
    )
    current_version: CodeEnvVersionSettings | None | Unset = UNSET
    no_version: CodeEnvVersionSettings | None | Unset = UNSET
    spec_package_list: None | str | Unset = UNSET
    spec_conda_environment: None | str | Unset = UNSET
    actual_package_list: None | str | Unset = UNSET
    permissions: list[ResourcePermissionItem] | None | Unset = UNSET
    usable_by_all: bool | None | Unset = UNSET
    all_container_confs: bool | None | Unset = UNSET
    container_confs: list[str] | None | Unset = UNSET
    versions: list[CodeEnvVersionSettings] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_env_desc import CodeEnvDesc
        from ..models.code_env_version_settings import CodeEnvVersionSettings

        env_lang: None | str | Unset
        if isinstance(self.env_lang, Unset):
            env_lang = UNSET
        else:
            env_lang = self.env_lang

        env_name: None | str | Unset
        if isinstance(self.env_name, Unset):
            env_name = UNSET
        else:
            env_name = self.env_name

        deployment_mode: None | str | Unset
        if isinstance(self.deployment_mode, Unset):
            deployment_mode = UNSET
        else:
            deployment_mode = self.deployment_mode

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

        mandatory_package_list: None | str | Unset
        if isinstance(self.mandatory_package_list, Unset):
            mandatory_package_list = UNSET
        else:
            mandatory_package_list = self.mandatory_package_list

        all_spark_kubernetes_confs: bool | None | Unset
        if isinstance(self.all_spark_kubernetes_confs, Unset):
            all_spark_kubernetes_confs = UNSET
        else:
            all_spark_kubernetes_confs = self.all_spark_kubernetes_confs

        spark_kubernetes_confs: list[str] | None | Unset
        if isinstance(self.spark_kubernetes_confs, Unset):
            spark_kubernetes_confs = UNSET
        elif isinstance(self.spark_kubernetes_confs, list):
            spark_kubernetes_confs = self.spark_kubernetes_confs

        else:
            spark_kubernetes_confs = self.spark_kubernetes_confs

        container_cache_busting_location: None | str | Unset
        if isinstance(self.container_cache_busting_location, Unset):
            container_cache_busting_location = UNSET
        else:
            container_cache_busting_location = self.container_cache_busting_location

        dockerfile_at_start: None | str | Unset
        if isinstance(self.dockerfile_at_start, Unset):
            dockerfile_at_start = UNSET
        else:
            dockerfile_at_start = self.dockerfile_at_start

        dockerfile_before_packages: None | str | Unset
        if isinstance(self.dockerfile_before_packages, Unset):
            dockerfile_before_packages = UNSET
        else:
            dockerfile_before_packages = self.dockerfile_before_packages

        dockerfile_after_conda_packages: None | str | Unset
        if isinstance(self.dockerfile_after_conda_packages, Unset):
            dockerfile_after_conda_packages = UNSET
        else:
            dockerfile_after_conda_packages = self.dockerfile_after_conda_packages

        dockerfile_after_packages: None | str | Unset
        if isinstance(self.dockerfile_after_packages, Unset):
            dockerfile_after_packages = UNSET
        else:
            dockerfile_after_packages = self.dockerfile_after_packages

        dockerfile_at_end: None | str | Unset
        if isinstance(self.dockerfile_at_end, Unset):
            dockerfile_at_end = UNSET
        else:
            dockerfile_at_end = self.dockerfile_at_end

        predefined_container_hooks: list[dict[str, Any]] | None | Unset
        if isinstance(self.predefined_container_hooks, Unset):
            predefined_container_hooks = UNSET
        elif isinstance(self.predefined_container_hooks, list):
            predefined_container_hooks = []
            for (
                predefined_container_hooks_type_0_item_data
            ) in self.predefined_container_hooks:
                predefined_container_hooks_type_0_item = (
                    predefined_container_hooks_type_0_item_data.to_dict()
                )
                predefined_container_hooks.append(
                    predefined_container_hooks_type_0_item
                )

        else:
            predefined_container_hooks = self.predefined_container_hooks

        current_version: dict[str, Any] | None | Unset
        if isinstance(self.current_version, Unset):
            current_version = UNSET
        elif isinstance(self.current_version, CodeEnvVersionSettings):
            current_version = self.current_version.to_dict()
        else:
            current_version = self.current_version

        no_version: dict[str, Any] | None | Unset
        if isinstance(self.no_version, Unset):
            no_version = UNSET
        elif isinstance(self.no_version, CodeEnvVersionSettings):
            no_version = self.no_version.to_dict()
        else:
            no_version = self.no_version

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

        actual_package_list: None | str | Unset
        if isinstance(self.actual_package_list, Unset):
            actual_package_list = UNSET
        else:
            actual_package_list = self.actual_package_list

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        usable_by_all: bool | None | Unset
        if isinstance(self.usable_by_all, Unset):
            usable_by_all = UNSET
        else:
            usable_by_all = self.usable_by_all

        all_container_confs: bool | None | Unset
        if isinstance(self.all_container_confs, Unset):
            all_container_confs = UNSET
        else:
            all_container_confs = self.all_container_confs

        container_confs: list[str] | None | Unset
        if isinstance(self.container_confs, Unset):
            container_confs = UNSET
        elif isinstance(self.container_confs, list):
            container_confs = self.container_confs

        else:
            container_confs = self.container_confs

        versions: list[dict[str, Any]] | None | Unset
        if isinstance(self.versions, Unset):
            versions = UNSET
        elif isinstance(self.versions, list):
            versions = []
            for versions_type_0_item_data in self.versions:
                versions_type_0_item = versions_type_0_item_data.to_dict()
                versions.append(versions_type_0_item)

        else:
            versions = self.versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_lang is not UNSET:
            field_dict["envLang"] = env_lang
        if env_name is not UNSET:
            field_dict["envName"] = env_name
        if deployment_mode is not UNSET:
            field_dict["deploymentMode"] = deployment_mode
        if desc is not UNSET:
            field_dict["desc"] = desc
        if external_conda_env_name is not UNSET:
            field_dict["externalCondaEnvName"] = external_conda_env_name
        if mandatory_package_list is not UNSET:
            field_dict["mandatoryPackageList"] = mandatory_package_list
        if all_spark_kubernetes_confs is not UNSET:
            field_dict["allSparkKubernetesConfs"] = all_spark_kubernetes_confs
        if spark_kubernetes_confs is not UNSET:
            field_dict["sparkKubernetesConfs"] = spark_kubernetes_confs
        if container_cache_busting_location is not UNSET:
            field_dict["containerCacheBustingLocation"] = (
                container_cache_busting_location
            )
        if dockerfile_at_start is not UNSET:
            field_dict["dockerfileAtStart"] = dockerfile_at_start
        if dockerfile_before_packages is not UNSET:
            field_dict["dockerfileBeforePackages"] = dockerfile_before_packages
        if dockerfile_after_conda_packages is not UNSET:
            field_dict["dockerfileAfterCondaPackages"] = dockerfile_after_conda_packages
        if dockerfile_after_packages is not UNSET:
            field_dict["dockerfileAfterPackages"] = dockerfile_after_packages
        if dockerfile_at_end is not UNSET:
            field_dict["dockerfileAtEnd"] = dockerfile_at_end
        if predefined_container_hooks is not UNSET:
            field_dict["predefinedContainerHooks"] = predefined_container_hooks
        if current_version is not UNSET:
            field_dict["currentVersion"] = current_version
        if no_version is not UNSET:
            field_dict["noVersion"] = no_version
        if spec_package_list is not UNSET:
            field_dict["specPackageList"] = spec_package_list
        if spec_conda_environment is not UNSET:
            field_dict["specCondaEnvironment"] = spec_conda_environment
        if actual_package_list is not UNSET:
            field_dict["actualPackageList"] = actual_package_list
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if usable_by_all is not UNSET:
            field_dict["usableByAll"] = usable_by_all
        if all_container_confs is not UNSET:
            field_dict["allContainerConfs"] = all_container_confs
        if container_confs is not UNSET:
            field_dict["containerConfs"] = container_confs
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_env_container_runtime_addition import (
            CodeEnvContainerRuntimeAddition,
        )
        from ..models.code_env_desc import CodeEnvDesc
        from ..models.code_env_version_settings import CodeEnvVersionSettings
        from ..models.resource_permission_item import ResourcePermissionItem

        d = dict(src_dict)

        def _parse_env_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_lang = _parse_env_lang(d.pop("envLang", UNSET))

        def _parse_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_name = _parse_env_name(d.pop("envName", UNSET))

        def _parse_deployment_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployment_mode = _parse_deployment_mode(d.pop("deploymentMode", UNSET))

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

        def _parse_mandatory_package_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mandatory_package_list = _parse_mandatory_package_list(
            d.pop("mandatoryPackageList", UNSET)
        )

        def _parse_all_spark_kubernetes_confs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_spark_kubernetes_confs = _parse_all_spark_kubernetes_confs(
            d.pop("allSparkKubernetesConfs", UNSET)
        )

        def _parse_spark_kubernetes_confs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                spark_kubernetes_confs_type_0 = cast(list[str], data)

                return spark_kubernetes_confs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        spark_kubernetes_confs = _parse_spark_kubernetes_confs(
            d.pop("sparkKubernetesConfs", UNSET)
        )

        def _parse_container_cache_busting_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_cache_busting_location = _parse_container_cache_busting_location(
            d.pop("containerCacheBustingLocation", UNSET)
        )

        def _parse_dockerfile_at_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_at_start = _parse_dockerfile_at_start(
            d.pop("dockerfileAtStart", UNSET)
        )

        def _parse_dockerfile_before_packages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_before_packages = _parse_dockerfile_before_packages(
            d.pop("dockerfileBeforePackages", UNSET)
        )

        def _parse_dockerfile_after_conda_packages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_after_conda_packages = _parse_dockerfile_after_conda_packages(
            d.pop("dockerfileAfterCondaPackages", UNSET)
        )

        def _parse_dockerfile_after_packages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_after_packages = _parse_dockerfile_after_packages(
            d.pop("dockerfileAfterPackages", UNSET)
        )

        def _parse_dockerfile_at_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dockerfile_at_end = _parse_dockerfile_at_end(d.pop("dockerfileAtEnd", UNSET))

        def _parse_predefined_container_hooks(
            data: object,
        ) -> list[CodeEnvContainerRuntimeAddition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                predefined_container_hooks_type_0 = []
                _predefined_container_hooks_type_0 = data
                for (
                    predefined_container_hooks_type_0_item_data
                ) in _predefined_container_hooks_type_0:
                    predefined_container_hooks_type_0_item = (
                        CodeEnvContainerRuntimeAddition.from_dict(
                            predefined_container_hooks_type_0_item_data
                        )
                    )

                    predefined_container_hooks_type_0.append(
                        predefined_container_hooks_type_0_item
                    )

                return predefined_container_hooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeEnvContainerRuntimeAddition] | None | Unset, data)

        predefined_container_hooks = _parse_predefined_container_hooks(
            d.pop("predefinedContainerHooks", UNSET)
        )

        def _parse_current_version(
            data: object,
        ) -> CodeEnvVersionSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_version_type_0 = CodeEnvVersionSettings.from_dict(data)

                return current_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEnvVersionSettings | None | Unset, data)

        current_version = _parse_current_version(d.pop("currentVersion", UNSET))

        def _parse_no_version(data: object) -> CodeEnvVersionSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                no_version_type_0 = CodeEnvVersionSettings.from_dict(data)

                return no_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeEnvVersionSettings | None | Unset, data)

        no_version = _parse_no_version(d.pop("noVersion", UNSET))

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

        def _parse_actual_package_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_package_list = _parse_actual_package_list(
            d.pop("actualPackageList", UNSET)
        )

        def _parse_permissions(
            data: object,
        ) -> list[ResourcePermissionItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = ResourcePermissionItem.from_dict(
                        permissions_type_0_item_data
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcePermissionItem] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_usable_by_all(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        usable_by_all = _parse_usable_by_all(d.pop("usableByAll", UNSET))

        def _parse_all_container_confs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_container_confs = _parse_all_container_confs(
            d.pop("allContainerConfs", UNSET)
        )

        def _parse_container_confs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_confs_type_0 = cast(list[str], data)

                return container_confs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        container_confs = _parse_container_confs(d.pop("containerConfs", UNSET))

        def _parse_versions(
            data: object,
        ) -> list[CodeEnvVersionSettings] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                versions_type_0 = []
                _versions_type_0 = data
                for versions_type_0_item_data in _versions_type_0:
                    versions_type_0_item = CodeEnvVersionSettings.from_dict(
                        versions_type_0_item_data
                    )

                    versions_type_0.append(versions_type_0_item)

                return versions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeEnvVersionSettings] | None | Unset, data)

        versions = _parse_versions(d.pop("versions", UNSET))

        code_env_settings = cls(
            env_lang=env_lang,
            env_name=env_name,
            deployment_mode=deployment_mode,
            desc=desc,
            external_conda_env_name=external_conda_env_name,
            mandatory_package_list=mandatory_package_list,
            all_spark_kubernetes_confs=all_spark_kubernetes_confs,
            spark_kubernetes_confs=spark_kubernetes_confs,
            container_cache_busting_location=container_cache_busting_location,
            dockerfile_at_start=dockerfile_at_start,
            dockerfile_before_packages=dockerfile_before_packages,
            dockerfile_after_conda_packages=dockerfile_after_conda_packages,
            dockerfile_after_packages=dockerfile_after_packages,
            dockerfile_at_end=dockerfile_at_end,
            predefined_container_hooks=predefined_container_hooks,
            current_version=current_version,
            no_version=no_version,
            spec_package_list=spec_package_list,
            spec_conda_environment=spec_conda_environment,
            actual_package_list=actual_package_list,
            permissions=permissions,
            usable_by_all=usable_by_all,
            all_container_confs=all_container_confs,
            container_confs=container_confs,
            versions=versions,
        )

        code_env_settings.additional_properties = d
        return code_env_settings

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
