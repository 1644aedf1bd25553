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
    # The command line: `kompass --help`, each command's options, what commands print.
    # argparse's own words (usage:, options:, error: ...) stay English.
    "cli.description": (
        "kompass: score municipalities with Kommunkompassen, keep each evaluation as TOML."
    ),
    "cli.more_help": "Run `kompass COMMAND --help` for the options of a command.",
    "cli.option.help": "show this help message and exit",
    "cli.option.version": "show program's version number and exit",
    "cli.option.criteria_dir": (
        "another folder of instrument files (repeatable; also $KOMPASS_CRITERIA_PATH)"
    ),
    "cli.option.lang": (
        "a language of the instrument (e.g. sv, en, nb; default: the instrument's own);"
        " kompass's own words in it when kompass has them"
    ),
    "cli.option.earlier": (
        "an earlier evaluation of the same municipality (a session, or a benchmark file:"
        " its latest record before the session) to show beside the totals, with the change"
    ),
    "cli.option.compare": (
        "benchmark records or sessions of other municipalities for the comparison table"
        " (repeatable; instead of the benchmarks kept in the session)"
    ),
    "cli.option.exact": (
        "exact points in the results and comparison tables (default: whole points, as"
        " printed reports give them)"
    ),
    "cli.option.sources": ("list the sources (evidence) of every question in its area's section"),
    "cli.option.session": "the session file",
    "cli.option.stdout": "default: stdout",
    "cli.count.areas": {"one": "{n} area", "other": "{n} areas"},
    "cli.count.questions": {"one": "{n} question", "other": "{n} questions"},
    "cli.open.summary": "open a session file, or pick one in a folder (the default command)",
    "cli.open.path": "a session file or a folder",
    "cli.open.no_terminal": (
        "kompass: the workbench needs a terminal (stdin and stdout are not one);"
        " `kompass show FILE` prints a report, `kompass validate FILE` checks a file"
    ),
    "cli.validate.summary": ("check session, instrument and benchmark files (and folders of them)"),
    "cli.validate.paths": "files, or folders of them, to check",
    "cli.validate.session": (
        "session {municipality}, {instrument}, {scored}/{scorable} scored, {result}"
    ),
    "cli.validate.of_scored": "{result} of the scored (max {max})",
    "cli.validate.benchmark": {
        "one": "benchmark file, {n} record ({instruments})",
        "other": "benchmark file, {n} records ({instruments})",
    },
    "cli.validate.no_instrument": "none",
    "cli.validate.mapping": "area mapping {source} → {target}, {areas}",
    "cli.validate.instrument": "instrument {instrument}, {areas}, {questions}, max {max}",
    "cli.validate.aggregate": "({aggregate} of areas)",
    "cli.criteria.summary": "list the instruments found, or print one's areas and questions",
    "cli.criteria.id": "an instrument id to print",
    "cli.criteria.counts": "{areas}, {questions}, max {max}",
    "cli.criteria.area_max": "(max {max})",
    "cli.criteria.max": "max {max}",
    "cli.criteria.none_found": "no instruments found in: {folders}",
    "cli.criteria.no_language": "--lang {lang}: no instrument found has it",
    "cli.new.summary": "write a new, empty session file (or a re-evaluation of an earlier one)",
    "cli.new.file": "the session file to create (never overwritten)",
    "cli.new.municipality": "needed unless --from",
    "cli.new.from": (
        "start a re-evaluation of an earlier session: same municipality and instrument,"
        " no score copied, the earlier one shown beside it"
    ),
    "cli.new.criteria": "instrument id",
    "cli.new.date": "a day of the evaluation (repeatable)",
    "cli.new.evaluator": "repeatable",
    "cli.new.no_open": "only write the file",
    "cli.new.needs_municipality": "give --municipality NAME or --from EARLIER.toml",
    "cli.new.empty_municipality": "--municipality: must not be empty",
    "cli.new.bad_date": "--date: not a date (YYYY-MM-DD): {text}",
    "cli.new.is_earlier": "{path}: is the earlier session itself",
    "cli.new.other_municipality": (
        "--municipality: {given}, but {path} evaluates {named}; a re-evaluation is of the"
        " same municipality"
    ),
    "cli.new.created": {
        "one": "created {path}: {municipality}, {instrument}, {n} question",
        "other": "created {path}: {municipality}, {instrument}, {n} questions",
    },
    "cli.new.reevaluation": ("re-evaluation of {path} ({label}): no score copied; its totals kept"),
    "cli.export.summary": (
        "write the report (Markdown, HTML, Word) or the questions as data (CSV, JSON)"
    ),
    "cli.export.format": (
        "md (Markdown), html (one self-contained file, printable on A4), docx (an editable"
        " Word document, needs -o), or the questions as data: csv or json; default: from"
        " the -o FILE's suffix (.html, .docx, .csv, .json), else md"
    ),
    "cli.export.svg": "also write a profile chart",
    "cli.export.docx_needs_output": "--format docx needs -o FILE.docx (a Word file is not text)",
    "cli.export.earlier_does_not_load": "--earlier {path} does not load:",
    "cli.export.compare_does_not_load": "--compare does not load:",
    "cli.plan.summary": "write the action plan of a session as Markdown or CSV",
    "cli.plan.csv": (
        "CSV (area, improvement, action, owner, due, status): one row per improvement"
        " area, its actions one per line in each cell"
    ),
    "cli.plan.by_action": "CSV with one row per action (implies --csv)",
    "cli.show.summary": "print the report of a session in the terminal",
    "cli.show.no_pager": "never page the output",
    "cli.compare.summary": "areas x evaluations: sessions and benchmark records side by side",
    "cli.compare.files": "sessions or benchmark files",
    "cli.compare.median": "add a median column, with n",
    "cli.compare.mean": "add a mean column, with n",
    "cli.compare.since": "median and mean over evaluations from YEAR",
    "cli.compare.until": "median and mean over evaluations up to YEAR",
    "cli.compare.keep_order": (
        "evaluations in the order given (default: by year, then municipality)"
    ),
    "cli.compare.trend": "a table per municipality evaluated more than once",
    "cli.compare.trend_svg": "write the trend chart (implies --trend)",
    "cli.compare.profile_svg": (
        "write the last evaluation's profile against the median (--since/--until)"
    ),
    "cli.compare.on": "compare on this instrument (default: the most used)",
    "cli.compare.map": "an area mapping file between two instruments (repeatable)",
    "cli.compare.output": "write Markdown",
    "cli.compare.since_after_until": "--since {since} is after --until {until}",
    "cli.compare.no_trend": "--trend-svg: no municipality is evaluated more than once",
    "cli.compare.wrote": {
        "one": "wrote {path}: {n} evaluation, {instrument}",
        "other": "wrote {path}: {n} evaluations, {instrument}",
    },
    "cli.consensus.summary": "merge independent evaluations of one municipality into one session",
    "cli.consensus.files": "sessions",
    "cli.consensus.output": "the merged session",
    "cli.consensus.threshold": (
        "spread, in percent of a question's max, above which to discuss (default 20)"
    ),
    "cli.consensus.too_few": {
        "one": "needs at least two sessions to merge, {n} given",
        "other": "needs at least two sessions to merge, {n} given",
    },
    "cli.consensus.merged": {
        "one": "merged {n} evaluation of {municipality} ({instrument}) into {path}",
        "other": "merged {n} evaluations of {municipality} ({instrument}) into {path}",
    },
    "cli.consensus.none": (
        "no questions to discuss (spread above {threshold} % of the question's max)"
    ),
    "cli.consensus.some": {
        "one": "{n} question to discuss (spread above {threshold} % of the question's max):",
        "other": "{n} questions to discuss (spread above {threshold} % of the question's max):",
    },
    "cli.consensus.na": "not applicable according to {names}",
    "cli.consensus.unscored": "not scored by {names}",
    "cli.consensus.proposed": "proposed {score}",
    "cli.consensus.spread": "spread {spread}",
    "cli.consensus.rounded": "means with more than two decimals, stored rounded:",
    "cli.consensus.mean": "mean {mean}",
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
