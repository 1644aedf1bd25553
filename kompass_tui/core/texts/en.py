"""kompass's own texts in English, the catalog's fallback (see `catalog`)."""

MESSAGES: dict[str, str | dict[str, str]] = {
    # Running text: `A, B and C`, dates, small counts in words.
    "grammar.and": "and",
    "grammar.day": "{day}",
    "grammar.month.1": "January",
    "grammar.month.2": "February",
    "grammar.month.3": "March",
    "grammar.month.4": "April",
    "grammar.month.5": "May",
    "grammar.month.6": "June",
    "grammar.month.7": "July",
    "grammar.month.8": "August",
    "grammar.month.9": "September",
    "grammar.month.10": "October",
    "grammar.month.11": "November",
    "grammar.month.12": "December",
    "grammar.number.0": "no",
    "grammar.number.1": "one",
    "grammar.number.2": "two",
    "grammar.number.3": "three",
    "grammar.number.4": "four",
    "grammar.number.5": "five",
    "grammar.number.6": "six",
    "grammar.number.7": "seven",
    "grammar.number.8": "eight",
    "grammar.number.9": "nine",
    "grammar.number.10": "ten",
    "grammar.number.11": "eleven",
    "grammar.number.12": "twelve",
    # The report (Markdown, HTML, Word, `kompass show`, the chart).
    "report.wording_fallback": (
        "kompass has no wording of its own in {language} yet: the report's headings and"
        " labels are in English."
    ),
    "report.analysis_of": "Analysis of {municipality}",
    "report.contents": "Contents",
    "report.overview": "{municipality} in relation to {instrument}: a summary review",
    "report.details": {
        "one": "Detailed review in relation to the area of {instrument}",
        "other": "Detailed review in relation to the {count} areas of {instrument}",
    },
    "report.scores": "Summary of scores",
    "report.about_municipality": "About {municipality}",
    "report.organisation": "The municipal organisation",
    "report.evaluation": "The evaluation",
    "report.summary": "Summary of results",
    "report.table_1": (
        "Table 1 {municipality}{year} in relation to the main areas of {instrument}."
    ),
    "report.current_scale": "Current scale",
    "report.older_scale": "Older scale",
    "report.area": "Area",
    "report.achieved": "Achieved",
    "report.earlier": "Earlier",
    "report.earlier_in": "Earlier ({label})",
    "report.change": "Change",
    "report.max": "Max",
    "report.percent": "%",
    "report.total": "Total",
    "report.profile": "Profile",
    "report.chart_title": "Profile: share of the maximum per area",
    "report.profile_words": (
        "The diagram shows {genitive} share of the maximum per area: {areas}."
    ),
    "report.profile_extremes": "Highest is {highest}, lowest {lowest}.",
    "report.table_2": {
        "one": "Table 2 {genitive} results ({scale}) compared with one other municipality.",
        "other": "Table 2 {genitive} results ({scale}) compared with {count} other municipalities.",
    },
    "report.scale.current": "current scale",
    "report.scale.older": "older scale",
    "report.criterion": "Criterion",
    "report.general": "General",
    "report.area_heading": "Area {id} {title}",
    "report.area_summary": "Summary area {id}",
    "report.strengths": "Strengths",
    "report.improvements": "Areas for improvement",
    "report.comments": "Comments per question",
    "report.results_by_area": "The municipality's results per area",
    "report.scores_intro": (
        "Below are the points of every sub-question and their share of the maximum."
    ),
    "report.area_total": "Total area {id}",
    "report.not_applicable": "not applicable",
    "report.not_applicable_note": (
        "Questions that are not applicable are left out of the maximum."
    ),
    "report.not_scored": "not scored",
    "report.incomplete": "The evaluation is not complete",
    "report.incomplete_detail": {
        "one": "{scored} of {n} question is scored. Percentages are of the scored"
        " questions' maximum; unscored questions do not count as 0.",
        "other": "{scored} of {n} questions are scored. Percentages are of the scored"
        " questions' maximum; unscored questions do not count as 0.",
    },
    "report.incomplete_change": (
        "Not completely scored: the change lacks the unscored questions' points."
    ),
    "report.unscored_heading": "Questions not yet scored",
    "report.none": "–",
    # Evidence and interviews in the report.
    "report.interviewed": "The evaluators interviewed {counts}.",
    "report.altogether": {
        "one": "{count} person altogether.",
        "other": "{count} people altogether.",
    },
    "report.approximately": "about {number}",
    "report.sources": "Sources",
    "report.source.interview": "Interview",
    "report.source.document": "Document",
    "report.source.website": "Website",
    "report.source.other": "Other",
    "report.evidence.practice": "in practice",
    "report.evidence.plan": "a plan only",
    "report.role.politician": {"one": "politician", "other": "politicians"},
    "report.role.manager": {"one": "manager", "other": "managers"},
    "report.role.staff": {"one": "member of staff", "other": "members of staff"},
    "report.role.union": {"one": "union representative", "other": "union representatives"},
    "report.role.company": {
        "one": "person from a municipal company",
        "other": "people from municipal companies",
    },
    "report.role.person": {"one": "person", "other": "people"},
    # The action plan (`kompass plan`).
    "plan.title": "Action plan for {municipality}",
    "plan.improvement": "Improvement area",
    "plan.action": "Action",
    "plan.owner": "Owner",
    "plan.due": "Due",
    "plan.status": "Status",
    "plan.note": "Note",
    "plan.no_actions": "No actions yet.",
    "plan.status.planned": "planned",
    "plan.status.started": "started",
    "plan.status.done": "done",
    "plan.status.dropped": "dropped",
    # Comparisons (`kompass compare`, the workbench's comparisons, their charts).
    "compare.title": "Comparison",
    "compare.area": "Area",
    "compare.criterion": "Criterion",
    "compare.evaluation": "Evaluation",
    "compare.evaluations": "Evaluations",
    "compare.total": "Total",
    "compare.median": "Median",
    "compare.mean": "Mean",
    "compare.max": "Max",
    "compare.percent_of_max": "% of max",
    "compare.rank": "Rank",
    "compare.rank_heading": "Rank per area (place/number with the area)",
    "compare.change": "Change",
    "compare.change_heading": "Change: {earlier} → {later}",
    "compare.percent_points": "pp",
    "compare.per_question": "Per question",
    "compare.question": "Question",
    "compare.sources": "Sources",
    "compare.trend_heading": "Over time: {municipality}",
    "compare.trend_areas": "Areas in % of max.",
    "compare.trend_chart": "Over time: the total and the areas in % of max",
    "compare.profile_chart": "Profile against the median",
    "compare.incomplete": (
        "* The evaluation is not complete: its points lack the unscored questions', and"
        " its percentages are of what the scored questions can give."
    ),
    "compare.by_percent": (
        "‡ The maxima differ (not-applicable questions, or another instrument): rank,"
        " median, mean and change use percentages of each evaluation's own maximum."
    ),
    "compare.population_all": "Median and mean: every evaluation that has the figure (n).",
    "compare.population_since": (
        "Median and mean: evaluations from {since} on that have the figure (n)."
    ),
    "compare.population_until": (
        "Median and mean: evaluations up to {until} that have the figure (n)."
    ),
    "compare.population_between": (
        "Median and mean: evaluations {since}–{until} that have the figure (n)."
    ),
    "compare.printed_total": (
        "{label}: the total {total} as printed; its areas add up to {sum} (rounded in the source)."
    ),
    "compare.older_scale": "{labels}: the older-scale area totals from the session.",
    "compare.edition": (
        "{labels}: another edition of the instrument ({editions}): only the total is"
        " compared, on the same {max}-point scale; areas and questions differ."
    ),
    "compare.mapping": "{labels}: areas shown through the area mapping {file}.",
    "compare.median_between": "Median {since}–{until}",
    "compare.median_until": "Median up to {until}",
    "compare.median_since": "Median from {since}",
}
