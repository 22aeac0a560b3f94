from enum import StrEnum


class CreateApiDeployerInfraBodyType(StrEnum):
    AZURE_ML = "AZURE_ML"
    DATABRICKS = "DATABRICKS"
    K8S = "K8S"
    SAGEMAKER = "SAGEMAKER"
    SNOWPARK = "SNOWPARK"
    STATIC = "STATIC"
    VERTEX_AI = "VERTEX_AI"

    def __str__(self) -> str:
        return str(self.value)
