"""A published snippet that prints the top features of every trained model of an ML task: the
feature importances (``iperf.rawImportance``) of tree-based models, the coefficients
(``iperf.lmCoefficients``) of linear ones."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("MLIMP")
task_ref = project.list_ml_tasks()["mlTasks"][0]
ml_task = project.get_ml_task(task_ref["analysisId"], task_ref["mlTaskId"])

top_features = {}
for model_id in ml_task.get_trained_models_ids():
    details = ml_task.get_trained_model_details(model_id)
    raw = details.get_raw()
    algorithm = raw["modeling"]["algorithm"]
    iperf = raw["iperf"]
    if "rawImportance" in iperf:
        ranked = sorted(
            zip(iperf["rawImportance"]["variables"], iperf["rawImportance"]["importances"], strict=True),
            key=lambda pair: pair[1],
            reverse=True,
        )
    elif "lmCoefficients" in iperf:
        ranked = sorted(
            zip(iperf["lmCoefficients"]["variables"], iperf["lmCoefficients"]["coefs"], strict=True),
            key=lambda pair: abs(pair[1]),
            reverse=True,
        )
    else:
        continue
    print(algorithm)
    for name, value in ranked[:3]:
        print(f"  {name}: {value:.3f}")
    top_features[algorithm] = ranked[0][0]

print(top_features)
assert top_features == {"RANDOM_FOREST_CLASSIFICATION": "tenure", "LOGISTIC_REGRESSION": "tenure"}, top_features
print("OK")
