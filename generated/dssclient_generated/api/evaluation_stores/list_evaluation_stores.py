from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.evaluation_store_list_item import EvaluationStoreListItem


def request_kwargs(
    project_key: str,
    *,
    flavor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["flavor"] = flavor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/evaluationstores/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[EvaluationStoreListItem]:

    from ...models.dss_error import DSSError
    from ...models.evaluation_store_list_item import EvaluationStoreListItem

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EvaluationStoreListItem.from_dict(
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
) -> Response[DSSError | list[EvaluationStoreListItem]]:
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
    flavor: str | Unset = UNSET,
) -> Response[DSSError | list[EvaluationStoreListItem]]:
    """List a project's evaluation stores

     Lists the evaluation stores of the project; with `flavor`, those of that flavor only
    (without it, DSS lists the `TABULAR` and `LLM` ones).

    Args:
        project_key (str):
        flavor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[EvaluationStoreListItem]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
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
    flavor: str | Unset = UNSET,
) -> DSSError | list[EvaluationStoreListItem] | None:
    """List a project's evaluation stores

     Lists the evaluation stores of the project; with `flavor`, those of that flavor only
    (without it, DSS lists the `TABULAR` and `LLM` ones).

    Args:
        project_key (str):
        flavor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[EvaluationStoreListItem]
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        flavor=flavor,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    flavor: str | Unset = UNSET,
) -> Response[DSSError | list[EvaluationStoreListItem]]:
    """List a project's evaluation stores

     Lists the evaluation stores of the project; with `flavor`, those of that flavor only
    (without it, DSS lists the `TABULAR` and `LLM` ones).

    Args:
        project_key (str):
        flavor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[EvaluationStoreListItem]]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        flavor=flavor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    flavor: str | Unset = UNSET,
) -> DSSError | list[EvaluationStoreListItem] | None:
    """List a project's evaluation stores

     Lists the evaluation stores of the project; with `flavor`, those of that flavor only
    (without it, DSS lists the `TABULAR` and `LLM` ones).

    Args:
        project_key (str):
        flavor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[EvaluationStoreListItem]
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            flavor=flavor,
        )
    ).parsed
