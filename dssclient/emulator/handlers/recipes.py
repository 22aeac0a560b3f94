"""Recipes of a project: creation from a prototype, settings, metadata, status, output schemas."""

from __future__ import annotations

import copy
from typing import Any

from dssclient._json import is_array, is_object, object_or_empty

from ..automation import recipes as flow
from ..automation.access import (
    READ,
    UNSAFE_CODE_RECIPE_TYPES,
    WRITE,
    check_foreign_read,
    project_for,
    require_code_rights,
)
from ..automation.executors import RecipeError
from ..automation.recipes import (
    NAME,
    Recipe,
    RecipesModel,
    computed_output_schemas,
    input_refs,
    output_refs,
    split_ref,
    status,
)
from ..automation.sql_recipes import query_schema
from ..automation.store import data_store
from ..context import RequestContext
from ..errors import bad_request, conflict, not_found
from ..models.sql import connection_kinds
from ..models.streaming import check_streaming_recipe
from ..state import Project, user_tag
from ._common import existing_dataset, refuse_rename
from ._registry import handles


def _recipe_for(ctx: RequestContext, *rights: str) -> tuple[Project, Recipe]:
    project = project_for(ctx, ctx.path["projectKey"], *rights)
    return project, ctx.services.state.extension(RecipesModel).get(project.key, ctx.path["recipeName"])


def _check_rights(ctx: RequestContext, project: Project, recipe_type: Any, inputs: list[str]) -> None:
    """The caller's rights on what a recipe's definition says: code, and inputs of other projects."""
    if recipe_type in UNSAFE_CODE_RECIPE_TYPES:
        require_code_rights(ctx.user, f"write the code of a {recipe_type} recipe")
    for ref in inputs:
        owner, name = split_ref(project.key, ref)
        check_foreign_read(ctx.services.state, project.key, owner, name, ctx.user)


@handles("listRecipes")
def list_recipes(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [copy.deepcopy(recipe.definition) for recipe in state.extension(RecipesModel).of(project.key).values()]


@handles("createRecipe")
def create_recipe(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    connections = connection_kinds(ctx.services)
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        prototype = ctx.body_fields.get("recipePrototype")
        prototype = prototype if is_object(prototype) else {}
        settings = ctx.body_fields.get("creationSettings")
        virtual = settings.get("virtualInputs") if is_object(settings) else None
        inputs = input_refs(prototype) + ([str(ref) for ref in virtual] if is_array(virtual) else [])
        _check_rights(ctx, project, prototype.get("type"), inputs)
        model = state.extension(RecipesModel)
        recipe = flow.create_recipe(state, model, project, ctx.body, ctx.user.login, connections)
        return {"name": recipe.name, "projectKey": project.key}


@handles("getRecipe")
def get_recipe(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _recipe_for(ctx, READ)[1].as_json()


@handles("saveRecipe")
def save_recipe(ctx: RequestContext) -> dict[str, Any]:
    definition = ctx.body["recipe"]
    fields = ctx.body_fields["recipe"]
    refuse_rename("recipe", "projectKey", ctx.path["projectKey"], fields)
    refuse_rename("recipe", "name", ctx.path["recipeName"], fields)
    payload = ctx.body.get("payload")
    state = ctx.services.state
    with state.lock:
        project, recipe = _recipe_for(ctx, WRITE)
        if fields.get("type") not in (None, recipe.type):
            raise bad_request(f"A recipe's type cannot change (from {recipe.type} to {fields.get('type')})")
        _check_rights(ctx, project, recipe.type, input_refs(definition))
        flow.refuse_second_producer(state.extension(RecipesModel), project, recipe.name, output_refs(definition))
        check_streaming_recipe(state, project.key, recipe.type, input_refs(definition) + output_refs(definition))
        recipe.definition = copy.deepcopy(definition)
        version = int(object_or_empty(recipe.definition.get("versionTag")).get("versionNumber", 0)) + 1
        recipe.definition["versionTag"] = user_tag(ctx.user.login, state.clock(), version)
        if isinstance(payload, str):
            recipe.payload = payload
        if is_array(fields.get("tags")):
            recipe.metadata["tags"] = list(fields["tags"])
        recipe.revision += 1
    return {}


@handles("deleteRecipe")
def delete_recipe(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, recipe = _recipe_for(ctx, WRITE)
        del ctx.services.state.extension(RecipesModel).of(project.key)[recipe.name]


@handles("getRecipeMetadata")
def get_recipe_metadata(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_recipe_for(ctx, READ)[1].metadata)


@handles("setRecipeMetadata")
def set_recipe_metadata(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, recipe = _recipe_for(ctx, WRITE)
        recipe.metadata = copy.deepcopy(ctx.body)
        if is_array(ctx.body_fields.get("tags")):
            recipe.definition["tags"] = list(ctx.body_fields["tags"])
    return {}


@handles("getRecipeStatus")
def get_recipe_status(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, recipe = _recipe_for(ctx, READ)
        return status(state, project, recipe)


@handles("getRecipeSchemaUpdates")
def get_recipe_schema_updates(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, recipe = _recipe_for(ctx, READ)
        if recipe.type == "sql_query":
            # Like DSS, the query runs (and is rolled back) to tell its result's columns.
            try:
                columns = query_schema(ctx.services, project, recipe)
            except RecipeError as error:
                raise bad_request(f"Recipe {recipe.name} cannot compute its output schema: {error}") from None
            computed = {ref: {"columns": columns, "userModified": False} for ref in output_refs(recipe.definition)}
        else:
            computed = computed_output_schemas(state, project, recipe)
        computables: list[dict[str, Any]] = []
        for ref, schema in computed.items():
            dataset = project.datasets.get(ref)
            current = dataset.definition.get("schema") if dataset is not None else None
            current_columns = current.get("columns") if is_object(current) else None
            if _comparable(current_columns) != _comparable(schema["columns"]):
                computables.append({"type": "DATASET", "datasetName": ref, "id": ref, "newSchema": schema})
        return {"totalIncompatibilities": len(computables), "computables": computables}


def _comparable(columns: Any) -> list[tuple[str, str]]:
    if not is_array(columns):
        return []
    return [(str(c.get("name")), str(c.get("type"))) for c in columns if is_object(c)]


@handles("updateRecipeOutputSchema")
def update_recipe_output_schema(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    if fields["computableType"] != "DATASET":
        raise bad_request(f"The emulator updates the schemas of datasets only, not of {fields['computableType']}")
    with ctx.services.state.lock:
        project, recipe = _recipe_for(ctx, WRITE)
        name = fields["computableId"]
        if name not in output_refs(recipe.definition):
            raise bad_request(f"Dataset {name} is not an output of recipe {recipe.name}")
        dataset = existing_dataset(project, name)
        dataset.definition["schema"] = copy.deepcopy(ctx.body["newSchema"])
        if fields.get("dropAndRecreate") is True:
            data_store(ctx.services).clear(project.key, name)
    return {"msg": f"Updated the schema of {project.key}.{name}"}


@handles("renameRecipe")
def rename_recipe(ctx: RequestContext) -> None:
    old, new = ctx.body_fields["oldName"], ctx.body_fields["newName"]
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        recipes = state.extension(RecipesModel).of(project.key)
        if old not in recipes:
            raise not_found(f"Recipe does not exist: {project.key}.{old}")
        if not NAME.fullmatch(new):
            raise bad_request(f"Invalid recipe name {new!r}: use letters, digits and underscores")
        if new in recipes or new in project.datasets:
            raise conflict(f"The flow of {project.key} already has an object named {new}")
        recipe = recipes[old]
        recipe.definition["name"] = new
        recipe.metadata["label"] = new
        # Same place in the listing, under its new name.
        renamed = {new if name == old else name: found for name, found in recipes.items()}
        recipes.clear()
        recipes.update(renamed)
