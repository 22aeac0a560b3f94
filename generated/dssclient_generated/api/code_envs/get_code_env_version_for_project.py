from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.code_env_version_for_project import CodeEnvVersionForProject
    from ...models.dss_error import DSSError


def request_kwargs(
    env_lang: str,
    env_name: str,
    project_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/admin/code-envs/{path_segment(env_lang)}/{path_segment(env_name)}/{path_segment(project_key)}/version",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeEnvVersionForProject | DSSError:

    from ...models.code_env_version_for_project import CodeEnvVersionForProject
    from ...models.dss_error import DSSError

    if response.status_code == 200:
        response_200 = CodeEnvVersionForProject.from_dict(response.json())

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
) -> Response[CodeEnvVersionForProject | DSSError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    env_lang: str,
    env_name: str,
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CodeEnvVersionForProject | DSSError]:
    """Get the version of a code env a project uses

     Resolves which version of the code env the project uses, and the
    project's active bundle. Only a versioned env (`AUTOMATION_VERSIONED`)
    that the project uses by default (its settings select it) has a
    `version`: the one that was current when the project's active bundle
    was activated, or its latest version if no bundle was ever activated.
    A project that uses the env gets the id of its active bundle (if any);
    one that does not use it gets no field at all. An unknown env or
    project is 404.

    Args:
        env_lang (str):
        env_name (str):
        project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeEnvVersionForProject | DSSError]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
        project_key=project_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    env_lang: str,
    env_name: str,
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> CodeEnvVersionForProject | DSSError | None:
    """Get the version of a code env a project uses

     Resolves which version of the code env the project uses, and the
    project's active bundle. Only a versioned env (`AUTOMATION_VERSIONED`)
    that the project uses by default (its settings select it) has a
    `version`: the one that was current when the project's active bundle
    was activated, or its latest version if no bundle was ever activated.
    A project that uses the env gets the id of its active bundle (if any);
    one that does not use it gets no field at all. An unknown env or
    project is 404.

    Args:
        env_lang (str):
        env_name (str):
        project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeEnvVersionForProject | DSSError
    """

    return sync_detailed(
        env_lang=env_lang,
        env_name=env_name,
        project_key=project_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    env_lang: str,
    env_name: str,
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CodeEnvVersionForProject | DSSError]:
    """Get the version of a code env a project uses

     Resolves which version of the code env the project uses, and the
    project's active bundle. Only a versioned env (`AUTOMATION_VERSIONED`)
    that the project uses by default (its settings select it) has a
    `version`: the one that was current when the project's active bundle
    was activated, or its latest version if no bundle was ever activated.
    A project that uses the env gets the id of its active bundle (if any);
    one that does not use it gets no field at all. An unknown env or
    project is 404.

    Args:
        env_lang (str):
        env_name (str):
        project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeEnvVersionForProject | DSSError]
    """

    kwargs = request_kwargs(
        env_lang=env_lang,
        env_name=env_name,
        project_key=project_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    env_lang: str,
    env_name: str,
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> CodeEnvVersionForProject | DSSError | None:
    """Get the version of a code env a project uses

     Resolves which version of the code env the project uses, and the
    project's active bundle. Only a versioned env (`AUTOMATION_VERSIONED`)
    that the project uses by default (its settings select it) has a
    `version`: the one that was current when the project's active bundle
    was activated, or its latest version if no bundle was ever activated.
    A project that uses the env gets the id of its active bundle (if any);
    one that does not use it gets no field at all. An unknown env or
    project is 404.

    Args:
        env_lang (str):
        env_name (str):
        project_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeEnvVersionForProject | DSSError
    """

    return (
        await asyncio_detailed(
            env_lang=env_lang,
            env_name=env_name,
            project_key=project_key,
            client=client,
        )
    ).parsed
