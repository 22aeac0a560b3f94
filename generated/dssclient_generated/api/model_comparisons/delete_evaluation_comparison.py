from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    comparison_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/projects/{path_segment(project_key)}/evaluationcomparisons/{path_segment(comparison_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    comparison_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DSSError]:
    """Delete an evaluation comparison

     Deletes the comparison (not the items it compares).

    Args:
        project_key (str):
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        comparison_id=comparison_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    comparison_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DSSError | None:
    """Delete an evaluation comparison

     Deletes the comparison (not the items it compares).

    Args:
        project_key (str):
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        comparison_id=comparison_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    comparison_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DSSError]:
    """Delete an evaluation comparison

     Deletes the comparison (not the items it compares).

    Args:
        project_key (str):
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        comparison_id=comparison_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    comparison_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DSSError | None:
    """Delete an evaluation comparison

     Deletes the comparison (not the items it compares).

    Args:
        project_key (str):
        comparison_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            comparison_id=comparison_id,
            client=client,
        )
    ).parsed
