"""The fixed words of a comparison, in Swedish and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompareLabels:
    """The fixed words of a comparison in one language."""

    title: str
    area: str
    criterion: str
    evaluation: str
    evaluations: str
    total: str
    median: str
    mean: str
    max: str
    percent_of_max: str
    rank: str
    rank_heading: str
    change: str
    change_heading: str
    percent_points: str
    per_question: str
    question: str
    sources: str
    trend_heading: str
    trend_areas: str
    trend_chart: str
    profile_chart: str
    incomplete: str
    by_percent: str
    population_all: str
    population_since: str
    population_until: str
    population_between: str
    printed_total: str
    older_scale: str
    edition: str
    mapping: str


SWEDISH = CompareLabels(
    title="Jämförelse",
    area="Område",
    criterion="Kriterium",
    evaluation="Utvärdering",
    evaluations="Utvärderingar",
    total="Totalt",
    median="Median",
    mean="Medelvärde",
    max="Max",
    percent_of_max="% av max",
    rank="Rang",
    rank_heading="Rang per område (plats/antal med området)",
    change="Förändring",
    change_heading="Förändring: {} → {}",
    percent_points="%-enh.",
    per_question="Per fråga",
    question="Fråga",
    sources="Källor",
    trend_heading="Över tid: {}",
    trend_areas="Områdena i % av max.",
    trend_chart="Över tid: totalen och områdena i % av max",
    profile_chart="Profil mot medianen",
    incomplete=(
        "* Utvärderingen är inte klar: poängen saknar de ej bedömda frågornas, och "
        "procenten är av vad de bedömda frågorna kan ge."
    ),
    by_percent=(
        "‡ Maxima skiljer sig (ej tillämpliga frågor, eller ett annat instrument): rang, "
        "median, medelvärde och förändring räknas i procent av varje utvärderings maximum."
    ),
    population_all="Median och medelvärde: alla utvärderingar som har värdet (n).",
    population_since="Median och medelvärde: utvärderingar fr.o.m. {since} som har värdet (n).",
    population_until="Median och medelvärde: utvärderingar t.o.m. {until} som har värdet (n).",
    population_between=("Median och medelvärde: utvärderingar {since}–{until} som har värdet (n)."),
    printed_total=(
        "{label}: totalen {total} som den är tryckt; områdena summerar till {sum} "
        "(avrundade i källan)."
    ),
    older_scale="{labels}: den äldre poängskalans områdespoäng ur sessionen.",
    edition=(
        "{labels}: en annan utgåva av instrumentet ({editions}): bara totalen jämförs, på "
        "samma skala om {max} poäng; områden och frågor skiljer sig."
    ),
    mapping="{labels}: områdena visas enligt områdesmappningen {file}.",
)
ENGLISH = CompareLabels(
    title="Comparison",
    area="Area",
    criterion="Criterion",
    evaluation="Evaluation",
    evaluations="Evaluations",
    total="Total",
    median="Median",
    mean="Mean",
    max="Max",
    percent_of_max="% of max",
    rank="Rank",
    rank_heading="Rank per area (place/number with the area)",
    change="Change",
    change_heading="Change: {} → {}",
    percent_points="pp",
    per_question="Per question",
    question="Question",
    sources="Sources",
    trend_heading="Over time: {}",
    trend_areas="Areas in % of max.",
    trend_chart="Over time: the total and the areas in % of max",
    profile_chart="Profile against the median",
    incomplete=(
        "* The evaluation is not complete: its points lack the unscored questions', and "
        "its percentages are of what the scored questions can give."
    ),
    by_percent=(
        "‡ The maxima differ (not-applicable questions, or another instrument): rank, "
        "median, mean and change use percentages of each evaluation's own maximum."
    ),
    population_all="Median and mean: every evaluation that has the figure (n).",
    population_since="Median and mean: evaluations from {since} on that have the figure (n).",
    population_until="Median and mean: evaluations up to {until} that have the figure (n).",
    population_between="Median and mean: evaluations {since}–{until} that have the figure (n).",
    printed_total=(
        "{label}: the total {total} as printed; its areas add up to {sum} (rounded in the source)."
    ),
    older_scale="{labels}: the older-scale area totals from the session.",
    edition=(
        "{labels}: another edition of the instrument ({editions}): only the total is "
        "compared, on the same {max}-point scale; areas and questions differ."
    ),
    mapping="{labels}: areas shown through the area mapping {file}.",
)


def compare_labels(lang: str) -> CompareLabels:
    """The labels of a language; English for a language without its own."""
    return SWEDISH if lang == "sv" else ENGLISH
