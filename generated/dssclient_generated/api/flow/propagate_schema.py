from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState
    from ...models.propagate_schema_body import PropagateSchemaBody


def request_kwargs(
    project_key: str,
    *,
    body: PropagateSchemaBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/flow/tools/propagate-schema/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | FutureState:

    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState

    if response.status_code == 200:
        response_200 = FutureState.from_dict(response.json())

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
) -> Response[DSSError | FutureState]:
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
    body: PropagateSchemaBody,
) -> Response[DSSError | FutureState]:
    """Propagate a dataset's schema downstream

     Starts propagating the schema of the source datasets through the
    recipes downstream of them: each recipe whose output schema can be
    computed updates its outputs' schemas, and the propagation goes on
    from them. The emulator computes the output schema of sync, distinct,
    sort, top-n, sampling and split recipes (the input's columns) and of
    recipes `markAsOkRecipes` names (their outputs are left as they are);
    it stops at any other recipe and at those `excludedRecipes` names,
    and reports where it stopped. It does not rebuild datasets
    (`autoRebuild` is stored, not honoured). A long task; the result's
    shape is the emulator's (unverified against a real DSS).

    Args:
        project_key (str):
        body (PropagateSchemaBody): Where a schema propagation starts, and its options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
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
    body: PropagateSchemaBody,
) -> DSSError | FutureState | None:
    """Propagate a dataset's schema downstream

     Starts propagating the schema of the source datasets through the
    recipes downstream of them: each recipe whose output schema can be
    computed updates its outputs' schemas, and the propagation goes on
    from them. The emulator computes the output schema of sync, distinct,
    sort, top-n, sampling and split recipes (the input's columns) and of
    recipes `markAsOkRecipes` names (their outputs are left as they are);
    it stops at any other recipe and at those `excludedRecipes` names,
    and reports where it stopped. It does not rebuild datasets
    (`autoRebuild` is stored, not honoured). A long task; the result's
    shape is the emulator's (unverified against a real DSS).

    Args:
        project_key (str):
        body (PropagateSchemaBody): Where a schema propagation starts, and its options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
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
    body: PropagateSchemaBody,
) -> Response[DSSError | FutureState]:
    """Propagate a dataset's schema downstream

     Starts propagating the schema of the source datasets through the
    recipes downstream of them: each recipe whose output schema can be
    computed updates its outputs' schemas, and the propagation goes on
    from them. The emulator computes the output schema of sync, distinct,
    sort, top-n, sampling and split recipes (the input's columns) and of
    recipes `markAsOkRecipes` names (their outputs are left as they are);
    it stops at any other recipe and at those `excludedRecipes` names,
    and reports where it stopped. It does not rebuild datasets
    (`autoRebuild` is stored, not honoured). A long task; the result's
    shape is the emulator's (unverified against a real DSS).

    Args:
        project_key (str):
        body (PropagateSchemaBody): Where a schema propagation starts, and its options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
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
    body: PropagateSchemaBody,
) -> DSSError | FutureState | None:
    """Propagate a dataset's schema downstream

     Starts propagating the schema of the source datasets through the
    recipes downstream of them: each recipe whose output schema can be
    computed updates its outputs' schemas, and the propagation goes on
    from them. The emulator computes the output schema of sync, distinct,
    sort, top-n, sampling and split recipes (the input's columns) and of
    recipes `markAsOkRecipes` names (their outputs are left as they are);
    it stops at any other recipe and at those `excludedRecipes` names,
    and reports where it stopped. It does not rebuild datasets
    (`autoRebuild` is stored, not honoured). A long task; the result's
    shape is the emulator's (unverified against a real DSS).

    Args:
        project_key (str):
        body (PropagateSchemaBody): Where a schema propagation starts, and its options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
