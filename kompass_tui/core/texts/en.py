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
        " the -o FILE's ending (.md, .html, .htm, .docx, .csv, .json; another ending, or a"
        " --format that contradicts it, is refused), else md"
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
    "cli.compare.format": (
        "md: Markdown (the default); csv: one row per evaluation, for spreadsheets"
    ),
    "cli.compare.output": "write to FILE (Markdown, or CSV when it ends in .csv)",
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
    # The workbench (kompass_tui/tui, through tui/strings.py's `tr`).
    "tui.overview": "Overview",
    "tui.evaluators": "Evaluators",
    "tui.file": "File",
    "tui.scanning": {
        "one": "Reading the sessions: {done} of {n} …",
        "other": "Reading the sessions: {done} of {n} …",
    },
    "tui.ui_fallback": "kompass has no texts of its own in {language} yet: shown in English",
    "tui.err_target_empty": "Give a file name",
    "tui.err_target_protected": "That is the session file – choose another name",
    "tui.err_target_folder": "{name} is a folder",
    "tui.err_target_special": "{name} is {detail}, not a regular file",
    "tui.err_target_no_folder": "Folder {detail} does not exist",
    "tui.err_target_suffix": "{detail}",
    "tui.err_target_exists": "{name} exists already",
    "tui.gone_title": "{name} is no longer on disk (deleted or moved).",
    "tui.gone_recreate": "Create it again with my changes (s)",
    "tui.b.comment": "Comment",
    "tui.h.comment": "The question's comment (private: in no report or export without --comments)",
    "tui.findings_title": "{qid}: text in the report",
    "tui.comment_title": "{qid}: comment (private: in no report/export without --comments)",
    "tui.general_title": "Area {area}: General",
    "tui.general": "General",
    "tui.area_texts": "The area's texts",
    "tui.words": {"one": "{n} word", "other": "{n} words"},
    "tui.report_tab": "Report",
    "tui.report_tab_title": "The report's own texts",
    "tui.report_tab_help": "↑ ↓ choose · Enter write · sections 1–2 come from the instrument",
    "tui.section.about_municipality": "About the municipality",
    "tui.section.organisation": "The municipal organisation",
    "tui.section.evaluation": "The evaluation",
    "tui.section.results": "The results (after Table 1)",
    "tui.section.comparison": "The comparison (before Table 2)",
    "tui.section.closing": "Closing (after Table 2)",
    "tui.area": "Area",
    "tui.points": "Points",
    "tui.max": "Max",
    "tui.percent": "%",
    "tui.scored": "Done",
    "tui.total": "Total",
    "tui.area_total": "Total",
    "tui.answered": "scored",
    "tui.saved": "✓ saved",
    "tui.unsaved": "● unsaved",
    "tui.strengths": "Strengths",
    "tui.improvements": "Areas for improvement",
    "tui.notes": "Notes on the area",
    "tui.not_applicable": "not applicable",
    "tui.comment": "Comment",
    "tui.no_editor": "Set $EDITOR (or $VISUAL) to use an external editor",
    "tui.next_unscored": "Next unscored: {qid} (ctrl+g)",
    "tui.all_scored": "Every question is scored.",
    "tui.saved_to": "Saved to {name}",
    "tui.save_failed": "Could not save: {reason}",
    "tui.quit_title": "{name} has unsaved changes.",
    "tui.quit_save": "Save and quit (s)",
    "tui.quit_discard": "Quit without saving (d)",
    "tui.quit_cancel": "Cancel (Esc)",
    "tui.help_title": "Keys",
    "tui.help_close": "Esc, F1 or q closes",
    "tui.item_add": "New item",
    "tui.item_edit": "Edit item",
    "tui.item_help": "Enter: keep · Esc: cancel · an empty text deletes the item",
    "tui.picker_title": "Sessions in {folder}",
    "tui.picker_help": "Enter: open · n: new session · r: reload · ctrl+q: quit",
    "tui.municipality": "Municipality",
    "tui.date": "Date",
    "tui.instrument": "Instrument",
    "tui.progress": "Done",
    "tui.cannot_read": "⚠ cannot be read",
    "tui.no_sessions": "No sessions here yet – press n for a new one.",
    "tui.new_title": "New session",
    "tui.dates_label": "Dates (YYYY-MM-DD, commas between several)",
    "tui.evaluators_label": "Evaluators (commas between several)",
    "tui.file_label": "File name",
    "tui.create": "Create (Enter)",
    "tui.cancel": "Cancel (Esc)",
    "tui.err_municipality": "Give a municipality",
    "tui.err_date": "Not a date: {text}",
    "tui.err_file_name": "The file name must end in .toml and contain no / or ..",
    "tui.err_exists": "{name} already exists – choose another name",
    "tui.language_now": "Language: English",
    "tui.read_only": "🔒 read-only – open by {holder}",
    "tui.read_only_refused": "Read-only: the file is open by {holder}",
    "tui.lock_holder": "{who} (pid {pid}, since {since})",
    "tui.changed_title": "{name} changed on disk since it was loaded.",
    "tui.reload_title": "Drop your unsaved changes and load {name} from disk?",
    "tui.reload_yes": "Yes, reload from disk (y)",
    "tui.reloaded": "Reloaded {name} from disk",
    "tui.restore_title": "Unsaved changes from {time} were found for {name}:",
    "tui.restore_yes": "Restore them (r)",
    "tui.restore_discard": "Discard them (d)",
    "tui.restored": "Unsaved changes restored – save with ctrl+s",
    "tui.stale_title": "{name} was left open by {holder}, which no longer runs.",
    "tui.stale_take_over": "Take over the lock and edit (t)",
    "tui.stale_read_only": "Open read-only (Esc)",
    "tui.take_over_failed": "Could not take over the lock: {reason}",
    "tui.b.save": "Save",
    "tui.b.quit": "Quit",
    "tui.b.help": "Help",
    "tui.b.palette": "Commands",
    "tui.b.next_area": "Next area",
    "tui.b.prev_area": "Prev. area",
    "tui.b.overview": "Overview",
    "tui.b.area": {"one": "Area {n}", "other": "Area {n}"},
    "tui.b.not_applicable": "N/A",
    "tui.b.next_unscored": "Unscored",
    "tui.b.language": "Language",
    "tui.b.item_add": "Add",
    "tui.b.item_edit": "Edit",
    "tui.b.item_delete": "Delete",
    "tui.b.open": "Open",
    "tui.b.new": "New session",
    "tui.b.reload": "Reload",
    "tui.b.close": "Close",
    "tui.b.editor": "$EDITOR",
    "tui.b.done": "Done",
    "tui.b.scroll": "Scroll",
    "tui.b.focus": "Next / previous field",
    "tui.h.next_area": "Next tab: the next area; after the last, the report, then the overview",
    "tui.h.prev_area": "Previous tab",
    "tui.h.not_applicable": "Not applicable on/off for the question",
    "tui.h.next_unscored": "Next unscored question",
    "tui.h.language": "Switch language (Swedish/English)",
    "tui.h.item_add": "Strengths/improvements: add an item",
    "tui.h.item_edit": "Strengths/improvements: edit the item",
    "tui.h.item_delete": "Strengths/improvements: delete the item",
    "tui.b.export": "Export",
    "tui.b.preview": "Report",
    "tui.b.next_dispute": "Discuss",
    "tui.b.settle": "Settle",
    "tui.b.mark": "Mark",
    "tui.b.compare": "Compare",
    "tui.h.export": "Export the report (.md + .svg, .html, .docx) or the questions (.csv, .json)",
    "tui.h.preview": "Show the report",
    "tui.h.next_dispute": "Next question to discuss (after a consensus)",
    "tui.h.settle": "Settle the question with the score typed",
    "tui.h.new": "Session list: new session",
    "tui.h.reload": "Session list: read the folder again",
    "tui.h.mark": "Session list: mark/unmark for comparison",
    "tui.h.compare": "Session list: compare the marked ones",
    "tui.h.close": "Report/comparison: close",
    "tui.c.export": "Export report",
    "tui.c.preview": "Show report",
    "tui.c.compare_others": "Compare with others",
    "tui.c.next_dispute": "Next question to discuss",
    "tui.c.compare_marked": "Compare marked sessions",
    "tui.export_title": "Export report",
    "tui.export_label": "File: .md (the chart as .svg beside it), .html, .docx, .csv or .json",
    "tui.export_help": "Enter: write · Esc: cancel",
    "tui.export_exists": "{name} exists and will be overwritten",
    "tui.err_export_svg": "The chart takes the .svg name – choose another name for the report",
    "tui.exported": "Report written to {markdown} and {svg}",
    "tui.export_failed": "Could not export: {reason}",
    "tui.preview_title": "Report: {municipality} ({name})",
    "tui.reading_help": "↑ ↓ pgup pgdn home end: scroll · Esc or q: close",
    "tui.compare_title": {
        "one": "Comparison of {n} evaluation",
        "other": "Comparison of {n} evaluations",
    },
    "tui.compare_need_two": "Mark at least two sessions with space to compare.",
    "tui.compare_refused": "Cannot compare: {reason}",
    "tui.cannot_mark": "{name} cannot be read and cannot be compared",
    "tui.others_title": {
        "one": "{name} beside the median of {n} other in {folder}",
        "other": "{name} beside the median of {n} others in {folder}",
    },
    "tui.reading_others": "Reading the folder's other evaluations: {done} of {of} …",
    "tui.others_none": "No other evaluations with {instrument} in {folder}.",
    "tui.others_skipped": {
        "one": "{n} file could not be read and is left out",
        "other": "{n} files could not be read and are left out",
    },
    "tui.median_of": {"one": "Median of {n}", "other": "Median of {n}"},
    "tui.to_discuss": {
        "one": "To discuss ({n}) · ctrl+n next · score+Enter or ctrl+y settles",
        "other": "To discuss ({n}) · ctrl+n next · score+Enter or ctrl+y settles",
    },
    "tui.question": "Question",
    "tui.spread": "Spread",
    "tui.author_scores": "Scores by evaluator",
    "tui.disputed": "⚑ spread {spread}: {scores}",
    "tui.na_by": "not applicable according to {names}",
    "tui.unscored_by": "not scored by {names}",
    "tui.percent_of_scored": "Percentages and sums count the scored questions.",
    "tui.no_disputes": "No questions left to discuss.",
    "tui.settled": {
        "one": "{qid} settled ({n} left to discuss)",
        "other": "{qid} settled ({n} left to discuss)",
    },
    "tui.settle_needs_score": "Type the agreed score for {qid} first",
    "tui.b.next_question": "Next",
    "tui.b.prev_question": "Previous question",
    "tui.b.text": "Text",
    "tui.b.texts": "Lists",
    "tui.b.jump": "Go to area",
    "tui.b.row_down": "Next row",
    "tui.b.row_up": "Previous row",
    "tui.b.open_row": "Open",
    "tui.b.edit_row": "Edit",
    "tui.b.add_item": "Add",
    "tui.b.delete_item": "Delete",
    "tui.b.to_questions": "Back to the questions",
    "tui.b.editor_done": "Done",
    "tui.b.external_editor": "$EDITOR",
    "tui.b.compare_others": "Compare with others",
    "tui.b.open_session": "Open",
    "tui.b.accept": "OK",
    "tui.b.choose": "Choose",
    "tui.b.cancel": "Cancel",
    "tui.b.next_field": "Next field",
    "tui.b.prev_field": "Previous field",
    "tui.h.text": "Write the question's text (below the questions)",
    "tui.h.texts": "The area's lists and notes, and back",
    "tui.h.jump": "Go to an area by its number",
    "tui.h.next_question": "Next question (after the last: the overview)",
    "tui.h.prev_question": "Previous question",
    "tui.h.edit_row": "Edit the item, or write the notes",
    "tui.h.add_item": "A new item after the highlighted one",
    "tui.h.delete_item": "Delete the highlighted item",
    "tui.h.to_questions": "Back to the question you left",
    "tui.h.editor_done": "Close the editor (the text is kept already)",
    "tui.h.external_editor": "Write the text in $EDITOR",
    "tui.h.compare_others": "Compare with the folder's other evaluations",
    "tui.h.open_row": "Go to the area or the question",
    "tui.help_everywhere": "Everywhere",
    "tui.help_question": "In a score field",
    "tui.help_overview": "In the overview",
    "tui.help_texts": "The area's lists and notes (ctrl+w)",
    "tui.help_editor": "In the editor",
    "tui.help_picker": "In the session list",
    "tui.help_reading": "In the report and comparisons",
    "tui.help_dialog": "In dialogs",
    "tui.jump_title": {"one": "Go to area (1–{n})", "other": "Go to area (1–{n})"},
    "tui.jump_range": {
        "one": "Give a number from 1 to {n}",
        "other": "Give a number from 1 to {n}",
    },
    "tui.empty_text": "(empty – Enter to write)",
    "tui.empty_list": "(empty – Enter or a to add)",
    "tui.notes_title": "Notes on area {area}",
    "tui.editor_unparsable": "$EDITOR cannot be read: {editor}",
    "tui.editor_failed": "$EDITOR could not be started: {reason}",
    "tui.editor_deleted": "$EDITOR deleted the file – the text is unchanged",
    "tui.editor_no_terminal": "No external editor can be shown here – write in kompass",
    "tui.editor_not_utf8": "$EDITOR did not write UTF-8 – the text is unchanged",
    "tui.not_disputed": "{qid} is not a question to discuss",
    # Why a typed score is refused (core.scoring.numbers.ScoreError.reason).
    "tui.reason.not_a_number": "not a number: {text}",
    "tui.reason.below_zero": "below 0",
    "tui.reason.above_max": "above the maximum {max}",
    "tui.reason.too_many_decimals": "more than {decimals} decimals",
    "tui.reason.negative_zero": "-0 is not a score: type 0",
    "tui.reason.space_inside": "a space inside the number: {text}",
    "tui.reason.exponent": "an exponent is not allowed: {text}",
    "tui.reason.not_applicable": (
        "the question is not applicable – ctrl+t makes it applicable again"
    ),
    # Evidence, the interview log, the action plan, re-evaluation (#17).
    "tui.b.evidence": "Sources",
    "tui.h.evidence": "The question's sources: interviews, documents, the website",
    "tui.b.add_action": "Action",
    "tui.h.add_action": "A new action for the highlighted improvement area",
    "tui.b.action_status": "Status",
    "tui.h.action_status": "The action's next status: planned, started, done, dropped",
    "tui.b.back": "Back",
    "tui.h.back": "Back from the list",
    "tui.b.new_from": "From",
    "tui.h.new_from": "Session list: re-evaluate the highlighted one (kompass new --from)",
    "tui.b.next_option": "Next option",
    "tui.h.next_option": "A field of options: the next",
    "tui.b.prev_option": "Previous option",
    "tui.h.prev_option": "A field of options: the previous",
    "tui.help_records": "In a list (sources ctrl+u, interviews on the report tab)",
    "tui.help_option": "In a field of options (or type an option's first letter)",
    "tui.evidence_title": "{qid}: sources",
    "tui.evidence_empty": "No sources yet – a adds one",
    "tui.evidence_add": "{qid}: new source",
    "tui.evidence_edit": "{qid}: edit source",
    "tui.role_unrecorded": "not recorded",
    "tui.form_kind": "Source",
    "tui.form_status": "Status",
    "tui.form_reference": "Reference",
    "tui.form_reference_hint": "title and date, URL, or who (no names)",
    "tui.form_role": "Role",
    "tui.form_date": "Date",
    "tui.form_date_hint": "YYYY-MM-DD",
    "tui.form_shows": "What it shows",
    "tui.form_shows_hint": "what the source shows",
    "tui.form_needs_reference": "Give a reference – or, for an interview, a role",
    "tui.form_bad_date": "Dates are written YYYY-MM-DD: {text}",
    "tui.form_help": "Tab next field · ←/→ or a letter chooses · Enter done · Esc undo",
    "tui.interviews_title": "Interviews",
    "tui.interviews_empty": "No interviews recorded – Enter opens, a adds",
    "tui.interview_add": "New interview",
    "tui.interview_edit": "Edit interview",
    "tui.interview_areas": {
        "one": "area {areas}",
        "other": "areas {areas}",
    },
    "tui.count_exact": "exact",
    "tui.count_about": "about",
    "tui.form_people": "People",
    "tui.form_count": "The count is",
    "tui.form_areas": "Areas",
    "tui.form_areas_hint": "e.g. 1, 3, 5",
    "tui.form_bad_people": "People: a whole number, 1 to {most}",
    "tui.form_bad_area": "The instrument has no area {area}",
    "tui.entries": {
        "one": "{n} entry",
        "other": "{n} entries",
    },
    "tui.action_add": "Area {area}: new action",
    "tui.action_edit": "Area {area}: edit action",
    "tui.form_action_hint": "what is to be done",
    "tui.form_owner_hint": "a role or a name",
    "tui.form_needs_action": "Write what is to be done",
    "tui.delete_improvement": {
        "one": "Delete “{text}” and its action?",
        "other": "Delete “{text}” and its {n} actions?",
    },
    "tui.delete_yes": "Yes, delete (y)",
    "tui.plan_duplicate": "Same text as another improvement area with actions – write another",
    "tui.plan_not_emptied": "The improvement area has actions – delete it with d",
    "tui.earlier_score": "earlier {score}",
    "tui.earlier_not_applicable": "earlier not applicable",
    "tui.earlier_label": "earlier",
    "tui.earlier_heading": "Earlier evaluation ({label})",
    "tui.sources": {
        "one": "{n} source",
        "other": "{n} sources",
    },
    "tui.new_from_title": "New evaluation from {name}",
    "tui.new_from_none": "Highlight a session that can be read",
    # -- s20a: safety in the workbench (#20) --
    "tui.set_aside": {
        "one": "{n} key typed before this question appeared was set aside",
        "other": "{n} keys typed before this question appeared were set aside",
    },
    "tui.answer_first": "Answer the question first",
    "tui.changed_theirs": "Take theirs – my changes are kept in the recovery file (t)",
    "tui.changed_keep_both": "Save mine – theirs is kept beside it as {copy} (b)",
    "tui.kept_theirs": "The other version is kept as {name}",
    "tui.lock_released_title": "{name} is no longer open in another kompass.",
    "tui.lock_released_take": "Take the lock and edit (t)",
    "tui.lock_released_stay": "Stay read-only (Esc)",
    "tui.refused_left": "“{text}” does not count: {reason} – {counts} counts",
    "tui.no_score": "no score",
    "tui.draft_title": "Throw away what you wrote in the form?",
    "tui.draft_keep": "Keep writing (Esc)",
    "tui.draft_discard": "Throw it away (d)",
    "tui.changed_merge": "Merge theirs and mine – what differs is left to agree on (m)",
    "tui.merge_mine": "this workbench",
    "tui.merge_disk": "the file on disk",
    "tui.merged": {
        "one": "Merged {name} with the version on disk: {n} thing to agree on (ctrl+d)",
        "other": "Merged {name} with the version on disk: {n} things to agree on (ctrl+d)",
    },
    "tui.merge_other_instrument": "The version on disk has another instrument",
    # (end of s20a)
    # -- s20b: outputs kept private and safe (#20) --
    "cli.option.comments": (
        "include the evaluators' private comments (without it they are in no report or export)"
    ),
    "tui.exported_file": "Written to {path}",
    "tui.err_export_format_unknown": "kompass does not write {suffix} files: {known}",
    # (end of s20b)
    # -- s21: evaluators together (#21) --
    "cli.merge.summary": "merge three versions of a session (git's merge driver)",
    "cli.merge.base": "the common ancestor",
    "cli.merge.ours": "our version, where the result is written",
    "cli.merge.theirs": "their version",
    "cli.merge.path": "the file's path in the repository, to name who made each side",
    "cli.merge.open": {
        "one": "{path}: merged; {n} disagreement to settle (kompass open {quoted})",
        "other": "{path}: merged; {n} disagreements to settle (kompass open {quoted})",
    },
    "cli.merge.plain_conflicts": {
        "one": "{path}: not a kompass session, merged as text: {n} conflict",
        "other": "{path}: not a kompass session, merged as text: {n} conflicts",
    },
    "cli.git-setup.summary": "let git merge the sessions of a repository with kompass merge",
    "cli.git_setup.dir": "a folder in the repository (default: the current one)",
    "cli.git_setup.no_repo": "{path}: not in a git repository (git init, or git clone URL)",
    "cli.git_setup.driver_set": (
        "{path}: merge driver kompass registered (git config merge.kompass.*)"
    ),
    "cli.git_setup.driver_kept": "{path}: merge driver kompass already registered",
    "cli.git_setup.added": ".gitattributes: added {pattern} merge=kompass",
    "cli.git_setup.kept": ".gitattributes: {pattern} merge=kompass already there",
    "cli.git_setup.no_sessions": (
        "no session files found yet: run kompass git-setup again once there are"
    ),
    "cli.git_setup.commit": "commit .gitattributes so every clone merges sessions the same way",
    "cli.history.summary": "how a session's scores changed across its git commits",
    "cli.history.session": "a session file in a git repository",
    "cli.history.question": "one question: its score and its texts",
    "cli.history.unknown_question": "no question {qid} in {instrument}",
    "cli.history.none": "{path}: no commit changed this",
    "cli.history.unreadable": "(this version does not load)",
    "cli.history.na": "not applicable",
    "cli.history.disputed": "disagreement: {sides}",
    "cli.history.reason": "agreed: {reason}",
    "cli.history.findings": "findings",
    "cli.history.comments": "comments",
    "cli.consensus.texts": {
        "one": (
            "{n} text differs between the evaluations: each version is kept to "
            "settle in the workbench"
        ),
        "other": (
            "{n} texts differ between the evaluations: each version is kept to "
            "settle in the workbench"
        ),
    },
    "report.preliminary": "Preliminary",
    "report.preliminary_detail": {
        "one": "The evaluators have {n} disagreement still to settle; scores and texts may change.",
        "other": (
            "The evaluators have {n} disagreements still to settle; scores and texts may change."
        ),
    },
    "cli.export.final": "refuse to export while the evaluators have disagreements to settle",
    "cli.export.preliminary": {
        "one": (
            "{path}: preliminary: {n} disagreement still open (settle it in kompass "
            "open; --final refuses)"
        ),
        "other": (
            "{path}: preliminary: {n} disagreements still open (settle them in "
            "kompass open; --final refuses)"
        ),
    },
    "cli.export.final_refused": {
        "one": "{path}: not final: {n} disagreement still open; settle it in kompass open first",
        "other": (
            "{path}: not final: {n} disagreements still open; settle them in kompass open first"
        ),
    },
    "tui.b.agenda": "Agenda",
    "tui.h.agenda": (
        "The consensus meeting: what the evaluators still disagree on, settled one by one"
    ),
    "tui.c.agenda": "Consensus meeting: the agenda",
    "tui.b.settle_item": "Settle",
    "tui.h.settle_item": "Settle the highlighted disagreement: the agreed score or text and why",
    "tui.status_open": {
        "one": " ⚑ {n} ^d ",
        "other": " ⚑ {n} ^d ",
    },
    "tui.agenda_title": {
        "one": "Consensus meeting: {n} disagreement open",
        "other": "Consensus meeting: {n} disagreements open",
    },
    "tui.agenda_agreed": "Agreed per area: {parts}",
    "tui.agenda_report": "report",
    "tui.agenda_empty": "Nothing left to settle: the report is no longer preliminary.",
    "tui.agenda_hint": "↑↓ choose · Enter settle · Esc back to the workbench",
    "tui.agenda_versions": "{place}: versions by {names}",
    "tui.agenda_municipality": "Municipality",
    "tui.agenda_affiliation": "Organisation",
    "tui.agenda_notes": "General {id}",
    "tui.agenda_findings": "Findings {id}",
    "tui.agenda_comments": "Comment {id}",
    "tui.settle_title": "Settle {place}",
    "tui.settle_score": "Agreed score (- if it does not apply):",
    "tui.settle_version": {
        "one": "Version to keep (1), to edit further in the workbench:",
        "other": "Version to keep (1–{n}), to edit further in the workbench:",
    },
    "tui.settle_reason": "Why (one line, kept in the consensus log, never in the report):",
    "tui.settle_hint": "Enter settle · Tab next field · Esc leave it open",
    "tui.settle_bad_score": "Not a score for {qid}",
    "tui.settle_bad_version": "Type the number of a version, 1 to {last}",
    "tui.settle_needs_reason": "Write why you agreed (one line)",
    "tui.export_preliminary": {
        "one": "Preliminary: {n} disagreement still open (ctrl+d)",
        "other": "Preliminary: {n} disagreements still open (ctrl+d)",
    },
    "tui.texts_to_settle": {
        "one": "{n} text to agree on: ctrl+d, the agenda",
        "other": "{n} texts to agree on: ctrl+d, the agenda",
    },
    # (end of s21)
    # -- s22a: published documents (#22) --
    "report.page_of": "page {page} of {pages}",
    "cli.export.pdf_missing": (
        "a PDF is written with WeasyPrint, which cannot be loaded here ({detail}). Install it"
        " with: pip install 'kompass-tui[pdf]'; it needs Pango (Debian: apt-get install"
        " libpango-1.0-0 libpangoft2-1.0-0). No file was written."
    ),
    "cli.export.pdf_needs_output": "--format pdf needs -o FILE.pdf (a PDF is not text)",
    "report.chart_median": {
        "one": "Median of {count} municipality {years}",
        "other": "Median of {count} municipalities {years}",
    },
    "report.chart_caption_median": {
        "one": "{series}, {scale} (dark bars), against {count} municipality evaluated"
        " {years} (light bars): {names}. The figures are points, as in Table 2.",
        "other": "{series}, {scale} (dark bars), against the median of {count} municipalities"
        " evaluated {years} (light bars): {names}. The figures are points, as in Table 2.",
    },
    "report.chart_caption_own": (
        "{municipality}: each area's points as a share of the area's maximum, current scale"
        " (as in Table 1). No median is drawn: the report has no other municipalities'"
        " results to compare with."
    ),
    "report.chart_area_words": "{area} {value} (median {median})",
    "report.chart_words_median": {
        "one": "The chart shows {series} on the {scale} against {count} municipality"
        " evaluated {years}: {areas}; in total {total} (median {median}).",
        "other": "The chart shows {series} on the {scale} against the median of {count}"
        " municipalities evaluated {years}: {areas}; in total {total} (median {median}).",
    },
    # (end of s22a)
    # -- s22b: terminal width and data out (#22) --
    "cli.compare.csv_trend": (
        "--trend adds no rows to --format csv: each evaluation's row already has its change "
        "(change, change_percent) and every area's percentage; leave out --trend, or use "
        "--trend-svg FILE for the chart"
    ),
    "cli.instrument_texts_in": (
        "{instrument} has no texts in {lang}: kompass's words are in {lang}, the"
        " instrument's areas, questions and report sections in {own}"
    ),
    "tui.max_without_na": "Max {max}: the not-applicable questions are left out.",
    # (end of s22b)
    # -- s23: scale (#23) --
    # (end of s23)
    # -- s24: simpler core (#24) --
    # (end of s24)
    # -- s25: before the visit (#25) --
    "questionnaire.title": "Questionnaire",
    "questionnaire.heading": "Questionnaire for {municipality}",
    "questionnaire.properties_note": (
        "Made by kompass: keep the question numbers so that the answers find their questions."
    ),
    "questionnaire.municipality": "Municipality",
    "questionnaire.dates": "Evaluation",
    "questionnaire.no_dates": "days not yet set",
    "questionnaire.evaluators": "Evaluators",
    "questionnaire.no_evaluators": "not yet named",
    "questionnaire.return_date": "Return by",
    "questionnaire.how_heading": "How to answer",
    "questionnaire.how_where": (
        "Write each answer in the empty cell under its question; the cell grows as you "
        "write. Paragraphs, lists and tables are welcome."
    ),
    "questionnaire.how_what": (
        "Describe what is in place today, how much of the organisation uses it and how it "
        "is followed up. Plans not yet in use may be mentioned; say that they are plans."
    ),
    "questionnaire.how_keep": (
        "Leave the question rows and their numbers as they are: each answer is found by its "
        "question's number."
    ),
    "questionnaire.how_empty": "A question you cannot answer may stay empty.",
    "questionnaire.return_heading": "When to return it",
    "questionnaire.return_by": (
        "Please return this document, with the documents each area asks for, by {date} to {to}."
    ),
    "questionnaire.return_before": (
        "Please return this document, with the documents each area asks for, to {to} "
        "before the evaluation begins on {date}."
    ),
    "questionnaire.return_agreed": (
        "Please return this document, with the documents each area asks for, to {to} as agreed."
    ),
    "questionnaire.the_evaluators": "the evaluators",
    "questionnaire.area": "Area {id}: {title}",
    "questionnaire.area_questions": {
        "one": "This area has one question. Write the answer in the empty cell below it.",
        "other": (
            "This area has {n} questions. Write each answer in the empty cell below its question."
        ),
    },
    "questionnaire.documents_heading": "Documents to attach",
    "questionnaire.document_plans": "Plans, policies and programmes for this area, as adopted",
    "questionnaire.document_follow_up": "The latest follow-up, evaluation or report on it",
    "questionnaire.document_shown": (
        "Examples of the practice your answers describe (web pages, templates, minutes)"
    ),
    "questionnaire.documents_note": (
        "Name each document with the number of the question it belongs to."
    ),
    "cli.questionnaire.summary": "write the municipality's questionnaire (Word) for a session",
    "cli.questionnaire.output": "the Word file to write (.docx)",
    "cli.questionnaire.return_by": "the day the answers are due (YYYY-MM-DD)",
    "cli.questionnaire.force": "replace a questionnaire that already holds answers",
    "cli.questionnaire.has_answers": {
        "one": (
            "{path}: holds the municipality's answer to {n} question; take it in with "
            "`kompass intake` first, or replace it with --force"
        ),
        "other": (
            "{path}: holds the municipality's answers to {n} questions; take them in with "
            "`kompass intake` first, or replace them with --force"
        ),
    },
    "cli.questionnaire.written": {
        "one": "{path}: the questionnaire for {municipality}, {n} question",
        "other": "{path}: the questionnaire for {municipality}, {n} questions",
    },
    "cli.intake.summary": "take the municipality's answers from a returned questionnaire",
    "cli.intake.file": "the returned questionnaire (.docx)",
    "cli.intake.refused": "{file}: {reason}; nothing was written",
    "cli.intake.locked": (
        "{path}: open in a workbench by {holder}; nothing was written. Close it there, then "
        "take the answers in"
    ),
    "cli.intake.already": "{file} was already taken in on {date}: nothing added",
    "cli.intake.answered": {
        "one": "{file}: answers to {answered} of {n} question taken in",
        "other": "{file}: answers to {answered} of {n} questions taken in",
    },
    "cli.intake.revises": "It replaces the version taken in on {date}:",
    "cli.intake.changed": "changed: {ids}",
    "cli.intake.added": "new: {ids}",
    "cli.intake.withdrawn": "withdrawn (now empty): {ids}",
    "cli.intake.unanswered": {
        "one": "{n} question not answered:",
        "other": "{n} questions not answered:",
    },
    "cli.intake.no_table": "(its table is not in the file)",
    "report.source.answer": "The municipality's answer",
    "report.answer_quote": "The municipality writes in its answer:",
    "tui.b.answer": "Answer",
    "tui.h.answer": "Show or hide the municipality's answer to the question in a pane",
    "tui.b.quote_answer": "Quote",
    "tui.h.quote_answer": "Quote the municipality's answer into the question's report text",
    "tui.answer_mark": "the municipality's answer",
    "tui.answer_none": "{qid}: no answer from the municipality",
    "tui.answer_heading": "{qid} · the municipality's answer · {file}, {date}",
    "tui.answer_quoted": "{qid}: the municipality's answer quoted into the report text",
    "tui.answer_not_quoted": "{qid}: the report text already quotes this answer",
    "tui.answer_only": "Only the municipality's answer can be quoted",
    # (end of s25)
    # -- s26: an hour at 80x24 (#26) --
    "tui.b.undo": "Undo",
    "tui.b.redo": "Redo",
    "tui.h.undo": "Undo the last change (in an open text: the text's own undo)",
    "tui.h.redo": "Redo what was undone (in an open text also ctrl+y)",
    "tui.undone": "Undone: {what}",
    "tui.redone": "Redone: {what}",
    "tui.nothing_to_undo": "Nothing to undo",
    "tui.nothing_to_redo": "Nothing to redo",
    "tui.undo.score": "score of {subject}",
    "tui.undo.not_applicable": "not applicable on {subject}",
    "tui.undo.comment": "comment on {subject}",
    "tui.undo.findings": "text of {subject}",
    "tui.undo.notes": "General in area {subject}",
    "tui.undo.section": "the report's text",
    "tui.undo.strengths": "strengths in area {subject}",
    "tui.undo.improvements": "improvement areas in area {subject}",
    "tui.undo.actions": "actions in area {subject}",
    "tui.undo.evidence": "sources of {subject}",
    "tui.undo.interviews": "the interview log",
    "tui.undo.settle": "settling {subject}",
    "tui.b.help_more": "Help…",
    "tui.where.question": "in a score field",
    "tui.where.overview": "on the overview (F2)",
    "tui.where.texts": "in the area's texts (ctrl+w)",
    "tui.where.report": "on the report tab",
    "tui.key_elsewhere": "{keys} ({label}) does not apply here: it works {where}",
    "tui.key_disputes_only": (
        "{keys} ({label}) applies only in a merged session with questions left to discuss "
        "(kompass consensus)"
    ),
    "tui.key_needs_improvement": (
        "{keys} ({label}): first highlight an improvement area in the area's texts"
    ),
    "tui.key_needs_action": "{keys} ({label}): first highlight an action in the area's texts",
    "tui.diff.municipality": "Municipality: {before} → {after}",
    "tui.diff.score": "Question {qid}: score {before} → {after}",
    "tui.diff.not_applicable": "Question {qid}: not applicable",
    "tui.diff.applicable": "Question {qid}: applicable again",
    "tui.diff.comment": "Question {qid}: comment",
    "tui.diff.findings": "Question {qid}: text in the report",
    "tui.diff.evidence": "Question {qid}: sources",
    "tui.diff.settled": "Question {qid}: settled",
    "tui.diff.area": "Area {area}: {part}",
    "tui.diff.actions": "actions",
    "tui.diff.section": "The report: {section}",
    "tui.diff.interviews": "Interviews",
    "tui.diff.benchmarks": "Figures from other municipalities",
    "tui.diff.about": "Evaluators, dates or affiliation",
    "tui.palette_placeholder": "Search for commands…",
    "tui.palette_no_matches": "No matches found",
    "tui.created": "Created {name}",
    "tui.editor_taken_in": "The text from {editor} is taken in",
    # (end of s26)
    # -- s23s: whole screens (#23) --
    # (end of s23s)
    # -- s23f: first frame and compare (#23) --
    # (end of s23f)
    # -- s23q: quick commands (#23) --
    # (end of s23q)
    # -- s24d: fewer repeats (#24) --
    # (end of s24d)
    # -- s24r: records and snapshots (#24) --
    # (end of s24r)
    # -- r25k: two keys for a destructive answer --
    "tui.quit_discard_again": "Press d again to quit without saving",
    "tui.restore_discard_again": "Press d again to discard them",
    "tui.draft_discard_again": "Press d again to throw it away",
    "tui.delete_yes_again": "Press y again to delete",
    "tui.stale_take_over_again": "Press t again to take over the lock",
    "tui.lock_released_take_again": "Press t again to take the lock",
    # (end of r25k)
    # -- r25o: two keys to write an export over a file that exists --
    "tui.export_overwrite_again": "Press Enter again to overwrite {name}",
    # (end of r25o)
}
