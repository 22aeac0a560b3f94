from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, path_segment

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.create_recipe_body import CreateRecipeBody
    from ...models.dss_error import DSSError
    from ...models.recipe_created import RecipeCreated


def request_kwargs(
    project_key: str,
    *,
    body: CreateRecipeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/projects/{path_segment(project_key)}/recipes/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DSSError | RecipeCreated:

    from ...models.dss_error import DSSError
    from ...models.recipe_created import RecipeCreated

    if response.status_code == 200:
        response_200 = RecipeCreated.from_dict(response.json())

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
) -> Response[DSSError | RecipeCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRecipeBody,
) -> Response[DSSError | RecipeCreated]:
    """Create a recipe

     Creates a recipe from a prototype (type, name, inputs, outputs) and
    creation settings: outputs to create (`createOutputDataset`,
    `outputDatasetSettings`), inputs of multi-input recipes
    (`virtualInputs`), the first grouping key (`groupKey`), the code of a
    code recipe (`script`). A recipe without a name gets one made up. The
    answer names the recipe created. An output another recipe already
    writes, or a new output on a connection the instance lacks, is refused
    (400) and nothing is created.

    Args:
        project_key (str):
        body (CreateRecipeBody): What `createRecipe` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | RecipeCreated]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRecipeBody,
) -> DSSError | RecipeCreated | None:
    """Create a recipe

     Creates a recipe from a prototype (type, name, inputs, outputs) and
    creation settings: outputs to create (`createOutputDataset`,
    `outputDatasetSettings`), inputs of multi-input recipes
    (`virtualInputs`), the first grouping key (`groupKey`), the code of a
    code recipe (`script`). A recipe without a name gets one made up. The
    answer names the recipe created. An output another recipe already
    writes, or a new output on a connection the instance lacks, is refused
    (400) and nothing is created.

    Args:
        project_key (str):
        body (CreateRecipeBody): What `createRecipe` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | RecipeCreated
    """

    return sync_detailed(
        project_key=project_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRecipeBody,
) -> Response[DSSError | RecipeCreated]:
    """Create a recipe

     Creates a recipe from a prototype (type, name, inputs, outputs) and
    creation settings: outputs to create (`createOutputDataset`,
    `outputDatasetSettings`), inputs of multi-input recipes
    (`virtualInputs`), the first grouping key (`groupKey`), the code of a
    code recipe (`script`). A recipe without a name gets one made up. The
    answer names the recipe created. An output another recipe already
    writes, or a new output on a connection the instance lacks, is refused
    (400) and nothing is created.

    Args:
        project_key (str):
        body (CreateRecipeBody): What `createRecipe` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DSSError | RecipeCreated]
    """

    kwargs = request_kwargs(
        project_key=project_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_key: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRecipeBody,
) -> DSSError | RecipeCreated | None:
    """Create a recipe

     Creates a recipe from a prototype (type, name, inputs, outputs) and
    creation settings: outputs to create (`createOutputDataset`,
    `outputDatasetSettings`), inputs of multi-input recipes
    (`virtualInputs`), the first grouping key (`groupKey`), the code of a
    code recipe (`script`). A recipe without a name gets one made up. The
    answer names the recipe created. An output another recipe already
    writes, or a new output on a connection the instance lacks, is refused
    (400) and nothing is created.

    Args:
        project_key (str):
        body (CreateRecipeBody): What `createRecipe` needs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DSSError | RecipeCreated
    """

    return (
        await asyncio_detailed(
            project_key=project_key,
            client=client,
            body=body,
        )
    ).parsed
