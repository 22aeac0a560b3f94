"""The published CI/CD flow: package an API service, publish it, deploy it, update the deployment and check health."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
service = client.get_project("API").get_api_service("churn")
service.create_package("v1")
service.publish_package("v1")

deployer = client.get_apideployer()
published = [s for s in deployer.list_services() if s.id() == "churn"]
assert len(published) == 1, published

deployment = deployer.create_deployment("churn-on-dev", "churn", "dev", "v1")
update = deployment.start_update()
update.wait_for_result()
status = deployment.get_status()
print("health", status.get_health())
assert status.get_health() == "HEALTHY"

raw = deployment.get_settings().get_raw()
assert raw["infraId"] == "dev" and raw["generationsMapping"]["generation"] == "v1"
deployments = published[0].get_status().get_raw()["deployments"]
assert [d["id"] for d in deployments] == ["churn-on-dev"]
print("OK")
