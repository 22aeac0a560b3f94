from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_deployer_query_results import ApiDeployerQueryResults
    from ...models.dss_error import DSSError


def request_kwargs(
    deployment_id: str,
    *,
    endpoint_id_param: str | Unset = UNSET,
    test_queries_param: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endpointIdParam"] = endpoint_id_param

    params["testQueriesParam"] = test_queries_param

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/api-deployer/deployments/{path_segment(deployment_id)}/actions/run-test-queries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiDeployerQueryResults | DSSError:

    from ...models.api_deployer_query_results import ApiDeployerQueryResults
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiDeployerQueryResults.from_dict(response.json())

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
) -> Response[ApiDeployerQueryResults | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_id_param: str | Unset = UNSET,
    test_queries_param: str | Unset = UNSET,
) -> Response[ApiDeployerQueryResults | DSSError]:
    """Run test queries on a deployment

     Sends test queries to the deployed service through the deployer: the
    ones given, or else the test queries saved with the endpoint in the
    deployed version. The endpoint is needed when the version has several.

    Args:
        deployment_id (str):
        endpoint_id_param (str | Unset):
        test_queries_param (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerQueryResults | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        endpoint_id_param=endpoint_id_param,
        test_queries_param=test_queries_param,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_id_param: str | Unset = UNSET,
    test_queries_param: str | Unset = UNSET,
) -> ApiDeployerQueryResults | DSSError | None:
    """Run test queries on a deployment

     Sends test queries to the deployed service through the deployer: the
    ones given, or else the test queries saved with the endpoint in the
    deployed version. The endpoint is needed when the version has several.

    Args:
        deployment_id (str):
        endpoint_id_param (str | Unset):
        test_queries_param (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerQueryResults | DSSError
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        endpoint_id_param=endpoint_id_param,
        test_queries_param=test_queries_param,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_id_param: str | Unset = UNSET,
    test_queries_param: str | Unset = UNSET,
) -> Response[ApiDeployerQueryResults | DSSError]:
    """Run test queries on a deployment

     Sends test queries to the deployed service through the deployer: the
    ones given, or else the test queries saved with the endpoint in the
    deployed version. The endpoint is needed when the version has several.

    Args:
        deployment_id (str):
        endpoint_id_param (str | Unset):
        test_queries_param (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiDeployerQueryResults | DSSError]
    """

    kwargs = request_kwargs(
        deployment_id=deployment_id,
        endpoint_id_param=endpoint_id_param,
        test_queries_param=test_queries_param,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    endpoint_id_param: str | Unset = UNSET,
    test_queries_param: str | Unset = UNSET,
) -> ApiDeployerQueryResults | DSSError | None:
    """Run test queries on a deployment

     Sends test queries to the deployed service through the deployer: the
    ones given, or else the test queries saved with the endpoint in the
    deployed version. The endpoint is needed when the version has several.

    Args:
        deployment_id (str):
        endpoint_id_param (str | Unset):
        test_queries_param (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiDeployerQueryResults | DSSError
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            endpoint_id_param=endpoint_id_param,
            test_queries_param=test_queries_param,
        )
    ).parsed
