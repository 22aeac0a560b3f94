from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_api_deployer_deployment_body_authorizations_to_query_through_deployer_type_0_item import (
        CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item,
    )


T = TypeVar("T", bound="CreateApiDeployerDeploymentBody")


@_attrs_define
class CreateApiDeployerDeploymentBody:
    """What `createApiDeployerDeployment` needs.

    Attributes:
        deployment_id (str): Identifier of the new deployment (letters, digits, `_`, `-`, `.`), unique on the deployer.
        published_service_id (str): The published service to deploy.
        infra_id (str): The infrastructure to deploy on.
        version (str): The version of the published service to deploy.
        endpoint_id (None | str | Unset): The endpoint to deploy, on a Deploy Anywhere infrastructure; ignored
            otherwise.
        authorizations_to_query_through_deployer
            (list[CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item] | None | Unset): Groups
            allowed to query the deployment through the deployer (`group`, `queryThroughDeployer`).
    """

    deployment_id: str
    published_service_id: str
    infra_id: str
    version: str
    endpoint_id: None | str | Unset = UNSET
    authorizations_to_query_through_deployer: (
        list[
            CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        published_service_id = self.published_service_id

        infra_id = self.infra_id

        version = self.version

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentId": deployment_id,
                "publishedServiceId": published_service_id,
                "infraId": infra_id,
                "version": version,
            }
        )
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if authorizations_to_query_through_deployer is not UNSET:
            field_dict["authorizationsToQueryThroughDeployer"] = (
                authorizations_to_query_through_deployer
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_api_deployer_deployment_body_authorizations_to_query_through_deployer_type_0_item import (
            CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item,
        )

        d = dict(src_dict)
        deployment_id = d.pop("deploymentId")

        published_service_id = d.pop("publishedServiceId")

        infra_id = d.pop("infraId")

        version = d.pop("version")

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
                CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item
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
                    authorizations_to_query_through_deployer_type_0_item = CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item.from_dict(
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
                    CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item
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

        create_api_deployer_deployment_body = cls(
            deployment_id=deployment_id,
            published_service_id=published_service_id,
            infra_id=infra_id,
            version=version,
            endpoint_id=endpoint_id,
            authorizations_to_query_through_deployer=authorizations_to_query_through_deployer,
        )

        create_api_deployer_deployment_body.additional_properties = d
        return create_api_deployer_deployment_body

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
