from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    template_id: str,
    *,
    with_no_cache: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["withNoCache"] = with_no_cache

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/admin/code-studios/{path_segment(template_id)}/build",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

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
) -> Response[DSSError | FutureState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_no_cache: bool | Unset = False,
) -> Response[DSSError | FutureState]:
    """Build a code studio template

     Starts building (or rebuilding) the template's images, one per
    container configuration it is built for. The build is a long task.

    Args:
        template_id (str):
        with_no_cache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        template_id=template_id,
        with_no_cache=with_no_cache,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_no_cache: bool | Unset = False,
) -> DSSError | FutureState | None:
    """Build a code studio template

     Starts building (or rebuilding) the template's images, one per
    container configuration it is built for. The build is a long task.

    Args:
        template_id (str):
        with_no_cache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        with_no_cache=with_no_cache,
    ).parsed


async def asyncio_detailed(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_no_cache: bool | Unset = False,
) -> Response[DSSError | FutureState]:
    """Build a code studio template

     Starts building (or rebuilding) the template's images, one per
    container configuration it is built for. The build is a long task.

    Args:
        template_id (str):
        with_no_cache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        template_id=template_id,
        with_no_cache=with_no_cache,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: str,
    *,
    client: AuthenticatedClient | Client,
    with_no_cache: bool | Unset = False,
) -> DSSError | FutureState | None:
    """Build a code studio template

     Starts building (or rebuilding) the template's images, one per
    container configuration it is built for. The build is a long task.

    Args:
        template_id (str):
        with_no_cache (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            with_no_cache=with_no_cache,
        )
    ).parsed
