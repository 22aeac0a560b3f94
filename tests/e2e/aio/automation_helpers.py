"""What the end-to-end tests of project automation share: a CSV, and building a small flow."""

from __future__ import annotations

import io
from typing import Any

from dssclient.aio.dss.dataset import AsyncDSSDataset
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncDSSRecipe

CSV = b"id,name,country,amount\n1,ann,FR,10\n2,bob,US,20\n3,cid,FR,5.5\n4,dan,DE,\n"
ROWS = [[1, "ann", "FR", 10.0], [2, "bob", "US", 20.0], [3, "cid", "FR", 5.5], [4, "dan", "DE", None]]
COUNTRIES = b"country,label\nFR,France\nUS,United States\n"

DOUBLE_SCRIPT = """
from dataiku import recipe

source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema([{"name": "name", "type": "string"}, {"name": "doubled", "type": "double"}])
with target.get_writer() as writer:
    for row in source.iter_rows():
        writer.write_row_array([row["name"], None if row["amount"] is None else row["amount"] * 2])
print("wrote the doubled amounts")
"""


async def upload_csv(project: AsyncDSSProject, name: str = "customers", content: bytes = CSV) -> AsyncDSSDataset:
    """An uploaded-files dataset holding ``content``, its format and schema detected and saved."""
    dataset = await project.create_upload_dataset(name)
    await dataset.uploaded_add_file(io.BytesIO(content), f"{name}.csv")
    await (await dataset.autodetect_settings(infer_storage_types=True)).save()
    return dataset


async def rows_of(dataset: AsyncDSSDataset, **options: Any) -> list[list[Any]]:
    return [row async for row in dataset.iter_rows(**options)]


async def python_recipe(
    project: AsyncDSSProject, source: str, target: str, script: str, name: str | None = None
) -> AsyncDSSRecipe:
    """A Python recipe from ``source`` into a new managed dataset ``target``."""
    builder = project.new_recipe("python", name).with_input(source).with_script(script)
    return await builder.with_new_output_dataset(target, "filesystem_managed").create()
