"""Issue 19 follow-ups of MLflow, end to end: deploying a run's model (refused by the emulator, whose runs
log no model) and ``DSSProject.setup_mlflow`` (the official client's ImportError without ``mlflow``;
with it, the managed folder checked, then a clear NotImplementedError naming what dssclient lacks)."""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.dss.utils import DSSDatasetSelectionBuilder

pytestmark = pytest.mark.anyio  # unasync: remove

PROJECT = "MLFLOWUP"


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    return await client.create_project(
        PROJECT, "MLflow follow-ups", "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )


async def _run(project: AsyncDSSProject) -> str:
    mlflow = project.get_mlflow_extension()
    experiment = await mlflow.create_experiment("churn")
    return (await mlflow.create_run(experiment, run_name="baseline"))["info"]["run_id"]


async def test_deploying_a_runs_model_is_refused_with_its_reason(
    project: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    run_id = await _run(project)
    saved_model = await project.create_mlflow_pyfunc_model("imported", "MULTICLASS")
    mlflow = project.get_mlflow_extension()
    selection = DSSDatasetSelectionBuilder().with_head_sampling(100)
    with pytest.raises(BadRequestError, match="store no model artifacts"):
        await mlflow.deploy_run_model(
            run_id,
            saved_model.id,
            version_id="v1",
            evaluation_dataset="customers",
            class_labels=["a", "b", "c"],
            selection=selection,
            activate=False,
        )
    (sent,) = [e for e in dss_emulator.request_log if e.operation_id == "deployMlflowRunModel"]
    assert sent.query["runId"] == [run_id] and sent.query["smId"] == [saved_model.id]
    assert sent.query["versionId"] == ["v1"] and sent.query["activate"] == ["false"]
    assert json.loads(sent.query["samplingParam"][0]) == {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 100}
    assert json.loads(sent.query["modelVersionInfo"][0]) == {
        "gatherFeaturesFromDataset": "customers",
        "guessingDatasetSamplingParam": {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 100},
        "classLabels": [{"label": "a"}, {"label": "b"}, {"label": "c"}],
        "predictionType": "MULTICLASS",
    }

    with pytest.raises(NotFoundError):
        await mlflow.deploy_run_model("0" * 32, saved_model.id, version_id="v1")
    with pytest.raises(NotFoundError):
        await mlflow.deploy_run_model(run_id, "nosuchsm", version_id="v1")
    external = await project.create_external_model("endpoints", "REGRESSION", {"protocol": "vertex-ai"})
    with pytest.raises(BadRequestError, match="not an MLflow model"):
        await mlflow.deploy_run_model(run_id, external.id, version_id="v1")
    with pytest.raises(BadRequestError, match="dashes"):
        await mlflow.deploy_run_model(run_id, saved_model.id, version_id="v-1")
    with pytest.raises(PermissionDeniedError):
        await (
            reader_client.get_project(PROJECT)
            .get_mlflow_extension()
            .deploy_run_model(run_id, saved_model.id, version_id="v1")
        )
    # model_sub_folder: deprecated, sent as model_name.
    with pytest.warns(DeprecationWarning, match="model_name"), pytest.raises(BadRequestError):
        await mlflow.deploy_run_model(run_id, saved_model.id, model_sub_folder="sub")
    last = [e for e in dss_emulator.request_log if e.operation_id == "deployMlflowRunModel"][-1]
    assert last.query["modelName"] == ["sub"]
    assert last.query["versionId"][0][:2] == "20"  # a timestamp by default


async def test_setup_mlflow_without_the_mlflow_package(project: AsyncDSSProject) -> None:
    if "mlflow" in sys.modules or importlib.util.find_spec("mlflow") is not None:
        pytest.skip("mlflow is installed")
    folder = await project.create_managed_folder("artifacts")
    with pytest.raises(ModuleNotFoundError, match="mlflow"):
        await project.setup_mlflow(folder)


async def test_setup_mlflow_checks_the_folder_then_says_what_is_missing(
    project: AsyncDSSProject, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "mlflow", types.ModuleType("mlflow"))
    folder = await project.create_managed_folder("artifacts")
    with pytest.raises(NotImplementedError, match="get_mlflow_extension"):
        await project.setup_mlflow(folder)
    with pytest.raises(NotImplementedError, match="artifact repository"):
        await project.setup_mlflow(f"{PROJECT}.{folder.id}", host="http://elsewhere")
    with pytest.raises(NotFoundError):
        await project.setup_mlflow("nosuchfolder")
    with pytest.raises(TypeError, match="managed_folder"):
        await project.setup_mlflow(42)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
