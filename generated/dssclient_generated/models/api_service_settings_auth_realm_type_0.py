from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_settings_auth_realm_type_0_query_keys_type_0_item import (
        ApiServiceSettingsAuthRealmType0QueryKeysType0Item,
    )


T = TypeVar("T", bound="ApiServiceSettingsAuthRealmType0")


@_attrs_define
class ApiServiceSettingsAuthRealmType0:
    """The API keys that may query the service (`queryKeys`).

    Attributes:
        query_keys (list[ApiServiceSettingsAuthRealmType0QueryKeysType0Item] | None | Unset): The keys, each a `key` and
            its `description` (unverified beyond `key`).
    """

    query_keys: (
        list[ApiServiceSettingsAuthRealmType0QueryKeysType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.query_keys, Unset):
            query_keys = UNSET
        elif isinstance(self.query_keys, list):
            query_keys = []
            for query_keys_type_0_item_data in self.query_keys:
                query_keys_type_0_item = query_keys_type_0_item_data.to_dict()
                query_keys.append(query_keys_type_0_item)

        else:
            query_keys = self.query_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_keys is not UNSET:
            field_dict["queryKeys"] = query_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_settings_auth_realm_type_0_query_keys_type_0_item import (
            ApiServiceSettingsAuthRealmType0QueryKeysType0Item,
        )

        d = dict(src_dict)

        def _parse_query_keys(
            data: object,
        ) -> list[ApiServiceSettingsAuthRealmType0QueryKeysType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_keys_type_0 = []
                _query_keys_type_0 = data
                for query_keys_type_0_item_data in _query_keys_type_0:
                    query_keys_type_0_item = (
                        ApiServiceSettingsAuthRealmType0QueryKeysType0Item.from_dict(
                            query_keys_type_0_item_data
                        )
                    )

                    query_keys_type_0.append(query_keys_type_0_item)

                return query_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ApiServiceSettingsAuthRealmType0QueryKeysType0Item] | None | Unset,
                data,
            )

        query_keys = _parse_query_keys(d.pop("queryKeys", UNSET))

        api_service_settings_auth_realm_type_0 = cls(
            query_keys=query_keys,
        )

        api_service_settings_auth_realm_type_0.additional_properties = d
        return api_service_settings_auth_realm_type_0

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
