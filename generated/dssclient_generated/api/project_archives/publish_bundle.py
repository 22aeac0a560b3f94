from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.bundle_publication import BundlePublication
    from ...models.dss_error import DSSError


def request_kwargs(
    project_key: str,
    bundle_id: str,
    *,
    published_project_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["publishedProjectKey"] = published_project_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/bundles/{path_segment(bundle_id)}/publish",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BundlePublication | DSSError:

    from ...models.bundle_publication import BundlePublication
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = BundlePublication.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = DSSError.from_dict(response.json())

        return response_409

    response_default = DSSError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BundlePublication | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_project_key: str | Unset = UNSET,
) -> Response[BundlePublication | DSSError]:
    """Publish a bundle on the project deployer

     Uploads a bundle of the project to the project deployer, into the
    published project `publishedProjectKey` (the project's own key when
    absent), which is created if it does not exist.

    Args:
        project_key (str):
        bundle_id (str):
        published_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlePublication | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        published_project_key=published_project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_project_key: str | Unset = UNSET,
) -> BundlePublication | DSSError | None:
    """Publish a bundle on the project deployer

     Uploads a bundle of the project to the project deployer, into the
    published project `publishedProjectKey` (the project's own key when
    absent), which is created if it does not exist.

    Args:
        project_key (str):
        bundle_id (str):
        published_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlePublication | DSSError
    """

    return sync_detailed(
        project_key=project_key,
        bundle_id=bundle_id,
        client=client,
        published_project_key=published_project_key,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_project_key: str | Unset = UNSET,
) -> Response[BundlePublication | DSSError]:
    """Publish a bundle on the project deployer

     Uploads a bundle of the project to the project deployer, into the
    published project `publishedProjectKey` (the project's own key when
    absent), which is created if it does not exist.

    Args:
        project_key (str):
        bundle_id (str):
        published_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BundlePublication | DSSError]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        bundle_id=bundle_id,
        published_project_key=published_project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    bundle_id: str,
    *,
    client: AuthenticatedClient | Client,
    published_project_key: str | Unset = UNSET,
) -> BundlePublication | DSSError | None:
    """Publish a bundle on the project deployer

     Uploads a bundle of the project to the project deployer, into the
    published project `publishedProjectKey` (the project's own key when
    absent), which is created if it does not exist.

    Args:
        project_key (str):
        bundle_id (str):
        published_project_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BundlePublication | DSSError
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            bundle_id=bundle_id,
            client=client,
            published_project_key=published_project_key,
        )
    ).parsed
