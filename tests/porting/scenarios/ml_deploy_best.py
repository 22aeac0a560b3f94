"""The developer guide's "Deploy best MLTask model to the Flow": pick the best trained model of an
ML task by a metric, deploy it as a new saved model, then update that saved model with the best
model of a later training session."""

import os

import dataikuapi


def get_best_model(project, analysis_id, ml_task_id, metric):
    analysis = project.get_analysis(analysis_id)
    ml_task = analysis.get_ml_task(ml_task_id)
    trained_models = ml_task.get_trained_models_ids()
    trained_models_snippets = [ml_task.get_trained_model_snippet(m) for m in trained_models]
    # Assumes that for your metric, "higher is better"
    best_model_snippet = max(trained_models_snippets, key=lambda x: x[metric])
    best_model_id = best_model_snippet["fullModelId"]
    return ml_task, best_model_id


def deploy_with_best_model(project, analysis_id, ml_task_id, metric, saved_model_name, training_dataset):
    """Create a new Saved Model in the Flow with the 'best model' of a MLTask."""
    ml_task, best_model_id = get_best_model(project, analysis_id, ml_task_id, metric)
    ml_task.deploy_to_flow(best_model_id, saved_model_name, training_dataset)


def update_with_best_model(project, analysis_id, ml_task_id, metric, saved_model_name, activate=True):
    """Update an existing Saved Model in the Flow with the 'best model' of a MLTask."""
    ml_task, best_model_id = get_best_model(project, analysis_id, ml_task_id, metric)
    training_recipe_name = f"train_{saved_model_name}"
    ml_task.redeploy_to_flow(model_id=best_model_id, recipe_name=training_recipe_name, activate=activate)


client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("MLBEST")
# The ids are in the analysis' URL, or found through the project's listings.
task_ref = project.list_ml_tasks()["mlTasks"][0]
analysis_id, ml_task_id = task_ref["analysisId"], task_ref["mlTaskId"]

deploy_with_best_model(project, analysis_id, ml_task_id, "r2", "best_regressor", "train")
saved = [m for m in project.list_saved_models() if m["name"] == "best_regressor"]
assert len(saved) == 1, saved
model = project.get_saved_model(saved[0]["id"])
assert len(model.list_versions()) == 1

project.get_ml_task(analysis_id, ml_task_id).train(session_name="second")
update_with_best_model(project, analysis_id, ml_task_id, "r2", "best_regressor")
versions = model.list_versions()
print(len(versions))
assert len(versions) == 2, versions
assert sum(1 for v in versions if v["active"]) == 1
print("OK")
