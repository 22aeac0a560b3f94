from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.macro_run import MacroRun
    from ...models.run_macro_body import RunMacroBody


def request_kwargs(
    project_key: str,
    runnable_type: str,
    *,
    body: RunMacroBody,
    wait: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/runnables/{path_segment(runnable_type)}",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MacroRun:

    from ...models.dss_error import DSSError
    from ...models.macro_run import MacroRun

    if response.status_code == 200:
        response_200 = MacroRun.from_dict(response.json())

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
) -> Response[DSSError | MacroRun]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    runnable_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunMacroBody,
    wait: bool | Unset = True,
) -> Response[DSSError | MacroRun]:
    """Run a macro

     Runs the macro with parameters, and answers the run's identifier. With `wait` the answer
    comes once the run is over; otherwise at once, and `getMacroRunState` tells when it is.
    Admin parameters of a caller who is not an administrator are ignored.

    Args:
        project_key (str):
        runnable_type (str):
        wait (bool | Unset):  Default: True.
        body (RunMacroBody): The parameters of a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MacroRun]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        runnable_type=runnable_type,
        body=body,
        wait=wait,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    runnable_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunMacroBody,
    wait: bool | Unset = True,
) -> DSSError | MacroRun | None:
    """Run a macro

     Runs the macro with parameters, and answers the run's identifier. With `wait` the answer
    comes once the run is over; otherwise at once, and `getMacroRunState` tells when it is.
    Admin parameters of a caller who is not an administrator are ignored.

    Args:
        project_key (str):
        runnable_type (str):
        wait (bool | Unset):  Default: True.
        body (RunMacroBody): The parameters of a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MacroRun
    """

    return sync_detailed(
        project_key=project_key,
        runnable_type=runnable_type,
        client=client,
        body=body,
        wait=wait,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    runnable_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunMacroBody,
    wait: bool | Unset = True,
) -> Response[DSSError | MacroRun]:
    """Run a macro

     Runs the macro with parameters, and answers the run's identifier. With `wait` the answer
    comes once the run is over; otherwise at once, and `getMacroRunState` tells when it is.
    Admin parameters of a caller who is not an administrator are ignored.

    Args:
        project_key (str):
        runnable_type (str):
        wait (bool | Unset):  Default: True.
        body (RunMacroBody): The parameters of a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MacroRun]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        runnable_type=runnable_type,
        body=body,
        wait=wait,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    runnable_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: RunMacroBody,
    wait: bool | Unset = True,
) -> DSSError | MacroRun | None:
    """Run a macro

     Runs the macro with parameters, and answers the run's identifier. With `wait` the answer
    comes once the run is over; otherwise at once, and `getMacroRunState` tells when it is.
    Admin parameters of a caller who is not an administrator are ignored.

    Args:
        project_key (str):
        runnable_type (str):
        wait (bool | Unset):  Default: True.
        body (RunMacroBody): The parameters of a run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MacroRun
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            runnable_type=runnable_type,
            client=client,
            body=body,
            wait=wait,
        )
    ).parsed
