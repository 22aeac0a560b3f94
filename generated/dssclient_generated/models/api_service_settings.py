from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_settings_auth_realm_type_0 import (
        ApiServiceSettingsAuthRealmType0,
    )
    from ..models.api_service_settings_endpoints_type_0_item import (
        ApiServiceSettingsEndpointsType0Item,
    )


T = TypeVar("T", bound="ApiServiceSettings")


@_attrs_define
class ApiServiceSettings:
    """The settings of an API service. Save them back whole: DSS replaces the
    settings with what it receives.

        Attributes:
            project_key (None | str | Unset): Key of the project.
            id (None | str | Unset): Identifier of the service.
            name (None | str | Unset): Display name.
            auth_method (None | str | Unset): How queries authenticate; `PUBLIC` (not at all), `API_KEYS` or `OAUTH2`.
            public_access (bool | None | Unset): Whether queries need no authentication.
            auth_realm (ApiServiceSettingsAuthRealmType0 | None | Unset): The API keys that may query the service
                (`queryKeys`).
            endpoints (list[ApiServiceSettingsEndpointsType0Item] | None | Unset): The endpoints; each has fields of its own
                type besides `id` and `type` (`modelRef`, `testQueries`, ...).
            tags (list[str] | None | Unset): Tags of the service.
    """

    project_key: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    auth_method: None | str | Unset = UNSET
    public_access: bool | None | Unset = UNSET
    auth_realm: ApiServiceSettingsAuthRealmType0 | None | Unset = UNSET
    endpoints: list[ApiServiceSettingsEndpointsType0Item] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_service_settings_auth_realm_type_0 import (
            ApiServiceSettingsAuthRealmType0,
        )

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        auth_method: None | str | Unset
        if isinstance(self.auth_method, Unset):
            auth_method = UNSET
        else:
            auth_method = self.auth_method

        public_access: bool | None | Unset
        if isinstance(self.public_access, Unset):
            public_access = UNSET
        else:
            public_access = self.public_access

        auth_realm: dict[str, Any] | None | Unset
        if isinstance(self.auth_realm, Unset):
            auth_realm = UNSET
        elif isinstance(self.auth_realm, ApiServiceSettingsAuthRealmType0):
            auth_realm = self.auth_realm.to_dict()
        else:
            auth_realm = self.auth_realm

        endpoints: list[dict[str, Any]] | None | Unset
        if isinstance(self.endpoints, Unset):
            endpoints = UNSET
        elif isinstance(self.endpoints, list):
            endpoints = []
            for endpoints_type_0_item_data in self.endpoints:
                endpoints_type_0_item = endpoints_type_0_item_data.to_dict()
                endpoints.append(endpoints_type_0_item)

        else:
            endpoints = self.endpoints

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if public_access is not UNSET:
            field_dict["publicAccess"] = public_access
        if auth_realm is not UNSET:
            field_dict["authRealm"] = auth_realm
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_settings_auth_realm_type_0 import (
            ApiServiceSettingsAuthRealmType0,
        )
        from ..models.api_service_settings_endpoints_type_0_item import (
            ApiServiceSettingsEndpointsType0Item,
        )

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_auth_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_method = _parse_auth_method(d.pop("authMethod", UNSET))

        def _parse_public_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_access = _parse_public_access(d.pop("publicAccess", UNSET))

        def _parse_auth_realm(
            data: object,
        ) -> ApiServiceSettingsAuthRealmType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_realm_type_0 = ApiServiceSettingsAuthRealmType0.from_dict(data)

                return auth_realm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiServiceSettingsAuthRealmType0 | None | Unset, data)

        auth_realm = _parse_auth_realm(d.pop("authRealm", UNSET))

        def _parse_endpoints(
            data: object,
        ) -> list[ApiServiceSettingsEndpointsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                endpoints_type_0 = []
                _endpoints_type_0 = data
                for endpoints_type_0_item_data in _endpoints_type_0:
                    endpoints_type_0_item = (
                        ApiServiceSettingsEndpointsType0Item.from_dict(
                            endpoints_type_0_item_data
                        )
                    )

                    endpoints_type_0.append(endpoints_type_0_item)

                return endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiServiceSettingsEndpointsType0Item] | None | Unset, data)

        endpoints = _parse_endpoints(d.pop("endpoints", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        api_service_settings = cls(
            project_key=project_key,
            id=id,
            name=name,
            auth_method=auth_method,
            public_access=public_access,
            auth_realm=auth_realm,
            endpoints=endpoints,
            tags=tags,
        )

        api_service_settings.additional_properties = d
        return api_service_settings

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
