from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.log_file_summary import LogFileSummary


def request_kwargs(
    env_lang: str,
    env_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/admin/code-envs/{path_segment(env_lang)}/{path_segment(env_name)}/logs",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[LogFileSummary]:

    from ...models.dss_error import DSSError
    from ...models.log_file_summary import LogFileSummary

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = LogFileSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[LogFileSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | list[LogFileSummary]]:
    """List a code env's logs

     Lists the logs of the code env's builds and package updates.

    Args:
        env_lang (str):
        env_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[LogFileSummary]]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | list[LogFileSummary] | None:
    """List a code env's logs

     Lists the logs of the code env's builds and package updates.

    Args:
        env_lang (str):
        env_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[LogFileSummary]
    """

    return sync_detailed(
        env_lang=env_lang,
        env_name=env_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | list[LogFileSummary]]:
    """List a code env's logs

     Lists the logs of the code env's builds and package updates.

    Args:
        env_lang (str):
        env_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[LogFileSummary]]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_lang: str,
    env_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | list[LogFileSummary] | None:
    """List a code env's logs

     Lists the logs of the code env's builds and package updates.

    Args:
        env_lang (str):
        env_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[LogFileSummary]
    """

    return (
        await asyncio_detailed(
            env_lang=env_lang,
            env_name=env_name,
            client=client,
        )
    ).parsed
