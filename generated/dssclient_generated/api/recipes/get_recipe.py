from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.dss_error import DSSError
    from ...models.recipe_and_payload import RecipeAndPayload


def request_kwargs(
    project_key: str,
    recipe_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/projects/{path_segment(project_key)}/recipes/{path_segment(recipe_name)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | RecipeAndPayload:

    from ...models.dss_error import DSSError
    from ...models.recipe_and_payload import RecipeAndPayload

    if response.status_code == 200:
        response_200 = RecipeAndPayload.from_dict(response.json())

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
) -> Response[DSSError | RecipeAndPayload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    recipe_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | RecipeAndPayload]:
    """Get a recipe's definition and payload

     Returns the recipe's definition (`recipe`) and its payload: the code of
    a code recipe, or a JSON document (as text) of the settings of a visual
    recipe.

    Args:
        project_key (str):
        recipe_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | RecipeAndPayload]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        recipe_name=recipe_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    recipe_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | RecipeAndPayload | None:
    """Get a recipe's definition and payload

     Returns the recipe's definition (`recipe`) and its payload: the code of
    a code recipe, or a JSON document (as text) of the settings of a visual
    recipe.

    Args:
        project_key (str):
        recipe_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | RecipeAndPayload
    """

    return sync_detailed(
        project_key=project_key,
        recipe_name=recipe_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    recipe_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DSSError | RecipeAndPayload]:
    """Get a recipe's definition and payload

     Returns the recipe's definition (`recipe`) and its payload: the code of
    a code recipe, or a JSON document (as text) of the settings of a visual
    recipe.

    Args:
        project_key (str):
        recipe_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | RecipeAndPayload]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        recipe_name=recipe_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    recipe_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> DSSError | RecipeAndPayload | None:
    """Get a recipe's definition and payload

     Returns the recipe's definition (`recipe`) and its payload: the code of
    a code recipe, or a JSON document (as text) of the settings of a visual
    recipe.

    Args:
        project_key (str):
        recipe_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | RecipeAndPayload
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            recipe_name=recipe_name,
            client=client,
        )
    ).parsed
