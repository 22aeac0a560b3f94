# Derived from tests/e2e/aio/test_saved_models.py by scripts/unasync.py: do not edit.
"""Saved models, end to end against the emulator (issue 19): listing and settings, versions and the
active one, details, snippets and metrics, usages, zones, deletion, rights, the scoring recipes
(one output row per input row, as the version's model predicts it), and what the emulator refuses
(MLflow imports, external versions).

Saved models are seeded in the emulator's state with a model its engine trained (the deployment
of an ML task to the flow, which makes them through the API, is ``test_ml_*``'s subject).
"""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.ml_model_details import DSSTrainedClusteringModelDetails, DSSTrainedModelDetails
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import ClusteringScoringRecipeCreator, PredictionScoringRecipeCreator
from dssclient.dss.savedmodel import (
    DSSSavedModel,
    DSSSavedModelSettings,
    ExternalModelVersionHandler,
    RunConfigUtils,
)
from dssclient.emulator.automation.ml_engine import TrainedModel, train_model
from dssclient.emulator.models.saved_models import SavedModel, SavedModels
from tests.e2e.sync.automation_helpers import rows_of, upload_csv

READERS = [{"group": "readers", "readProjectContent": True}]
FEATURES = {"x": {"role": "INPUT", "type": "NUMERIC"}, "color": {"role": "INPUT", "type": "CATEGORY"}}


def labelled_rows(n: int, seed: int = 7) -> list[dict[str, str]]:
    """Rows whose label follows ``x`` and ``color`` (with some noise), as text, as datasets hold them."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    for _ in range(n):
        x = rng.uniform(0, 10)
        color = rng.choice(["red", "green", "blue"])
        score = x + (2 if color == "red" else 0) + rng.gauss(0, 1)
        label = "big" if score > 6 else ("medium" if score > 3 else "small")
        rows.append({"x": f"{x:.3f}", "color": color, "label": label, "amount": f"{score * 10:.2f}"})
    return rows


def csv_of(rows: list[dict[str, str]], columns: list[str]) -> bytes:
    lines = [",".join(columns)] + [",".join(row[c] for c in columns) for row in rows]
    return ("\n".join(lines) + "\n").encode()


def trained(prediction_type: str, algorithm: str, target: str | None = "label", seed: int = 7) -> TrainedModel:
    rows = labelled_rows(300, seed)
    if prediction_type == "BINARY_CLASSIFICATION":
        rows = [{**row, "label": "big" if row["label"] == "big" else "other"} for row in rows]
    settings: dict[str, Any] = {
        "taskType": "CLUSTERING" if prediction_type == "CLUSTERING" else "PREDICTION",
        "preprocessing": {"per_feature": FEATURES},
        "splitParams": {"ttPolicy": "SPLIT_SINGLE_DATASET", "ssdTrainingRatio": 0.8, "ssdSeed": 1337},
        "modeling": {},
    }
    if prediction_type != "CLUSTERING":
        settings["predictionType"] = prediction_type
        settings["targetVariable"] = target
    return train_model(rows, settings, algorithm)


def seed_saved_model(
    emulator: Any,
    project_key: str,
    prediction_type: str = "MULTICLASS",
    algorithms: tuple[str, ...] = ("LOGISTIC_REGRESSION",),
    name: str = "sizes",
    target: str = "label",
) -> SavedModel:
    """A saved model with one version per algorithm, the last one active (as deployments make them)."""
    models = [trained(prediction_type, algorithm, target) for algorithm in algorithms]
    with emulator.state.lock:
        saved_models = emulator.state.extension(SavedModels)
        task_type = "CLUSTERING" if prediction_type == "CLUSTERING" else "PREDICTION"
        saved_model: SavedModel = saved_models.create(
            project_key, name, None if task_type == "CLUSTERING" else prediction_type, task_type=task_type
        )
        for model in models:
            saved_models.add_version(saved_model, model, origin=f"A-{project_key}-an1-task1-s1-pp1-m1")
        return saved_model


def project_with_model(
    client: DSSClient, emulator: Any, key: str = "SM", **options: Any
) -> tuple[DSSProject, DSSSavedModel, SavedModel]:
    project = client.create_project(key, key, "admin", **options.pop("project_options", {}))
    seeded = seed_saved_model(emulator, key, **options)
    return project, project.get_saved_model(seeded.id), seeded


# -- listing, settings, versions -----------------------------------------------------------------


def test_list_get_and_settings(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, seeded = project_with_model(client, dss_emulator)
    (listed,) = project.list_saved_models()
    assert (listed["id"], listed["name"], listed["type"], listed["savedModelType"]) == (
        seeded.id,
        "sizes",
        "PREDICTION",
        "DSS_MANAGED",
    )
    assert saved_model.id == seeded.id and saved_model.project.project_key == "SM"
    settings = saved_model.get_settings()
    assert isinstance(settings, DSSSavedModelSettings)
    assert settings.prediction_type == "MULTICLASS"
    assert settings.prediction_metrics_settings["evaluationMetric"] == "ROC_AUC"
    assert settings.get_raw()["activeVersion"] == "1"
    assert settings.get_raw()["lastExportedFrom"] == "A-SM-an1-task1-s1-pp1-m1"
    with pytest.raises(NotFoundError):
        project.get_saved_model("nope1234").get_settings()


def test_shared_saved_models_are_listed_with_include_shared(client: DSSClient, dss_emulator: Any) -> None:
    _, _, seeded = project_with_model(client, dss_emulator, key="OWNER")
    seed_saved_model(dss_emulator, "OWNER", name="private")
    user = client.create_project("USER", "USER", "admin")
    assert user.list_saved_models(include_shared=True) == []
    settings = client.get_project("OWNER").get_settings()
    settings.add_exposed_object("SAVED_MODEL", seeded.id, "USER")
    settings.save()
    assert user.list_saved_models() == []
    (shared,) = user.list_saved_models(include_shared=True)
    assert (shared["projectKey"], shared["id"], shared["name"]) == ("OWNER", seeded.id, "sizes")


def test_settings_round_trip_and_what_a_save_cannot_change(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, _ = project_with_model(client, dss_emulator)
    settings = saved_model.get_settings()
    settings.get_raw()["description"] = "sizes of things"
    settings.get_raw()["tags"] = ["ml"]
    settings.get_raw()["unknownField"] = {"kept": None}
    settings.prediction_metrics_settings["evaluationMetric"] = "F1"
    settings.get_raw()["name"] = "sizes v2"
    settings.save()
    again = (saved_model.get_settings()).get_raw()
    assert (again["description"], again["tags"], again["name"]) == ("sizes of things", ["ml"], "sizes v2")
    assert again["miniTask"]["modeling"]["metrics"]["evaluationMetric"] == "F1"
    assert again["miniTask"]["predictionType"] == "MULTICLASS"
    assert again["unknownField"] == {}  # the emulator drops nulls, as DSS's serializer does
    for key, value in (("type", "CLUSTERING"), ("savedModelType", "MLFLOW_PYFUNC"), ("activeVersion", "9")):
        changed = saved_model.get_settings()
        changed.get_raw()[key] = value  # type: ignore[literal-required]
        with pytest.raises(BadRequestError, match=key):
            changed.save()
    changed = saved_model.get_settings()
    changed.get_raw()["miniTask"]["predictionType"] = "REGRESSION"
    with pytest.raises(BadRequestError, match="predictionType"):
        changed.save()


def test_versions_and_the_active_one(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, _ = project_with_model(
        client, dss_emulator, algorithms=("LOGISTIC_REGRESSION", "RANDOM_FOREST_CLASSIFICATION")
    )
    versions = saved_model.list_versions()
    assert [(v["id"], v["active"]) for v in versions] == [("1", False), ("2", True)]
    assert versions[1]["snippet"]["algorithm"] == "RANDOM_FOREST_CLASSIFICATION"
    active = saved_model.get_active_version()
    assert active is not None and active["id"] == "2"
    saved_model.set_active_version("1")
    assert [(v["id"], v["active"]) for v in saved_model.list_versions()] == [("1", True), ("2", False)]
    assert (saved_model.get_settings()).get_raw()["activeVersion"] == "1"
    with pytest.raises(NotFoundError):
        saved_model.set_active_version("3")


def test_details_snippet_and_metrics(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, seeded = project_with_model(client, dss_emulator)
    details = saved_model.get_version_details("1")
    assert isinstance(details, DSSTrainedModelDetails)
    assert not isinstance(details, DSSTrainedClusteringModelDetails)
    raw = details.get_raw()
    model = seeded.versions["1"].trained
    assert raw["perf"]["metrics"] == model.metrics  # computed on the held-out rows by the engine
    assert raw["fullModelId"] == f"S-SM-{seeded.id}-1"
    snippet = details.get_raw_snippet()
    assert snippet["algorithm"] == "LOGISTIC_REGRESSION" and snippet["predictionType"] == "MULTICLASS"
    assert snippet == saved_model.get_version_snippet("1")
    assert snippet["accuracy"] == model.metrics["accuracy"]
    metrics = saved_model.get_metric_values("1")
    assert isinstance(metrics, ComputedMetrics)
    by_id = {m["metric"]["id"]: m["lastValues"][0]["value"] for m in metrics.get_raw()["metrics"]}
    assert float(by_id["model_perf:ACCURACY"]) == model.metrics["accuracy"]
    assert float(by_id["model_perf:LOG_LOSS"]) == model.metrics["logLoss"]
    for missing in (saved_model.get_version_details, saved_model.get_version_snippet, saved_model.get_metric_values):
        with pytest.raises(NotFoundError):
            missing("7")


def test_clustering_details(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, _ = project_with_model(client, dss_emulator, prediction_type="CLUSTERING", algorithms=("KMEANS",))
    assert isinstance(saved_model.get_version_details("1"), DSSTrainedClusteringModelDetails)
    settings = saved_model.get_settings()
    assert settings.get_raw()["type"] == "CLUSTERING" and settings.prediction_type is None


def test_delete_versions_never_the_active_one(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, _ = project_with_model(
        client, dss_emulator, algorithms=("LOGISTIC_REGRESSION", "KNN", "RANDOM_FOREST_CLASSIFICATION")
    )
    with pytest.raises(BadRequestError, match="active version"):
        saved_model.delete_versions(["1", "3"])
    assert [v["id"] for v in saved_model.list_versions()] == ["1", "2", "3"]  # nothing deleted
    with pytest.raises(NotFoundError):
        saved_model.delete_versions(["1", "9"])
    saved_model.delete_versions("1")
    saved_model.delete_versions(["2"], remove_intermediate=False)
    assert [v["id"] for v in saved_model.list_versions()] == ["3"]
    with pytest.raises(TypeError):
        saved_model.delete_versions([1])  # type: ignore[list-item]


def test_delete_the_saved_model_and_its_recipes(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, _ = project_with_model(client, dss_emulator)
    upload_csv(project, "to_score", csv_of(labelled_rows(5), ["x", "color"]))
    recipe = scoring_recipe(project, saved_model.id, "to_score", "scored")
    assert [u["objectId"] for u in saved_model.get_usages()] == [recipe.name]
    saved_model.delete()
    assert project.list_saved_models() == []
    with pytest.raises(NotFoundError):
        saved_model.get_settings()
    assert recipe.name not in [r["name"] for r in project.list_recipes()]


# -- rights ----------------------------------------------------------------------------------------


def test_readers_read_and_cannot_change(client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    project_with_model(
        client,
        dss_emulator,
        key="R",
        algorithms=("LOGISTIC_REGRESSION", "KNN"),
        project_options={"permissions": READERS},
    )
    project_with_model(client, dss_emulator, key="S")  # the reader has no right on S
    (listed,) = reader_client.get_project("R").list_saved_models()
    as_reader = reader_client.get_project("R").get_saved_model(listed["id"])
    assert len(as_reader.list_versions()) == 2
    settings = as_reader.get_settings()
    with pytest.raises(PermissionDeniedError):
        settings.save()
    with pytest.raises(PermissionDeniedError):
        as_reader.set_active_version("1")
    with pytest.raises(PermissionDeniedError):
        as_reader.delete_versions(["1"])
    with pytest.raises(PermissionDeniedError):
        as_reader.delete()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("R").create_mlflow_pyfunc_model("m")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("S").list_saved_models()


# -- usages, zones, discussions --------------------------------------------------------------------


def test_usages_zones_and_discussions(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, _ = project_with_model(client, dss_emulator)
    assert saved_model.get_usages() == []
    upload_csv(project, "to_score", csv_of(labelled_rows(5), ["x", "color"]))
    recipe = scoring_recipe(project, saved_model.id, "to_score", "scored")
    assert saved_model.get_usages() == [{"type": "RECIPE_INPUT", "objectId": recipe.name, "objectProjectKey": "SM"}]
    assert (saved_model.get_zone()).id == "default"
    zone = project.get_flow().create_zone("models")
    saved_model.move_to_zone(zone)
    assert (saved_model.get_zone()).id == zone.id
    other = project.get_flow().create_zone("shared")
    saved_model.share_to_zone(other.id)
    saved_model.unshare_from_zone(other.id)
    discussions = saved_model.get_object_discussions()
    discussions.create_discussion("Why this model?", "Because of its AUC.")
    (listed,) = discussions.list_discussions()
    assert listed.get_metadata()["objectType"] == "SAVED_MODEL"


# -- scoring -----------------------------------------------------------------------------------------


def scoring_recipe(
    project: DSSProject, model_id: str, source: str, target: str, kind: str = "prediction_scoring"
) -> Any:
    builder = project.new_recipe(kind)
    assert isinstance(builder, (PredictionScoringRecipeCreator, ClusteringScoringRecipeCreator))
    builder.with_input_model(model_id)
    builder.with_input(source)
    builder.with_new_output(target, "filesystem_managed")
    return builder.create()


def as_dicts(columns: list[str], rows: list[list[Any]]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in rows]


def test_prediction_scoring_one_row_per_row_with_probabilities(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, seeded = project_with_model(client, dss_emulator)
    rows = labelled_rows(100, seed=99)
    upload_csv(project, "to_score", csv_of(rows, ["x", "color", "amount"]))
    recipe = scoring_recipe(project, saved_model.id, "to_score", "scored")
    scored = project.get_dataset("scored")
    model = seeded.versions["1"].trained
    classes = list(model.classes or [])
    expected = ["x", "color", "amount", *(f"proba_{c}" for c in classes), "prediction"]
    # The output's schema is set when the recipe is created, as DSS does.
    assert [c["name"] for c in (scored.get_schema())["columns"]] == expected
    recipe.run(timeout=60)
    out = as_dicts(expected, rows_of(scored))
    assert len(out) == 100
    predictions = model.predict([{"x": r["x"], "color": r["color"]} for r in rows])
    for row, source, predicted in zip(out, rows, predictions, strict=True):
        assert row["color"] == source["color"] and math.isclose(row["x"], float(source["x"]))
        probas = [row[f"proba_{c}"] for c in classes]
        assert math.isclose(sum(probas), 1.0, abs_tol=1e-9)
        assert row["prediction"] == predicted["prediction"]
        assert all(math.isclose(row[f"proba_{c}"], predicted["probas"][c]) for c in classes)
    # Scoring with the other version after switching: the active one scores.
    assert len({row["prediction"] for row in out}) > 1


def test_regression_and_clustering_scoring(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("SC", "SC", "admin")
    regression = seed_saved_model(
        dss_emulator, "SC", prediction_type="REGRESSION", algorithms=("RIDGE_REGRESSION",), target="amount"
    )
    clustering = seed_saved_model(dss_emulator, "SC", prediction_type="CLUSTERING", algorithms=("KMEANS",))
    rows = labelled_rows(40, seed=5)
    upload_csv(project, "to_score", csv_of(rows, ["x", "color"]))
    recipe = scoring_recipe(project, regression.id, "to_score", "amounts")
    recipe.run(timeout=60)
    out = rows_of(project.get_dataset("amounts"))
    expected = regression.versions["1"].trained.predict(rows)
    assert [r[2] for r in out] == pytest.approx([p["prediction"] for p in expected])
    recipe = scoring_recipe(project, clustering.id, "to_score", "clusters", kind="clustering_scoring")
    recipe.run(timeout=60)
    schema = project.get_dataset("clusters").get_schema()
    assert [c["name"] for c in schema["columns"]] == ["x", "color", "cluster"]
    out = rows_of(project.get_dataset("clusters"))
    assert [r[2] for r in out] == [p["cluster"] for p in clustering.versions["1"].trained.predict(rows)]
    # A prediction model in a clustering scoring recipe is refused at creation.
    with pytest.raises(BadRequestError, match="prediction model"):
        scoring_recipe(project, regression.id, "to_score", "wrong", kind="clustering_scoring")


def test_the_active_version_scores(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, seeded = project_with_model(client, dss_emulator, algorithms=("LOGISTIC_REGRESSION", "KNN"))
    rows = labelled_rows(60, seed=3)
    upload_csv(project, "to_score", csv_of(rows, ["x", "color"]))
    recipe = scoring_recipe(project, saved_model.id, "to_score", "scored")
    saved_model.set_active_version("1")
    recipe.run(timeout=60)
    first = [r[-1] for r in rows_of(project.get_dataset("scored"))]
    assert first == [p["prediction"] for p in seeded.versions["1"].trained.predict(rows)]
    saved_model.set_active_version("2")
    recipe.run(timeout=60)
    second = [r[-1] for r in rows_of(project.get_dataset("scored"))]
    assert second == [p["prediction"] for p in seeded.versions["2"].trained.predict(rows)]


def test_scoring_in_append_mode(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, _ = project_with_model(client, dss_emulator)
    upload_csv(project, "to_score", csv_of(labelled_rows(7), ["x", "color"]))
    builder = project.new_recipe("prediction_scoring")
    builder.with_input_model(saved_model.id).with_input("to_score").with_new_output(
        "scored", "filesystem_managed", append=True
    )
    recipe = builder.create()
    output = project.get_dataset("scored")
    recipe.run(timeout=60)
    recipe.run(timeout=60)
    assert len(rows_of(output)) == 14  # appended, not replaced
    replace = recipe.get_settings()
    replace.get_recipe_outputs()["main"]["items"][0]["appendMode"] = False
    replace.save()
    recipe.run(timeout=60)
    assert len(rows_of(output)) == 7


def test_a_missing_feature_fails_the_job_naming_it(client: DSSClient, dss_emulator: Any) -> None:
    project, saved_model, _ = project_with_model(client, dss_emulator)
    upload_csv(project, "no_color", csv_of(labelled_rows(10), ["x", "amount"]))
    recipe = scoring_recipe(project, saved_model.id, "no_color", "scored")
    with pytest.raises(JobFailedError, match="color"):
        recipe.run(timeout=60)


def test_scoring_without_scikit_learn_names_the_extra(
    client: DSSClient, dss_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.automation import ml_engine

    project, saved_model, _ = project_with_model(client, dss_emulator)
    upload_csv(project, "to_score", csv_of(labelled_rows(10), ["x", "color"]))
    recipe = scoring_recipe(project, saved_model.id, "to_score", "scored")

    def no_sklearn() -> None:
        raise ml_engine.MLEngineUnavailable()

    monkeypatch.setattr(ml_engine, "_sklearn", no_sklearn)
    with pytest.raises(JobFailedError, match=r"dssclient\[ml\]"):
        recipe.run(timeout=60)


def test_a_scoring_recipe_needs_an_existing_model(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("NM", "NM", "admin")
    upload_csv(project, "to_score", csv_of(labelled_rows(3), ["x", "color"]))
    with pytest.raises(NotFoundError):
        scoring_recipe(project, "nomodel1", "to_score", "scored")


# -- MLflow and external models --------------------------------------------------------------------


def test_mlflow_and_external_models(client: DSSClient, dss_emulator: Any, tmp_path: Any) -> None:
    project = client.create_project("EX", "EX", "admin")
    mlflow = project.create_mlflow_pyfunc_model("imported", "BINARY_CLASSIFICATION")
    raw = (mlflow.get_settings()).get_raw()
    assert (raw["savedModelType"], raw["name"], raw["miniTask"]["predictionType"]) == (
        "MLFLOW_PYFUNC",
        "imported",
        "BINARY_CLASSIFICATION",
    )
    other = project.create_mlflow_pyfunc_model("any kind")
    assert "predictionType" not in (other.get_settings()).get_raw()["miniTask"]
    (tmp_path / "MLmodel").write_text("flavors: {}\n")
    # The emulator does not run a model's code: the import is refused, and nothing is kept.
    with pytest.raises(BadRequestError, match="MLflow"):
        mlflow.import_mlflow_version_from_path("v1", tmp_path, code_env_name="INHERIT")
    with pytest.raises(BadRequestError, match="MLflow"):
        mlflow.import_mlflow_version_from_managed_folder("v1", "folder12", "model")
    with pytest.raises(NotADirectoryError):
        mlflow.import_mlflow_version_from_path("v1", tmp_path / "MLmodel")
    assert mlflow.list_versions() == []
    external = project.create_external_model(
        "endpoints", "REGRESSION", {"protocol": "sagemaker", "region": "eu-west-1"}
    )
    raw = (external.get_settings()).get_raw()
    assert raw["savedModelType"] == "PROXY_MODEL"
    assert raw["proxyModelConfiguration"] == {"protocol": "sagemaker", "region": "eu-west-1"}
    with pytest.raises(BadRequestError, match="external"):
        external.create_external_model_version("v1", {"protocol": "sagemaker", "endpoint_name": "e"}, evaluate=False)
    with pytest.raises(ValueError, match="input_dataset"):
        external.create_external_model_version("v1", {"protocol": "sagemaker", "endpoint_name": "e"})
    with pytest.raises(BadRequestError, match="protocol"):
        project.create_external_model("bad", "REGRESSION", {"protocol": "carrier-pigeon"})
    with pytest.raises(BadRequestError, match="LLM"):
        project.create_finetuned_llm_saved_model("llm")
    handler = external.get_external_model_version_handler("v1")
    assert isinstance(handler, ExternalModelVersionHandler)
    with pytest.raises(NotFoundError):
        handler.get_settings()
    assert {m["name"] for m in project.list_saved_models()} == {"imported", "any kind", "endpoints"}


def test_external_metadata_of_a_trained_version_is_refused(client: DSSClient, dss_emulator: Any) -> None:
    _, saved_model, _ = project_with_model(client, dss_emulator)
    handler = saved_model.get_external_model_version_handler("1")
    with pytest.raises(BadRequestError, match="trained in DSS"):
        handler.get_settings()
    with pytest.raises(BadRequestError, match="trained in DSS"):
        handler.evaluate("to_score", container_exec_config_name="NONE")
    with pytest.raises(ConflictError):
        saved_model.import_mlflow_version_from_managed_folder("1", "folder12", "model")


def test_run_config_utils_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DKU_IS_CODE_STUDIO", raising=False)
    monkeypatch.delenv("DKU_CONTAINER_EXEC", raising=False)
    assert RunConfigUtils.retrieve_used_containerized_exec_config() == "NONE"
    monkeypatch.setenv("DKU_CONTAINER_EXEC", "1")
    monkeypatch.setenv("DKU_CONTAINER_EXEC_NAME", "k8s-small")
    monkeypatch.setenv("DKU_CODE_ENV_NAME", "py311")
    assert RunConfigUtils.retrieve_used_containerized_exec_config() == "k8s-small"
    assert RunConfigUtils.retrieve_used_env() == "py311"
    monkeypatch.delenv("DKU_CODE_ENV_NAME")
    assert RunConfigUtils.retrieve_used_env() == "INHERIT"
