from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_ml_task_body import CreateMLTaskBody
    from ...models.dss_error import DSSError
    from ...models.ml_task_ref import MLTaskRef


def request_kwargs(
    project_key: str,
    *,
    body: CreateMLTaskBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/models/lab/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | MLTaskRef:

    from ...models.dss_error import DSSError
    from ...models.ml_task_ref import MLTaskRef

    if response.status_code == 200:
        response_200 = MLTaskRef.from_dict(response.json())

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
) -> Response[DSSError | MLTaskRef]:
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
    body: CreateMLTaskBody,
) -> Response[DSSError | MLTaskRef]:
    """Create an ML task

     Creates an ML task on a dataset of the project, in a new visual analysis. DSS then "guesses"
    the task's initial settings (features' types and roles, the prediction type when not given,
    the target's classes, the split, the algorithms enabled by default); the task's status says
    `guessing: true` until they are ready. A prediction task needs `targetVariable` (a column of
    the dataset; `targetVariables` for a multi-target task); a time series forecasting task also
    `timeVariable`; a causal prediction task `treatmentVariable`. Needs the right to write the project.

    Args:
        project_key (str):
        body (CreateMLTaskBody): What a new ML task is trained on and for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskRef]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMLTaskBody,
) -> DSSError | MLTaskRef | None:
    """Create an ML task

     Creates an ML task on a dataset of the project, in a new visual analysis. DSS then "guesses"
    the task's initial settings (features' types and roles, the prediction type when not given,
    the target's classes, the split, the algorithms enabled by default); the task's status says
    `guessing: true` until they are ready. A prediction task needs `targetVariable` (a column of
    the dataset; `targetVariables` for a multi-target task); a time series forecasting task also
    `timeVariable`; a causal prediction task `treatmentVariable`. Needs the right to write the project.

    Args:
        project_key (str):
        body (CreateMLTaskBody): What a new ML task is trained on and for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskRef
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMLTaskBody,
) -> Response[DSSError | MLTaskRef]:
    """Create an ML task

     Creates an ML task on a dataset of the project, in a new visual analysis. DSS then "guesses"
    the task's initial settings (features' types and roles, the prediction type when not given,
    the target's classes, the split, the algorithms enabled by default); the task's status says
    `guessing: true` until they are ready. A prediction task needs `targetVariable` (a column of
    the dataset; `targetVariables` for a multi-target task); a time series forecasting task also
    `timeVariable`; a causal prediction task `treatmentVariable`. Needs the right to write the project.

    Args:
        project_key (str):
        body (CreateMLTaskBody): What a new ML task is trained on and for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | MLTaskRef]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateMLTaskBody,
) -> DSSError | MLTaskRef | None:
    """Create an ML task

     Creates an ML task on a dataset of the project, in a new visual analysis. DSS then "guesses"
    the task's initial settings (features' types and roles, the prediction type when not given,
    the target's classes, the split, the algorithms enabled by default); the task's status says
    `guessing: true` until they are ready. A prediction task needs `targetVariable` (a column of
    the dataset; `targetVariables` for a multi-target task); a time series forecasting task also
    `timeVariable`; a causal prediction task `treatmentVariable`. Needs the right to write the project.

    Args:
        project_key (str):
        body (CreateMLTaskBody): What a new ML task is trained on and for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | MLTaskRef
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
