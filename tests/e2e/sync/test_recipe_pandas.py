# Derived from tests/e2e/aio/test_recipe_pandas.py by scripts/unasync.py: do not edit.
"""Dataframes in the emulator's ``dataiku`` package: Python recipes and scenario steps with pandas.

pandas comes with the ``dev`` extra (``dssclient[pandas]``).
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import DSSClient, JobFailedError
from dssclient.dss.project import DSSProject
from dssclient.dss.scenario import PythonScriptBasedScenarioSettings
from tests.e2e.sync.automation_helpers import python_recipe, rows_of, upload_csv

SALES = (
    b"id,name,country,amount,sold_on\n"
    b"1,ann,FR,10,2024-01-02\n2,bob,US,20,2024-01-03\n3,cid,FR,5.5,\n4,dan,DE,,2024-02-01\n"
)

TRANSFORM = """
import dataiku
from dataiku import recipe

df = recipe.get_inputs_as_datasets()[0].get_dataframe()
df = df[df["country"] == "FR"].copy()
df["doubled"] = df["amount"] * 2
df["big"] = df["amount"] > 6
recipe.get_outputs_as_datasets()[0].write_with_schema(df[["id", "name", "doubled", "big", "sold_on"]])
"""

DTYPES = """
import dataiku
import pandas as pd
from dataiku import recipe

source = recipe.get_inputs_as_datasets()[0]
inferred = source.get_dataframe()
by_schema = source.get_dataframe(infer_with_pandas=False, columns=["amount", "id"], int_as_float=True)
rows = [("inferred", name, str(dtype)) for name, dtype in inferred.dtypes.items()]
rows += [("schema", name, str(dtype)) for name, dtype in by_schema.dtypes.items()]
rows.append(("limit", "rows", str(len(source.get_dataframe(limit=2)))))
recipe.get_outputs_as_datasets()[0].write_with_schema(pd.DataFrame(rows, columns=["read", "column", "dtype"]))
"""


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project, "sales", SALES)
    return project


def test_a_recipe_reads_a_dataframe_transforms_it_and_writes_it_with_its_schema(
    project: DSSProject,
) -> None:
    python_recipe(project, "sales", "french", TRANSFORM)
    project.get_dataset("french").build(timeout=60)
    schema = project.get_dataset("french").get_schema()
    assert [(c["name"], c["type"]) for c in schema["columns"]] == [
        ("id", "bigint"),
        ("name", "string"),
        ("doubled", "double"),
        ("big", "boolean"),
        ("sold_on", "date"),
    ]
    assert rows_of(project.get_dataset("french")) == [
        [1, "ann", 20.0, True, datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)],
        [3, "cid", 11.0, False, None],
    ]


def test_dataframes_are_typed_as_dss_types_them(project: DSSProject) -> None:
    python_recipe(project, "sales", "dtypes", DTYPES)
    project.get_dataset("dtypes").build(timeout=60)
    rows = {(read, column): dtype for read, column, dtype in rows_of(project.get_dataset("dtypes"))}
    assert rows[("inferred", "id")] == "int64" and rows[("inferred", "amount")] == "float64"
    assert rows[("inferred", "sold_on")].startswith("datetime64[") and rows[("inferred", "sold_on")].endswith("UTC]")
    assert rows[("schema", "amount")] == "float64" and rows[("schema", "id")] == "float64"
    assert [column for read, column in rows if read == "schema"] == ["amount", "id"]
    assert rows[("limit", "rows")] == "2"


def test_a_scenario_step_reads_a_dataset_in_chunks(project: DSSProject) -> None:
    scenario = project.create_scenario("Chunks", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = (
        "import dataiku\n"
        "sizes = [len(df) for df in dataiku.Dataset('sales').iter_dataframes(chunksize=3)]\n"
        "total = sum(df['amount'].sum() for df in dataiku.Dataset('sales').iter_dataframes(chunksize=2))\n"
        "print('chunks', sizes, 'total', total)\n"
    )
    settings.save()
    run = scenario.run_and_wait(timeout=60)
    assert run is not None and run.outcome == "SUCCESS"
    assert "chunks [3, 1] total 35.5" in run.get_log()


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            "import dataiku\ndataiku.Folder('models').get_partition_info('x')\n",
            "dataiku.Folder.get_partition_info is not part of the DSS emulator's dataiku",
        ),
        (
            "from dataiku import recipe\nrecipe.get_inputs_as_datasets()[0].get_location_info()\n",
            "dataiku.Dataset.get_location_info is not part of",
        ),
        (
            "from dataiku import recipe\nrecipe.get_inputs_as_datasets()[0].get_dataframe(sampling='random')\n",
            "Sampling 'random' is not part of the DSS emulator's dataiku package",
        ),
        (
            "import sys\nsys.modules['pandas'] = None\nfrom dataiku import recipe\n"
            "recipe.get_inputs_as_datasets()[0].get_dataframe()\n",
            "pandas is not installed in the Python that runs the DSS emulator's recipes",
        ),
    ],
)
def test_what_the_package_lacks_fails_the_recipe_with_a_clear_error(
    project: DSSProject, script: str, expected: str
) -> None:
    python_recipe(project, "sales", "out", script)
    with pytest.raises(JobFailedError) as caught:
        project.get_dataset("out").build(timeout=60)
    failure: Any = caught.value.first_failure
    assert failure is not None and expected in failure["message"]
    if "not part of" in expected:
        assert "README" in failure["message"]
