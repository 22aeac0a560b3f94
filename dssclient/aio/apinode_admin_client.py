"""The administration API of a DSS API node: ``AsyncAPINodeAdminClient``, with the handles
``AsyncAPINodeService`` (a service, its generations and mapping) and ``AsyncAPINodeAuth`` (the
node's admin API keys).

Calls go to ``{uri}/admin/api`` with one of the node's admin API keys, through the same
request pipeline as ``AsyncDSSClient`` and the generated builders of the spec's
``apinode-admin`` tag.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
from dssclient_generated.api import apinode_admin

from dssclient._auth import DSSAuth
from dssclient._config import DEFAULT_MAX_JSON_BYTES, DEFAULT_TIMEOUT, TimeoutTypes, checked_legacy_options
from dssclient._retry import RetryPolicy

from ._requester import json_body
from .apinode_client import _AsyncNodeConnection  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from dssclient.payloads import (
        ApiNodeAdminKey,
        ApiNodeAnswer,
        ApiNodeMetrics,
        ApiNodeServiceState,
        ApiNodeSwitchResult,
    )

__all__ = ["AsyncAPINodeAdminClient", "AsyncAPINodeAuth", "AsyncAPINodeService"]


class AsyncAPINodeAdminClient(_AsyncNodeConnection):
    """Administers a DSS API node: its services and their generations, metrics, caches, admin keys.

    ``APINodeAdminClient(uri, api_key)`` as in the official client, ``api_key`` being one of the
    node's admin API keys. The keyword-only options are ``AsyncDSSClient``'s. Use it as a
    context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        uri: str,
        api_key: str,
        no_check_certificate: bool = False,
        client_certificate: str | tuple[str, str] | None = None,
        *,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        max_json_bytes: int = DEFAULT_MAX_JSON_BYTES,
        transport: httpx.AsyncBaseTransport | None = None,
        **kwargs: Any,
    ) -> None:
        no_check_certificate = checked_legacy_options(type(self).__name__, no_check_certificate, kwargs)
        super().__init__(
            uri,
            "/admin/api",
            DSSAuth.from_credentials(api_key=api_key),
            no_check_certificate,
            client_certificate,
            timeout,
            max_retries,
            retry_policy,
            max_json_bytes,
            transport,
        )

    async def __aenter__(self) -> AsyncAPINodeAdminClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # -- services ---------------------------------------------------------------------------------

    async def create_service(self, service_id: str) -> None:
        """Declare a new service on the node, without any generation. (operation ``createApiNodeService``)"""
        await self._requester.empty(
            apinode_admin.create_api_node_service.request_kwargs, body=json_body({"serviceId": service_id})
        )

    async def list_services(self) -> list[ApiNodeServiceState]:
        """The node's services, each with ``serviceId``, ``enabled``, its generations and mapping.
        (operation ``listApiNodeServices``)"""
        services: list[ApiNodeServiceState] = await self._requester.json(
            apinode_admin.list_api_node_services.request_kwargs
        )
        return services

    def service(self, service_id: str) -> AsyncAPINodeService:
        """A handle on one service of the node (no call is made)."""
        return AsyncAPINodeService(self, service_id)

    def auth(self) -> AsyncAPINodeAuth:
        """A handle on the node's admin API keys (no call is made)."""
        return AsyncAPINodeAuth(self)

    async def get_metrics(self) -> ApiNodeMetrics:
        """Counts of the queries the node answered, per service and endpoint. (operation ``getApiNodeMetrics``)"""
        metrics: ApiNodeMetrics = await self._requester.json(apinode_admin.get_api_node_metrics.request_kwargs)
        return metrics

    # -- caches -----------------------------------------------------------------------------------

    async def import_code_env_in_cache(self, file_dir: str, language: str) -> ApiNodeAnswer:
        """Import an exported code env base folder (a path on the node) into the node's global
        code env cache. (operation ``importApiNodeCodeEnvInCache``)"""
        answer: ApiNodeAnswer = await self._requester.json(
            apinode_admin.import_api_node_code_env_in_cache.request_kwargs, file_dir=file_dir, language=language
        )
        return answer

    async def register_code_env_in_cache(
        self, exported_env_dir: str, built_env_dir: str, language: str
    ) -> ApiNodeAnswer:
        """Register a code env already built on the node in its global cache.
        (operation ``registerApiNodeCodeEnvInCache``)"""
        answer: ApiNodeAnswer = await self._requester.json(
            apinode_admin.register_api_node_code_env_in_cache.request_kwargs,
            exported_env_dir=exported_env_dir,
            built_env_dir=built_env_dir,
            language=language,
        )
        return answer

    async def import_model_archive_in_cache(self, model_archive_path: str) -> ApiNodeAnswer:
        """Import an exported model archive (a path on the node) into the node's model cache.
        (operation ``importApiNodeModelArchive``)"""
        answer: ApiNodeAnswer = await self._requester.json(
            apinode_admin.import_api_node_model_archive.request_kwargs, model_archive_path=model_archive_path
        )
        return answer

    async def clear_model_cache(self) -> None:
        """Empty the node's model cache. (operation ``clearApiNodeModelCache``)"""
        await self._requester.empty(apinode_admin.clear_api_node_model_cache.request_kwargs)

    async def clean_unused_services_and_generations(self) -> ApiNodeAnswer:
        """Delete disabled services, generations no mapping uses and unused code envs; answers what
        was deleted (the official client prints it and returns None). (operation ``cleanApiNodeUnusedServices``)"""
        answer: ApiNodeAnswer = await self._requester.json(apinode_admin.clean_api_node_unused_services.request_kwargs)
        return answer

    async def clean_code_env_cache(self) -> ApiNodeAnswer:
        """Delete the cached code envs no generation uses; answers what was deleted (the official
        client prints it and returns None). (operation ``cleanApiNodeCodeEnvCache``)"""
        answer: ApiNodeAnswer = await self._requester.json(apinode_admin.clean_api_node_code_env_cache.request_kwargs)
        return answer


class AsyncAPINodeService:
    """A service of an API node: its generations (package versions) and which of them answer."""

    def __init__(self, client: AsyncAPINodeAdminClient, service_id: str) -> None:
        self.client = client
        self.service_id = service_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(service_id={self.service_id!r})"

    async def delete(self) -> None:
        """Delete the service and its generations from the node. (operation ``deleteApiNodeService``)"""
        await self.client._requester.empty(apinode_admin.delete_api_node_service.request_kwargs, self.service_id)

    async def list_generations(self) -> list[str]:
        """The service's generations, oldest first. (operation ``listApiNodeServiceGenerations``)"""
        answer = await self.client._requester.json(
            apinode_admin.list_api_node_service_generations.request_kwargs, self.service_id
        )
        generations: list[str] = answer["generations"]
        return generations

    async def import_generation_from_archive(self, file_path: str | os.PathLike[str]) -> None:
        """Import a package archive as a new generation; ``file_path`` is made absolute and read
        by the node, on its own file system. (operation ``importApiNodeServiceGeneration``)"""
        await self.client._requester.empty(
            apinode_admin.import_api_node_service_generation.request_kwargs,
            self.service_id,
            file_path=os.path.abspath(file_path),
        )

    async def preload_generation(self, generation: str) -> None:
        """Load a generation ahead of its first query. (operation ``preloadApiNodeServiceGeneration``)"""
        await self.client._requester.empty(
            apinode_admin.preload_api_node_service_generation.request_kwargs, self.service_id, generation
        )

    async def disable(self) -> None:
        """Disable the service: its endpoints stop answering. (operation ``disableApiNodeService``)"""
        await self.client._requester.empty(apinode_admin.disable_api_node_service.request_kwargs, self.service_id)

    async def enable(self) -> None:
        """Enable the service again. (operation ``enableApiNodeService``)"""
        await self.client._requester.empty(apinode_admin.enable_api_node_service.request_kwargs, self.service_id)

    async def set_generations_mapping(self, mapping: Mapping[str, Any]) -> None:
        """Set which generations answer, in which proportions (``{"entries": [{"generation": "v1",
        "proba": 1.0}]}``); this enables the service. (operation ``setApiNodeServiceMapping``)"""
        await self.client._requester.empty(
            apinode_admin.set_api_node_service_mapping.request_kwargs, self.service_id, body=json_body(dict(mapping))
        )

    async def switch_to_newest(self) -> ApiNodeSwitchResult:
        """Serve the newest generation only, and enable the service. (operation ``switchApiNodeServiceToNewest``)"""
        answer: ApiNodeSwitchResult = await self.client._requester.json(
            apinode_admin.switch_api_node_service_to_newest.request_kwargs, self.service_id
        )
        return answer

    async def switch_to_single_generation(self, generation: str) -> None:
        """Serve this generation only, and enable the service. (operation ``switchApiNodeServiceToGeneration``)"""
        await self.client._requester.empty(
            apinode_admin.switch_api_node_service_to_generation.request_kwargs, self.service_id, generation
        )


class AsyncAPINodeAuth:
    """The admin API keys of an API node."""

    def __init__(self, client: AsyncAPINodeAdminClient) -> None:
        self.client = client

    async def list_keys(self) -> list[ApiNodeAdminKey]:
        """The node's admin API keys, secrets included. (operation ``listApiNodeAdminKeys``)"""
        keys: list[ApiNodeAdminKey] = await self.client._requester.json(
            apinode_admin.list_api_node_admin_keys.request_kwargs
        )
        return keys

    async def add_key(
        self,
        label: str | None = None,
        description: str | None = None,
        created_by: str | None = None,
        expiry: int | None = None,
    ) -> ApiNodeAdminKey:
        """Create an admin API key; answers it, its secret in ``key``. (operation ``createApiNodeAdminKey``)"""
        body = {"label": label, "description": description, "createdBy": created_by, "expiry": expiry}
        key: ApiNodeAdminKey = await self.client._requester.json(
            apinode_admin.create_api_node_admin_key.request_kwargs, body=json_body(body)
        )
        return key

    async def delete_key(self, key: str) -> None:
        """Delete the admin API key whose secret is ``key``. (operation ``deleteApiNodeAdminKey``)"""
        await self.client._requester.empty(apinode_admin.delete_api_node_admin_key.request_kwargs, key)

    async def delete_key_by_id(self, id: str) -> None:
        """Delete the admin API key whose identifier is ``id``. (operation ``deleteApiNodeAdminKeyById``)"""
        await self.client._requester.empty(apinode_admin.delete_api_node_admin_key_by_id.request_kwargs, id)
