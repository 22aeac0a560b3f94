from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_open_api_document_info import (
        ApiDeployerOpenApiDocumentInfo,
    )
    from ..models.api_deployer_open_api_document_paths import (
        ApiDeployerOpenApiDocumentPaths,
    )
    from ..models.api_deployer_open_api_document_servers_item import (
        ApiDeployerOpenApiDocumentServersItem,
    )


T = TypeVar("T", bound="ApiDeployerOpenApiDocument")


@_attrs_define
class ApiDeployerOpenApiDocument:
    """An OpenAPI document describing the endpoints of a deployed service.

    Attributes:
        openapi (str | Unset): Version of the OpenAPI specification the document follows.
        info (ApiDeployerOpenApiDocumentInfo | Unset): Title and version of the service.
        servers (list[ApiDeployerOpenApiDocumentServersItem] | Unset): Where the service answers.
        paths (ApiDeployerOpenApiDocumentPaths | Unset): The endpoints' paths, each an OpenAPI path item (free-form
            here).
    """

    openapi: str | Unset = UNSET
    info: ApiDeployerOpenApiDocumentInfo | Unset = UNSET
    servers: list[ApiDeployerOpenApiDocumentServersItem] | Unset = UNSET
    paths: ApiDeployerOpenApiDocumentPaths | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        openapi = self.openapi

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        paths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = self.paths.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if openapi is not UNSET:
            field_dict["openapi"] = openapi
        if info is not UNSET:
            field_dict["info"] = info
        if servers is not UNSET:
            field_dict["servers"] = servers
        if paths is not UNSET:
            field_dict["paths"] = paths

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_open_api_document_info import (
            ApiDeployerOpenApiDocumentInfo,
        )
        from ..models.api_deployer_open_api_document_paths import (
            ApiDeployerOpenApiDocumentPaths,
        )
        from ..models.api_deployer_open_api_document_servers_item import (
            ApiDeployerOpenApiDocumentServersItem,
        )

        d = dict(src_dict)
        openapi = d.pop("openapi", UNSET)

        _info = d.pop("info", UNSET)
        info: ApiDeployerOpenApiDocumentInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = ApiDeployerOpenApiDocumentInfo.from_dict(_info)

        _servers = d.pop("servers", UNSET)
        servers: list[ApiDeployerOpenApiDocumentServersItem] | Unset = UNSET
        if _servers is not UNSET:
            servers = []
            for servers_item_data in _servers:
                servers_item = ApiDeployerOpenApiDocumentServersItem.from_dict(
                    servers_item_data
                )

                servers.append(servers_item)

        _paths = d.pop("paths", UNSET)
        paths: ApiDeployerOpenApiDocumentPaths | Unset
        if isinstance(_paths, Unset):
            paths = UNSET
        else:
            paths = ApiDeployerOpenApiDocumentPaths.from_dict(_paths)

        api_deployer_open_api_document = cls(
            openapi=openapi,
            info=info,
            servers=servers,
            paths=paths,
        )

        api_deployer_open_api_document.additional_properties = d
        return api_deployer_open_api_document

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
