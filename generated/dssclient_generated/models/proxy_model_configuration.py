from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProxyModelConfiguration")


@_attrs_define
class ProxyModelConfiguration:
    """The cloud service of an external model's endpoints.

    Attributes:
        protocol (str | Unset): `sagemaker`, `azure-ml`, `vertex-ai` or `databricks`.
        region (str | Unset): The region of the endpoints (SageMaker, Vertex AI).
        connection (str | Unset): The DSS connection that authenticates the calls (optional but for Databricks).
        subscription_id (str | Unset): The Azure subscription (Azure ML).
        resource_group (str | Unset): The Azure resource group (Azure ML).
        workspace (str | Unset): The Azure ML workspace.
        project_id (str | Unset): The GCP project, by name or id (Vertex AI).
    """

    protocol: str | Unset = UNSET
    region: str | Unset = UNSET
    connection: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    resource_group: str | Unset = UNSET
    workspace: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        region = self.region

        connection = self.connection

        subscription_id = self.subscription_id

        resource_group = self.resource_group

        workspace = self.workspace

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if region is not UNSET:
            field_dict["region"] = region
        if connection is not UNSET:
            field_dict["connection"] = connection
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if resource_group is not UNSET:
            field_dict["resource_group"] = resource_group
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = d.pop("protocol", UNSET)

        region = d.pop("region", UNSET)

        connection = d.pop("connection", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        resource_group = d.pop("resource_group", UNSET)

        workspace = d.pop("workspace", UNSET)

        project_id = d.pop("project_id", UNSET)

        proxy_model_configuration = cls(
            protocol=protocol,
            region=region,
            connection=connection,
            subscription_id=subscription_id,
            resource_group=resource_group,
            workspace=workspace,
            project_id=project_id,
        )

        proxy_model_configuration.additional_properties = d
        return proxy_model_configuration

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
