"""Conformance variants: visual recipes the emulator does not run, built with the official builders.

Creating them must succeed as in DSS (the outputs get the schema DSS starts them with), and a
multi-output recipe (split) creates its new outputs from the settings it gives by role.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.framework import scenario


def _inputs(admin: Any) -> Any:
    project = admin.create_project("VR", "Recipe variants", "admin")
    for name, columns in (
        ("orders", [{"name": "id", "type": "bigint"}, {"name": "amount", "type": "double"}]),
        ("returns", [{"name": "id", "type": "bigint"}, {"name": "reason", "type": "string"}]),
    ):
        dataset = project.create_dataset(
            name, "Filesystem", params={"connection": "filesystem_managed", "path": f"VR/{name}"}, formatType="csv"
        )
        dataset.set_schema({"columns": columns})
    return project


def _columns(project: Any, name: str) -> list[str]:
    return [c["name"] for c in project.get_dataset(name).get_schema()["columns"]]


@scenario()
def visual_recipes_the_emulator_does_not_run(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _inputs(admin)
    for recipe_type in ("sort", "distinct", "sampling", "window", "pivot"):
        recipe = (
            project.new_recipe(recipe_type)
            .with_input("orders")
            .with_new_output(f"{recipe_type}_out", "filesystem_managed")
            .create()
        )
        seen[recipe_type] = (recipe.name, _columns(project, f"{recipe_type}_out"))
    stacked = project.new_recipe("vstack", "stacked").with_input("orders").with_input("returns")
    seen["vstack"] = (
        stacked.with_new_output("stack_out", "filesystem_managed").create().name,
        _columns(project, "stack_out"),
    )
    topn = project.new_recipe("topn", "top")
    project.create_dataset("top_out", "Inline")
    seen["topn"] = topn.with_input("orders").with_output("top_out").create().name
    seen["recipes"] = sorted((r.name, r.type) for r in project.list_recipes())
    seen["datasets"] = sorted(d.name for d in project.list_datasets())
    return seen


@scenario(("createRecipe", 404))
def split_recipe_with_new_and_existing_outputs(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _inputs(admin)
    project.create_dataset("rest", "Inline")
    builder = project.new_recipe("split", "dispatch").with_input("orders")
    builder.with_new_output("big", "filesystem_managed").with_new_output(
        "small", "filesystem_managed", format_option_id="CSV_EXCEL_GZIP"
    )
    builder.with_existing_output("rest")
    recipe = builder.create()
    seen["name"] = recipe.name
    settings = recipe.get_settings()
    seen["outputs"] = [item["ref"] for item in settings.get_recipe_outputs()["main"]["items"]]
    seen["schemas"] = {name: _columns(project, name) for name in ("big", "small")}
    seen["managed"] = [project.get_dataset(name).get_settings().get_raw()["managed"] for name in ("big", "small")]
    # An output that is neither created nor existing is refused, and nothing is left behind.
    try:
        project.new_recipe("split", "broken").with_input("orders").with_existing_output("missing").create()
    except api.DataikuException as error:
        seen["refused"] = str(error)
    seen["recipes"] = sorted(r.name for r in project.list_recipes())
    return seen
