from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerServiceVersionDesignNodeInfo")


@_attrs_define
class ApiDeployerServiceVersionDesignNodeInfo:
    """Where the version was designed (`projectKey`, `serviceId`).

    Attributes:
        project_key (None | str | Unset): The design project.
        service_id (None | str | Unset): The API service in it.
        dss_version (None | str | Unset): Version of the design node (unverified).
    """

    project_key: None | str | Unset = UNSET
    service_id: None | str | Unset = UNSET
    dss_version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        dss_version: None | str | Unset
        if isinstance(self.dss_version, Unset):
            dss_version = UNSET
        else:
            dss_version = self.dss_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if dss_version is not UNSET:
            field_dict["dssVersion"] = dss_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_service_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_id = _parse_service_id(d.pop("serviceId", UNSET))

        def _parse_dss_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dss_version = _parse_dss_version(d.pop("dssVersion", UNSET))

        api_deployer_service_version_design_node_info = cls(
            project_key=project_key,
            service_id=service_id,
            dss_version=dss_version,
        )

        api_deployer_service_version_design_node_info.additional_properties = d
        return api_deployer_service_version_design_node_info

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
