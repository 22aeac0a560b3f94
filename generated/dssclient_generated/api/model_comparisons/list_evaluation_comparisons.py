from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.evaluation_comparison_settings import EvaluationComparisonSettings


def request_kwargs(
    project_key: str,
    *,
    model_task_types: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model_task_types: list[str] | Unset = UNSET
    if not isinstance(model_task_types, Unset):
        json_model_task_types = model_task_types

    params["modelTaskTypes"] = json_model_task_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/evaluationcomparisons/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[EvaluationComparisonSettings]:

    from ...models.dss_error import DSSError
    from ...models.evaluation_comparison_settings import EvaluationComparisonSettings

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EvaluationComparisonSettings.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[DSSError | list[EvaluationComparisonSettings]]:
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
    model_task_types: list[str] | Unset = UNSET,
) -> Response[DSSError | list[EvaluationComparisonSettings]]:
    """List a project's evaluation comparisons

     Lists the comparisons of the project; with `modelTaskTypes`, those of these task types
    only (without it, every type but `AGENT`).

    Args:
        project_key (str):
        model_task_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[EvaluationComparisonSettings]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        model_task_types=model_task_types,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    model_task_types: list[str] | Unset = UNSET,
) -> DSSError | list[EvaluationComparisonSettings] | None:
    """List a project's evaluation comparisons

     Lists the comparisons of the project; with `modelTaskTypes`, those of these task types
    only (without it, every type but `AGENT`).

    Args:
        project_key (str):
        model_task_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[EvaluationComparisonSettings]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        model_task_types=model_task_types,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    model_task_types: list[str] | Unset = UNSET,
) -> Response[DSSError | list[EvaluationComparisonSettings]]:
    """List a project's evaluation comparisons

     Lists the comparisons of the project; with `modelTaskTypes`, those of these task types
    only (without it, every type but `AGENT`).

    Args:
        project_key (str):
        model_task_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[EvaluationComparisonSettings]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        model_task_types=model_task_types,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    model_task_types: list[str] | Unset = UNSET,
) -> DSSError | list[EvaluationComparisonSettings] | None:
    """List a project's evaluation comparisons

     Lists the comparisons of the project; with `modelTaskTypes`, those of these task types
    only (without it, every type but `AGENT`).

    Args:
        project_key (str):
        model_task_types (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[EvaluationComparisonSettings]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            model_task_types=model_task_types,
        )
    ).parsed
