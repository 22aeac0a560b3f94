from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item",
)


@_attrs_define
class ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item:
    """One group's authorization.

    Attributes:
        group (None | str | Unset): The group.
        can_query (bool | None | Unset): Whether its members may query the deployment through the deployer (unverified).
    """

    group: None | str | Unset = UNSET
    can_query: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        can_query: bool | None | Unset
        if isinstance(self.can_query, Unset):
            can_query = UNSET
        else:
            can_query = self.can_query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if can_query is not UNSET:
            field_dict["canQuery"] = can_query

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_can_query(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_query = _parse_can_query(d.pop("canQuery", UNSET))

        api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item = cls(
            group=group,
            can_query=can_query,
        )

        api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item.additional_properties = d
        return api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item

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
