from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalModelVersionMetadataProxyModelVersionConfiguration")


@_attrs_define
class ExternalModelVersionMetadataProxyModelVersionConfiguration:
    """For an external model's version, its endpoint (the fields its protocol needs).

    Attributes:
        protocol (str | Unset): `sagemaker`, `azure-ml`, `vertex-ai` or `databricks`.
        endpoint_name (str | Unset): The endpoint (SageMaker, Azure ML). Go generators would name this property and
            `endpointName` alike: `x-go-name` renames it (and `x-dss-generator-name-mappings`
            in this document's info, for openapi-generator).
        endpoint_id (str | Unset): The endpoint (Vertex AI).
        endpointName (str | Unset): The endpoint (Databricks).
        project_id (str | Unset): The GCP project (Vertex AI).
    """

    protocol: str | Unset = UNSET
    endpoint_name: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    endpointName: str | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        endpoint_name = self.endpoint_name

        endpoint_id = self.endpoint_id

        endpointName = self.endpointName

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if endpoint_name is not UNSET:
            field_dict["endpoint_name"] = endpoint_name
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if endpointName is not UNSET:
            field_dict["endpointName"] = endpointName
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        protocol = d.pop("protocol", UNSET)

        endpoint_name = d.pop("endpoint_name", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        endpointName = d.pop("endpointName", UNSET)

        project_id = d.pop("project_id", UNSET)

        external_model_version_metadata_proxy_model_version_configuration = cls(
            protocol=protocol,
            endpoint_name=endpoint_name,
            endpoint_id=endpoint_id,
            endpointName=endpointName,
            project_id=project_id,
        )

        external_model_version_metadata_proxy_model_version_configuration.additional_properties = d
        return external_model_version_metadata_proxy_model_version_configuration

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
