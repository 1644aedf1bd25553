"""The fixed words of a report, in Swedish (as in the seed report) and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    """Every fixed text a report uses; `{}` placeholders are filled with numbers or ids."""

    evaluators: str
    dates: str
    summary: str
    summary_caption: str
    number: str
    area: str
    achieved: str
    older_scale: str
    earlier: str
    earlier_in: str
    change: str
    max: str
    percent: str
    profile: str
    total: str
    area_total: str
    area_heading: str
    area_summary: str
    strengths: str
    improvements: str
    notes: str
    comments: str
    not_applicable: str
    not_applicable_note: str
    not_scored: str
    incomplete: str
    incomplete_detail: str
    incomplete_change: str
    unscored_heading: str
    chart_title: str
    none: str

    def earlier_heading(self, label: str) -> str:
        """The earlier evaluation's column heading, like `Tidigare (2008)`."""
        return self.earlier_in.format(label) if label else self.earlier


SWEDISH = Labels(
    evaluators="Utvärderare",
    dates="Datum",
    summary="Sammanfattning av resultat",
    summary_caption="{municipality} i förhållande till huvudområdena.",
    number="Nr",
    area="Område",
    achieved="Uppnådd nivå",
    older_scale="Äldre poängskala",
    earlier="Tidigare",
    earlier_in="Tidigare ({})",
    change="Förändring",
    max="Max",
    percent="%",
    profile="Profil",
    total="Totalt",
    area_total="Totalt område {}",
    area_heading="Område {} {}",
    area_summary="Sammanfattning område {}",
    strengths="Styrkor",
    improvements="Förbättringsområden",
    notes="Beskrivning",
    comments="Kommentarer per fråga",
    not_applicable="ej tillämplig",
    not_applicable_note="Frågor som är ej tillämpliga ingår inte i maxpoängen.",
    not_scored="ej bedömd",
    incomplete="Utvärderingen är inte klar",
    incomplete_detail=(
        "{scored} av {scorable} frågor är bedömda. Procenten är av de bedömda frågornas"
        " maxpoäng; ej bedömda frågor räknas inte som 0."
    ),
    incomplete_change="Inte färdigbedömt: förändringen saknar de ej bedömda frågornas poäng.",
    unscored_heading="Ej bedömda frågor",
    chart_title="Profil: andel av maxpoäng per område",
    none="–",
)

ENGLISH = Labels(
    evaluators="Evaluators",
    dates="Dates",
    summary="Summary of results",
    summary_caption="{municipality} in relation to the main areas.",
    number="No.",
    area="Area",
    achieved="Achieved",
    older_scale="Older scale",
    earlier="Earlier",
    earlier_in="Earlier ({})",
    change="Change",
    max="Max",
    percent="%",
    profile="Profile",
    total="Total",
    area_total="Total area {}",
    area_heading="Area {} {}",
    area_summary="Summary area {}",
    strengths="Strengths",
    improvements="Areas for improvement",
    notes="Description",
    comments="Comments per question",
    not_applicable="not applicable",
    not_applicable_note="Questions that are not applicable are left out of the maximum.",
    not_scored="not scored",
    incomplete="The evaluation is not complete",
    incomplete_detail=(
        "{scored} of {scorable} questions are scored. Percentages are of the scored"
        " questions' maximum; unscored questions do not count as 0."
    ),
    incomplete_change="Not completely scored: the change lacks the unscored questions' points.",
    unscored_heading="Questions not yet scored",
    chart_title="Profile: share of the maximum per area",
    none="–",
)

_BY_LANGUAGE = {"sv": SWEDISH, "en": ENGLISH}


def labels_for(lang: str) -> Labels:
    """The labels of a language; English for a language without its own labels."""
    return _BY_LANGUAGE.get(lang, ENGLISH)
