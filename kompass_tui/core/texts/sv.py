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
        " efter ändelsen på -o FILE (.html, .docx, .csv, .json), annars md"
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
    "cli.compare.output": "skriv Markdown",
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
}
