from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.continuous_activity import ContinuousActivity
    from ...models.continuous_activity_loop_params import ContinuousActivityLoopParams
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    recipe_id: str,
    *,
    body: ContinuousActivityLoopParams | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/continuous-activities/{path_segment(recipe_id)}/start",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContinuousActivity | DSSError:

    from ...models.continuous_activity import ContinuousActivity
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ContinuousActivity.from_dict(response.json())

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
) -> Response[ContinuousActivity | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    recipe_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContinuousActivityLoopParams | Unset = UNSET,
) -> Response[ContinuousActivity | DSSError]:
    """Start a continuous activity

     Starts the continuous recipe's main loop, restarted after failures as `loopParams`
    say (an empty body: restart indefinitely without delay). Starting a started activity
    keeps its loop and takes the new parameters.

    Args:
        project_key (str):
        recipe_id (str):
        body (ContinuousActivityLoopParams | Unset): How a continuous activity's main loop is
            restarted after a failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinuousActivity | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        recipe_id=recipe_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    recipe_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContinuousActivityLoopParams | Unset = UNSET,
) -> ContinuousActivity | DSSError | None:
    """Start a continuous activity

     Starts the continuous recipe's main loop, restarted after failures as `loopParams`
    say (an empty body: restart indefinitely without delay). Starting a started activity
    keeps its loop and takes the new parameters.

    Args:
        project_key (str):
        recipe_id (str):
        body (ContinuousActivityLoopParams | Unset): How a continuous activity's main loop is
            restarted after a failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContinuousActivity | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        recipe_id=recipe_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    recipe_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContinuousActivityLoopParams | Unset = UNSET,
) -> Response[ContinuousActivity | DSSError]:
    """Start a continuous activity

     Starts the continuous recipe's main loop, restarted after failures as `loopParams`
    say (an empty body: restart indefinitely without delay). Starting a started activity
    keeps its loop and takes the new parameters.

    Args:
        project_key (str):
        recipe_id (str):
        body (ContinuousActivityLoopParams | Unset): How a continuous activity's main loop is
            restarted after a failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContinuousActivity | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        recipe_id=recipe_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    recipe_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContinuousActivityLoopParams | Unset = UNSET,
) -> ContinuousActivity | DSSError | None:
    """Start a continuous activity

     Starts the continuous recipe's main loop, restarted after failures as `loopParams`
    say (an empty body: restart indefinitely without delay). Starting a started activity
    keeps its loop and takes the new parameters.

    Args:
        project_key (str):
        recipe_id (str):
        body (ContinuousActivityLoopParams | Unset): How a continuous activity's main loop is
            restarted after a failure.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContinuousActivity | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            recipe_id=recipe_id,
            client=client,
            body=body,
        )
    ).parsed
