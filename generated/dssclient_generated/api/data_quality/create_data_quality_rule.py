from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.data_quality_rule import DataQualityRule
    from ...models.data_quality_rule_body import DataQualityRuleBody
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    dataset_name: str,
    *,
    body: DataQualityRuleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/datasets/{path_segment(dataset_name)}/data-quality/rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | DataQualityRule:

    from ...models.data_quality_rule import DataQualityRule
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = DataQualityRule.from_dict(response.json())

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
) -> Response[DSSError | DataQualityRule]:
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
    body: DataQualityRuleBody,
) -> Response[DSSError | DataQualityRule]:
    """Create a data quality rule

     Adds a rule to the dataset. DSS chooses its identifier; a rule without `displayName`
    gets one from its type, and one without `enabled` is enabled. A `type` DSS does not
    know is refused.

    Args:
        project_key (str):
        dataset_name (str):
        body (DataQualityRuleBody): A rule as `createDataQualityRule` and `saveDataQualityRule`
            take it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityRule]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        body=body,
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
    body: DataQualityRuleBody,
) -> DSSError | DataQualityRule | None:
    """Create a data quality rule

     Adds a rule to the dataset. DSS chooses its identifier; a rule without `displayName`
    gets one from its type, and one without `enabled` is enabled. A `type` DSS does not
    know is refused.

    Args:
        project_key (str):
        dataset_name (str):
        body (DataQualityRuleBody): A rule as `createDataQualityRule` and `saveDataQualityRule`
            take it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DataQualityRule
    """

    return sync_detailed(
        project_key=project_key,
        dataset_name=dataset_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityRuleBody,
) -> Response[DSSError | DataQualityRule]:
    """Create a data quality rule

     Adds a rule to the dataset. DSS chooses its identifier; a rule without `displayName`
    gets one from its type, and one without `enabled` is enabled. A `type` DSS does not
    know is refused.

    Args:
        project_key (str):
        dataset_name (str):
        body (DataQualityRuleBody): A rule as `createDataQualityRule` and `saveDataQualityRule`
            take it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | DataQualityRule]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        dataset_name=dataset_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    dataset_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityRuleBody,
) -> DSSError | DataQualityRule | None:
    """Create a data quality rule

     Adds a rule to the dataset. DSS chooses its identifier; a rule without `displayName`
    gets one from its type, and one without `enabled` is enabled. A `type` DSS does not
    know is refused.

    Args:
        project_key (str):
        dataset_name (str):
        body (DataQualityRuleBody): A rule as `createDataQualityRule` and `saveDataQualityRule`
            take it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | DataQualityRule
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            dataset_name=dataset_name,
            client=client,
            body=body,
        )
    ).parsed
