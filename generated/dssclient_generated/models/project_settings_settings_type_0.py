from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_container_settings_type_0 import ProjectContainerSettingsType0
    from ..models.project_settings_settings_type_0_cluster_type_0 import (
        ProjectSettingsSettingsType0ClusterType0,
    )
    from ..models.project_settings_settings_type_0_code_envs_type_0 import (
        ProjectSettingsSettingsType0CodeEnvsType0,
    )
    from ..models.project_settings_settings_type_0_flow_build_settings_type_0 import (
        ProjectSettingsSettingsType0FlowBuildSettingsType0,
    )
    from ..models.project_settings_settings_type_0_integrations_type_0 import (
        ProjectSettingsSettingsType0IntegrationsType0,
    )
    from ..models.project_settings_settings_type_0_limits_type_0 import (
        ProjectSettingsSettingsType0LimitsType0,
    )


T = TypeVar("T", bound="ProjectSettingsSettingsType0")


@_attrs_define
class ProjectSettingsSettingsType0:
    """Execution settings (code environments, containers, clusters, flow build, ...).

    Attributes:
        code_envs (None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset): Code environments used by the project's
            code, per language (`python`, `r`).
        container (None | ProjectContainerSettingsType0 | Unset): Where the project's code runs, locally or in
            containers.
        cluster (None | ProjectSettingsSettingsType0ClusterType0 | Unset): The Hadoop or Spark cluster the project's
            jobs run on.
        flow_build_settings (None | ProjectSettingsSettingsType0FlowBuildSettingsType0 | Unset): How jobs build the flow
            (unverified).
        limits (None | ProjectSettingsSettingsType0LimitsType0 | Unset): Resource limits of the project's jobs
            (unverified).
        disable_automatic_triggers (bool | None | Unset): Whether the automatic triggers of the project's scenarios are
            disabled (unverified).
        integrations (None | ProjectSettingsSettingsType0IntegrationsType0 | Unset): Notifications of the project's
            events to chat tools (`integrations`, a list) (unverified).
    """

    code_envs: None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset = UNSET
    container: None | ProjectContainerSettingsType0 | Unset = UNSET
    cluster: None | ProjectSettingsSettingsType0ClusterType0 | Unset = UNSET
    flow_build_settings: (
        None | ProjectSettingsSettingsType0FlowBuildSettingsType0 | Unset
    ) = UNSET
    limits: None | ProjectSettingsSettingsType0LimitsType0 | Unset = UNSET
    disable_automatic_triggers: bool | None | Unset = UNSET
    integrations: None | ProjectSettingsSettingsType0IntegrationsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_container_settings_type_0 import (
            ProjectContainerSettingsType0,
        )
        from ..models.project_settings_settings_type_0_cluster_type_0 import (
            ProjectSettingsSettingsType0ClusterType0,
        )
        from ..models.project_settings_settings_type_0_code_envs_type_0 import (
            ProjectSettingsSettingsType0CodeEnvsType0,
        )
        from ..models.project_settings_settings_type_0_flow_build_settings_type_0 import (
            ProjectSettingsSettingsType0FlowBuildSettingsType0,
        )
        from ..models.project_settings_settings_type_0_integrations_type_0 import (
            ProjectSettingsSettingsType0IntegrationsType0,
        )
        from ..models.project_settings_settings_type_0_limits_type_0 import (
            ProjectSettingsSettingsType0LimitsType0,
        )

        code_envs: dict[str, Any] | None | Unset
        if isinstance(self.code_envs, Unset):
            code_envs = UNSET
        elif isinstance(self.code_envs, ProjectSettingsSettingsType0CodeEnvsType0):
            code_envs = self.code_envs.to_dict()
        else:
            code_envs = self.code_envs

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, ProjectContainerSettingsType0):
            container = self.container.to_dict()
        else:
            container = self.container

        cluster: dict[str, Any] | None | Unset
        if isinstance(self.cluster, Unset):
            cluster = UNSET
        elif isinstance(self.cluster, ProjectSettingsSettingsType0ClusterType0):
            cluster = self.cluster.to_dict()
        else:
            cluster = self.cluster

        flow_build_settings: dict[str, Any] | None | Unset
        if isinstance(self.flow_build_settings, Unset):
            flow_build_settings = UNSET
        elif isinstance(
            self.flow_build_settings, ProjectSettingsSettingsType0FlowBuildSettingsType0
        ):
            flow_build_settings = self.flow_build_settings.to_dict()
        else:
            flow_build_settings = self.flow_build_settings

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, ProjectSettingsSettingsType0LimitsType0):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        disable_automatic_triggers: bool | None | Unset
        if isinstance(self.disable_automatic_triggers, Unset):
            disable_automatic_triggers = UNSET
        else:
            disable_automatic_triggers = self.disable_automatic_triggers

        integrations: dict[str, Any] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(
            self.integrations, ProjectSettingsSettingsType0IntegrationsType0
        ):
            integrations = self.integrations.to_dict()
        else:
            integrations = self.integrations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_envs is not UNSET:
            field_dict["codeEnvs"] = code_envs
        if container is not UNSET:
            field_dict["container"] = container
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if flow_build_settings is not UNSET:
            field_dict["flowBuildSettings"] = flow_build_settings
        if limits is not UNSET:
            field_dict["limits"] = limits
        if disable_automatic_triggers is not UNSET:
            field_dict["disableAutomaticTriggers"] = disable_automatic_triggers
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_container_settings_type_0 import (
            ProjectContainerSettingsType0,
        )
        from ..models.project_settings_settings_type_0_cluster_type_0 import (
            ProjectSettingsSettingsType0ClusterType0,
        )
        from ..models.project_settings_settings_type_0_code_envs_type_0 import (
            ProjectSettingsSettingsType0CodeEnvsType0,
        )
        from ..models.project_settings_settings_type_0_flow_build_settings_type_0 import (
            ProjectSettingsSettingsType0FlowBuildSettingsType0,
        )
        from ..models.project_settings_settings_type_0_integrations_type_0 import (
            ProjectSettingsSettingsType0IntegrationsType0,
        )
        from ..models.project_settings_settings_type_0_limits_type_0 import (
            ProjectSettingsSettingsType0LimitsType0,
        )

        d = dict(src_dict)

        def _parse_code_envs(
            data: object,
        ) -> None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_envs_type_0 = ProjectSettingsSettingsType0CodeEnvsType0.from_dict(
                    data
                )

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset, data)

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        def _parse_container(
            data: object,
        ) -> None | ProjectContainerSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_container_settings_type_0 = (
                    ProjectContainerSettingsType0.from_dict(data)
                )

                return componentsschemas_project_container_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectContainerSettingsType0 | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        def _parse_cluster(
            data: object,
        ) -> None | ProjectSettingsSettingsType0ClusterType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cluster_type_0 = ProjectSettingsSettingsType0ClusterType0.from_dict(
                    data
                )

                return cluster_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0ClusterType0 | Unset, data)

        cluster = _parse_cluster(d.pop("cluster", UNSET))

        def _parse_flow_build_settings(
            data: object,
        ) -> None | ProjectSettingsSettingsType0FlowBuildSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_build_settings_type_0 = (
                    ProjectSettingsSettingsType0FlowBuildSettingsType0.from_dict(data)
                )

                return flow_build_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ProjectSettingsSettingsType0FlowBuildSettingsType0 | Unset, data
            )

        flow_build_settings = _parse_flow_build_settings(
            d.pop("flowBuildSettings", UNSET)
        )

        def _parse_limits(
            data: object,
        ) -> None | ProjectSettingsSettingsType0LimitsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = ProjectSettingsSettingsType0LimitsType0.from_dict(data)

                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0LimitsType0 | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))

        def _parse_disable_automatic_triggers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_automatic_triggers = _parse_disable_automatic_triggers(
            d.pop("disableAutomaticTriggers", UNSET)
        )

        def _parse_integrations(
            data: object,
        ) -> None | ProjectSettingsSettingsType0IntegrationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integrations_type_0 = (
                    ProjectSettingsSettingsType0IntegrationsType0.from_dict(data)
                )

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ProjectSettingsSettingsType0IntegrationsType0 | Unset, data
            )

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        project_settings_settings_type_0 = cls(
            code_envs=code_envs,
            container=container,
            cluster=cluster,
            flow_build_settings=flow_build_settings,
            limits=limits,
            disable_automatic_triggers=disable_automatic_triggers,
            integrations=integrations,
        )

        project_settings_settings_type_0.additional_properties = d
        return project_settings_settings_type_0

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
