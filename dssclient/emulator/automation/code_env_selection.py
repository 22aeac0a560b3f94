"""Which code env a code recipe runs in, as DSS resolves it, and the refusal of one that does not exist.

A recipe's ``params.envSelection`` says ``envMode``: ``EXPLICIT_ENV`` (``envName``),
``USE_BUILTIN_MODE``, or ``INHERIT``: the project's choice for the language
(``settings.codeEnvs.python`` / ``.r``: ``mode`` and ``envName``), which may itself ``INHERIT``
the instance's default (general settings, ``codeEnvs.defaultPythonEnv`` / ``defaultREnv``; none
or empty: the built-in env). A named env that does not exist fails the recipe when it runs:
saving such a selection is allowed, as a project imported from elsewhere may name envs that
this instance lacks (the check at run time is the emulator's choice; DSS's message is not known).
"""

from __future__ import annotations

from typing import Any

from dssclient._json import is_mapping, mapping_or_empty

from ..models.code_envs import CodeEnvsModel
from ..models.instance_admin import InstanceAdminModel
from ..state import DSSState, Project
from .executors import RecipeError
from .recipes import CODE_ENV_LANGUAGES, Recipe

EXPLICIT, BUILTIN, INHERIT = "EXPLICIT_ENV", "USE_BUILTIN_MODE", "INHERIT"
# What a selection that defers to the level above resolves to, for now.
_INHERITED = object()
_INSTANCE_KEYS = {"PYTHON": "defaultPythonEnv", "R": "defaultREnv"}


def recipe_code_env(state: DSSState, project: Project, recipe: Recipe) -> tuple[str, str | None] | None:
    """(language, env name or None for the built-in env) the recipe runs in; None for recipes
    without a code env. An env that does not exist raises RecipeError. Hold the state lock."""
    language = CODE_ENV_LANGUAGES.get(recipe.type)
    if language is None:
        return None
    params = recipe.definition.get("params")
    selection = mapping_or_empty(params.get("envSelection") if is_mapping(params) else None)
    name = _chosen(selection.get("envMode", INHERIT), selection.get("envName"), f"recipe {recipe.name}")
    if name is _INHERITED:
        name = _project_env(state, project, language)
    if isinstance(name, str) and (language, name) not in state.extension(CodeEnvsModel).envs:
        raise RecipeError(
            f"Code env {name} ({language}) does not exist: recipe {recipe.name} cannot run "
            "(create the code env, or select another one in the recipe or its project)"
        )
    return language, name if isinstance(name, str) else None


def _project_env(state: DSSState, project: Project, language: str) -> str | None:
    settings = project.settings.get("settings")
    code_envs = settings.get("codeEnvs") if is_mapping(settings) else None
    chosen = mapping_or_empty(code_envs.get(language.lower()) if is_mapping(code_envs) else None)
    mode = chosen.get("mode")
    if mode is None:
        # Settings written before modes existed say useBuiltinEnv only.
        mode = BUILTIN if chosen.get("useBuiltinEnv", True) is not False else EXPLICIT
    name = _chosen(mode, chosen.get("envName"), f"project {project.key}")
    if name is not _INHERITED:
        return name if isinstance(name, str) else None
    general = state.extension(InstanceAdminModel).general_settings.get("codeEnvs")
    default = general.get(_INSTANCE_KEYS[language]) if is_mapping(general) else None
    return default if isinstance(default, str) and default else None


def _chosen(mode: Any, name: Any, owner: str) -> Any:
    """The env a selection names: its name, None (built-in), or _INHERITED."""
    if mode == INHERIT:
        return _INHERITED
    if mode == BUILTIN:
        return None
    if mode == EXPLICIT:
        if not isinstance(name, str) or not name:
            raise RecipeError(f"The code env selection of {owner} is EXPLICIT_ENV but names no env (envName)")
        return name
    raise RecipeError(f"Unknown code env mode {mode!r} in {owner} (INHERIT, USE_BUILTIN_MODE or EXPLICIT_ENV)")
