from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_generations_mapping import ApiNodeGenerationsMapping


T = TypeVar("T", bound="ApiNodeServiceState")


@_attrs_define
class ApiNodeServiceState:
    """A service on the API node (the emulator's shape; unverified).

    Attributes:
        service_id (str | Unset): Identifier of the service.
        enabled (bool | Unset): Whether to compute explanations (null: the endpoint's setting).
        generations (list[str] | Unset): The generations' identifiers, oldest first.
        mapping (ApiNodeGenerationsMapping | Unset): Which generations of a service answer, in which proportions.
    """

    service_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    generations: list[str] | Unset = UNSET
    mapping: ApiNodeGenerationsMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        enabled = self.enabled

        generations: list[str] | Unset = UNSET
        if not isinstance(self.generations, Unset):
            generations = self.generations

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if generations is not UNSET:
            field_dict["generations"] = generations
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_generations_mapping import ApiNodeGenerationsMapping

        d = dict(src_dict)
        service_id = d.pop("serviceId", UNSET)

        enabled = d.pop("enabled", UNSET)

        generations = cast(list[str], d.pop("generations", UNSET))

        _mapping = d.pop("mapping", UNSET)
        mapping: ApiNodeGenerationsMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = ApiNodeGenerationsMapping.from_dict(_mapping)

        api_node_service_state = cls(
            service_id=service_id,
            enabled=enabled,
            generations=generations,
            mapping=mapping,
        )

        api_node_service_state.additional_properties = d
        return api_node_service_state

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
