# Derived from tests/e2e/aio/test_ml_loop.py by scripts/unasync.py: do not edit.
"""Machine learning end to end (issue 19): rows uploaded, a prediction task trained, the best model
by its metric deployed to the flow, a scoring recipe, an evaluation recipe, then the same model
served by an API service deployed on the emulator's own API node, whose answers equal the
scoring recipe's rows; and the API node's prediction answers and refusals on their own."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import (
    APINodeClient,
    BadRequestError,
    DSSAPIError,
    DSSClient,
    NotFoundError,
)
from tests.conftest import FAST_POLLING, admin_key

pytest.importorskip("sklearn")

TIERS = {"gold": 1.5, "silver": 0.0, "bronze": -1.5}
NODE_ADMIN_KEY = "node-admin-secret"


def people(count: int, seed: int, *, labelled: bool = True) -> list[dict[str, Any]]:
    """Customers whose churn follows their age, income and tier, with noise (deterministic)."""
    draw = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for _ in range(count):
        age = draw.randint(18, 80)
        income = round(draw.uniform(10, 200), 1)
        tier = draw.choice(list(TIERS))
        row: dict[str, Any] = {"age": age, "income": income, "tier": tier}
        if labelled:
            score = (age - 49) / 15 - (income - 105) / 45 + TIERS[tier] + draw.gauss(0, 0.6)
            row["churn"] = "yes" if score > 0 else "no"
        rows.append(row)
    return rows


def csv_of(rows: list[dict[str, Any]]) -> bytes:
    columns = list(rows[0])
    lines = [",".join(columns), *(",".join(str(row[c]) for c in columns) for row in rows)]
    return ("\n".join(lines) + "\n").encode()


def features(row: dict[str, Any]) -> dict[str, Any]:
    return {"age": int(row["age"]), "income": float(row["income"]), "tier": row["tier"]}


@pytest.fixture
def client(dss_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


def upload(project: Any, name: str, rows: list[dict[str, Any]]) -> Any:
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(csv_of(rows)), f"{name}.csv")
    (dataset.autodetect_settings()).save()
    return dataset


def trained_and_deployed(client: DSSClient) -> tuple[Any, Any, str, str]:
    """Project ML: `train` uploaded, a prediction task on `churn` trained, its best model by AUC
    deployed to the flow. Returns (project, ml task, saved model id, the deployed model's id)."""
    project = client.create_project("ML", "ML", "admin")
    upload(project, "train", people(400, seed=1))
    upload(project, "new", people(60, seed=2, labelled=False))
    mltask = project.create_prediction_ml_task("train", "churn")
    model_ids = mltask.train()
    assert model_ids
    snippets = [mltask.get_trained_model_snippet(model_id) for model_id in model_ids]
    best = max(snippets, key=lambda snippet: float(snippet["auc"]))
    assert float(best["auc"]) > 0.75  # the target follows the features: a real model finds it
    deployed = mltask.deploy_to_flow(best["fullModelId"], "churn model", "train")
    return project, mltask, deployed["savedModelId"], best["fullModelId"]


def score_with_recipe(project: Any, saved_model_id: str) -> list[dict[str, Any]]:
    """The rows of `new`, scored by a prediction scoring recipe into `scored`, by column name."""
    builder = project.new_recipe("prediction_scoring", "score_new")
    builder.with_input_model(saved_model_id)
    builder.with_input("new")
    builder.with_new_output("scored", "filesystem_managed")
    recipe = builder.create()
    recipe.run()
    scored = project.get_dataset("scored")
    columns = [column["name"] for column in (scored.get_schema())["columns"]]
    return [dict(zip(columns, row, strict=True)) for row in scored.iter_rows()]


def deploy_service(client: DSSClient, project: Any, node_url: str, endpoints: list[Any]) -> None:
    """API service `svc` with these endpoints, packaged as v1, published, deployed on the emulator's URL."""
    service = project.create_api_service("svc")
    settings = service.get_settings()
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    settings.get_raw()["endpoints"] = endpoints
    settings.save()
    service.create_package("v1")
    service.publish_package("v1")
    deployer = client.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(node_url, NODE_ADMIN_KEY)
    infra_settings.save()
    deployment = deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1")
    (deployment.start_update()).wait_for_result(timeout=10)


def test_the_whole_loop_serves_the_scoring_recipes_predictions(client: DSSClient, dss_emulator: Any) -> None:
    project, _, saved_model_id, _ = trained_and_deployed(client)
    scored = score_with_recipe(project, saved_model_id)
    assert len(scored) == 60

    service = project.create_api_service("svc")
    settings = service.get_settings()
    settings.add_prediction_endpoint("churn", saved_model_id)
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    settings.save()
    service.create_package("v1")
    service.publish_package("v1")
    deployer = client.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(dss_emulator.url, NODE_ADMIN_KEY)
    infra_settings.save()
    deployment = deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1")
    (deployment.start_update()).wait_for_result(timeout=10)

    with APINodeClient(dss_emulator.url, "svc") as node:
        answers = node.predict_records("churn", [{"features": features(row)} for row in scored])
        one = node.predict_record("churn", features(scored[0]))
    results = answers["results"]
    assert [result["prediction"] for result in results] == [row["prediction"] for row in scored]
    for result, row in zip(results, scored, strict=True):
        assert set(result["probas"]) == {"no", "yes"}
        assert result["probas"]["yes"] == pytest.approx(float(row["proba_yes"]), abs=1e-6)
        assert result["ignored"] is False
    assert {result["prediction"] for result in results} == {"no", "yes"}  # a real model, not a constant
    assert one["result"] == results[0]
    assert one["apiContext"] == {"serviceId": "svc", "endpointId": "churn", "serviceGeneration": "v1"}
    assert set(one["timing"]) >= {"preProcessing", "wait", "enrich", "preparation", "prediction", "postProcessing"}

    # The deployer's test queries answer what the API node answers.
    queried = deployment.run_test_queries(endpoint_id="churn", test_queries=[{"q": {"features": features(scored[0])}}])
    assert queried["responses"][0]["response"]["result"] == results[0]


def test_loop_evaluation(client: DSSClient) -> None:
    project, _, saved_model_id, _ = trained_and_deployed(client)
    upload(project, "holdout", people(120, seed=3))
    store = project.create_model_evaluation_store("evaluations")
    builder = project.new_recipe("evaluation", "evaluate")
    builder.with_input_model(saved_model_id)
    builder.with_input("holdout")
    builder.with_output_evaluation_store(store.mes_id)
    recipe = builder.create()
    recipe.run()
    evaluations = store.list_model_evaluations()
    assert len(evaluations) == 1
    latest = store.get_latest_model_evaluation()
    assert latest is not None
    metrics = (latest.get_full_info()).metrics
    assert 0.75 < float(metrics["auc"]) <= 1.0


# -- the API node's prediction endpoints, on their own ---------------------------------------------------


def test_a_package_keeps_the_version_active_when_it_was_made(client: DSSClient, dss_emulator: Any) -> None:
    project, mltask, saved_model_id, deployed_id = trained_and_deployed(client)
    model_ids = mltask.get_trained_models_ids()
    assert len(model_ids) >= 2  # the default task trains more than one algorithm
    deploy_service(
        client, project, dss_emulator.url, [{"id": "churn", "type": "STD_PREDICTION", "modelRef": saved_model_id}]
    )
    records = [{"features": features(row)} for row in people(20, seed=5, labelled=False)]
    with APINodeClient(dss_emulator.url, "svc") as node:
        before = (node.predict_records("churn", records))["results"]
        # Another trained model becomes the saved model's active version: v1 still answers with its own.
        other = next(model_id for model_id in model_ids if model_id != deployed_id)
        mltask.redeploy_to_flow(other, saved_model_id=saved_model_id, activate=True)
        assert (node.predict_records("churn", records))["results"] == before

        service = project.get_api_service("svc")
        service.create_package("v2")
        service.publish_package("v2")
        deployment = client.get_apideployer().get_deployment("svc-on-nodes")
        settings = deployment.get_settings()
        settings.set_single_version("v2")
        settings.save()
        (deployment.start_update()).wait_for_result(timeout=10)
        after = node.predict_records("churn", records)
    assert after["apiContext"]["serviceGeneration"] == "v2"
    assert [r["probas"] for r in after["results"]] != [r["probas"] for r in before]
    # The deployer's test queries answer with the same model as the API node.
    queried = deployment.run_test_queries(endpoint_id="churn", test_queries=[{"q": records[0]}])
    assert queried["responses"][0]["ok"] is True
    assert queried["responses"][0]["response"]["result"] == after["results"][0]


def test_prediction_refusals(client: DSSClient, dss_emulator: Any) -> None:
    project, _, saved_model_id, _ = trained_and_deployed(client)
    deploy_service(
        client,
        project,
        dss_emulator.url,
        [
            {"id": "churn", "type": "STD_PREDICTION", "modelRef": saved_model_id},
            {"id": "ghost", "type": "STD_PREDICTION", "modelRef": "no-such-model"},
            {"id": "as_clusters", "type": "STD_CLUSTERING", "modelRef": saved_model_id},
            {"id": "forecast", "type": "STD_FORECAST", "modelRef": saved_model_id},
            {"id": "effect", "type": "STD_CAUSAL_PREDICTION", "modelRef": saved_model_id},
        ],
    )
    good = {"age": 30, "income": 50.0, "tier": "gold"}
    with APINodeClient(dss_emulator.url, "svc") as node:
        with pytest.raises(BadRequestError, match="income"):
            node.predict_record("churn", {"age": 30, "tier": "gold"})
        with pytest.raises(BadRequestError, match=r"record 1"):
            node.predict_records("churn", [{"features": good}, {"features": {"age": 3, "tier": "gold"}}])
        with pytest.raises(BadRequestError, match="age"):
            node.predict_record("churn", {**good, "age": {"years": 30}})
        with pytest.raises(NotFoundError):
            node.predict_record("nope", good)
        with pytest.raises(BadRequestError, match="no-such-model"):
            node.predict_record("ghost", good)
        with pytest.raises(BadRequestError, match="has no model"):  # a prediction model behind a clustering endpoint
            node.predict_record("as_clusters", good)
        with pytest.raises(BadRequestError):  # a forecasting endpoint does not predict records
            node.predict_record("forecast", good)
        not_served_calls: list[Any] = [
            lambda: node.forecast("forecast", [good]),
            lambda: node.predict_effect("effect", good),
            lambda: node.predict_effects("effect", [{"features": good}]),
            lambda: node.predict_record("churn", good, with_explanations=True),
        ]
        for refused in not_served_calls:
            with pytest.raises(DSSAPIError) as not_served:
                refused()
            assert not_served.value.status_code == 501
        # Refusals are counted as the endpoint's errors; the answers as its requests.
        answered = node.predict_records("churn", [{"features": good}] * 3)
        assert len(answered["results"]) == 3 and answered["results"][0] == answered["results"][2]
        assert (node.predict_records("churn", []))["results"] == []


def test_a_clustering_endpoint_answers_clusters(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("ML", "ML", "admin")
    upload(project, "customers", people(200, seed=7, labelled=False))
    mltask = project.create_clustering_ml_task("customers")
    model_ids = mltask.train()
    deployed = mltask.deploy_to_flow(model_ids[0], "segments", "customers")
    deploy_service(
        client,
        project,
        dss_emulator.url,
        [{"id": "segment", "type": "STD_CLUSTERING", "modelRef": deployed["savedModelId"]}],
    )
    records = [{"features": features(row)} for row in people(30, seed=8, labelled=False)]
    with APINodeClient(dss_emulator.url, "svc") as node:
        results = (node.predict_records("segment", records))["results"]
        one = node.predict_record("segment", records[0]["features"])
    assert all(result["cluster"].startswith("cluster_") and result["ignored"] is False for result in results)
    assert len({result["cluster"] for result in results}) > 1
    assert one["result"] == results[0]


def test_without_scikit_learn_predictions_name_the_extra(
    client: DSSClient, dss_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.automation import ml_engine

    project, _, saved_model_id, _ = trained_and_deployed(client)
    deploy_service(
        client, project, dss_emulator.url, [{"id": "churn", "type": "STD_PREDICTION", "modelRef": saved_model_id}]
    )

    def no_sklearn() -> None:
        raise ml_engine.MLEngineUnavailable()

    monkeypatch.setattr(ml_engine, "_sklearn", no_sklearn)
    with APINodeClient(dss_emulator.url, "svc") as node:
        with pytest.raises(DSSAPIError) as unavailable:
            node.predict_record("churn", {"age": 30, "income": 50.0, "tier": "gold"})
    assert unavailable.value.status_code == 501 and "dssclient[ml]" in str(unavailable.value)
