from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item import (
        ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item,
    )
    from ..models.api_deployer_generations_mapping import ApiDeployerGenerationsMapping


T = TypeVar("T", bound="ApiDeployerDeploymentSettings")


@_attrs_define
class ApiDeployerDeploymentSettings:
    """The settings of a deployment. Save them back whole; they take effect
    on the next update.

        Attributes:
            id (None | str | Unset): Identifier of the deployment; cannot change.
            published_service_id (None | str | Unset): The published service deployed; cannot change.
            infra_id (None | str | Unset): The infrastructure deployed on; cannot change.
            enabled (bool | None | Unset): Whether the deployment is enabled.
            generations_mapping (ApiDeployerGenerationsMapping | None | Unset): Which versions the deployment serves.
            endpoint_id (None | str | Unset): The endpoint deployed, on a Deploy Anywhere infrastructure.
            authorizations_to_query_through_deployer
                (list[ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item] | None | Unset): Groups
                allowed to query the deployment through the deployer (`group`, `queryThroughDeployer`).
            tags (list[str] | None | Unset): Tags of the deployment.
    """

    id: None | str | Unset = UNSET
    published_service_id: None | str | Unset = UNSET
    infra_id: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    generations_mapping: ApiDeployerGenerationsMapping | None | Unset = UNSET
    endpoint_id: None | str | Unset = UNSET
    authorizations_to_query_through_deployer: (
        list[ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item]
        | None
        | Unset
    ) = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_deployer_generations_mapping import (
            ApiDeployerGenerationsMapping,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        published_service_id: None | str | Unset
        if isinstance(self.published_service_id, Unset):
            published_service_id = UNSET
        else:
            published_service_id = self.published_service_id

        infra_id: None | str | Unset
        if isinstance(self.infra_id, Unset):
            infra_id = UNSET
        else:
            infra_id = self.infra_id

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        generations_mapping: dict[str, Any] | None | Unset
        if isinstance(self.generations_mapping, Unset):
            generations_mapping = UNSET
        elif isinstance(self.generations_mapping, ApiDeployerGenerationsMapping):
            generations_mapping = self.generations_mapping.to_dict()
        else:
            generations_mapping = self.generations_mapping

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        authorizations_to_query_through_deployer: list[dict[str, Any]] | None | Unset
        if isinstance(self.authorizations_to_query_through_deployer, Unset):
            authorizations_to_query_through_deployer = UNSET
        elif isinstance(self.authorizations_to_query_through_deployer, list):
            authorizations_to_query_through_deployer = []
            for (
                authorizations_to_query_through_deployer_type_0_item_data
            ) in self.authorizations_to_query_through_deployer:
                authorizations_to_query_through_deployer_type_0_item = (
                    authorizations_to_query_through_deployer_type_0_item_data.to_dict()
                )
                authorizations_to_query_through_deployer.append(
                    authorizations_to_query_through_deployer_type_0_item
                )

        else:
            authorizations_to_query_through_deployer = (
                self.authorizations_to_query_through_deployer
            )

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
        if id is not UNSET:
            field_dict["id"] = id
        if published_service_id is not UNSET:
            field_dict["publishedServiceId"] = published_service_id
        if infra_id is not UNSET:
            field_dict["infraId"] = infra_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if generations_mapping is not UNSET:
            field_dict["generationsMapping"] = generations_mapping
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if authorizations_to_query_through_deployer is not UNSET:
            field_dict["authorizationsToQueryThroughDeployer"] = (
                authorizations_to_query_through_deployer
            )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item import (
            ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item,
        )
        from ..models.api_deployer_generations_mapping import (
            ApiDeployerGenerationsMapping,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_published_service_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_service_id = _parse_published_service_id(
            d.pop("publishedServiceId", UNSET)
        )

        def _parse_infra_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        infra_id = _parse_infra_id(d.pop("infraId", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_generations_mapping(
            data: object,
        ) -> ApiDeployerGenerationsMapping | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generations_mapping_type_0 = ApiDeployerGenerationsMapping.from_dict(
                    data
                )

                return generations_mapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiDeployerGenerationsMapping | None | Unset, data)

        generations_mapping = _parse_generations_mapping(
            d.pop("generationsMapping", UNSET)
        )

        def _parse_endpoint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_id = _parse_endpoint_id(d.pop("endpointId", UNSET))

        def _parse_authorizations_to_query_through_deployer(
            data: object,
        ) -> (
            list[
                ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorizations_to_query_through_deployer_type_0 = []
                _authorizations_to_query_through_deployer_type_0 = data
                for (
                    authorizations_to_query_through_deployer_type_0_item_data
                ) in _authorizations_to_query_through_deployer_type_0:
                    authorizations_to_query_through_deployer_type_0_item = ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item.from_dict(
                        authorizations_to_query_through_deployer_type_0_item_data
                    )

                    authorizations_to_query_through_deployer_type_0.append(
                        authorizations_to_query_through_deployer_type_0_item
                    )

                return authorizations_to_query_through_deployer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item
                ]
                | None
                | Unset,
                data,
            )

        authorizations_to_query_through_deployer = (
            _parse_authorizations_to_query_through_deployer(
                d.pop("authorizationsToQueryThroughDeployer", UNSET)
            )
        )

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

        api_deployer_deployment_settings = cls(
            id=id,
            published_service_id=published_service_id,
            infra_id=infra_id,
            enabled=enabled,
            generations_mapping=generations_mapping,
            endpoint_id=endpoint_id,
            authorizations_to_query_through_deployer=authorizations_to_query_through_deployer,
            tags=tags,
        )

        api_deployer_deployment_settings.additional_properties = d
        return api_deployer_deployment_settings

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
