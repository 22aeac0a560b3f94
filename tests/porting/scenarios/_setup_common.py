"""Helpers for the scenarios' setup code, run by scripts/porting_check.py with the official client as ``client``."""

# ``client`` is given by the porting check when it runs the setup.
# ruff: noqa: F821
import io

CSV = b"id,name,country,amount\n1,ann,FR,10\n2,bob,US,20\n3,cid,FR,5.5\n"
COPY = """
from dataiku import recipe
source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema(source.read_schema())
with target.get_writer() as writer:
    for row in source.iter_rows():
        writer.write_row_dict(row)
"""


def new_project(key, owner="admin"):
    return client.create_project(key, key, owner)


def uploaded(project, name="customers", content=CSV):
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(content), name + ".csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return dataset


def python_recipe(project, source, output, code=COPY, name=None):
    builder = project.get_dataset(source).new_code_recipe("python", code, name or "compute_" + output)
    builder.with_new_output_dataset(output, "filesystem_managed")
    return builder.create()


def sales_project():
    """SALES: an uploaded dataset `customers` and a Python recipe making `customers_copy` (not built)."""
    project = new_project("SALES")
    uploaded(project)
    python_recipe(project, "customers", "customers_copy")
    return project
