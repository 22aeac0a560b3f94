from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.discussion import Discussion
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    object_type: str,
    object_id: str,
    discussion_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/discussions/{path_segment(object_type)}/{path_segment(object_id)}/{path_segment(discussion_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | Discussion:

    from ...models.discussion import Discussion
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = Discussion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DSSError.from_dict(response.json())

        return response_400

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
) -> Response[DSSError | Discussion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    object_type: str,
    object_id: str,
    discussion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | Discussion]:
    """Get a discussion

     Returns a discussion with its replies.

    Args:
        project_key (str):
        object_type (str):
        object_id (str):
        discussion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Discussion]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        object_type=object_type,
        object_id=object_id,
        discussion_id=discussion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    object_type: str,
    object_id: str,
    discussion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | Discussion | None:
    """Get a discussion

     Returns a discussion with its replies.

    Args:
        project_key (str):
        object_type (str):
        object_id (str):
        discussion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Discussion
    """

    return sync_detailed(
        project_key=project_key,
        object_type=object_type,
        object_id=object_id,
        discussion_id=discussion_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    object_type: str,
    object_id: str,
    discussion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | Discussion]:
    """Get a discussion

     Returns a discussion with its replies.

    Args:
        project_key (str):
        object_type (str):
        object_id (str):
        discussion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Discussion]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        object_type=object_type,
        object_id=object_id,
        discussion_id=discussion_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    object_type: str,
    object_id: str,
    discussion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | Discussion | None:
    """Get a discussion

     Returns a discussion with its replies.

    Args:
        project_key (str):
        object_type (str):
        object_id (str):
        discussion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Discussion
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            object_type=object_type,
            object_id=object_id,
            discussion_id=discussion_id,
            client=client,
        )
    ).parsed
