"""What a questionnaire says about itself, so that a file coming back can be matched.

Written into the document twice: as custom document properties (`docProps/custom.xml`,
kept by Word and LibreOffice when the municipality saves), and in the core properties'
`identifier`, `category` and `subject` (kept by tools that drop custom properties).
"""

from __future__ import annotations

from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.session.model import Session

FORMAT = "1"
"""The questionnaire's own format, should its layout ever change."""
PREFIX = "kompass."
IDENTIFIER_TAG = "kompass-questionnaire"
"""The core `identifier` starts with this: `kompass-questionnaire 1 INSTRUMENT STRUCTURE`."""


@lean_dataclass
class QuestionnaireIdentity:
    """The instrument (id and edition) and the session a questionnaire was made for."""

    instrument: str
    structure: str
    """The instrument's structure fingerprint: its edition's questions and maxima."""
    wording: str = ""
    """The instrument's wording fingerprint when the questionnaire was made."""
    municipality: str = ""
    dates: tuple[str, ...] = ()
    """The evaluation's days (ISO dates)."""
    session_file: str = ""
    """The session file's name when the questionnaire was made."""

    @classmethod
    def of(
        cls, session: Session, instrument: Instrument, session_file: str
    ) -> QuestionnaireIdentity:
        """The identity of a questionnaire made now from this session."""
        return cls(
            instrument.id,
            instrument.structure_fingerprint,
            instrument.wording_fingerprint,
            session.municipality,
            tuple(d.isoformat() for d in session.dates),
            session_file,
        )

    def custom_properties(self) -> dict[str, str]:
        """The custom document properties, by name."""
        values = {
            "format": FORMAT,
            "instrument": self.instrument,
            "structure": self.structure,
            "wording": self.wording,
            "municipality": self.municipality,
            "dates": " ".join(self.dates),
            "session": self.session_file,
        }
        return {PREFIX + name: value for name, value in values.items()}

    def identifier(self) -> str:
        """The core properties' `identifier`."""
        return f"{IDENTIFIER_TAG} {FORMAT} {self.instrument} {self.structure}"

    @classmethod
    def from_properties(
        cls, custom: dict[str, str], identifier: str, subject: str
    ) -> QuestionnaireIdentity | None:
        """The identity read back from a document's properties; None when it has none."""
        instrument = custom.get(PREFIX + "instrument", "")
        structure = custom.get(PREFIX + "structure", "")
        municipality = custom.get(PREFIX + "municipality", "")
        if not (instrument and structure):
            parts = identifier.split()
            if len(parts) != 4 or parts[0] != IDENTIFIER_TAG:
                return None
            instrument, structure, municipality = parts[2], parts[3], subject
        return cls(
            instrument,
            structure,
            custom.get(PREFIX + "wording", ""),
            municipality,
            tuple(custom.get(PREFIX + "dates", "").split()),
            custom.get(PREFIX + "session", ""),
        )
