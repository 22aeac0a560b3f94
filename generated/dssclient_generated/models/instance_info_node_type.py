from enum import StrEnum


class InstanceInfoNodeType(StrEnum):
    AUTOMATION = "AUTOMATION"
    DEPLOYER = "DEPLOYER"
    DESIGN = "DESIGN"

    def __str__(self) -> str:
        return str(self.value)
