"""Machine learning end to end (issue 19): rows uploaded, a prediction task trained, the best model
by its metric deployed to the flow, a scoring recipe, an evaluation recipe, then the same model
served by an API service deployed on the emulator's own API node, whose answers equal the
scoring recipe's rows; and the API node's prediction answers and refusals on their own."""

from __future__ import annotations

import io
import random
from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import (
    AsyncAPINodeClient,
    AsyncDSSClient,
    BadRequestError,
    DSSAPIError,
    NotFoundError,
)
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove

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
async def client(dss_emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


async def upload(project: Any, name: str, rows: list[dict[str, Any]]) -> Any:
    dataset = await project.create_upload_dataset(name)
    await dataset.uploaded_add_file(io.BytesIO(csv_of(rows)), f"{name}.csv")
    await (await dataset.autodetect_settings()).save()
    return dataset


async def trained_and_deployed(client: AsyncDSSClient) -> tuple[Any, Any, str, str]:
    """Project ML: `train` uploaded, a prediction task on `churn` trained, its best model by AUC
    deployed to the flow. Returns (project, ml task, saved model id, the deployed model's id)."""
    project = await client.create_project("ML", "ML", "admin")
    await upload(project, "train", people(400, seed=1))
    await upload(project, "new", people(60, seed=2, labelled=False))
    mltask = await project.create_prediction_ml_task("train", "churn")
    model_ids = await mltask.train()
    assert model_ids
    snippets = [await mltask.get_trained_model_snippet(model_id) for model_id in model_ids]
    best = max(snippets, key=lambda snippet: float(snippet["auc"]))
    assert float(best["auc"]) > 0.75  # the target follows the features: a real model finds it
    deployed = await mltask.deploy_to_flow(best["fullModelId"], "churn model", "train")
    return project, mltask, deployed["savedModelId"], best["fullModelId"]


async def score_with_recipe(project: Any, saved_model_id: str) -> list[dict[str, Any]]:
    """The rows of `new`, scored by a prediction scoring recipe into `scored`, by column name."""
    builder = project.new_recipe("prediction_scoring", "score_new")
    builder.with_input_model(saved_model_id)
    builder.with_input("new")
    builder.with_new_output("scored", "filesystem_managed")
    recipe = await builder.create()
    await recipe.run()
    scored = project.get_dataset("scored")
    columns = [column["name"] for column in (await scored.get_schema())["columns"]]
    return [dict(zip(columns, row, strict=True)) async for row in scored.iter_rows()]


async def deploy_service(client: AsyncDSSClient, project: Any, node_url: str, endpoints: list[Any]) -> None:
    """API service `svc` with these endpoints, packaged as v1, published, deployed on the emulator's URL."""
    service = await project.create_api_service("svc")
    settings = await service.get_settings()
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    settings.get_raw()["endpoints"] = endpoints
    await settings.save()
    await service.create_package("v1")
    await service.publish_package("v1")
    deployer = client.get_apideployer()
    infra = await deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = await infra.get_settings()
    infra_settings.add_apinode(node_url, NODE_ADMIN_KEY)
    await infra_settings.save()
    deployment = await deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1")
    await (await deployment.start_update()).wait_for_result(timeout=10)


async def test_the_whole_loop_serves_the_scoring_recipes_predictions(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project, _, saved_model_id, _ = await trained_and_deployed(client)
    scored = await score_with_recipe(project, saved_model_id)
    assert len(scored) == 60

    service = await project.create_api_service("svc")
    settings = await service.get_settings()
    settings.add_prediction_endpoint("churn", saved_model_id)
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    await settings.save()
    await service.create_package("v1")
    await service.publish_package("v1")
    deployer = client.get_apideployer()
    infra = await deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = await infra.get_settings()
    infra_settings.add_apinode(dss_emulator.url, NODE_ADMIN_KEY)
    await infra_settings.save()
    deployment = await deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1")
    await (await deployment.start_update()).wait_for_result(timeout=10)

    async with AsyncAPINodeClient(dss_emulator.url, "svc") as node:
        answers = await node.predict_records("churn", [{"features": features(row)} for row in scored])
        one = await node.predict_record("churn", features(scored[0]))
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
    queried = await deployment.run_test_queries(
        endpoint_id="churn", test_queries=[{"q": {"features": features(scored[0])}}]
    )
    assert queried["responses"][0]["response"]["result"] == results[0]


async def test_loop_evaluation(client: AsyncDSSClient) -> None:
    project, _, saved_model_id, _ = await trained_and_deployed(client)
    await upload(project, "holdout", people(120, seed=3))
    store = await project.create_model_evaluation_store("evaluations")
    builder = project.new_recipe("evaluation", "evaluate")
    builder.with_input_model(saved_model_id)
    builder.with_input("holdout")
    builder.with_output_evaluation_store(store.mes_id)
    recipe = await builder.create()
    await recipe.run()
    evaluations = await store.list_model_evaluations()
    assert len(evaluations) == 1
    latest = await store.get_latest_model_evaluation()
    assert latest is not None
    metrics = (await latest.get_full_info()).metrics
    assert 0.75 < float(metrics["auc"]) <= 1.0


# -- the API node's prediction endpoints, on their own ---------------------------------------------------


async def test_a_package_keeps_the_version_active_when_it_was_made(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project, mltask, saved_model_id, deployed_id = await trained_and_deployed(client)
    model_ids = await mltask.get_trained_models_ids()
    assert len(model_ids) >= 2  # the default task trains more than one algorithm
    await deploy_service(
        client, project, dss_emulator.url, [{"id": "churn", "type": "STD_PREDICTION", "modelRef": saved_model_id}]
    )
    records = [{"features": features(row)} for row in people(20, seed=5, labelled=False)]
    async with AsyncAPINodeClient(dss_emulator.url, "svc") as node:
        before = (await node.predict_records("churn", records))["results"]
        # Another trained model becomes the saved model's active version: v1 still answers with its own.
        other = next(model_id for model_id in model_ids if model_id != deployed_id)
        await mltask.redeploy_to_flow(other, saved_model_id=saved_model_id, activate=True)
        assert (await node.predict_records("churn", records))["results"] == before

        service = project.get_api_service("svc")
        await service.create_package("v2")
        await service.publish_package("v2")
        deployment = client.get_apideployer().get_deployment("svc-on-nodes")
        settings = await deployment.get_settings()
        settings.set_single_version("v2")
        await settings.save()
        await (await deployment.start_update()).wait_for_result(timeout=10)
        after = await node.predict_records("churn", records)
    assert after["apiContext"]["serviceGeneration"] == "v2"
    assert [r["probas"] for r in after["results"]] != [r["probas"] for r in before]
    # The deployer's test queries answer with the same model as the API node.
    queried = await deployment.run_test_queries(endpoint_id="churn", test_queries=[{"q": records[0]}])
    assert queried["responses"][0]["ok"] is True
    assert queried["responses"][0]["response"]["result"] == after["results"][0]


async def test_prediction_refusals(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project, _, saved_model_id, _ = await trained_and_deployed(client)
    await deploy_service(
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
    async with AsyncAPINodeClient(dss_emulator.url, "svc") as node:
        with pytest.raises(BadRequestError, match="income"):
            await node.predict_record("churn", {"age": 30, "tier": "gold"})
        with pytest.raises(BadRequestError, match=r"record 1"):
            await node.predict_records("churn", [{"features": good}, {"features": {"age": 3, "tier": "gold"}}])
        with pytest.raises(BadRequestError, match="age"):
            await node.predict_record("churn", {**good, "age": {"years": 30}})
        with pytest.raises(NotFoundError):
            await node.predict_record("nope", good)
        with pytest.raises(BadRequestError, match="no-such-model"):
            await node.predict_record("ghost", good)
        with pytest.raises(BadRequestError, match="has no model"):  # a prediction model behind a clustering endpoint
            await node.predict_record("as_clusters", good)
        with pytest.raises(BadRequestError):  # a forecasting endpoint does not predict records
            await node.predict_record("forecast", good)
        not_served_calls: list[Any] = [
            lambda: node.forecast("forecast", [good]),
            lambda: node.predict_effect("effect", good),
            lambda: node.predict_effects("effect", [{"features": good}]),
            lambda: node.predict_record("churn", good, with_explanations=True),
        ]
        for refused in not_served_calls:
            with pytest.raises(DSSAPIError) as not_served:
                await refused()
            assert not_served.value.status_code == 501
        # Refusals are counted as the endpoint's errors; the answers as its requests.
        answered = await node.predict_records("churn", [{"features": good}] * 3)
        assert len(answered["results"]) == 3 and answered["results"][0] == answered["results"][2]
        assert (await node.predict_records("churn", []))["results"] == []


async def test_a_clustering_endpoint_answers_clusters(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("ML", "ML", "admin")
    await upload(project, "customers", people(200, seed=7, labelled=False))
    mltask = await project.create_clustering_ml_task("customers")
    model_ids = await mltask.train()
    deployed = await mltask.deploy_to_flow(model_ids[0], "segments", "customers")
    await deploy_service(
        client,
        project,
        dss_emulator.url,
        [{"id": "segment", "type": "STD_CLUSTERING", "modelRef": deployed["savedModelId"]}],
    )
    records = [{"features": features(row)} for row in people(30, seed=8, labelled=False)]
    async with AsyncAPINodeClient(dss_emulator.url, "svc") as node:
        results = (await node.predict_records("segment", records))["results"]
        one = await node.predict_record("segment", records[0]["features"])
    assert all(result["cluster"].startswith("cluster_") and result["ignored"] is False for result in results)
    assert len({result["cluster"] for result in results}) > 1
    assert one["result"] == results[0]


async def test_without_scikit_learn_predictions_name_the_extra(
    client: AsyncDSSClient, dss_emulator: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.automation import ml_engine

    project, _, saved_model_id, _ = await trained_and_deployed(client)
    await deploy_service(
        client, project, dss_emulator.url, [{"id": "churn", "type": "STD_PREDICTION", "modelRef": saved_model_id}]
    )

    def no_sklearn() -> None:
        raise ml_engine.MLEngineUnavailable()

    monkeypatch.setattr(ml_engine, "_sklearn", no_sklearn)
    async with AsyncAPINodeClient(dss_emulator.url, "svc") as node:
        with pytest.raises(DSSAPIError) as unavailable:
            await node.predict_record("churn", {"age": 30, "income": 50.0, "tier": "gold"})
    assert unavailable.value.status_code == 501 and "dssclient[ml]" in str(unavailable.value)
