from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dataset_schema import DatasetSchema
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    streaming_endpoint_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/streamingendpoints/{path_segment(streaming_endpoint_name)}/schema",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | DatasetSchema:

    from ...models.dataset_schema import DatasetSchema
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = DatasetSchema.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DSSError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | DatasetSchema]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    streaming_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | DatasetSchema]:
    """Get a streaming endpoint's schema

     Returns the streaming endpoint's schema, its list of columns.

    Args:
        project_key (str):
        streaming_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DatasetSchema]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        streaming_endpoint_name=streaming_endpoint_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    streaming_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | DatasetSchema | None:
    """Get a streaming endpoint's schema

     Returns the streaming endpoint's schema, its list of columns.

    Args:
        project_key (str):
        streaming_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DatasetSchema
    """

    return sync_detailed(
        project_key=project_key,
        streaming_endpoint_name=streaming_endpoint_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    streaming_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | DatasetSchema]:
    """Get a streaming endpoint's schema

     Returns the streaming endpoint's schema, its list of columns.

    Args:
        project_key (str):
        streaming_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DatasetSchema]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        streaming_endpoint_name=streaming_endpoint_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    streaming_endpoint_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | DatasetSchema | None:
    """Get a streaming endpoint's schema

     Returns the streaming endpoint's schema, its list of columns.

    Args:
        project_key (str):
        streaming_endpoint_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DatasetSchema
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            streaming_endpoint_name=streaming_endpoint_name,
            client=client,
        )
    ).parsed
