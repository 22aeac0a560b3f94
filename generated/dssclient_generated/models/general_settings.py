from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.general_settings_azure_ad_settings_type_0 import (
        GeneralSettingsAzureADSettingsType0,
    )
    from ..models.general_settings_code_envs_type_0 import GeneralSettingsCodeEnvsType0
    from ..models.general_settings_container_settings_type_0 import (
        GeneralSettingsContainerSettingsType0,
    )
    from ..models.general_settings_default_dataset_creation_settings_type_0 import (
        GeneralSettingsDefaultDatasetCreationSettingsType0,
    )
    from ..models.general_settings_impersonation_type_0 import (
        GeneralSettingsImpersonationType0,
    )
    from ..models.general_settings_ldap_settings_type_0 import (
        GeneralSettingsLdapSettingsType0,
    )
    from ..models.general_settings_spark_settings_type_0 import (
        GeneralSettingsSparkSettingsType0,
    )
    from ..models.general_settings_sso_settings_type_0 import (
        GeneralSettingsSsoSettingsType0,
    )


T = TypeVar("T", bound="GeneralSettings")


@_attrs_define
class GeneralSettings:
    """The instance's general settings. They hold many more sections than
    listed here; save them back whole.

        Attributes:
            impersonation (GeneralSettingsImpersonationType0 | None | Unset): User isolation, and the rules mapping DSS
                users and groups to Unix and Hadoop users.
            ldap_settings (GeneralSettingsLdapSettingsType0 | None | Unset): LDAP authentication and user import.
            sso_settings (GeneralSettingsSsoSettingsType0 | None | Unset): Single sign-on.
            azure_ad_settings (GeneralSettingsAzureADSettingsType0 | None | Unset): Azure AD user import.
            container_settings (GeneralSettingsContainerSettingsType0 | None | Unset): Containerized execution.
            spark_settings (GeneralSettingsSparkSettingsType0 | None | Unset): Spark.
            default_dataset_creation_settings (GeneralSettingsDefaultDatasetCreationSettingsType0 | None | Unset): Defaults
                of new datasets.
            code_envs (GeneralSettingsCodeEnvsType0 | None | Unset): The code envs that projects inheriting theirs
                (`codeEnvs.python.mode` `INHERIT` in
                their settings) run in: `defaultPythonEnv` and `defaultREnv`, each a code env's
                name, or empty for DSS's built-in env.
    """

    impersonation: GeneralSettingsImpersonationType0 | None | Unset = UNSET
    ldap_settings: GeneralSettingsLdapSettingsType0 | None | Unset = UNSET
    sso_settings: GeneralSettingsSsoSettingsType0 | None | Unset = UNSET
    azure_ad_settings: GeneralSettingsAzureADSettingsType0 | None | Unset = UNSET
    container_settings: GeneralSettingsContainerSettingsType0 | None | Unset = UNSET
    spark_settings: GeneralSettingsSparkSettingsType0 | None | Unset = UNSET
    default_dataset_creation_settings: (
        GeneralSettingsDefaultDatasetCreationSettingsType0 | None | Unset
    ) = UNSET
    code_envs: GeneralSettingsCodeEnvsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.general_settings_azure_ad_settings_type_0 import (
            GeneralSettingsAzureADSettingsType0,
        )
        from ..models.general_settings_code_envs_type_0 import (
            GeneralSettingsCodeEnvsType0,
        )
        from ..models.general_settings_container_settings_type_0 import (
            GeneralSettingsContainerSettingsType0,
        )
        from ..models.general_settings_default_dataset_creation_settings_type_0 import (
            GeneralSettingsDefaultDatasetCreationSettingsType0,
        )
        from ..models.general_settings_impersonation_type_0 import (
            GeneralSettingsImpersonationType0,
        )
        from ..models.general_settings_ldap_settings_type_0 import (
            GeneralSettingsLdapSettingsType0,
        )
        from ..models.general_settings_spark_settings_type_0 import (
            GeneralSettingsSparkSettingsType0,
        )
        from ..models.general_settings_sso_settings_type_0 import (
            GeneralSettingsSsoSettingsType0,
        )

        impersonation: dict[str, Any] | None | Unset
        if isinstance(self.impersonation, Unset):
            impersonation = UNSET
        elif isinstance(self.impersonation, GeneralSettingsImpersonationType0):
            impersonation = self.impersonation.to_dict()
        else:
            impersonation = self.impersonation

        ldap_settings: dict[str, Any] | None | Unset
        if isinstance(self.ldap_settings, Unset):
            ldap_settings = UNSET
        elif isinstance(self.ldap_settings, GeneralSettingsLdapSettingsType0):
            ldap_settings = self.ldap_settings.to_dict()
        else:
            ldap_settings = self.ldap_settings

        sso_settings: dict[str, Any] | None | Unset
        if isinstance(self.sso_settings, Unset):
            sso_settings = UNSET
        elif isinstance(self.sso_settings, GeneralSettingsSsoSettingsType0):
            sso_settings = self.sso_settings.to_dict()
        else:
            sso_settings = self.sso_settings

        azure_ad_settings: dict[str, Any] | None | Unset
        if isinstance(self.azure_ad_settings, Unset):
            azure_ad_settings = UNSET
        elif isinstance(self.azure_ad_settings, GeneralSettingsAzureADSettingsType0):
            azure_ad_settings = self.azure_ad_settings.to_dict()
        else:
            azure_ad_settings = self.azure_ad_settings

        container_settings: dict[str, Any] | None | Unset
        if isinstance(self.container_settings, Unset):
            container_settings = UNSET
        elif isinstance(self.container_settings, GeneralSettingsContainerSettingsType0):
            container_settings = self.container_settings.to_dict()
        else:
            container_settings = self.container_settings

        spark_settings: dict[str, Any] | None | Unset
        if isinstance(self.spark_settings, Unset):
            spark_settings = UNSET
        elif isinstance(self.spark_settings, GeneralSettingsSparkSettingsType0):
            spark_settings = self.spark_settings.to_dict()
        else:
            spark_settings = self.spark_settings

        default_dataset_creation_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_dataset_creation_settings, Unset):
            default_dataset_creation_settings = UNSET
        elif isinstance(
            self.default_dataset_creation_settings,
            GeneralSettingsDefaultDatasetCreationSettingsType0,
        ):
            default_dataset_creation_settings = (
                self.default_dataset_creation_settings.to_dict()
            )
        else:
            default_dataset_creation_settings = self.default_dataset_creation_settings

        code_envs: dict[str, Any] | None | Unset
        if isinstance(self.code_envs, Unset):
            code_envs = UNSET
        elif isinstance(self.code_envs, GeneralSettingsCodeEnvsType0):
            code_envs = self.code_envs.to_dict()
        else:
            code_envs = self.code_envs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if impersonation is not UNSET:
            field_dict["impersonation"] = impersonation
        if ldap_settings is not UNSET:
            field_dict["ldapSettings"] = ldap_settings
        if sso_settings is not UNSET:
            field_dict["ssoSettings"] = sso_settings
        if azure_ad_settings is not UNSET:
            field_dict["azureADSettings"] = azure_ad_settings
        if container_settings is not UNSET:
            field_dict["containerSettings"] = container_settings
        if spark_settings is not UNSET:
            field_dict["sparkSettings"] = spark_settings
        if default_dataset_creation_settings is not UNSET:
            field_dict["defaultDatasetCreationSettings"] = (
                default_dataset_creation_settings
            )
        if code_envs is not UNSET:
            field_dict["codeEnvs"] = code_envs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.general_settings_azure_ad_settings_type_0 import (
            GeneralSettingsAzureADSettingsType0,
        )
        from ..models.general_settings_code_envs_type_0 import (
            GeneralSettingsCodeEnvsType0,
        )
        from ..models.general_settings_container_settings_type_0 import (
            GeneralSettingsContainerSettingsType0,
        )
        from ..models.general_settings_default_dataset_creation_settings_type_0 import (
            GeneralSettingsDefaultDatasetCreationSettingsType0,
        )
        from ..models.general_settings_impersonation_type_0 import (
            GeneralSettingsImpersonationType0,
        )
        from ..models.general_settings_ldap_settings_type_0 import (
            GeneralSettingsLdapSettingsType0,
        )
        from ..models.general_settings_spark_settings_type_0 import (
            GeneralSettingsSparkSettingsType0,
        )
        from ..models.general_settings_sso_settings_type_0 import (
            GeneralSettingsSsoSettingsType0,
        )

        d = dict(src_dict)

        def _parse_impersonation(
            data: object,
        ) -> GeneralSettingsImpersonationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                impersonation_type_0 = GeneralSettingsImpersonationType0.from_dict(data)

                return impersonation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsImpersonationType0 | None | Unset, data)

        impersonation = _parse_impersonation(d.pop("impersonation", UNSET))

        def _parse_ldap_settings(
            data: object,
        ) -> GeneralSettingsLdapSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ldap_settings_type_0 = GeneralSettingsLdapSettingsType0.from_dict(data)

                return ldap_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsLdapSettingsType0 | None | Unset, data)

        ldap_settings = _parse_ldap_settings(d.pop("ldapSettings", UNSET))

        def _parse_sso_settings(
            data: object,
        ) -> GeneralSettingsSsoSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sso_settings_type_0 = GeneralSettingsSsoSettingsType0.from_dict(data)

                return sso_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsSsoSettingsType0 | None | Unset, data)

        sso_settings = _parse_sso_settings(d.pop("ssoSettings", UNSET))

        def _parse_azure_ad_settings(
            data: object,
        ) -> GeneralSettingsAzureADSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                azure_ad_settings_type_0 = (
                    GeneralSettingsAzureADSettingsType0.from_dict(data)
                )

                return azure_ad_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsAzureADSettingsType0 | None | Unset, data)

        azure_ad_settings = _parse_azure_ad_settings(d.pop("azureADSettings", UNSET))

        def _parse_container_settings(
            data: object,
        ) -> GeneralSettingsContainerSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_settings_type_0 = (
                    GeneralSettingsContainerSettingsType0.from_dict(data)
                )

                return container_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsContainerSettingsType0 | None | Unset, data)

        container_settings = _parse_container_settings(
            d.pop("containerSettings", UNSET)
        )

        def _parse_spark_settings(
            data: object,
        ) -> GeneralSettingsSparkSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spark_settings_type_0 = GeneralSettingsSparkSettingsType0.from_dict(
                    data
                )

                return spark_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsSparkSettingsType0 | None | Unset, data)

        spark_settings = _parse_spark_settings(d.pop("sparkSettings", UNSET))

        def _parse_default_dataset_creation_settings(
            data: object,
        ) -> GeneralSettingsDefaultDatasetCreationSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_dataset_creation_settings_type_0 = (
                    GeneralSettingsDefaultDatasetCreationSettingsType0.from_dict(data)
                )

                return default_dataset_creation_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GeneralSettingsDefaultDatasetCreationSettingsType0 | None | Unset, data
            )

        default_dataset_creation_settings = _parse_default_dataset_creation_settings(
            d.pop("defaultDatasetCreationSettings", UNSET)
        )

        def _parse_code_envs(
            data: object,
        ) -> GeneralSettingsCodeEnvsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_envs_type_0 = GeneralSettingsCodeEnvsType0.from_dict(data)

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneralSettingsCodeEnvsType0 | None | Unset, data)

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        general_settings = cls(
            impersonation=impersonation,
            ldap_settings=ldap_settings,
            sso_settings=sso_settings,
            azure_ad_settings=azure_ad_settings,
            container_settings=container_settings,
            spark_settings=spark_settings,
            default_dataset_creation_settings=default_dataset_creation_settings,
            code_envs=code_envs,
        )

        general_settings.additional_properties = d
        return general_settings

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
