from enum import StrEnum


class CreateApiDeployerInfraRequestGovernCheckPolicy(StrEnum):
    NO_CHECK = "NO_CHECK"
    PREVENT = "PREVENT"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
