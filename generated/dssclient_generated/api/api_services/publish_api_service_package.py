from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    published_service_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["publishedServiceId"] = published_service_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/apiservices/{path_segment(service_id)}/packages/{path_segment(package_id)}/publish",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DSSError:

    from ...models.dss_error import DSSError

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

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
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_service_id: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Publish a package on the API Deployer

     Adds the package as a version of a published service of the API
    Deployer, creating that published service when none has its
    identifier. A published service that already has this version
    refuses it (409).

    Args:
        project_key (str):
        service_id (str):
        package_id (str):
        published_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
        published_service_id=published_service_id,
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
    published_service_id: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Publish a package on the API Deployer

     Adds the package as a version of a published service of the API
    Deployer, creating that published service when none has its
    identifier. A published service that already has this version
    refuses it (409).

    Args:
        project_key (str):
        service_id (str):
        package_id (str):
        published_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
        client=client,
        published_service_id=published_service_id,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_service_id: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Publish a package on the API Deployer

     Adds the package as a version of a published service of the API
    Deployer, creating that published service when none has its
    identifier. A published service that already has this version
    refuses it (409).

    Args:
        project_key (str):
        service_id (str):
        package_id (str):
        published_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        service_id=service_id,
        package_id=package_id,
        published_service_id=published_service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    service_id: str,
    package_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_service_id: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Publish a package on the API Deployer

     Adds the package as a version of a published service of the API
    Deployer, creating that published service when none has its
    identifier. A published service that already has this version
    refuses it (409).

    Args:
        project_key (str):
        service_id (str):
        package_id (str):
        published_service_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            service_id=service_id,
            package_id=package_id,
            client=client,
            published_service_id=published_service_id,
        )
    ).parsed
