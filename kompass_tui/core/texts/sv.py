"""kompass's own texts in Swedish (see `catalog`); the report's wording is the seed
report's."""

MESSAGES: dict[str, str | dict[str, str]] = {
    # Running text: `A, B och C`, dates, small counts in words.
    "grammar.and": "och",
    "grammar.day": "{day}",
    "grammar.month.1": "januari",
    "grammar.month.2": "februari",
    "grammar.month.3": "mars",
    "grammar.month.4": "april",
    "grammar.month.5": "maj",
    "grammar.month.6": "juni",
    "grammar.month.7": "juli",
    "grammar.month.8": "augusti",
    "grammar.month.9": "september",
    "grammar.month.10": "oktober",
    "grammar.month.11": "november",
    "grammar.month.12": "december",
    "grammar.number.0": "noll",
    "grammar.number.1": "en",
    "grammar.number.2": "två",
    "grammar.number.3": "tre",
    "grammar.number.4": "fyra",
    "grammar.number.5": "fem",
    "grammar.number.6": "sex",
    "grammar.number.7": "sju",
    "grammar.number.8": "åtta",
    "grammar.number.9": "nio",
    "grammar.number.10": "tio",
    "grammar.number.11": "elva",
    "grammar.number.12": "tolv",
    # The command line: `kompass --help`, each command's options, what commands print.
    # argparse's own words (usage:, options:, error: ...) stay English.
    "cli.description": (
        "kompass: poängsätt kommuner med Kommunkompassen, spara varje utvärdering som TOML."
    ),
    "cli.more_help": "Kör `kompass COMMAND --help` för flaggorna till ett kommando.",
    "cli.option.help": "visa den här hjälpen och avsluta",
    "cli.option.version": "visa versionen och avsluta",
    "cli.option.criteria_dir": (
        "ännu en mapp med instrumentfiler (kan upprepas; även $KOMPASS_CRITERIA_PATH)"
    ),
    "cli.option.lang": (
        "ett av instrumentets språk (t.ex. sv, en, nb; standard: instrumentets eget);"
        " kompass egna ord på det språket när kompass har dem"
    ),
    "cli.option.earlier": (
        "en tidigare utvärdering av samma kommun (en session, eller en jämförelsefil: dess"
        " senaste post före sessionen) att visa bredvid totalerna, med förändringen"
    ),
    "cli.option.compare": (
        "jämförelseposter eller sessioner för andra kommuner till jämförelsetabellen (kan"
        " upprepas; i stället för jämförelserna som sparats i sessionen)"
    ),
    "cli.option.exact": (
        "exakta poäng i resultat- och jämförelsetabellerna (standard: hela poäng, som"
        " tryckta rapporter anger dem)"
    ),
    "cli.option.sources": "lista källorna (underlaget) för varje fråga i områdets avsnitt",
    "cli.option.session": "sessionsfilen",
    "cli.option.stdout": "standard: stdout",
    "cli.count.areas": {"one": "{n} område", "other": "{n} områden"},
    "cli.count.questions": {"one": "{n} fråga", "other": "{n} frågor"},
    "cli.open.summary": "öppna en sessionsfil, eller välj en i en mapp (standardkommandot)",
    "cli.open.path": "en sessionsfil eller en mapp",
    "cli.open.no_terminal": (
        "kompass: arbetsbänken behöver en terminal (stdin och stdout är ingen);"
        " `kompass show FILE` skriver ut en rapport, `kompass validate FILE` kontrollerar"
        " en fil"
    ),
    "cli.validate.summary": (
        "kontrollera sessions-, instrument- och jämförelsefiler (och mappar med dem)"
    ),
    "cli.validate.paths": "filer, eller mappar med filer, att kontrollera",
    "cli.validate.session": (
        "session {municipality}, {instrument}, {scored}/{scorable} bedömda, {result}"
    ),
    "cli.validate.of_scored": "{result} av de bedömda (max {max})",
    "cli.validate.benchmark": {
        "one": "jämförelsefil, {n} post ({instruments})",
        "other": "jämförelsefil, {n} poster ({instruments})",
    },
    "cli.validate.no_instrument": "inget",
    "cli.validate.mapping": "områdesmappning {source} → {target}, {areas}",
    "cli.validate.instrument": "instrument {instrument}, {areas}, {questions}, max {max}",
    "cli.validate.aggregate": "({aggregate} av områdena)",
    "cli.criteria.summary": (
        "lista instrumenten som hittas, eller skriv ut ett instruments områden och frågor"
    ),
    "cli.criteria.id": "id för ett instrument att skriva ut",
    "cli.criteria.counts": "{areas}, {questions}, max {max}",
    "cli.criteria.area_max": "(max {max})",
    "cli.criteria.max": "max {max}",
    "cli.criteria.none_found": "inga instrument hittades i: {folders}",
    "cli.criteria.no_language": "--lang {lang}: inget av instrumenten som hittades har det",
    "cli.new.summary": "skriv en ny, tom sessionsfil (eller en omutvärdering av en tidigare)",
    "cli.new.file": "sessionsfilen att skapa (skrivs aldrig över)",
    "cli.new.municipality": "behövs utom med --from",
    "cli.new.from": (
        "börja en omutvärdering av en tidigare session: samma kommun och instrument, inga"
        " poäng kopieras, den tidigare visas bredvid"
    ),
    "cli.new.criteria": "instrumentets id",
    "cli.new.date": "en dag av utvärderingen (kan upprepas)",
    "cli.new.evaluator": "kan upprepas",
    "cli.new.no_open": "skriv bara filen",
    "cli.new.needs_municipality": "ange --municipality NAME eller --from EARLIER.toml",
    "cli.new.empty_municipality": "--municipality: får inte vara tom",
    "cli.new.bad_date": "--date: inte ett datum (ÅÅÅÅ-MM-DD): {text}",
    "cli.new.is_earlier": "{path}: är själva den tidigare sessionen",
    "cli.new.other_municipality": (
        "--municipality: {given}, men {path} utvärderar {named}; en omutvärdering gäller"
        " samma kommun"
    ),
    "cli.new.created": {
        "one": "skapade {path}: {municipality}, {instrument}, {n} fråga",
        "other": "skapade {path}: {municipality}, {instrument}, {n} frågor",
    },
    "cli.new.reevaluation": (
        "omutvärdering av {path} ({label}): inga poäng kopierade; dess totaler sparade"
    ),
    "cli.export.summary": (
        "skriv rapporten (Markdown, HTML, Word) eller frågorna som data (CSV, JSON)"
    ),
    "cli.export.format": (
        "md (Markdown), html (en fristående fil, utskrivbar på A4), docx (ett redigerbart"
        " Word-dokument, kräver -o) eller frågorna som data: csv eller json; standard:"
        " efter ändelsen på -o FILE (.md, .html, .htm, .docx, .csv, .json; en annan ändelse,"
        " eller ett --format som säger emot den, vägras), annars md"
    ),
    "cli.export.svg": "skriv också ett profildiagram",
    "cli.export.docx_needs_output": (
        "--format docx kräver -o FILE.docx (en Word-fil är inte text)"
    ),
    "cli.export.earlier_does_not_load": "--earlier {path} kan inte läsas in:",
    "cli.export.compare_does_not_load": "--compare kan inte läsas in:",
    "cli.plan.summary": "skriv en sessions handlingsplan som Markdown eller CSV",
    "cli.plan.csv": (
        "CSV (area, improvement, action, owner, due, status): en rad per"
        " förbättringsområde, dess åtgärder en per rad i varje cell"
    ),
    "cli.plan.by_action": "CSV med en rad per åtgärd (innebär --csv)",
    "cli.show.summary": "skriv ut en sessions rapport i terminalen",
    "cli.show.no_pager": "visa aldrig utskriften sida för sida",
    "cli.compare.summary": "områden x utvärderingar: sessioner och jämförelseposter sida vid sida",
    "cli.compare.files": "sessioner eller jämförelsefiler",
    "cli.compare.median": "lägg till en kolumn med medianen, med n",
    "cli.compare.mean": "lägg till en kolumn med medelvärdet, med n",
    "cli.compare.since": "median och medelvärde av utvärderingar fr.o.m. YEAR",
    "cli.compare.until": "median och medelvärde av utvärderingar t.o.m. YEAR",
    "cli.compare.keep_order": (
        "utvärderingarna i den ordning de ges (standard: efter år, sedan kommun)"
    ),
    "cli.compare.trend": "en tabell per kommun som utvärderats mer än en gång",
    "cli.compare.trend_svg": "skriv diagrammet över tid (innebär --trend)",
    "cli.compare.profile_svg": (
        "skriv den senaste utvärderingens profil mot medianen (--since/--until)"
    ),
    "cli.compare.on": "jämför på det här instrumentet (standard: det mest använda)",
    "cli.compare.map": "en fil med områdesmappning mellan två instrument (kan upprepas)",
    "cli.compare.format": (
        "md: Markdown (standard); csv: en rad per utvärdering, för kalkylprogram"
    ),
    "cli.compare.output": "skriv till FIL (Markdown, eller CSV när namnet slutar på .csv)",
    "cli.compare.since_after_until": "--since {since} är efter --until {until}",
    "cli.compare.no_trend": "--trend-svg: ingen kommun är utvärderad mer än en gång",
    "cli.compare.wrote": {
        "one": "skrev {path}: {n} utvärdering, {instrument}",
        "other": "skrev {path}: {n} utvärderingar, {instrument}",
    },
    "cli.consensus.summary": "slå ihop oberoende utvärderingar av en kommun till en session",
    "cli.consensus.files": "sessioner",
    "cli.consensus.output": "den sammanslagna sessionen",
    "cli.consensus.threshold": (
        "spridning, i procent av en frågas max, över vilken frågan ska diskuteras (standard 20)"
    ),
    "cli.consensus.too_few": {
        "one": "behöver minst två sessioner att slå ihop, {n} given",
        "other": "behöver minst två sessioner att slå ihop, {n} givna",
    },
    "cli.consensus.merged": {
        "one": "slog ihop {n} utvärdering av {municipality} ({instrument}) till {path}",
        "other": "slog ihop {n} utvärderingar av {municipality} ({instrument}) till {path}",
    },
    "cli.consensus.none": (
        "inga frågor att diskutera (spridning över {threshold} % av frågans max)"
    ),
    "cli.consensus.some": {
        "one": "{n} fråga att diskutera (spridning över {threshold} % av frågans max):",
        "other": "{n} frågor att diskutera (spridning över {threshold} % av frågans max):",
    },
    "cli.consensus.na": "ej tillämplig enligt {names}",
    "cli.consensus.unscored": "ej bedömd av {names}",
    "cli.consensus.proposed": "förslag {score}",
    "cli.consensus.spread": "spridning {spread}",
    "cli.consensus.rounded": "medelvärden med fler än två decimaler, sparade avrundade:",
    "cli.consensus.mean": "medelvärde {mean}",
    # The report (Markdown, HTML, Word, `kompass show`, the chart).
    "report.wording_fallback": (
        "kompass har ännu inga egna texter på {language}: rapportens rubriker och"
        " etiketter är på engelska."
    ),
    "report.analysis_of": "Analys av {genitive} kommun",
    "report.contents": "Innehåll",
    "report.overview": (
        "{genitive} kommun i förhållande till {instrument}: En sammanfattande genomgång"
    ),
    "report.details": {
        "one": "Detaljerad genomgång i förhållande till {instrument_genitive} område",
        "other": "Detaljerad genomgång i förhållande till {instrument_genitive} {count} områden",
    },
    "report.scores": "Poängsammanställning",
    "report.about_municipality": "Allmänt om {genitive} kommun",
    "report.organisation": "Kommunorganisationen",
    "report.evaluation": "Utvärderingen",
    "report.summary": "Sammanfattning av resultat",
    "report.table_1": (
        "Tabell 1 {genitive} kommun{year} i förhållande till {instrument_genitive} huvudområden."
    ),
    "report.current_scale": "Nuvarande poängskala",
    "report.older_scale": "Äldre poängskala",
    "report.area": "Område",
    "report.achieved": "Uppnådd nivå",
    "report.earlier": "Tidigare",
    "report.earlier_in": "Tidigare ({label})",
    "report.change": "Förändring",
    "report.max": "Max",
    "report.percent": "%",
    "report.total": "Totalt",
    "report.profile": "Profil",
    "report.chart_title": "Profil: andel av maxpoäng per område",
    "report.profile_words": (
        "Diagrammet visar {genitive} andel av maxpoängen per område: {areas}."
    ),
    "report.profile_extremes": "Högst ligger {highest}, lägst {lowest}.",
    "report.table_2": {
        "one": "Tabell 2 {genitive} resultat ({scale}) jämfört med en annan kommun.",
        "other": "Tabell 2 {genitive} resultat ({scale}) jämfört med {count} andra kommuner.",
    },
    "report.scale.current": "nuvarande poängskalan",
    "report.scale.older": "gamla poängskalan",
    "report.criterion": "Kriterium",
    "report.general": "Allmänt",
    "report.area_heading": "Område {id} {title}",
    "report.area_summary": "Sammanfattning område {id}",
    "report.strengths": "Styrkor",
    "report.improvements": "Förbättringsområden",
    "report.comments": "Kommentarer per fråga",
    "report.results_by_area": "Kommunens resultat per område",
    "report.scores_intro": (
        "Nedan följer en redovisning av poäng på varje delfråga samt andel i förhållande"
        " till maximal poängnivå."
    ),
    "report.area_total": "Totalt område {id}",
    "report.not_applicable": "ej tillämplig",
    "report.not_applicable_note": "Frågor som är ej tillämpliga ingår inte i maxpoängen.",
    "report.not_scored": "ej bedömd",
    "report.incomplete": "Utvärderingen är inte klar",
    "report.incomplete_detail": {
        "one": "{scored} av {n} fråga är bedömd. Procenten är av den bedömda frågans"
        " maxpoäng; en ej bedömd fråga räknas inte som 0.",
        "other": "{scored} av {n} frågor är bedömda. Procenten är av de bedömda frågornas"
        " maxpoäng; ej bedömda frågor räknas inte som 0.",
    },
    "report.incomplete_change": (
        "Inte färdigbedömt: förändringen saknar de ej bedömda frågornas poäng."
    ),
    "report.unscored_heading": "Ej bedömda frågor",
    "report.none": "–",
    # Evidence and interviews in the report.
    "report.interviewed": "Utvärderarna intervjuade {counts}.",
    "report.altogether": {
        "one": "Sammanlagt {count} person.",
        "other": "Sammanlagt {count} personer.",
    },
    "report.approximately": "ca {number}",
    "report.sources": "Källor",
    "report.source.interview": "Intervju",
    "report.source.document": "Dokument",
    "report.source.website": "Webbplats",
    "report.source.other": "Annat",
    "report.evidence.practice": "tillämpas",
    "report.evidence.plan": "endast plan",
    "report.role.politician": {"one": "politiker", "other": "politiker"},
    "report.role.manager": {"one": "chef", "other": "chefer"},
    "report.role.staff": {"one": "medarbetare", "other": "medarbetare"},
    "report.role.union": {"one": "facklig företrädare", "other": "fackliga företrädare"},
    "report.role.company": {
        "one": "företrädare för kommunala bolag",
        "other": "företrädare för kommunala bolag",
    },
    "report.role.person": {"one": "person", "other": "personer"},
    # The action plan (`kompass plan`).
    "plan.title": "Handlingsplan för {municipality}",
    "plan.improvement": "Förbättringsområde",
    "plan.action": "Åtgärd",
    "plan.owner": "Ansvarig",
    "plan.due": "Klart senast",
    "plan.status": "Status",
    "plan.note": "Anteckning",
    "plan.no_actions": "Inga åtgärder ännu.",
    "plan.status.planned": "planerad",
    "plan.status.started": "påbörjad",
    "plan.status.done": "klar",
    "plan.status.dropped": "avbruten",
    # Comparisons (`kompass compare`, the workbench's comparisons, their charts).
    "compare.title": "Jämförelse",
    "compare.area": "Område",
    "compare.criterion": "Kriterium",
    "compare.evaluation": "Utvärdering",
    "compare.evaluations": "Utvärderingar",
    "compare.total": "Totalt",
    "compare.median": "Median",
    "compare.mean": "Medelvärde",
    "compare.max": "Max",
    "compare.percent_of_max": "% av max",
    "compare.rank": "Rang",
    "compare.rank_heading": "Rang per område (plats/antal med området)",
    "compare.change": "Förändring",
    "compare.change_heading": "Förändring: {earlier} → {later}",
    "compare.percent_points": "%-enh.",
    "compare.per_question": "Per fråga",
    "compare.question": "Fråga",
    "compare.sources": "Källor",
    "compare.trend_heading": "Över tid: {municipality}",
    "compare.trend_areas": "Områdena i % av max.",
    "compare.trend_chart": "Över tid: totalen och områdena i % av max",
    "compare.profile_chart": "Profil mot medianen",
    "compare.incomplete": (
        "* Utvärderingen är inte klar: poängen saknar de ej bedömda frågornas, och"
        " procenten är av vad de bedömda frågorna kan ge."
    ),
    "compare.by_percent": (
        "‡ Maxima skiljer sig (ej tillämpliga frågor, eller ett annat instrument): rang,"
        " median, medelvärde och förändring räknas i procent av varje utvärderings maximum."
    ),
    "compare.population_all": "Median och medelvärde: alla utvärderingar som har värdet (n).",
    "compare.population_since": (
        "Median och medelvärde: utvärderingar fr.o.m. {since} som har värdet (n)."
    ),
    "compare.population_until": (
        "Median och medelvärde: utvärderingar t.o.m. {until} som har värdet (n)."
    ),
    "compare.population_between": (
        "Median och medelvärde: utvärderingar {since}–{until} som har värdet (n)."
    ),
    "compare.printed_total": (
        "{label}: totalen {total} som den är tryckt; områdena summerar till {sum}"
        " (avrundade i källan)."
    ),
    "compare.older_scale": "{labels}: den äldre poängskalans områdespoäng ur sessionen.",
    "compare.edition": (
        "{labels}: en annan utgåva av instrumentet ({editions}): bara totalen jämförs, på"
        " samma skala om {max} poäng; områden och frågor skiljer sig."
    ),
    "compare.mapping": "{labels}: områdena visas enligt områdesmappningen {file}.",
    "compare.median_between": "Median {since}–{until}",
    "compare.median_until": "Median t.o.m. {until}",
    "compare.median_since": "Median fr.o.m. {since}",
    # The workbench (kompass_tui/tui, through tui/strings.py's `tr`).
    "tui.overview": "Översikt",
    "tui.evaluators": "Utvärderare",
    "tui.file": "Fil",
    "tui.scanning": {
        "one": "Läser sessionerna: {done} av {n} …",
        "other": "Läser sessionerna: {done} av {n} …",
    },
    "tui.ui_fallback": "kompass har inga egna texter på {language} ännu: de visas på engelska",
    "tui.err_target_empty": "Ange ett filnamn",
    "tui.err_target_protected": "Det är sessionsfilen – välj ett annat namn",
    "tui.err_target_folder": "{name} är en mapp",
    "tui.err_target_special": "{name} är {detail}, inte en vanlig fil",
    "tui.err_target_no_folder": "Mappen {detail} finns inte",
    "tui.err_target_suffix": "{detail}",
    "tui.err_target_exists": "{name} finns redan",
    "tui.gone_title": "{name} finns inte längre på disken (borttagen eller flyttad).",
    "tui.gone_recreate": "Skapa den igen med mina ändringar (s)",
    "tui.b.comment": "Kommentar",
    "tui.h.comment": "Frågans kommentar (privat: i ingen rapport eller export utan --comments)",
    "tui.findings_title": "{qid}: text i rapporten",
    "tui.comment_title": "{qid}: kommentar (privat: i ingen rapport/export utan --comments)",
    "tui.general_title": "Område {area}: Allmänt",
    "tui.general": "Allmänt",
    "tui.area_texts": "Områdets texter",
    "tui.words": {"one": "{n} ord", "other": "{n} ord"},
    "tui.report_tab": "Rapport",
    "tui.report_tab_title": "Rapportens egna texter",
    "tui.report_tab_help": "↑ ↓ välj · Enter skriv · avsnitt 1–2 kommer från instrumentet",
    "tui.section.about_municipality": "Allmänt om kommunen",
    "tui.section.organisation": "Kommunorganisationen",
    "tui.section.evaluation": "Utvärderingen",
    "tui.section.results": "Resultaten (efter Tabell 1)",
    "tui.section.comparison": "Jämförelsen (före Tabell 2)",
    "tui.section.closing": "Avslutning (efter Tabell 2)",
    "tui.area": "Område",
    "tui.points": "Poäng",
    "tui.max": "Max",
    "tui.percent": "%",
    "tui.scored": "Besv.",
    "tui.total": "Totalt",
    "tui.area_total": "Summa",
    "tui.answered": "besvarade",
    "tui.saved": "✓ sparad",
    "tui.unsaved": "● osparad",
    "tui.strengths": "Styrkor",
    "tui.improvements": "Förbättringsområden",
    "tui.notes": "Anteckningar om området",
    "tui.not_applicable": "ej tillämplig",
    "tui.comment": "Kommentar",
    "tui.no_editor": "Sätt $EDITOR (eller $VISUAL) för att använda en extern editor",
    "tui.next_unscored": "Nästa obesvarade: {qid} (ctrl+g)",
    "tui.all_scored": "Alla frågor är besvarade.",
    "tui.saved_to": "Sparat till {name}",
    "tui.save_failed": "Kunde inte spara: {reason}",
    "tui.quit_title": "Det finns osparade ändringar i {name}.",
    "tui.quit_save": "Spara och avsluta (s)",
    "tui.quit_discard": "Avsluta utan att spara (d)",
    "tui.quit_cancel": "Avbryt (Esc)",
    "tui.help_title": "Tangenter",
    "tui.help_close": "Esc, F1 eller q stänger",
    "tui.item_add": "Ny punkt",
    "tui.item_edit": "Ändra punkt",
    "tui.item_help": "Enter: spara · Esc: avbryt · tom text tar bort punkten",
    "tui.picker_title": "Sessioner i {folder}",
    "tui.picker_help": "Enter: öppna · n: ny session · r: läs om · ctrl+q: avsluta",
    "tui.municipality": "Kommun",
    "tui.date": "Datum",
    "tui.instrument": "Instrument",
    "tui.progress": "Klart",
    "tui.cannot_read": "⚠ kan inte läsas",
    "tui.no_sessions": "Inga sessioner här ännu – tryck n för en ny.",
    "tui.new_title": "Ny session",
    "tui.dates_label": "Datum (ÅÅÅÅ-MM-DD, komma mellan flera)",
    "tui.evaluators_label": "Utvärderare (komma mellan flera)",
    "tui.file_label": "Filnamn",
    "tui.create": "Skapa (Enter)",
    "tui.cancel": "Avbryt (Esc)",
    "tui.err_municipality": "Ange en kommun",
    "tui.err_date": "Inte ett datum: {text}",
    "tui.err_file_name": "Filnamnet ska sluta på .toml och inte innehålla / eller ..",
    "tui.err_exists": "{name} finns redan – välj ett annat namn",
    "tui.language_now": "Språk: svenska",
    "tui.read_only": "🔒 skrivskyddad – öppen hos {holder}",
    "tui.read_only_refused": "Skrivskyddad: filen är öppen hos {holder}",
    "tui.lock_holder": "{who} (pid {pid}, sedan {since})",
    "tui.changed_title": "{name} har ändrats på disken sedan den lästes in.",
    "tui.reload_title": "Släng dina osparade ändringar och läs in {name} från disken?",
    "tui.reload_yes": "Ja, läs in från disken (j)",
    "tui.reloaded": "Läste in {name} från disken",
    "tui.restore_title": "Osparade ändringar från {time} hittades för {name}:",
    "tui.restore_yes": "Återställ dem (r)",
    "tui.restore_discard": "Släng dem (d)",
    "tui.restored": "Osparade ändringar återställda – spara med ctrl+s",
    "tui.stale_title": "{name} lämnades öppen av {holder}, som inte längre körs.",
    "tui.stale_take_over": "Ta över låset och redigera (t)",
    "tui.stale_read_only": "Öppna skrivskyddad (Esc)",
    "tui.take_over_failed": "Låset kunde inte tas över: {reason}",
    "tui.b.save": "Spara",
    "tui.b.quit": "Avsluta",
    "tui.b.help": "Hjälp",
    "tui.b.palette": "Kommandon",
    "tui.b.next_area": "Nästa omr.",
    "tui.b.prev_area": "Föreg. område",
    "tui.b.overview": "Översikt",
    "tui.b.area": {"one": "Område {n}", "other": "Område {n}"},
    "tui.b.not_applicable": "Ej till.",
    "tui.b.next_unscored": "Obesvarad",
    "tui.b.language": "Språk",
    "tui.b.item_add": "Lägg till",
    "tui.b.item_edit": "Ändra",
    "tui.b.item_delete": "Ta bort",
    "tui.b.open": "Öppna",
    "tui.b.new": "Ny session",
    "tui.b.reload": "Läs om",
    "tui.b.close": "Stäng",
    "tui.b.editor": "$EDITOR",
    "tui.b.done": "Klar",
    "tui.b.scroll": "Rulla",
    "tui.b.focus": "Nästa / föregående fält",
    "tui.h.next_area": "Nästa flik: nästa område; efter det sista rapporten, sedan översikten",
    "tui.h.prev_area": "Föregående flik",
    "tui.h.not_applicable": "Ej tillämplig på/av för frågan",
    "tui.h.next_unscored": "Nästa obesvarade fråga",
    "tui.h.language": "Byt språk (svenska/engelska)",
    "tui.h.item_add": "Styrkor/förbättringar: lägg till punkt",
    "tui.h.item_edit": "Styrkor/förbättringar: ändra punkt",
    "tui.h.item_delete": "Styrkor/förbättringar: ta bort punkt",
    "tui.b.export": "Export",
    "tui.b.preview": "Rapport",
    "tui.b.next_dispute": "Diskutera",
    "tui.b.settle": "Avgör",
    "tui.b.mark": "Markera",
    "tui.b.compare": "Jämför",
    "tui.h.export": "Exportera rapporten (.md + .svg, .html, .docx) eller frågorna (.csv, .json)",
    "tui.h.preview": "Visa rapporten",
    "tui.h.next_dispute": "Nästa fråga att diskutera (efter konsensus)",
    "tui.h.settle": "Avgör frågan med poängen i fältet",
    "tui.h.new": "Sessionslistan: ny session",
    "tui.h.reload": "Sessionslistan: läs om mappen",
    "tui.h.mark": "Sessionslistan: markera för jämförelse",
    "tui.h.compare": "Sessionslistan: jämför de markerade",
    "tui.h.close": "Rapport/jämförelse: stäng",
    "tui.c.export": "Exportera rapport",
    "tui.c.preview": "Visa rapport",
    "tui.c.compare_others": "Jämför med andra",
    "tui.c.next_dispute": "Nästa fråga att diskutera",
    "tui.c.compare_marked": "Jämför markerade sessioner",
    "tui.export_title": "Exportera rapport",
    "tui.export_label": "Fil: .md (diagrammet som .svg bredvid), .html, .docx, .csv eller .json",
    "tui.export_help": "Enter: skriv · Esc: avbryt",
    "tui.export_exists": "{name} finns redan och skrivs över",
    "tui.err_export_svg": "Diagrammet får namnet .svg – välj ett annat namn på rapporten",
    "tui.exported": "Rapporten skrevs till {markdown} och {svg}",
    "tui.export_failed": "Kunde inte exportera: {reason}",
    "tui.preview_title": "Rapport: {municipality} ({name})",
    "tui.reading_help": "↑ ↓ pgup pgdn home end: rulla · Esc eller q: stäng",
    "tui.compare_title": {
        "one": "Jämförelse av {n} utvärdering",
        "other": "Jämförelse av {n} utvärderingar",
    },
    "tui.compare_need_two": "Markera minst två sessioner med mellanslag för att jämföra.",
    "tui.compare_refused": "Kan inte jämföra: {reason}",
    "tui.cannot_mark": "{name} kan inte läsas och kan inte jämföras",
    "tui.others_title": {
        "one": "{name} jämfört med medianen av {n} annan i {folder}",
        "other": "{name} jämfört med medianen av {n} andra i {folder}",
    },
    "tui.reading_others": "Läser mappens andra utvärderingar: {done} av {of} …",
    "tui.others_none": "Inga andra utvärderingar med {instrument} i {folder}.",
    "tui.others_skipped": {
        "one": "{n} fil kunde inte läsas och är inte med",
        "other": "{n} filer kunde inte läsas och är inte med",
    },
    "tui.median_of": {"one": "Median av {n}", "other": "Median av {n}"},
    "tui.to_discuss": {
        "one": "Att diskutera ({n}) · ctrl+n nästa · poäng+Enter eller ctrl+y avgör",
        "other": "Att diskutera ({n}) · ctrl+n nästa · poäng+Enter eller ctrl+y avgör",
    },
    "tui.question": "Fråga",
    "tui.spread": "Spridning",
    "tui.author_scores": "Poäng per utvärderare",
    "tui.disputed": "⚑ spridning {spread}: {scores}",
    "tui.na_by": "ej tillämplig enligt {names}",
    "tui.unscored_by": "ej bedömd av {names}",
    "tui.percent_of_scored": "Procent och summa räknas på de besvarade frågorna.",
    "tui.no_disputes": "Inga frågor kvar att diskutera.",
    "tui.settled": {
        "one": "{qid} avgjord ({n} kvar att diskutera)",
        "other": "{qid} avgjord ({n} kvar att diskutera)",
    },
    "tui.settle_needs_score": "Skriv den överenskomna poängen för {qid} först",
    "tui.b.next_question": "Nästa",
    "tui.b.prev_question": "Föregående fråga",
    "tui.b.text": "Text",
    "tui.b.texts": "Listor",
    "tui.b.jump": "Gå till område",
    "tui.b.row_down": "Nästa rad",
    "tui.b.row_up": "Föregående rad",
    "tui.b.open_row": "Öppna",
    "tui.b.edit_row": "Ändra",
    "tui.b.add_item": "Lägg till",
    "tui.b.delete_item": "Ta bort",
    "tui.b.to_questions": "Tillbaka till frågorna",
    "tui.b.editor_done": "Klar",
    "tui.b.external_editor": "$EDITOR",
    "tui.b.compare_others": "Jämför med andra",
    "tui.b.open_session": "Öppna",
    "tui.b.accept": "OK",
    "tui.b.choose": "Välj",
    "tui.b.cancel": "Avbryt",
    "tui.b.next_field": "Nästa fält",
    "tui.b.prev_field": "Föregående fält",
    "tui.h.text": "Skriv frågans text (under frågorna)",
    "tui.h.texts": "Områdets listor och anteckningar, och tillbaka",
    "tui.h.jump": "Gå till ett område med dess nummer",
    "tui.h.next_question": "Nästa fråga (efter den sista: översikten)",
    "tui.h.prev_question": "Föregående fråga",
    "tui.h.edit_row": "Ändra punkten, eller skriv anteckningarna",
    "tui.h.add_item": "Ny punkt efter den markerade",
    "tui.h.delete_item": "Ta bort den markerade punkten",
    "tui.h.to_questions": "Tillbaka till frågan du lämnade",
    "tui.h.editor_done": "Stäng redigeraren (texten är redan sparad)",
    "tui.h.external_editor": "Skriv texten i $EDITOR",
    "tui.h.compare_others": "Jämför med mappens andra utvärderingar",
    "tui.h.open_row": "Gå till området eller frågan",
    "tui.help_everywhere": "Överallt",
    "tui.help_question": "I ett poängfält",
    "tui.help_overview": "I översikten",
    "tui.help_texts": "Områdets listor och anteckningar (ctrl+w)",
    "tui.help_editor": "I redigeraren",
    "tui.help_picker": "I sessionslistan",
    "tui.help_reading": "I rapporten och jämförelser",
    "tui.help_dialog": "I dialoger",
    "tui.jump_title": {"one": "Gå till område (1–{n})", "other": "Gå till område (1–{n})"},
    "tui.jump_range": {
        "one": "Ange ett nummer från 1 till {n}",
        "other": "Ange ett nummer från 1 till {n}",
    },
    "tui.empty_text": "(tom – Enter för att skriva)",
    "tui.empty_list": "(tom – Enter eller a för att lägga till)",
    "tui.notes_title": "Anteckningar om område {area}",
    "tui.editor_unparsable": "$EDITOR kan inte läsas: {editor}",
    "tui.editor_failed": "$EDITOR kunde inte startas: {reason}",
    "tui.editor_deleted": "$EDITOR tog bort filen – texten är oförändrad",
    "tui.editor_no_terminal": "Här kan ingen extern editor visas – skriv i kompass",
    "tui.editor_not_utf8": "$EDITOR skrev inte UTF-8 – texten är oförändrad",
    "tui.not_disputed": "{qid} är inte en fråga att diskutera",
    # Why a typed score is refused (core.scoring.numbers.ScoreError.reason).
    "tui.reason.not_a_number": "inte ett tal: {text}",
    "tui.reason.below_zero": "under 0",
    "tui.reason.above_max": "över maxpoängen {max}",
    "tui.reason.too_many_decimals": "fler än {decimals} decimaler",
    "tui.reason.negative_zero": "-0 är ingen poäng: skriv 0",
    "tui.reason.space_inside": "mellanslag i talet: {text}",
    "tui.reason.exponent": "exponent är inte tillåten: {text}",
    "tui.reason.not_applicable": "frågan är ej tillämplig – ctrl+t gör den tillämplig igen",
    # Evidence, the interview log, the action plan, re-evaluation (#17).
    "tui.b.evidence": "Underlag",
    "tui.h.evidence": "Frågans underlag: intervjuer, dokument, webbplats",
    "tui.b.add_action": "Åtgärd",
    "tui.h.add_action": "Ny åtgärd för det markerade förbättringsområdet",
    "tui.b.action_status": "Status",
    "tui.h.action_status": "Åtgärdens nästa status: planerad, påbörjad, klar, avbruten",
    "tui.b.back": "Tillbaka",
    "tui.h.back": "Tillbaka från listan",
    "tui.b.new_from": "Från",
    "tui.h.new_from": "Sessionslistan: ny utvärdering från den markerade (som kompass new --from)",
    "tui.b.next_option": "Nästa val",
    "tui.h.next_option": "Fält med val: nästa",
    "tui.b.prev_option": "Föregående val",
    "tui.h.prev_option": "Fält med val: föregående",
    "tui.help_records": "I en lista (underlag ctrl+u, intervjuer i rapportfliken)",
    "tui.help_option": "I ett fält med val (eller skriv valets första bokstav)",
    "tui.evidence_title": "{qid}: underlag",
    "tui.evidence_empty": "Inga källor ännu – a lägger till",
    "tui.evidence_add": "{qid}: ny källa",
    "tui.evidence_edit": "{qid}: ändra källa",
    "tui.role_unrecorded": "ej angiven",
    "tui.form_kind": "Källa",
    "tui.form_status": "Status",
    "tui.form_reference": "Referens",
    "tui.form_reference_hint": "titel och datum, URL, eller vem (inga namn)",
    "tui.form_role": "Roll",
    "tui.form_date": "Datum",
    "tui.form_date_hint": "ÅÅÅÅ-MM-DD",
    "tui.form_shows": "Vad den visar",
    "tui.form_shows_hint": "vad källan visar",
    "tui.form_needs_reference": "Ange en referens – eller, för en intervju, en roll",
    "tui.form_bad_date": "Datum skrivs ÅÅÅÅ-MM-DD: {text}",
    "tui.form_help": "Tab nästa fält · ←/→ eller bokstav väljer · Enter klar · Esc ångra",
    "tui.interviews_title": "Intervjuer",
    "tui.interviews_empty": "Inga intervjuer antecknade – Enter öppnar, a lägger till",
    "tui.interview_add": "Ny intervju",
    "tui.interview_edit": "Ändra intervju",
    "tui.interview_areas": {
        "one": "område {areas}",
        "other": "områden {areas}",
    },
    "tui.count_exact": "exakt",
    "tui.count_about": "ungefär",
    "tui.form_people": "Antal",
    "tui.form_count": "Antalet är",
    "tui.form_areas": "Områden",
    "tui.form_areas_hint": "t.ex. 1, 3, 5",
    "tui.form_bad_people": "Antal personer: ett heltal, 1 till {most}",
    "tui.form_bad_area": "Inget område {area} i instrumentet",
    "tui.entries": {
        "one": "{n} post",
        "other": "{n} poster",
    },
    "tui.action_add": "Område {area}: ny åtgärd",
    "tui.action_edit": "Område {area}: ändra åtgärd",
    "tui.form_action_hint": "vad som ska göras",
    "tui.form_owner_hint": "en roll eller ett namn",
    "tui.form_needs_action": "Skriv vad som ska göras",
    "tui.delete_improvement": {
        "one": "Ta bort ”{text}” och dess åtgärd?",
        "other": "Ta bort ”{text}” och dess {n} åtgärder?",
    },
    "tui.delete_yes": "Ja, ta bort (j)",
    "tui.plan_duplicate": "Samma text som ett annat förbättringsområde med åtgärder – ändra den",
    "tui.plan_not_emptied": "Förbättringsområdet har åtgärder – ta bort det med d",
    "tui.earlier_score": "tidigare {score}",
    "tui.earlier_not_applicable": "tidigare ej tillämplig",
    "tui.earlier_label": "tidigare",
    "tui.earlier_heading": "Tidigare utvärdering ({label})",
    "tui.sources": {
        "one": "{n} källa",
        "other": "{n} källor",
    },
    "tui.new_from_title": "Ny utvärdering från {name}",
    "tui.new_from_none": "Markera en session som går att läsa",
    # -- s20a: safety in the workbench (#20) --
    "tui.set_aside": {
        "one": "{n} tangent som skrevs innan frågan visades lades åt sidan",
        "other": "{n} tangenter som skrevs innan frågan visades lades åt sidan",
    },
    "tui.answer_first": "Svara på frågan först",
    "tui.changed_theirs": "Ta deras version – mina ändringar sparas i återställningsfilen (t)",
    "tui.changed_keep_both": "Spara mina – deras behålls bredvid som {copy} (b)",
    "tui.kept_theirs": "Den andra versionen behålls som {name}",
    "tui.lock_released_title": "{name} är inte längre öppen i någon annan kompass.",
    "tui.lock_released_take": "Ta låset och redigera (t)",
    "tui.lock_released_stay": "Fortsätt skrivskyddad (Esc)",
    "tui.refused_left": "”{text}” räknas inte: {reason} – {counts} gäller",
    "tui.no_score": "ingen poäng",
    "tui.draft_title": "Släng det du skrivit i formuläret?",
    "tui.draft_keep": "Fortsätt skriva (Esc)",
    "tui.draft_discard": "Släng det (d)",
    "tui.changed_merge": "Slå ihop deras och mina – det som skiljer blir att enas om (m)",
    "tui.merge_mine": "den här arbetsbänken",
    "tui.merge_disk": "filen på disken",
    "tui.merged": {
        "one": "Slog ihop {name} med versionen på disken: {n} fråga att enas om (ctrl+d)",
        "other": "Slog ihop {name} med versionen på disken: {n} frågor att enas om (ctrl+d)",
    },
    "tui.merge_other_instrument": "Versionen på disken har ett annat instrument",
    # (end of s20a)
    # -- s20b: outputs kept private and safe (#20) --
    "cli.option.comments": (
        "ta med utvärderarnas privata kommentarer (utan den finns de i ingen rapport eller export)"
    ),
    "tui.exported_file": "Skrev {path}",
    "tui.err_export_format_unknown": "kompass skriver inte {suffix}-filer: {known}",
    # (end of s20b)
    # -- s21: evaluators together (#21) --
    "cli.merge.summary": "slå ihop tre versioner av en utvärdering (gits merge-drivrutin)",
    "cli.merge.base": "den gemensamma förfadern",
    "cli.merge.ours": "vår version, dit resultatet skrivs",
    "cli.merge.theirs": "deras version",
    "cli.merge.path": "filens sökväg i förrådet, för att veta vem som gjort varje sida",
    "cli.merge.open": {
        "one": "{path}: sammanslagen; {n} oenighet att komma överens om (kompass open {quoted})",
        "other": (
            "{path}: sammanslagen; {n} oenigheter att komma överens om (kompass open {quoted})"
        ),
    },
    "cli.merge.plain_conflicts": {
        "one": "{path}: inte en kompass-utvärdering, sammanslagen som text: {n} konflikt",
        "other": "{path}: inte en kompass-utvärdering, sammanslagen som text: {n} konflikter",
    },
    "cli.git-setup.summary": "låt git slå ihop förrådets utvärderingar med kompass merge",
    "cli.git_setup.dir": "en mapp i förrådet (standard: den aktuella)",
    "cli.git_setup.no_repo": "{path}: inte i ett git-förråd (git init, eller git clone URL)",
    "cli.git_setup.driver_set": (
        "{path}: sammanslagningsdrivrutinen kompass registrerad (git config merge.kompass.*)"
    ),
    "cli.git_setup.driver_kept": "{path}: sammanslagningsdrivrutinen kompass är redan registrerad",
    "cli.git_setup.added": ".gitattributes: lade till {pattern} merge=kompass",
    "cli.git_setup.kept": ".gitattributes: {pattern} merge=kompass fanns redan",
    "cli.git_setup.no_sessions": (
        "inga utvärderingsfiler hittades än: kör kompass git-setup igen när det finns några"
    ),
    "cli.git_setup.commit": (
        "checka in .gitattributes så att varje klon slår ihop utvärderingar på samma sätt"
    ),
    "cli.history.summary": "hur en utvärderings poäng ändrats genom dess git-incheckningar",
    "cli.history.session": "en utvärderingsfil i ett git-förråd",
    "cli.history.question": "en fråga: dess poäng och texter",
    "cli.history.unknown_question": "ingen fråga {qid} i {instrument}",
    "cli.history.none": "{path}: ingen incheckning ändrade detta",
    "cli.history.unreadable": "(den här versionen går inte att läsa in)",
    "cli.history.na": "ej tillämplig",
    "cli.history.disputed": "oenighet: {sides}",
    "cli.history.reason": "överens: {reason}",
    "cli.history.findings": "iakttagelser",
    "cli.history.comments": "kommentarer",
    "cli.consensus.texts": {
        "one": (
            "{n} text skiljer sig mellan utvärderingarna: varje version sparas för "
            "att avgöras i arbetsbänken"
        ),
        "other": (
            "{n} texter skiljer sig mellan utvärderingarna: varje version sparas "
            "för att avgöras i arbetsbänken"
        ),
    },
    "report.preliminary": "Preliminär",
    "report.preliminary_detail": {
        "one": (
            "Utvärderarna har {n} oenighet kvar att komma överens om; poäng och texter kan ändras."
        ),
        "other": (
            "Utvärderarna har {n} oenigheter kvar att komma överens om; poäng och "
            "texter kan ändras."
        ),
    },
    "cli.export.final": "vägra exportera medan utvärderarna har oenigheter kvar",
    "cli.export.preliminary": {
        "one": "{path}: preliminär: {n} oenighet kvar (avgör den i kompass open; --final vägrar)",
        "other": (
            "{path}: preliminär: {n} oenigheter kvar (avgör dem i kompass open; --final vägrar)"
        ),
    },
    "cli.export.final_refused": {
        "one": "{path}: inte slutlig: {n} oenighet kvar; avgör den i kompass open först",
        "other": "{path}: inte slutlig: {n} oenigheter kvar; avgör dem i kompass open först",
    },
    "tui.b.agenda": "Dagordning",
    "tui.h.agenda": "Konsensusmötet: det utvärderarna ännu är oeniga om, avgjort en sak i taget",
    "tui.c.agenda": "Konsensusmöte: dagordningen",
    "tui.b.settle_item": "Avgör",
    "tui.h.settle_item": (
        "Avgör den markerade oenigheten: den överenskomna poängen eller texten och varför"
    ),
    "tui.status_open": {
        "one": " ⚑ {n} ^d ",
        "other": " ⚑ {n} ^d ",
    },
    "tui.agenda_title": {
        "one": "Konsensusmöte: {n} oenighet kvar",
        "other": "Konsensusmöte: {n} oenigheter kvar",
    },
    "tui.agenda_agreed": "Överens per område: {parts}",
    "tui.agenda_report": "rapporten",
    "tui.agenda_empty": "Inget kvar att avgöra: rapporten är inte längre preliminär.",
    "tui.agenda_hint": "↑↓ välj · Enter avgör · Esc tillbaka till arbetsbänken",
    "tui.agenda_versions": "{place}: versioner av {names}",
    "tui.agenda_municipality": "Kommun",
    "tui.agenda_affiliation": "Organisation",
    "tui.agenda_notes": "Allmänt {id}",
    "tui.agenda_findings": "Iakttagelser {id}",
    "tui.agenda_comments": "Kommentar {id}",
    "tui.settle_title": "Avgör {place}",
    "tui.settle_score": "Överenskommen poäng (- om den inte är tillämplig):",
    "tui.settle_version": {
        "one": "Version att behålla (1), att redigera vidare i arbetsbänken:",
        "other": "Version att behålla (1–{n}), att redigera vidare i arbetsbänken:",
    },
    "tui.settle_reason": "Varför (en rad, sparas i konsensusloggen, aldrig i rapporten):",
    "tui.settle_hint": "Enter avgör · Tab nästa fält · Esc lämna den öppen",
    "tui.settle_bad_score": "Inte en poäng för {qid}",
    "tui.settle_bad_version": "Skriv numret på en version, 1 till {last}",
    "tui.settle_needs_reason": "Skriv varför ni enades (en rad)",
    "tui.export_preliminary": {
        "one": "Preliminär: {n} oenighet kvar (ctrl+d)",
        "other": "Preliminär: {n} oenigheter kvar (ctrl+d)",
    },
    "tui.texts_to_settle": {
        "one": "{n} text att enas om: ctrl+d, dagordningen",
        "other": "{n} texter att enas om: ctrl+d, dagordningen",
    },
    # (end of s21)
    # -- s22a: published documents (#22) --
    "report.page_of": "sida {page} av {pages}",
    "cli.export.pdf_missing": (
        "en PDF skrivs med WeasyPrint, som inte kan laddas här ({detail}). Installera den"
        " med: pip install 'kompass-tui[pdf]'; den behöver Pango (Debian: apt-get install"
        " libpango-1.0-0 libpangoft2-1.0-0). Ingen fil skrevs."
    ),
    "cli.export.pdf_needs_output": "--format pdf behöver -o FIL.pdf (en PDF är inte text)",
    "report.chart_median": {
        "one": "Median av {count} kommun {years}",
        "other": "Median av {count} kommuner {years}",
    },
    "report.chart_caption_median": {
        "one": "{series}, {scale} (mörka staplar), mot {count} kommun som utvärderats"
        " {years} (ljusa staplar): {names}. Siffrorna är poäng, som i Tabell 2.",
        "other": "{series}, {scale} (mörka staplar), mot medianen av {count} kommuner som"
        " utvärderats {years} (ljusa staplar): {names}. Siffrorna är poäng, som i Tabell 2.",
    },
    "report.chart_caption_own": (
        "{genitive} kommun: varje områdes poäng i procent av områdets maxpoäng, nuvarande"
        " poängskala (som i Tabell 1). Ingen median visas: rapporten har inga andra kommuners"
        " resultat att jämföra med."
    ),
    "report.chart_area_words": "{area} {value} (median {median})",
    "report.chart_words_median": {
        "one": "Diagrammet visar {series} på {scale} mot {count} kommun som utvärderats"
        " {years}: {areas}; totalt {total} (median {median}).",
        "other": "Diagrammet visar {series} på {scale} mot medianen av {count} kommuner som"
        " utvärderats {years}: {areas}; totalt {total} (median {median}).",
    },
    # (end of s22a)
    # -- s22b: terminal width and data out (#22) --
    "cli.compare.csv_trend": (
        "--trend ger inga egna rader i --format csv: varje utvärderings rad har redan sin "
        "förändring (change, change_percent) och varje områdes procent; utelämna --trend, "
        "eller använd --trend-svg FIL för diagrammet"
    ),
    "cli.instrument_texts_in": (
        "{instrument} har inga texter på {lang}: kompass egna ord är på {lang}, instrumentets"
        " områden, frågor och rapportavsnitt på {own}"
    ),
    "tui.max_without_na": "Max {max}: de ej tillämpliga frågorna räknas inte med.",
    # (end of s22b)
    # -- s23: scale (#23) --
    # (end of s23)
    # -- s24: simpler core (#24) --
    # (end of s24)
    # -- s25: before the visit (#25) --
    "questionnaire.title": "Frågeunderlag",
    "questionnaire.heading": "Frågeunderlag för {municipality}",
    "questionnaire.properties_note": (
        "Skapat av kompass: behåll frågornas nummer så att svaren hittar sina frågor."
    ),
    "questionnaire.municipality": "Kommun",
    "questionnaire.dates": "Utvärdering",
    "questionnaire.no_dates": "dagarna är ännu inte bestämda",
    "questionnaire.evaluators": "Utvärderare",
    "questionnaire.no_evaluators": "ännu inte utsedda",
    "questionnaire.return_date": "Åter senast",
    "questionnaire.how_heading": "Så svarar ni",
    "questionnaire.how_where": (
        "Skriv varje svar i den tomma rutan under frågan; rutan växer medan ni skriver. "
        "Stycken, listor och tabeller går bra."
    ),
    "questionnaire.how_what": (
        "Beskriv vad som finns på plats i dag, hur stor del av organisationen som använder "
        "det och hur det följs upp. Planer som ännu inte används kan nämnas; skriv att de "
        "är planer."
    ),
    "questionnaire.how_keep": (
        "Låt frågeraderna och deras nummer vara som de är: varje svar hittas genom sin "
        "frågas nummer."
    ),
    "questionnaire.how_empty": "En fråga som ni inte kan besvara får lämnas tom.",
    "questionnaire.return_heading": "När underlaget ska lämnas",
    "questionnaire.return_by": (
        "Skicka detta dokument, med de dokument som varje område efterfrågar, senast {date} "
        "till {to}."
    ),
    "questionnaire.return_before": (
        "Skicka detta dokument, med de dokument som varje område efterfrågar, till {to} "
        "innan utvärderingen börjar den {date}."
    ),
    "questionnaire.return_agreed": (
        "Skicka detta dokument, med de dokument som varje område efterfrågar, till {to} "
        "enligt överenskommelse."
    ),
    "questionnaire.the_evaluators": "utvärderarna",
    "questionnaire.area": "Område {id}: {title}",
    "questionnaire.area_questions": {
        "one": "Området har en fråga. Skriv svaret i den tomma rutan under den.",
        "other": "Området har {n} frågor. Skriv varje svar i den tomma rutan under frågan.",
    },
    "questionnaire.documents_heading": "Dokument att bifoga",
    "questionnaire.document_plans": "Planer, policyer och program för området, som de antagits",
    "questionnaire.document_follow_up": "Den senaste uppföljningen, utvärderingen eller rapporten",
    "questionnaire.document_shown": (
        "Exempel på det arbetssätt som svaren beskriver (webbsidor, mallar, protokoll)"
    ),
    "questionnaire.documents_note": "Märk varje dokument med numret på den fråga det hör till.",
    "cli.questionnaire.summary": "skriv kommunens frågeunderlag (Word) för en session",
    "cli.questionnaire.output": "Word-filen som skrivs (.docx)",
    "cli.questionnaire.return_by": "dagen då svaren ska vara inne (ÅÅÅÅ-MM-DD)",
    "cli.questionnaire.force": "ersätt ett frågeunderlag som redan har svar",
    "cli.questionnaire.has_answers": {
        "one": (
            "{path}: innehåller kommunens svar på {n} fråga; ta in det med `kompass intake` "
            "först, eller ersätt det med --force"
        ),
        "other": (
            "{path}: innehåller kommunens svar på {n} frågor; ta in dem med `kompass intake` "
            "först, eller ersätt dem med --force"
        ),
    },
    "cli.questionnaire.written": {
        "one": "{path}: frågeunderlaget för {municipality}, {n} fråga",
        "other": "{path}: frågeunderlaget för {municipality}, {n} frågor",
    },
    "cli.intake.summary": "ta in kommunens svar från ett ifyllt frågeunderlag",
    "cli.intake.file": "det ifyllda frågeunderlaget (.docx)",
    "cli.intake.refused": "{file}: {reason}; inget skrevs",
    "cli.intake.locked": (
        "{path}: öppen i en arbetsbänk av {holder}; inget skrevs. Stäng den där och ta "
        "sedan in svaren"
    ),
    "cli.intake.already": "{file} togs redan in {date}: inget lades till",
    "cli.intake.answered": {
        "one": "{file}: svar på {answered} av {n} fråga togs in",
        "other": "{file}: svar på {answered} av {n} frågor togs in",
    },
    "cli.intake.revises": "Den ersätter versionen som togs in {date}:",
    "cli.intake.changed": "ändrade: {ids}",
    "cli.intake.added": "nya: {ids}",
    "cli.intake.withdrawn": "återtagna (nu tomma): {ids}",
    "cli.intake.unanswered": {
        "one": "{n} fråga besvarades inte:",
        "other": "{n} frågor besvarades inte:",
    },
    "cli.intake.no_table": "(dess tabell finns inte i filen)",
    "report.source.answer": "Kommunens svar",
    "report.answer_quote": "Kommunen skriver i sitt svar:",
    "tui.b.answer": "Svar",
    "tui.h.answer": "Visa eller dölj kommunens svar på frågan i en ruta",
    "tui.b.quote_answer": "Citera",
    "tui.h.quote_answer": "Citera kommunens svar i frågans rapporttext",
    "tui.answer_mark": "kommunens svar",
    "tui.answer_none": "{qid}: inget svar från kommunen",
    "tui.answer_heading": "{qid} · kommunens svar · {file}, {date}",
    "tui.answer_quoted": "{qid}: kommunens svar citerat i rapporttexten",
    "tui.answer_not_quoted": "{qid}: rapporttexten citerar redan detta svar",
    "tui.answer_only": "Bara kommunens svar kan citeras",
    # (end of s25)
    # -- s26: an hour at 80x24 (#26) --
    "tui.b.undo": "Ångra",
    "tui.b.redo": "Gör om",
    "tui.h.undo": "Ångra den senaste ändringen (i en öppen text: textens egen ångra)",
    "tui.h.redo": "Gör om det som ångrades (i en öppen text även ctrl+y)",
    "tui.undone": "Ångrat: {what}",
    "tui.redone": "Gjort om: {what}",
    "tui.nothing_to_undo": "Inget att ångra",
    "tui.nothing_to_redo": "Inget att göra om",
    "tui.undo.score": "poäng på {subject}",
    "tui.undo.not_applicable": "ej tillämplig på {subject}",
    "tui.undo.comment": "kommentar till {subject}",
    "tui.undo.findings": "text till {subject}",
    "tui.undo.notes": "Allmänt i område {subject}",
    "tui.undo.section": "rapportens text",
    "tui.undo.strengths": "styrkor i område {subject}",
    "tui.undo.improvements": "förbättringsområden i område {subject}",
    "tui.undo.actions": "åtgärder i område {subject}",
    "tui.undo.evidence": "underlag till {subject}",
    "tui.undo.interviews": "intervjuloggen",
    "tui.undo.settle": "avgörande av {subject}",
    "tui.b.help_more": "Hjälp…",
    "tui.where.question": "i ett poängfält",
    "tui.where.overview": "i översikten (F2)",
    "tui.where.texts": "i områdets texter (ctrl+w)",
    "tui.where.report": "på rapportfliken",
    "tui.key_elsewhere": "{keys} ({label}) gäller inte här: den fungerar {where}",
    "tui.key_disputes_only": (
        "{keys} ({label}) gäller bara i en sammanslagen session med frågor kvar att "
        "diskutera (kompass consensus)"
    ),
    "tui.key_needs_improvement": (
        "{keys} ({label}): markera först ett förbättringsområde i områdets texter"
    ),
    "tui.key_needs_action": "{keys} ({label}): markera först en åtgärd i områdets texter",
    "tui.diff.municipality": "Kommun: {before} → {after}",
    "tui.diff.score": "Fråga {qid}: poäng {before} → {after}",
    "tui.diff.not_applicable": "Fråga {qid}: ej tillämplig",
    "tui.diff.applicable": "Fråga {qid}: tillämplig igen",
    "tui.diff.comment": "Fråga {qid}: kommentar",
    "tui.diff.findings": "Fråga {qid}: text i rapporten",
    "tui.diff.evidence": "Fråga {qid}: underlag",
    "tui.diff.settled": "Fråga {qid}: avgjord",
    "tui.diff.area": "Område {area}: {part}",
    "tui.diff.actions": "åtgärder",
    "tui.diff.section": "Rapporten: {section}",
    "tui.diff.interviews": "Intervjuer",
    "tui.diff.benchmarks": "Jämförelsetal från andra kommuner",
    "tui.diff.about": "Utvärderare, datum eller organisation",
    "tui.palette_placeholder": "Sök kommandon…",
    "tui.palette_no_matches": "Inga träffar",
    "tui.created": "Skapade {name}",
    "tui.editor_taken_in": "Texten från {editor} är inläst",
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
    "tui.quit_discard_again": "Tryck d igen för att avsluta utan att spara",
    "tui.restore_discard_again": "Tryck d igen för att slänga dem",
    "tui.draft_discard_again": "Tryck d igen för att slänga det",
    "tui.delete_yes_again": "Tryck j igen för att ta bort",
    "tui.stale_take_over_again": "Tryck t igen för att ta över låset",
    "tui.lock_released_take_again": "Tryck t igen för att ta låset",
    # (end of r25k)
    # -- r25o: two keys to write an export over a file that exists --
    "tui.export_overwrite_again": "Tryck Enter igen för att skriva över {name}",
    # (end of r25o)
}
