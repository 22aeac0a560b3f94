from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.start_flow_tool_body import StartFlowToolBody


def request_kwargs(
    project_key: str,
    *,
    body: StartFlowToolBody | Unset = UNSET,
    type_: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/flow/tools/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | str:

    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[DSSError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartFlowToolBody | Unset = UNSET,
    type_: str,
) -> Response[DSSError | str]:
    """Start a flow tool

     Starts a flow tool (`COPY`, `CHECK_CONSISTENCY`, `PROPAGATE_SCHEMA`, or
    a view) and answers its identifier as text. Whether a tool's states
    the emulator would invent match DSS's is unknown: the emulator starts
    none and refuses (400); `propagateSchema` runs a schema propagation.

    Args:
        project_key (str):
        type_ (str):
        body (StartFlowToolBody | Unset): The tool's initial data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartFlowToolBody | Unset = UNSET,
    type_: str,
) -> DSSError | str | None:
    """Start a flow tool

     Starts a flow tool (`COPY`, `CHECK_CONSISTENCY`, `PROPAGATE_SCHEMA`, or
    a view) and answers its identifier as text. Whether a tool's states
    the emulator would invent match DSS's is unknown: the emulator starts
    none and refuses (400); `propagateSchema` runs a schema propagation.

    Args:
        project_key (str):
        type_ (str):
        body (StartFlowToolBody | Unset): The tool's initial data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartFlowToolBody | Unset = UNSET,
    type_: str,
) -> Response[DSSError | str]:
    """Start a flow tool

     Starts a flow tool (`COPY`, `CHECK_CONSISTENCY`, `PROPAGATE_SCHEMA`, or
    a view) and answers its identifier as text. Whether a tool's states
    the emulator would invent match DSS's is unknown: the emulator starts
    none and refuses (400); `propagateSchema` runs a schema propagation.

    Args:
        project_key (str):
        type_ (str):
        body (StartFlowToolBody | Unset): The tool's initial data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | str]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartFlowToolBody | Unset = UNSET,
    type_: str,
) -> DSSError | str | None:
    """Start a flow tool

     Starts a flow tool (`COPY`, `CHECK_CONSISTENCY`, `PROPAGATE_SCHEMA`, or
    a view) and answers its identifier as text. Whether a tool's states
    the emulator would invent match DSS's is unknown: the emulator starts
    none and refuses (400); `propagateSchema` runs a schema propagation.

    Args:
        project_key (str):
        type_ (str):
        body (StartFlowToolBody | Unset): The tool's initial data.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | str
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
            type_=type_,
        )
    ).parsed
