from enum import StrEnum


class WikiExportBodyPaperSize(StrEnum):
    A3 = "A3"
    A4 = "A4"
    LEDGER = "LEDGER"
    US_LETTER = "US_LETTER"

    def __str__(self) -> str:
        return str(self.value)
