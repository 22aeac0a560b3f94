from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerInfraSettingsApiNodesType0Item")


@_attrs_define
class ApiDeployerInfraSettingsApiNodesType0Item:
    """One API node.

    Attributes:
        url (str): Base URL of the API node.
        admin_api_key (None | str | Unset): The API node's administration key (a secret).
        graphite_prefix (None | str | Unset): Prefix of the node's metrics in Graphite.
    """

    url: str
    admin_api_key: None | str | Unset = UNSET
    graphite_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        admin_api_key: None | str | Unset
        if isinstance(self.admin_api_key, Unset):
            admin_api_key = UNSET
        else:
            admin_api_key = self.admin_api_key

        graphite_prefix: None | str | Unset
        if isinstance(self.graphite_prefix, Unset):
            graphite_prefix = UNSET
        else:
            graphite_prefix = self.graphite_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if admin_api_key is not UNSET:
            field_dict["adminAPIKey"] = admin_api_key
        if graphite_prefix is not UNSET:
            field_dict["graphitePrefix"] = graphite_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        def _parse_admin_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        admin_api_key = _parse_admin_api_key(d.pop("adminAPIKey", UNSET))

        def _parse_graphite_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        graphite_prefix = _parse_graphite_prefix(d.pop("graphitePrefix", UNSET))

        api_deployer_infra_settings_api_nodes_type_0_item = cls(
            url=url,
            admin_api_key=admin_api_key,
            graphite_prefix=graphite_prefix,
        )

        api_deployer_infra_settings_api_nodes_type_0_item.additional_properties = d
        return api_deployer_infra_settings_api_nodes_type_0_item

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
