"""The whole cycle of DSS's "Visual Machine learning" usage samples: create a prediction task,
enable an algorithm, train, inspect the models, deploy one to the flow."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
p = client.get_project("MLCYCLE")

# Create a new ML Task to predict the variable "target" from "trainset"
mltask = p.create_prediction_ml_task(
    input_dataset="trainset",
    target_variable="target",
    ml_backend_type="PY_MEMORY",  # ML backend to use
    guess_policy="DEFAULT",  # Template to use for setting default parameters
)

# Wait for the ML task to be ready
mltask.wait_guess_complete()

# Obtain settings, enable GBT, save settings
settings = mltask.get_settings()
settings.set_algorithm_enabled("GBT_CLASSIFICATION", True)
settings.save()

# Start train and wait for it to be complete
mltask.start_train()
mltask.wait_train_complete()

# Get the identifiers of the trained models
# There will be 3 of them because Logistic regression and Random forest were default enabled
ids = mltask.get_trained_models_ids()
assert len(ids) == 3, ids

algorithms = []
for id in ids:
    details = mltask.get_trained_model_details(id)
    algorithm = details.get_modeling_settings()["algorithm"]
    auc = details.get_performance_metrics().get("auc", None)
    assert auc is not None and 0.0 <= auc <= 1.0, auc
    algorithms.append(algorithm)
    print(f"Algorithm={algorithm} AUC={auc is not None}")
assert "GBT_CLASSIFICATION" in algorithms, algorithms

# Let's deploy the first model
model_to_deploy = ids[0]

ret = mltask.deploy_to_flow(model_to_deploy, "my_model", "trainset")

print("Deployed to saved model id = {} train recipe = {}".format(bool(ret["savedModelId"]), ret["trainRecipeName"]))
assert p.get_saved_model(ret["savedModelId"]).get_active_version()["id"]
print("OK")
