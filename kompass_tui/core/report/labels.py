"""The fixed words of a report, in Swedish (as in the seed report) and English.

Placeholders in braces are filled by `Labels.fill`: `{municipality}`, `{genitive}` (the
municipality's genitive, "Norrköpings"), `{instrument}` and `{instrument_genitive}` (the
instrument as running text calls it), `{count}` (a number in words), `{year}`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby


@dataclass(frozen=True)
class Labels:
    """Every fixed text a report uses; `{}` placeholders are filled with numbers or ids."""

    lang: str
    analysis_of: str
    contents: str
    and_: str
    overview: str
    details: str
    scores: str
    about_municipality: str
    organisation: str
    evaluation: str
    summary: str
    table_1: str
    table_1_year: str
    current_scale: str
    older_scale: str
    area: str
    achieved: str
    earlier: str
    earlier_in: str
    change: str
    max: str
    percent: str
    total: str
    profile: str
    chart_title: str
    profile_words: str
    profile_extremes: str
    table_2: str
    scale_names: dict[str, str]
    criterion: str
    general: str
    area_heading: str
    area_summary: str
    strengths: str
    improvements: str
    comments: str
    results_by_area: str
    scores_intro: str
    area_total: str
    not_applicable: str
    not_applicable_note: str
    not_scored: str
    incomplete: str
    incomplete_detail: str
    incomplete_change: str
    unscored_heading: str
    none: str
    months: tuple[str, ...]
    numbers: tuple[str, ...]
    """Numbers in words from zero up, as running text writes small counts."""

    def earlier_heading(self, label: str) -> str:
        """The earlier evaluation's column heading, like `Tidigare (2008)`."""
        return self.earlier_in.format(label) if label else self.earlier

    def genitive(self, name: str) -> str:
        """A name in the genitive: `Norrköpings`, `Borås` (Swedish); `Norrköping's`."""
        name = name.strip()
        if self.lang == "sv":
            return name if name[-1:].lower() in ("s", "x", "z") else f"{name}s"
        return f"{name}'" if name.endswith("s") else f"{name}'s"

    def count(self, number: int) -> str:
        """A count in words where running text would write it so (`åtta`), else digits."""
        return self.numbers[number] if 0 <= number < len(self.numbers) else str(number)

    def join_names(self, names: list[str]) -> str:
        """Names joined as a sentence does: `A, B och C`."""
        if len(names) < 2:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self.and_} {names[-1]}"

    def dates_text(self, dates: Sequence[date]) -> str:
        """Evaluation days as a title page writes them: `25–26 januari 2010`."""
        parts = []
        for (year, month), days in groupby(sorted(set(dates)), lambda d: (d.year, d.month)):
            numbers = [d.day for d in days]
            runs: list[list[int]] = []
            for day in numbers:
                if runs and day == runs[-1][-1] + 1:
                    runs[-1].append(day)
                else:
                    runs.append([day])
            spans = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
            parts.append(f"{', '.join(spans)} {self.months[month - 1]} {year}")
        return ", ".join(parts)

    def fill(self, template: str, municipality: str, instrument: str, **values: object) -> str:
        """A template with the municipality, the instrument and any other placeholder."""
        return template.format(
            municipality=municipality,
            genitive=self.genitive(municipality),
            instrument=instrument,
            instrument_genitive=self.genitive(instrument),
            **values,
        )


SWEDISH = Labels(
    lang="sv",
    analysis_of="Analys av {genitive} kommun",
    contents="Innehåll",
    and_="och",
    overview="{genitive} kommun i förhållande till {instrument}: En sammanfattande genomgång",
    details="Detaljerad genomgång i förhållande till {instrument_genitive} {count} områden",
    scores="Poängsammanställning",
    about_municipality="Allmänt om {genitive} kommun",
    organisation="Kommunorganisationen",
    evaluation="Utvärderingen",
    summary="Sammanfattning av resultat",
    table_1=(
        "Tabell 1 {genitive} kommun{year} i förhållande till {instrument_genitive} huvudområden."
    ),
    table_1_year=" {}",
    current_scale="Nuvarande poängskala",
    older_scale="Äldre poängskala",
    area="Område",
    achieved="Uppnådd nivå",
    earlier="Tidigare",
    earlier_in="Tidigare ({})",
    change="Förändring",
    max="Max",
    percent="%",
    total="Totalt",
    profile="Profil",
    chart_title="Profil: andel av maxpoäng per område",
    profile_words="Diagrammet visar {genitive} andel av maxpoängen per område: {areas}.",
    profile_extremes="Högst ligger {highest}, lägst {lowest}.",
    table_2="Tabell 2 {genitive} resultat ({scale}) jämfört med {count} andra kommuner.",
    scale_names={"current": "nuvarande poängskalan", "older": "gamla poängskalan"},
    criterion="Kriterium",
    general="Allmänt",
    area_heading="Område {} {}",
    area_summary="Sammanfattning område {}",
    strengths="Styrkor",
    improvements="Förbättringsområden",
    comments="Kommentarer per fråga",
    results_by_area="Kommunens resultat per område",
    scores_intro=(
        "Nedan följer en redovisning av poäng på varje delfråga samt andel i förhållande till "
        "maximal poängnivå."
    ),
    area_total="Totalt område {}",
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
    none="–",
    months=(
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    numbers=(
        "noll",
        "en",
        "två",
        "tre",
        "fyra",
        "fem",
        "sex",
        "sju",
        "åtta",
        "nio",
        "tio",
        "elva",
        "tolv",
    ),
)

ENGLISH = Labels(
    lang="en",
    analysis_of="Analysis of {municipality}",
    contents="Contents",
    and_="and",
    overview="{municipality} in relation to {instrument}: a summary review",
    details="Detailed review in relation to the {count} areas of {instrument}",
    scores="Summary of scores",
    about_municipality="About {municipality}",
    organisation="The municipal organisation",
    evaluation="The evaluation",
    summary="Summary of results",
    table_1="Table 1 {municipality}{year} in relation to the main areas of {instrument}.",
    table_1_year=" {}",
    current_scale="Current scale",
    older_scale="Older scale",
    area="Area",
    achieved="Achieved",
    earlier="Earlier",
    earlier_in="Earlier ({})",
    change="Change",
    max="Max",
    percent="%",
    total="Total",
    profile="Profile",
    chart_title="Profile: share of the maximum per area",
    profile_words="The diagram shows {genitive} share of the maximum per area: {areas}.",
    profile_extremes="Highest is {highest}, lowest {lowest}.",
    table_2="Table 2 {genitive} results ({scale}) compared with {count} other municipalities.",
    scale_names={"current": "current scale", "older": "older scale"},
    criterion="Criterion",
    general="General",
    area_heading="Area {} {}",
    area_summary="Summary area {}",
    strengths="Strengths",
    improvements="Areas for improvement",
    comments="Comments per question",
    results_by_area="The municipality's results per area",
    scores_intro="Below are the points of every sub-question and their share of the maximum.",
    area_total="Total area {}",
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
    none="–",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    numbers=(
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ),
)

_BY_LANGUAGE = {"sv": SWEDISH, "en": ENGLISH}


def labels_for(lang: str) -> Labels:
    """The labels of a language; English for a language without its own labels."""
    return _BY_LANGUAGE.get(lang, ENGLISH)
