from enum import StrEnum


class CreateApiDeployerInfraBodyGovernCheckPolicy(StrEnum):
    NO_CHECK = "NO_CHECK"
    PREVENT = "PREVENT"
    WARN = "WARN"

    def __str__(self) -> str:
        return str(self.value)
