from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.data_quality_rule_result import DataQualityRuleResult
    from ...models.dss_error import DSSError


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
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data-quality/last-rules-result",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | list[DataQualityRuleResult]:

    from ...models.data_quality_rule_result import DataQualityRuleResult
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DataQualityRuleResult.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[DSSError | list[DataQualityRuleResult]]:
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
) -> Response[DSSError | list[DataQualityRuleResult]]:
    """Get the last result of each rule

     The last result of each rule of the dataset (or of the rule `ruleId`) on a partition; rules never
    computed there have none.

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[DataQualityRuleResult]]
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
) -> DSSError | list[DataQualityRuleResult] | None:
    """Get the last result of each rule

     The last result of each rule of the dataset (or of the rule `ruleId`) on a partition; rules never
    computed there have none.

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[DataQualityRuleResult]
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
) -> Response[DSSError | list[DataQualityRuleResult]]:
    """Get the last result of each rule

     The last result of each rule of the dataset (or of the rule `ruleId`) on a partition; rules never
    computed there have none.

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | list[DataQualityRuleResult]]
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
) -> DSSError | list[DataQualityRuleResult] | None:
    """Get the last result of each rule

     The last result of each rule of the dataset (or of the rule `ruleId`) on a partition; rules never
    computed there have none.

    Args:
        project_key (str):
        dataset_name (str):
        partition (str | Unset):  Default: 'NP'.
        rule_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | list[DataQualityRuleResult]
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
