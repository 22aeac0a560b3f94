from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.future_state import FutureState


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    partition: str | Unset = "NP",
    rule_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["partition"] = partition

    params["ruleId"] = rule_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data-quality/actions/compute-rules",
        "params": params,
    }

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
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partition: str | Unset = "NP",
    rule_id: str | Unset = UNSET,
) -> Response[DSSError | FutureState]:
    """Compute data quality rules

     Computes the dataset's enabled rules (or the one rule `ruleId`, enabled or not) on a
    partition (`NP` for a dataset that is not partitioned, `ALL` for the whole of a
    partitioned one), as a long task. Each rule yields a result (`OK`, `WARNING`, `ERROR` or
    `EMPTY`) recorded in the history. The task's result lists them (unverified).

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        partition=partition,
        rule_id=rule_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partition: str | Unset = "NP",
    rule_id: str | Unset = UNSET,
) -> DSSError | FutureState | None:
    """Compute data quality rules

     Computes the dataset's enabled rules (or the one rule `ruleId`, enabled or not) on a
    partition (`NP` for a dataset that is not partitioned, `ALL` for the whole of a
    partitioned one), as a long task. Each rule yields a result (`OK`, `WARNING`, `ERROR` or
    `EMPTY`) recorded in the history. The task's result lists them (unverified).

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        partition=partition,
        rule_id=rule_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partition: str | Unset = "NP",
    rule_id: str | Unset = UNSET,
) -> Response[DSSError | FutureState]:
    """Compute data quality rules

     Computes the dataset's enabled rules (or the one rule `ruleId`, enabled or not) on a
    partition (`NP` for a dataset that is not partitioned, `ALL` for the whole of a
    partitioned one), as a long task. Each rule yields a result (`OK`, `WARNING`, `ERROR` or
    `EMPTY`) recorded in the history. The task's result lists them (unverified).

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | FutureState]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        partition=partition,
        rule_id=rule_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    partition: str | Unset = "NP",
    rule_id: str | Unset = UNSET,
) -> DSSError | FutureState | None:
    """Compute data quality rules

     Computes the dataset's enabled rules (or the one rule `ruleId`, enabled or not) on a
    partition (`NP` for a dataset that is not partitioned, `ALL` for the whole of a
    partitioned one), as a long task. Each rule yields a result (`OK`, `WARNING`, `ERROR` or
    `EMPTY`) recorded in the history. The task's result lists them (unverified).

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | FutureState
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            partition=partition,
            rule_id=rule_id,
        )
    ).parsed
