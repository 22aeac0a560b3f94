from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.upload_published_project_bundle_body import (
        UploadPublishedProjectBundleBody,
    )


def request_kwargs(
    *,
    body: UploadPublishedProjectBundleBody,
    project_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["projectKey"] = project_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project-deployer/projects/bundles",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    # httpx writes the multipart Content-Type, with a random boundary (a fixed one could occur in the file).

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: UploadPublishedProjectBundleBody,
    project_key: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Upload a bundle

     Uploads a bundle archive into a published project: `projectKey`, or the
    bundle's own project key when absent. The published project is created
    if it does not exist. A bundle identifier is unique within its project.

    Args:
        project_key (str | Unset):
        body (UploadPublishedProjectBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        body=body,
        project_key=project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPublishedProjectBundleBody,
    project_key: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Upload a bundle

     Uploads a bundle archive into a published project: `projectKey`, or the
    bundle's own project key when absent. The published project is created
    if it does not exist. A bundle identifier is unique within its project.

    Args:
        project_key (str | Unset):
        body (UploadPublishedProjectBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return sync_detailed(
        client=client,
        body=body,
        project_key=project_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPublishedProjectBundleBody,
    project_key: str | Unset = UNSET,
) -> Response[Any | DSSError]:
    """Upload a bundle

     Uploads a bundle archive into a published project: `projectKey`, or the
    bundle's own project key when absent. The published project is created
    if it does not exist. A bundle identifier is unique within its project.

    Args:
        project_key (str | Unset):
        body (UploadPublishedProjectBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DSSError]
    """

    kwargs = request_kwargs(
        body=body,
        project_key=project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadPublishedProjectBundleBody,
    project_key: str | Unset = UNSET,
) -> Any | DSSError | None:
    """Upload a bundle

     Uploads a bundle archive into a published project: `projectKey`, or the
    bundle's own project key when absent. The published project is created
    if it does not exist. A bundle identifier is unique within its project.

    Args:
        project_key (str | Unset):
        body (UploadPublishedProjectBundleBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DSSError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            project_key=project_key,
        )
    ).parsed
