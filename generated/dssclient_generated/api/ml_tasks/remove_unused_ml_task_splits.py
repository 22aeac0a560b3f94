from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/models/lab/{path_segment(ml_task_analysis_id)}/{path_segment(ml_task_id)}/actions/removeUnusedSplits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DSSError]:
    """Delete the split data no model uses

     Deletes the task's stored split data that no trained model uses. Needs the right to write the
    project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DSSError | None:
    """Delete the split data no model uses

     Deletes the task's stored split data that no trained model uses. Needs the right to write the
    project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DSSError]:
    """Delete the split data no model uses

     Deletes the task's stored split data that no trained model uses. Needs the right to write the
    project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        ml_task_analysis_id=ml_task_analysis_id,
        ml_task_id=ml_task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    ml_task_analysis_id: str,
    ml_task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DSSError | None:
    """Delete the split data no model uses

     Deletes the task's stored split data that no trained model uses. Needs the right to write the
    project. DSS answers no body.

    Args:
        project_key (str):
        ml_task_analysis_id (str):
        ml_task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            ml_task_analysis_id=ml_task_analysis_id,
            ml_task_id=ml_task_id,
            client=client,
        )
    ).parsed
