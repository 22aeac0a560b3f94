from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.api_service_package_summary import ApiServicePackageSummary
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    service_id: str,
    package_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/apiservices/{path_segment(service_id)}/packages/{path_segment(package_id)}/summary",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiServicePackageSummary | DSSError:

    from ...models.api_service_package_summary import ApiServicePackageSummary
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = ApiServicePackageSummary.from_dict(response.json())

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
) -> Response[ApiServicePackageSummary | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiServicePackageSummary | DSSError]:
    """Get the summary of a package

     Returns what the package holds (its endpoints) and where it was published.

    Args:
        project_key (str):
        service_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiServicePackageSummary | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiServicePackageSummary | DSSError | None:
    """Get the summary of a package

     Returns what the package holds (its endpoints) and where it was published.

    Args:
        project_key (str):
        service_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiServicePackageSummary | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiServicePackageSummary | DSSError]:
    """Get the summary of a package

     Returns what the package holds (its endpoints) and where it was published.

    Args:
        project_key (str):
        service_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiServicePackageSummary | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiServicePackageSummary | DSSError | None:
    """Get the summary of a package

     Returns what the package holds (its endpoints) and where it was published.

    Args:
        project_key (str):
        service_id (str):
        package_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiServicePackageSummary | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            service_id=service_id,
            package_id=package_id,
            client=client,
        )
    ).parsed
