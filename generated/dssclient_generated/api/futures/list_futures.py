from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    *,
    with_scenarios: bool | Unset = False,
    with_not_scenarios: bool | Unset = True,
    all_users: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["withScenarios"] = with_scenarios

    params["withNotScenarios"] = with_not_scenarios

    params["allUsers"] = all_users

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/futures/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[FutureState]:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FutureState.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = DSSError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DSSError.from_dict(response.json())

        return response_403

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DSSError | list[FutureState]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_scenarios: bool | Unset = False,
    with_not_scenarios: bool | Unset = True,
    all_users: bool | Unset = False,
) -> Response[DSSError | list[FutureState]]:
    """List running long tasks

     Lists the long tasks that are running. Scenario runs are long tasks
    too; the two flags choose which kinds are listed.

    Args:
        with_scenarios (bool | Unset):  Default: False.
        with_not_scenarios (bool | Unset):  Default: True.
        all_users (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[FutureState]]
    """

    kwargs = request_kwargs(
        with_scenarios=with_scenarios,
        with_not_scenarios=with_not_scenarios,
        all_users=all_users,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    with_scenarios: bool | Unset = False,
    with_not_scenarios: bool | Unset = True,
    all_users: bool | Unset = False,
) -> DSSError | list[FutureState] | None:
    """List running long tasks

     Lists the long tasks that are running. Scenario runs are long tasks
    too; the two flags choose which kinds are listed.

    Args:
        with_scenarios (bool | Unset):  Default: False.
        with_not_scenarios (bool | Unset):  Default: True.
        all_users (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[FutureState]
    """

    return sync_detailed(
        client=client,
        with_scenarios=with_scenarios,
        with_not_scenarios=with_not_scenarios,
        all_users=all_users,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    with_scenarios: bool | Unset = False,
    with_not_scenarios: bool | Unset = True,
    all_users: bool | Unset = False,
) -> Response[DSSError | list[FutureState]]:
    """List running long tasks

     Lists the long tasks that are running. Scenario runs are long tasks
    too; the two flags choose which kinds are listed.

    Args:
        with_scenarios (bool | Unset):  Default: False.
        with_not_scenarios (bool | Unset):  Default: True.
        all_users (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[FutureState]]
    """

    kwargs = request_kwargs(
        with_scenarios=with_scenarios,
        with_not_scenarios=with_not_scenarios,
        all_users=all_users,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    with_scenarios: bool | Unset = False,
    with_not_scenarios: bool | Unset = True,
    all_users: bool | Unset = False,
) -> DSSError | list[FutureState] | None:
    """List running long tasks

     Lists the long tasks that are running. Scenario runs are long tasks
    too; the two flags choose which kinds are listed.

    Args:
        with_scenarios (bool | Unset):  Default: False.
        with_not_scenarios (bool | Unset):  Default: True.
        all_users (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[FutureState]
    """

    return (
        await asyncio_detailed(
            client=client,
            with_scenarios=with_scenarios,
            with_not_scenarios=with_not_scenarios,
            all_users=all_users,
        )
    ).parsed
