"""Duplicating a project's content: settings, datasets (and data, by mode), recipes, scenarios."""

from __future__ import annotations

import copy
from typing import Any

from dssclient._json import is_object

from ..state import DSSState, Project
from .recipes import Recipe, RecipesModel, output_refs
from .scenarios import ScenariosModel, duplicate_scenarios
from .store import data_store


def duplicate_project_content(services: Any, source: Project, target: Project, mode: str) -> None:
    """Copy ``source`` into the new ``target``. Hold the state lock.

    ``FULL`` copies every dataset's rows; ``MINIMAL`` and ``SHARING`` only those of the flow's
    sources (what no recipe writes), so that the copy can be rebuilt; ``NONE`` no rows.
    """
    state: DSSState = services.state
    recipes = state.extension(RecipesModel)
    name, owner = target.name, target.owner
    target.settings = copy.deepcopy(source.settings)
    target.settings.update({"projectKey": target.key, "name": name, "owner": owner})
    target.variables = copy.deepcopy(source.variables)
    target.metadata = {**copy.deepcopy(source.metadata), "label": name}
    written = {ref for recipe in recipes.of(source.key).values() for ref in output_refs(recipe.definition)}
    store = data_store(services)
    for dataset_name, dataset in source.datasets.items():
        definition = copy.deepcopy(dataset.definition)
        definition["projectKey"] = target.key
        params = definition.get("params")
        if is_object(params) and isinstance(params.get("path"), str):
            params["path"] = params["path"].replace(source.key, target.key, 1)
        copied = state.create_dataset(target, definition, target.owner)
        copied.metadata = copy.deepcopy(dataset.metadata)
        if mode == "FULL" or (mode in ("MINIMAL", "SHARING") and dataset_name not in written):
            store.copy_dataset((source.key, dataset_name), (target.key, dataset_name))
    for recipe_name, recipe in recipes.of(source.key).items():
        definition = copy.deepcopy(recipe.definition)
        definition["projectKey"] = target.key
        recipes.of(target.key)[recipe_name] = Recipe(definition, recipe.payload, copy.deepcopy(recipe.metadata))
    duplicate_scenarios(state.extension(ScenariosModel), source.key, target.key)
