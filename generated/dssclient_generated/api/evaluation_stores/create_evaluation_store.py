from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_evaluation_store_body import CreateEvaluationStoreBody
    from ...models.dss_error import DSSError
    from ...models.evaluation_store_settings import EvaluationStoreSettings


def request_kwargs(
    project_key: str,
    *,
    body: CreateEvaluationStoreBody,
    flavor: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["flavor"] = flavor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | EvaluationStoreSettings:

    from ...models.dss_error import DSSError
    from ...models.evaluation_store_settings import EvaluationStoreSettings

    if response.status_code == 200:
        response_200 = EvaluationStoreSettings.from_dict(response.json())

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
) -> Response[DSSError | EvaluationStoreSettings]:
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
    body: CreateEvaluationStoreBody,
    flavor: str,
) -> Response[DSSError | EvaluationStoreSettings]:
    """Create an evaluation store

     Creates an evaluation store of a flavor in the project (DSS chooses its identifier).
    Needs the right to write the project's content.

    Args:
        project_key (str):
        flavor (str):
        body (CreateEvaluationStoreBody): The store to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationStoreSettings]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
        flavor=flavor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationStoreBody,
    flavor: str,
) -> DSSError | EvaluationStoreSettings | None:
    """Create an evaluation store

     Creates an evaluation store of a flavor in the project (DSS chooses its identifier).
    Needs the right to write the project's content.

    Args:
        project_key (str):
        flavor (str):
        body (CreateEvaluationStoreBody): The store to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationStoreSettings
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
        flavor=flavor,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationStoreBody,
    flavor: str,
) -> Response[DSSError | EvaluationStoreSettings]:
    """Create an evaluation store

     Creates an evaluation store of a flavor in the project (DSS chooses its identifier).
    Needs the right to write the project's content.

    Args:
        project_key (str):
        flavor (str):
        body (CreateEvaluationStoreBody): The store to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | EvaluationStoreSettings]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
        flavor=flavor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvaluationStoreBody,
    flavor: str,
) -> DSSError | EvaluationStoreSettings | None:
    """Create an evaluation store

     Creates an evaluation store of a flavor in the project (DSS chooses its identifier).
    Needs the right to write the project's content.

    Args:
        project_key (str):
        flavor (str):
        body (CreateEvaluationStoreBody): The store to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | EvaluationStoreSettings
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
            flavor=flavor,
        )
    ).parsed
