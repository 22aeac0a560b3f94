from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_node_answer import ApiNodeAnswer
    from ...models.dss_error import DSSError


def request_kwargs(
    *,
    file_dir: str,
    language: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fileDir"] = file_dir

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cached-code-envs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiNodeAnswer | DSSError:

    from ...models.api_node_answer import ApiNodeAnswer
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiNodeAnswer.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DSSError.from_dict(response.json())

        return response_404

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiNodeAnswer | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    file_dir: str,
    language: str,
) -> Response[ApiNodeAnswer | DSSError]:
    """Import a code env into the cache

     Imports an exported code env base folder into the API node's global code env cache.

    Args:
        file_dir (str):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeAnswer | DSSError]
    """

    kwargs = request_kwargs(
        file_dir=file_dir,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    file_dir: str,
    language: str,
) -> ApiNodeAnswer | DSSError | None:
    """Import a code env into the cache

     Imports an exported code env base folder into the API node's global code env cache.

    Args:
        file_dir (str):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeAnswer | DSSError
    """

    return sync_detailed(
        client=client,
        file_dir=file_dir,
        language=language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    file_dir: str,
    language: str,
) -> Response[ApiNodeAnswer | DSSError]:
    """Import a code env into the cache

     Imports an exported code env base folder into the API node's global code env cache.

    Args:
        file_dir (str):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiNodeAnswer | DSSError]
    """

    kwargs = request_kwargs(
        file_dir=file_dir,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    file_dir: str,
    language: str,
) -> ApiNodeAnswer | DSSError | None:
    """Import a code env into the cache

     Imports an exported code env base folder into the API node's global code env cache.

    Args:
        file_dir (str):
        language (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiNodeAnswer | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            file_dir=file_dir,
            language=language,
        )
    ).parsed
