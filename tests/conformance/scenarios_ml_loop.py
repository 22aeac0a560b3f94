"""Conformance scenario of the machine learning loop (issue 19): rows uploaded, a prediction task
trained, the best model by AUC deployed to the flow, a scoring recipe run, then the saved model
served by an API service deployed on the emulator's own API node and queried with
``APINodeClient``; the official client drives it against the strict emulator, then dssclient.
"""

from __future__ import annotations

import io
import random
from typing import Any

from tests.conformance.framework import scenario

NODE_ADMIN_KEY = "node-admin-secret"
TIERS = {"gold": 1.5, "silver": 0.0, "bronze": -1.5}


def _csv(count: int, seed: int, *, labelled: bool) -> bytes:
    draw = random.Random(seed)
    lines = ["age,income,tier" + (",churn" if labelled else "")]
    for _ in range(count):
        age, income, tier = draw.randint(18, 80), round(draw.uniform(10, 200), 1), draw.choice(list(TIERS))
        line = f"{age},{income},{tier}"
        if labelled:
            score = (age - 49) / 15 - (income - 105) / 45 + TIERS[tier] + draw.gauss(0, 0.6)
            line += ",yes" if score > 0 else ",no"
        lines.append(line)
    return ("\n".join(lines) + "\n").encode()


def _upload(project: Any, name: str, content: bytes) -> None:
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(content), f"{name}.csv")
    dataset.autodetect_settings().save()


def _refusal(api: Any, call: Any) -> str:
    try:
        call()
    except api.DataikuException as error:
        return str(error).split(":")[0]
    return "answered"


@scenario(("predictApiNodeRecord", 400), ("predictApiNodeRecords", 400), ("predictApiNodeRecord", 404))
def the_machine_learning_loop(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("ML", "ML", "admin")
    _upload(project, "train", _csv(300, 1, labelled=True))
    _upload(project, "new", _csv(40, 2, labelled=False))

    mltask = project.create_prediction_ml_task("train", "churn")
    model_ids = mltask.train()
    aucs = {model_id: float(mltask.get_trained_model_snippet(model_id)["auc"]) for model_id in model_ids}
    best = max(aucs, key=lambda model_id: aucs[model_id])
    seen["best_auc"] = round(aucs[best], 6)
    saved_model_id = mltask.deploy_to_flow(best, "churn model", "train")["savedModelId"]

    builder = project.new_recipe("prediction_scoring", "score_new")
    builder.with_input_model(saved_model_id)
    builder.with_input("new")
    builder.with_new_output("scored", "filesystem_managed")
    builder.create().run()
    scored = project.get_dataset("scored")
    columns = [column["name"] for column in scored.get_schema()["columns"]]
    rows = [dict(zip(columns, row, strict=True)) for row in scored.iter_rows()]
    seen["scored"] = [(row["prediction"], round(float(row["proba_yes"]), 6)) for row in rows]

    service = project.create_api_service("svc")
    settings = service.get_settings()
    settings.add_prediction_endpoint("churn", saved_model_id)
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    settings.save()
    service.create_package("v1")
    service.publish_package("v1")
    deployer = admin.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(admin.host, NODE_ADMIN_KEY)
    infra_settings.save()
    deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1").start_update().wait_for_result()

    node = api.APINodeClient(admin.host, "svc")
    records = [{"features": {"age": int(r["age"]), "income": float(r["income"]), "tier": r["tier"]}} for r in rows]
    answers = node.predict_records("churn", records)["results"]
    seen["served"] = [(a["prediction"], round(a["probas"]["yes"], 6)) for a in answers]
    assert seen["served"] == seen["scored"], "the API node and the scoring recipe disagree"
    one = node.predict_record("churn", records[0]["features"])
    seen["one"] = (one["result"]["prediction"], one["apiContext"])
    seen["missing_feature"] = _refusal(api, lambda: node.predict_record("churn", {"age": 30}))
    seen["bad_record"] = _refusal(
        api, lambda: node.predict_records("churn", [{"features": {"age": [1], "income": 2, "tier": "gold"}}])
    )
    seen["unknown_endpoint"] = _refusal(api, lambda: node.predict_record("nope", {"age": 30}))
    return seen


@scenario()
def clustering_and_regression_endpoints(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("ML", "ML", "admin")
    _upload(project, "customers", _csv(200, 3, labelled=False))
    clustering = project.create_clustering_ml_task("customers")
    segments = clustering.deploy_to_flow(clustering.train()[0], "segments", "customers")["savedModelId"]
    regression = project.create_prediction_ml_task("customers", "income")  # a numeric target: a regression
    incomes = regression.deploy_to_flow(regression.train()[0], "incomes", "customers")["savedModelId"]

    service = project.create_api_service("svc")
    settings = service.get_settings()
    settings.add_clustering_endpoint("segment", segments)
    settings.add_prediction_endpoint("income", incomes)
    settings.get_raw()["authMethod"], settings.get_raw()["publicAccess"] = "PUBLIC", True
    settings.save()
    service.create_package("v1")
    service.publish_package("v1")
    deployer = admin.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(admin.host, NODE_ADMIN_KEY)
    infra_settings.save()
    deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1").start_update().wait_for_result()

    node = api.APINodeClient(admin.host, "svc")
    records = [{"features": {"age": 20 + 5 * i, "income": 50.0, "tier": "gold"}} for i in range(10)]
    clusters = node.predict_records("segment", records)["results"]
    seen["clusters"] = [result["cluster"] for result in clusters]
    assert all(cluster.startswith("cluster_") for cluster in seen["clusters"])
    predicted = node.predict_records("income", [{"features": {"age": 30, "tier": t}} for t in TIERS])["results"]
    seen["incomes"] = [round(result["prediction"], 6) for result in predicted]
    assert all(
        isinstance(value, float) and "probas" not in result
        for value, result in zip(seen["incomes"], predicted, strict=True)
    )
    return seen
