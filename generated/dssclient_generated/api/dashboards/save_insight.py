from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.insight import Insight
    from ...models.save_insight_body import SaveInsightBody


def request_kwargs(
    project_key: str,
    insight_id: str,
    *,
    body: SaveInsightBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/insights/{path_segment(insight_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | Insight:

    from ...models.dss_error import DSSError
    from ...models.insight import Insight

    if response.status_code == 200:
        response_200 = Insight.from_dict(response.json())

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
) -> Response[DSSError | Insight]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    insight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveInsightBody,
) -> Response[DSSError | Insight]:
    """Save an insight's definition

     Replaces the insight's definition with the one sent under `insight`. Its identifier,
    project, type and owner cannot change through it.

    Args:
        project_key (str):
        insight_id (str):
        body (SaveInsightBody): What `saveInsight` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Insight]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        insight_id=insight_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    insight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveInsightBody,
) -> DSSError | Insight | None:
    """Save an insight's definition

     Replaces the insight's definition with the one sent under `insight`. Its identifier,
    project, type and owner cannot change through it.

    Args:
        project_key (str):
        insight_id (str):
        body (SaveInsightBody): What `saveInsight` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Insight
    """

    return sync_detailed(
        project_key=project_key,
        insight_id=insight_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    insight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveInsightBody,
) -> Response[DSSError | Insight]:
    """Save an insight's definition

     Replaces the insight's definition with the one sent under `insight`. Its identifier,
    project, type and owner cannot change through it.

    Args:
        project_key (str):
        insight_id (str):
        body (SaveInsightBody): What `saveInsight` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | Insight]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        insight_id=insight_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    insight_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SaveInsightBody,
) -> DSSError | Insight | None:
    """Save an insight's definition

     Replaces the insight's definition with the one sent under `insight`. Its identifier,
    project, type and owner cannot change through it.

    Args:
        project_key (str):
        insight_id (str):
        body (SaveInsightBody): What `saveInsight` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | Insight
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            insight_id=insight_id,
            client=client,
            body=body,
        )
    ).parsed
