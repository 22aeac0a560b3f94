from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.flow_tool_state import FlowToolState


def request_kwargs(
    project_key: str,
    tool_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/flow/tools/{path_segment(tool_id)}/stop",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FlowToolState:

    from ...models.dss_error import DSSError
    from ...models.flow_tool_state import FlowToolState

    if response.status_code == 200:
        response_200 = FlowToolState.from_dict(response.json())

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
) -> Response[DSSError | FlowToolState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | FlowToolState]:
    """Stop a flow tool

     Stops the tool and frees what it holds. The emulator runs no flow tool (`startFlowTool` is refused),
    so it
    knows no tool: it answers 404.

    Args:
        project_key (str):
        tool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FlowToolState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        tool_id=tool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | FlowToolState | None:
    """Stop a flow tool

     Stops the tool and frees what it holds. The emulator runs no flow tool (`startFlowTool` is refused),
    so it
    knows no tool: it answers 404.

    Args:
        project_key (str):
        tool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FlowToolState
    """

    return sync_detailed(
        project_key=project_key,
        tool_id=tool_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | FlowToolState]:
    """Stop a flow tool

     Stops the tool and frees what it holds. The emulator runs no flow tool (`startFlowTool` is refused),
    so it
    knows no tool: it answers 404.

    Args:
        project_key (str):
        tool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FlowToolState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        tool_id=tool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | FlowToolState | None:
    """Stop a flow tool

     Stops the tool and frees what it holds. The emulator runs no flow tool (`startFlowTool` is refused),
    so it
    knows no tool: it answers 404.

    Args:
        project_key (str):
        tool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FlowToolState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            tool_id=tool_id,
            client=client,
        )
    ).parsed
