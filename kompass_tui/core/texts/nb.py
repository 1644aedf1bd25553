"""kompass's own texts in Norwegian Bokmål (see `catalog`); the report's wording follows
Norwegian Kommunekompasset reports (`Styrker`, `Forbedringsområder`)."""

MESSAGES: dict[str, str | dict[str, str]] = {
    # Running text: `A, B og C`, dates (`25.–26. januar 2010`), small counts in words.
    "grammar.and": "og",
    "grammar.day": "{day}.",
    "grammar.month.1": "januar",
    "grammar.month.2": "februar",
    "grammar.month.3": "mars",
    "grammar.month.4": "april",
    "grammar.month.5": "mai",
    "grammar.month.6": "juni",
    "grammar.month.7": "juli",
    "grammar.month.8": "august",
    "grammar.month.9": "september",
    "grammar.month.10": "oktober",
    "grammar.month.11": "november",
    "grammar.month.12": "desember",
    "grammar.number.0": "null",
    "grammar.number.1": "én",
    "grammar.number.2": "to",
    "grammar.number.3": "tre",
    "grammar.number.4": "fire",
    "grammar.number.5": "fem",
    "grammar.number.6": "seks",
    "grammar.number.7": "sju",
    "grammar.number.8": "åtte",
    "grammar.number.9": "ni",
    "grammar.number.10": "ti",
    "grammar.number.11": "elleve",
    "grammar.number.12": "tolv",
    # The command line: `kompass --help`, each command's options, what commands print.
    # argparse's own words (usage:, options:, error: ...) stay English.
    "cli.description": (
        "kompass: gi kommuner poeng med Kommunekompasset, ta vare på hver evaluering som TOML."
    ),
    "cli.more_help": "Kjør `kompass COMMAND --help` for valgene til en kommando.",
    "cli.option.help": "vis denne hjelpen og avslutt",
    "cli.option.version": "vis versjonen og avslutt",
    "cli.option.criteria_dir": (
        "enda en mappe med instrumentfiler (kan gjentas; også $KOMPASS_CRITERIA_PATH)"
    ),
    "cli.option.lang": (
        "et av instrumentets språk (f.eks. sv, en, nb; standard: instrumentets eget);"
        " kompass' egne ord på det språket når kompass har dem"
    ),
    "cli.option.earlier": (
        "en tidligere evaluering av samme kommune (en økt, eller en sammenligningsfil:"
        " den siste posten før økten) som vises ved siden av totalene, med endringen"
    ),
    "cli.option.compare": (
        "sammenligningsposter eller økter for andre kommuner til sammenligningstabellen"
        " (kan gjentas; i stedet for sammenligningene som er lagret i økten)"
    ),
    "cli.option.exact": (
        "eksakte poeng i resultat- og sammenligningstabellene (standard: hele poeng, slik"
        " trykte rapporter oppgir dem)"
    ),
    "cli.option.sources": ("list opp kildene (dokumentasjonen) for hvert spørsmål i områdets del"),
    "cli.option.session": "øktfilen",
    "cli.option.stdout": "standard: stdout",
    "cli.count.areas": {"one": "{n} område", "other": "{n} områder"},
    "cli.count.questions": {"one": "{n} spørsmål", "other": "{n} spørsmål"},
    "cli.open.summary": "åpne en øktfil, eller velg en i en mappe (standardkommandoen)",
    "cli.open.path": "en øktfil eller en mappe",
    "cli.open.no_terminal": (
        "kompass: arbeidsbenken trenger en terminal (stdin og stdout er ikke det);"
        " `kompass show FILE` skriver ut en rapport, `kompass validate FILE` kontrollerer"
        " en fil"
    ),
    "cli.validate.summary": (
        "kontroller økt-, instrument- og sammenligningsfiler (og mapper med dem)"
    ),
    "cli.validate.paths": "filer, eller mapper med filer, som skal kontrolleres",
    "cli.validate.session": (
        "økt {municipality}, {instrument}, {scored}/{scorable} vurdert, {result}"
    ),
    "cli.validate.of_scored": "{result} av de vurderte (maks {max})",
    "cli.validate.benchmark": {
        "one": "sammenligningsfil, {n} post ({instruments})",
        "other": "sammenligningsfil, {n} poster ({instruments})",
    },
    "cli.validate.no_instrument": "ingen",
    "cli.validate.mapping": "områdekobling {source} → {target}, {areas}",
    "cli.validate.instrument": "instrument {instrument}, {areas}, {questions}, maks {max}",
    "cli.validate.aggregate": "({aggregate} av områdene)",
    "cli.criteria.summary": (
        "list opp instrumentene som finnes, eller skriv ut områdene og spørsmålene i ett"
    ),
    "cli.criteria.id": "id-en til et instrument som skal skrives ut",
    "cli.criteria.counts": "{areas}, {questions}, maks {max}",
    "cli.criteria.area_max": "(maks {max})",
    "cli.criteria.max": "maks {max}",
    "cli.criteria.none_found": "fant ingen instrumenter i: {folders}",
    "cli.criteria.no_language": "--lang {lang}: ingen av instrumentene som ble funnet, har det",
    "cli.new.summary": "skriv en ny, tom øktfil (eller en ny evaluering av en tidligere)",
    "cli.new.file": "øktfilen som skal opprettes (overskrives aldri)",
    "cli.new.municipality": "trengs unntatt med --from",
    "cli.new.from": (
        "start en ny evaluering av en tidligere økt: samme kommune og instrument, ingen"
        " poeng kopieres, den tidligere vises ved siden av"
    ),
    "cli.new.criteria": "instrumentets id",
    "cli.new.date": "en dag av evalueringen (kan gjentas)",
    "cli.new.evaluator": "kan gjentas",
    "cli.new.no_open": "bare skriv filen",
    "cli.new.needs_municipality": "oppgi --municipality NAME eller --from EARLIER.toml",
    "cli.new.empty_municipality": "--municipality: kan ikke være tom",
    "cli.new.bad_date": "--date: ikke en dato (ÅÅÅÅ-MM-DD): {text}",
    "cli.new.is_earlier": "{path}: er selve den tidligere økten",
    "cli.new.other_municipality": (
        "--municipality: {given}, men {path} evaluerer {named}; en ny evaluering gjelder"
        " samme kommune"
    ),
    "cli.new.created": {
        "one": "opprettet {path}: {municipality}, {instrument}, {n} spørsmål",
        "other": "opprettet {path}: {municipality}, {instrument}, {n} spørsmål",
    },
    "cli.new.reevaluation": (
        "ny evaluering av {path} ({label}): ingen poeng kopiert; totalene er tatt vare på"
    ),
    "cli.export.summary": (
        "skriv rapporten (Markdown, HTML, Word) eller spørsmålene som data (CSV, JSON)"
    ),
    "cli.export.format": (
        "md (Markdown), html (én selvstendig fil, kan skrives ut på A4), docx (et"
        " redigerbart Word-dokument, krever -o) eller spørsmålene som data: csv eller"
        " json; standard: etter endelsen på -o FILE (.md, .html, .htm, .docx, .csv, .json;"
        " en annen endelse, eller et --format som sier den imot, avvises), ellers md"
    ),
    "cli.export.svg": "skriv også et profildiagram",
    "cli.export.docx_needs_output": (
        "--format docx krever -o FILE.docx (en Word-fil er ikke tekst)"
    ),
    "cli.export.earlier_does_not_load": "--earlier {path} kan ikke leses inn:",
    "cli.export.compare_does_not_load": "--compare kan ikke leses inn:",
    "cli.plan.summary": "skriv handlingsplanen til en økt som Markdown eller CSV",
    "cli.plan.csv": (
        "CSV (area, improvement, action, owner, due, status): én rad per"
        " forbedringsområde, tiltakene én per linje i hver celle"
    ),
    "cli.plan.by_action": "CSV med én rad per tiltak (innebærer --csv)",
    "cli.show.summary": "skriv ut rapporten til en økt i terminalen",
    "cli.show.no_pager": "vis aldri utskriften side for side",
    "cli.compare.summary": "områder x evalueringer: økter og sammenligningsposter side om side",
    "cli.compare.files": "økter eller sammenligningsfiler",
    "cli.compare.median": "legg til en kolonne med medianen, med n",
    "cli.compare.mean": "legg til en kolonne med gjennomsnittet, med n",
    "cli.compare.since": "median og gjennomsnitt av evalueringer f.o.m. YEAR",
    "cli.compare.until": "median og gjennomsnitt av evalueringer t.o.m. YEAR",
    "cli.compare.keep_order": (
        "evalueringene i rekkefølgen de er gitt i (standard: etter år, så kommune)"
    ),
    "cli.compare.trend": "en tabell per kommune som er evaluert mer enn én gang",
    "cli.compare.trend_svg": "skriv diagrammet over tid (innebærer --trend)",
    "cli.compare.profile_svg": (
        "skriv profilen til den siste evalueringen mot medianen (--since/--until)"
    ),
    "cli.compare.on": "sammenlign på dette instrumentet (standard: det mest brukte)",
    "cli.compare.map": "en fil med områdekobling mellom to instrumenter (kan gjentas)",
    "cli.compare.format": ("md: Markdown (standard); csv: én rad per evaluering, for regneark"),
    "cli.compare.output": "skriv til FIL (Markdown, eller CSV når navnet slutter på .csv)",
    "cli.compare.since_after_until": "--since {since} er etter --until {until}",
    "cli.compare.no_trend": "--trend-svg: ingen kommune er evaluert mer enn én gang",
    "cli.compare.wrote": {
        "one": "skrev {path}: {n} evaluering, {instrument}",
        "other": "skrev {path}: {n} evalueringer, {instrument}",
    },
    "cli.consensus.summary": "slå sammen uavhengige evalueringer av én kommune til én økt",
    "cli.consensus.files": "økter",
    "cli.consensus.output": "den sammenslåtte økten",
    "cli.consensus.threshold": (
        "spredning, i prosent av spørsmålets maks, som et spørsmål skal diskuteres over"
        " (standard 20)"
    ),
    "cli.consensus.too_few": {
        "one": "trenger minst to økter å slå sammen, {n} er gitt",
        "other": "trenger minst to økter å slå sammen, {n} er gitt",
    },
    "cli.consensus.merged": {
        "one": "slo sammen {n} evaluering av {municipality} ({instrument}) til {path}",
        "other": "slo sammen {n} evalueringer av {municipality} ({instrument}) til {path}",
    },
    "cli.consensus.none": (
        "ingen spørsmål å diskutere (spredning over {threshold} % av spørsmålets maks)"
    ),
    "cli.consensus.some": {
        "one": "{n} spørsmål å diskutere (spredning over {threshold} % av spørsmålets maks):",
        "other": "{n} spørsmål å diskutere (spredning over {threshold} % av spørsmålets maks):",
    },
    "cli.consensus.na": "ikke relevant ifølge {names}",
    "cli.consensus.unscored": "ikke vurdert av {names}",
    "cli.consensus.proposed": "forslag {score}",
    "cli.consensus.spread": "spredning {spread}",
    "cli.consensus.rounded": "gjennomsnitt med mer enn to desimaler, lagret avrundet:",
    "cli.consensus.mean": "gjennomsnitt {mean}",
    # The report (Markdown, HTML, Word, `kompass show`, the chart).
    "report.wording_fallback": (
        "kompass har ennå ingen egne tekster på {language}: rapportens overskrifter og"
        " etiketter er på engelsk."
    ),
    "report.analysis_of": "Analyse av {municipality} kommune",
    "report.contents": "Innhold",
    "report.overview": (
        "{municipality} kommune i forhold til {instrument}: En oppsummerende gjennomgang"
    ),
    "report.details": {
        "one": "Detaljert gjennomgang i forhold til området i {instrument}",
        "other": "Detaljert gjennomgang i forhold til de {count} områdene i {instrument}",
    },
    "report.scores": "Poengoversikt",
    "report.about_municipality": "Om {municipality} kommune",
    "report.organisation": "Kommuneorganisasjonen",
    "report.evaluation": "Evalueringen",
    "report.summary": "Sammendrag av resultatene",
    "report.table_1": (
        "Tabell 1 {municipality} kommune{year} i forhold til hovedområdene i {instrument}."
    ),
    "report.current_scale": "Nåværende poengskala",
    "report.older_scale": "Eldre poengskala",
    "report.area": "Område",
    "report.achieved": "Oppnådd nivå",
    "report.earlier": "Tidligere",
    "report.earlier_in": "Tidligere ({label})",
    "report.change": "Endring",
    "report.max": "Maks",
    "report.percent": "%",
    "report.total": "Totalt",
    "report.profile": "Profil",
    "report.chart_title": "Profil: andel av maksimal poengsum per område",
    "report.profile_words": (
        "Diagrammet viser {municipality} kommunes andel av maksimal poengsum per område: {areas}."
    ),
    "report.profile_extremes": "Høyest ligger {highest}, lavest {lowest}.",
    "report.table_2": {
        "one": "Tabell 2 {municipality} kommunes resultater ({scale}) sammenlignet med én"
        " annen kommune.",
        "other": "Tabell 2 {municipality} kommunes resultater ({scale}) sammenlignet med"
        " {count} andre kommuner.",
    },
    "report.scale.current": "nåværende poengskala",
    "report.scale.older": "gammel poengskala",
    "report.criterion": "Kriterium",
    "report.general": "Generelt",
    "report.area_heading": "Område {id} {title}",
    "report.area_summary": "Sammendrag område {id}",
    "report.strengths": "Styrker",
    "report.improvements": "Forbedringsområder",
    "report.comments": "Kommentarer per spørsmål",
    "report.results_by_area": "Kommunens resultater per område",
    "report.scores_intro": (
        "Nedenfor følger poengsummen for hvert delspørsmål og andelen av maksimal poengsum."
    ),
    "report.area_total": "Totalt område {id}",
    "report.not_applicable": "ikke relevant",
    "report.not_applicable_note": (
        "Spørsmål som ikke er relevante, er ikke med i maksimal poengsum."
    ),
    "report.not_scored": "ikke vurdert",
    "report.incomplete": "Evalueringen er ikke ferdig",
    "report.incomplete_detail": {
        "one": "{scored} av {n} spørsmål er vurdert. Prosenten er av maksimal poengsum for"
        " det vurderte spørsmålet; et spørsmål som ikke er vurdert, teller ikke som 0.",
        "other": "{scored} av {n} spørsmål er vurdert. Prosentene er av maksimal poengsum"
        " for de vurderte spørsmålene; spørsmål som ikke er vurdert, teller ikke som 0.",
    },
    "report.incomplete_change": (
        "Ikke ferdig vurdert: endringen mangler poengene for spørsmålene som ikke er vurdert."
    ),
    "report.unscored_heading": "Spørsmål som ikke er vurdert",
    "report.none": "–",
    # Evidence and interviews in the report.
    "report.interviewed": "Evaluatorene intervjuet {counts}.",
    "report.altogether": {
        "one": "Til sammen {count} person.",
        "other": "Til sammen {count} personer.",
    },
    "report.approximately": "ca. {number}",
    "report.sources": "Kilder",
    "report.source.interview": "Intervju",
    "report.source.document": "Dokument",
    "report.source.website": "Nettsted",
    "report.source.other": "Annet",
    "report.evidence.practice": "praktiseres",
    "report.evidence.plan": "bare plan",
    "report.role.politician": {"one": "politiker", "other": "politikere"},
    "report.role.manager": {"one": "leder", "other": "ledere"},
    "report.role.staff": {"one": "medarbeider", "other": "medarbeidere"},
    "report.role.union": {"one": "tillitsvalgt", "other": "tillitsvalgte"},
    "report.role.company": {
        "one": "representant for et kommunalt foretak",
        "other": "representanter for kommunale foretak",
    },
    "report.role.person": {"one": "person", "other": "personer"},
    # The action plan (`kompass plan`).
    "plan.title": "Handlingsplan for {municipality}",
    "plan.improvement": "Forbedringsområde",
    "plan.action": "Tiltak",
    "plan.owner": "Ansvarlig",
    "plan.due": "Frist",
    "plan.status": "Status",
    "plan.note": "Merknad",
    "plan.no_actions": "Ingen tiltak ennå.",
    "plan.status.planned": "planlagt",
    "plan.status.started": "påbegynt",
    "plan.status.done": "gjennomført",
    "plan.status.dropped": "avbrutt",
    # Comparisons (`kompass compare`, the workbench's comparisons, their charts).
    "compare.title": "Sammenligning",
    "compare.area": "Område",
    "compare.criterion": "Kriterium",
    "compare.evaluation": "Evaluering",
    "compare.evaluations": "Evalueringer",
    "compare.total": "Totalt",
    "compare.median": "Median",
    "compare.mean": "Gjennomsnitt",
    "compare.max": "Maks",
    "compare.percent_of_max": "% av maks",
    "compare.rank": "Rangering",
    "compare.rank_heading": "Rangering per område (plass/antall med området)",
    "compare.change": "Endring",
    "compare.change_heading": "Endring: {earlier} → {later}",
    "compare.percent_points": "%-poeng",
    "compare.per_question": "Per spørsmål",
    "compare.question": "Spørsmål",
    "compare.sources": "Kilder",
    "compare.trend_heading": "Over tid: {municipality}",
    "compare.trend_areas": "Områdene i % av maks.",
    "compare.trend_chart": "Over tid: totalen og områdene i % av maks",
    "compare.profile_chart": "Profil mot medianen",
    "compare.incomplete": (
        "* Evalueringen er ikke ferdig: poengene mangler spørsmålene som ikke er vurdert,"
        " og prosentene er av det de vurderte spørsmålene kan gi."
    ),
    "compare.by_percent": (
        "‡ Maksimumene er forskjellige (spørsmål som ikke er relevante, eller et annet"
        " instrument): rangering, median, gjennomsnitt og endring regnes i prosent av hver"
        " evaluerings eget maksimum."
    ),
    "compare.population_all": ("Median og gjennomsnitt: alle evalueringer som har verdien (n)."),
    "compare.population_since": (
        "Median og gjennomsnitt: evalueringer f.o.m. {since} som har verdien (n)."
    ),
    "compare.population_until": (
        "Median og gjennomsnitt: evalueringer t.o.m. {until} som har verdien (n)."
    ),
    "compare.population_between": (
        "Median og gjennomsnitt: evalueringer {since}–{until} som har verdien (n)."
    ),
    "compare.printed_total": (
        "{label}: totalen {total} slik den er trykt; områdene summerer seg til {sum}"
        " (avrundet i kilden)."
    ),
    "compare.older_scale": "{labels}: områdepoengene på den eldre poengskalaen fra økten.",
    "compare.edition": (
        "{labels}: en annen utgave av instrumentet ({editions}): bare totalen"
        " sammenlignes, på den samme skalaen på {max} poeng; områder og spørsmål er"
        " forskjellige."
    ),
    "compare.mapping": "{labels}: områdene vises etter områdekoblingen {file}.",
    "compare.median_between": "Median {since}–{until}",
    "compare.median_until": "Median t.o.m. {until}",
    "compare.median_since": "Median f.o.m. {since}",
    # The workbench (kompass_tui/tui, through tui/strings.py's `tr`).
    "tui.overview": "Oversikt",
    "tui.evaluators": "Evaluatorer",
    "tui.file": "Fil",
    "tui.scanning": {
        "one": "Leser øktene: {done} av {n} …",
        "other": "Leser øktene: {done} av {n} …",
    },
    "tui.ui_fallback": "kompass har ennå ingen egne tekster på {language}: de vises på engelsk",
    "tui.err_target_empty": "Oppgi et filnavn",
    "tui.err_target_protected": "Det er øktfilen – velg et annet navn",
    "tui.err_target_folder": "{name} er en mappe",
    "tui.err_target_special": "{name} er {detail}, ikke en vanlig fil",
    "tui.err_target_no_folder": "Mappen {detail} finnes ikke",
    "tui.err_target_suffix": "{detail}",
    "tui.err_target_exists": "{name} finnes allerede",
    "tui.gone_title": "{name} finnes ikke lenger på disken (slettet eller flyttet).",
    "tui.gone_recreate": "Opprett den igjen med endringene mine (s)",
    "tui.b.comment": "Kommentar",
    "tui.h.comment": (
        "Spørsmålets kommentar (privat: i ingen rapport eller eksport uten --comments)"
    ),
    "tui.findings_title": "{qid}: tekst i rapporten",
    "tui.comment_title": "{qid}: kommentar (privat: i ingen rapport/eksport uten --comments)",
    "tui.general_title": "Område {area}: Generelt",
    "tui.general": "Generelt",
    "tui.area_texts": "Områdets tekster",
    "tui.words": {"one": "{n} ord", "other": "{n} ord"},
    "tui.report_tab": "Rapport",
    "tui.report_tab_title": "Rapportens egne tekster",
    "tui.report_tab_help": "↑ ↓ velg · Enter skriv · del 1–2 kommer fra instrumentet",
    "tui.section.about_municipality": "Om kommunen",
    "tui.section.organisation": "Kommuneorganisasjonen",
    "tui.section.evaluation": "Evalueringen",
    "tui.section.results": "Resultatene (etter Tabell 1)",
    "tui.section.comparison": "Sammenligningen (før Tabell 2)",
    "tui.section.closing": "Avslutning (etter Tabell 2)",
    "tui.area": "Område",
    "tui.points": "Poeng",
    "tui.max": "Maks",
    "tui.percent": "%",
    "tui.scored": "Besv.",
    "tui.total": "Totalt",
    "tui.area_total": "Sum",
    "tui.answered": "besvart",
    "tui.saved": "✓ lagret",
    "tui.unsaved": "● ikke lagret",
    "tui.strengths": "Styrker",
    "tui.improvements": "Forbedringsområder",
    "tui.notes": "Notater om området",
    "tui.not_applicable": "ikke relevant",
    "tui.comment": "Kommentar",
    "tui.no_editor": "Sett $EDITOR (eller $VISUAL) for å bruke en ekstern editor",
    "tui.next_unscored": "Neste ubesvarte: {qid} (ctrl+g)",
    "tui.all_scored": "Alle spørsmålene er besvart.",
    "tui.saved_to": "Lagret til {name}",
    "tui.save_failed": "Kunne ikke lagre: {reason}",
    "tui.quit_title": "Det finnes ulagrede endringer i {name}.",
    "tui.quit_save": "Lagre og avslutt (s)",
    "tui.quit_discard": "Avslutt uten å lagre (d)",
    "tui.quit_cancel": "Avbryt (Esc)",
    "tui.help_title": "Taster",
    "tui.help_close": "Esc, F1 eller q lukker",
    "tui.item_add": "Nytt punkt",
    "tui.item_edit": "Endre punkt",
    "tui.item_help": "Enter: lagre · Esc: avbryt · tom tekst sletter punktet",
    "tui.picker_title": "Økter i {folder}",
    "tui.picker_help": "Enter: åpne · n: ny økt · r: les på nytt · ctrl+q: avslutt",
    "tui.municipality": "Kommune",
    "tui.date": "Dato",
    "tui.instrument": "Instrument",
    "tui.progress": "Ferdig",
    "tui.cannot_read": "⚠ kan ikke leses",
    "tui.no_sessions": "Ingen økter her ennå – trykk n for en ny.",
    "tui.new_title": "Ny økt",
    "tui.dates_label": "Dato (ÅÅÅÅ-MM-DD, komma mellom flere)",
    "tui.evaluators_label": "Evaluatorer (komma mellom flere)",
    "tui.file_label": "Filnavn",
    "tui.create": "Opprett (Enter)",
    "tui.cancel": "Avbryt (Esc)",
    "tui.err_municipality": "Oppgi en kommune",
    "tui.err_date": "Ikke en dato: {text}",
    "tui.err_file_name": "Filnavnet må slutte på .toml og ikke inneholde / eller ..",
    "tui.err_exists": "{name} finnes allerede – velg et annet navn",
    "tui.language_now": "Språk: norsk bokmål",
    "tui.read_only": "🔒 skrivebeskyttet – åpen hos {holder}",
    "tui.read_only_refused": "Skrivebeskyttet: filen er åpen hos {holder}",
    "tui.lock_holder": "{who} (pid {pid}, siden {since})",
    "tui.changed_title": "{name} er endret på disken siden den ble lest inn.",
    "tui.reload_title": "Forkaste de ulagrede endringene dine og lese inn {name} fra disken?",
    "tui.reload_yes": "Ja, les inn fra disken (j)",
    "tui.reloaded": "Leste inn {name} fra disken",
    "tui.restore_title": "Ulagrede endringer fra {time} ble funnet for {name}:",
    "tui.restore_yes": "Gjenopprett dem (r)",
    "tui.restore_discard": "Forkast dem (d)",
    "tui.restored": "Ulagrede endringer er gjenopprettet – lagre med ctrl+s",
    "tui.stale_title": "{name} ble stående åpen hos {holder}, som ikke kjører lenger.",
    "tui.stale_take_over": "Ta over låsen og rediger (t)",
    "tui.stale_read_only": "Åpne skrivebeskyttet (Esc)",
    "tui.take_over_failed": "Låsen kunne ikke tas over: {reason}",
    "tui.b.save": "Lagre",
    "tui.b.quit": "Avslutt",
    "tui.b.help": "Hjelp",
    "tui.b.palette": "Kommandoer",
    "tui.b.next_area": "Neste omr.",
    "tui.b.prev_area": "Forrige område",
    "tui.b.overview": "Oversikt",
    "tui.b.area": {"one": "Område {n}", "other": "Område {n}"},
    "tui.b.not_applicable": "Ikke rel.",
    "tui.b.next_unscored": "Ubesvart",
    "tui.b.language": "Språk",
    "tui.b.item_add": "Legg til",
    "tui.b.item_edit": "Endre",
    "tui.b.item_delete": "Slett",
    "tui.b.open": "Åpne",
    "tui.b.new": "Ny økt",
    "tui.b.reload": "Les på nytt",
    "tui.b.close": "Lukk",
    "tui.b.editor": "$EDITOR",
    "tui.b.done": "Ferdig",
    "tui.b.scroll": "Rull",
    "tui.b.focus": "Neste / forrige felt",
    "tui.h.next_area": "Neste fane: neste område; etter det siste rapporten, så oversikten",
    "tui.h.prev_area": "Forrige fane",
    "tui.h.not_applicable": "Ikke relevant av/på for spørsmålet",
    "tui.h.next_unscored": "Neste ubesvarte spørsmål",
    "tui.h.language": "Bytt språk (instrumentets språk)",
    "tui.h.item_add": "Styrker/forbedringer: legg til punkt",
    "tui.h.item_edit": "Styrker/forbedringer: endre punktet",
    "tui.h.item_delete": "Styrker/forbedringer: slett punktet",
    "tui.b.export": "Eksport",
    "tui.b.preview": "Rapport",
    "tui.b.next_dispute": "Diskuter",
    "tui.b.settle": "Avgjør",
    "tui.b.mark": "Merk",
    "tui.b.compare": "Sammenlign",
    "tui.h.export": (
        "Eksporter rapporten (.md + .svg, .html, .docx) eller spørsmålene (.csv, .json)"
    ),
    "tui.h.preview": "Vis rapporten",
    "tui.h.next_dispute": "Neste spørsmål å diskutere (etter en sammenslåing)",
    "tui.h.settle": "Avgjør spørsmålet med poengene i feltet",
    "tui.h.new": "Øktlisten: ny økt",
    "tui.h.reload": "Øktlisten: les mappen på nytt",
    "tui.h.mark": "Øktlisten: merk for sammenligning",
    "tui.h.compare": "Øktlisten: sammenlign de merkede",
    "tui.h.close": "Rapport/sammenligning: lukk",
    "tui.c.export": "Eksporter rapport",
    "tui.c.preview": "Vis rapport",
    "tui.c.compare_others": "Sammenlign med andre",
    "tui.c.next_dispute": "Neste spørsmål å diskutere",
    "tui.c.compare_marked": "Sammenlign merkede økter",
    "tui.export_title": "Eksporter rapport",
    "tui.export_label": (
        "Fil: .md (diagrammet som .svg ved siden av), .html, .docx, .csv eller .json"
    ),
    "tui.export_help": "Enter: skriv · Esc: avbryt",
    "tui.export_exists": "{name} finnes allerede og blir overskrevet",
    "tui.err_export_svg": "Diagrammet får .svg-navnet – velg et annet navn på rapporten",
    "tui.exported": "Rapporten ble skrevet til {markdown} og {svg}",
    "tui.export_failed": "Kunne ikke eksportere: {reason}",
    "tui.preview_title": "Rapport: {municipality} ({name})",
    "tui.reading_help": "↑ ↓ pgup pgdn home end: rull · Esc eller q: lukk",
    "tui.compare_title": {
        "one": "Sammenligning av {n} evaluering",
        "other": "Sammenligning av {n} evalueringer",
    },
    "tui.compare_need_two": "Merk minst to økter med mellomrom for å sammenligne.",
    "tui.compare_refused": "Kan ikke sammenligne: {reason}",
    "tui.cannot_mark": "{name} kan ikke leses og kan ikke sammenlignes",
    "tui.others_title": {
        "one": "{name} sammenlignet med medianen av {n} annen i {folder}",
        "other": "{name} sammenlignet med medianen av {n} andre i {folder}",
    },
    "tui.reading_others": "Leser mappens andre evalueringer: {done} av {of} …",
    "tui.others_none": "Ingen andre evalueringer med {instrument} i {folder}.",
    "tui.others_skipped": {
        "one": "{n} fil kunne ikke leses og er ikke med",
        "other": "{n} filer kunne ikke leses og er ikke med",
    },
    "tui.median_of": {"one": "Median av {n}", "other": "Median av {n}"},
    "tui.to_discuss": {
        "one": "Å diskutere ({n}) · ctrl+n neste · poeng+Enter eller ctrl+y avgjør",
        "other": "Å diskutere ({n}) · ctrl+n neste · poeng+Enter eller ctrl+y avgjør",
    },
    "tui.question": "Spørsmål",
    "tui.spread": "Spredning",
    "tui.author_scores": "Poeng per evaluator",
    "tui.disputed": "⚑ spredning {spread}: {scores}",
    "tui.na_by": "ikke relevant ifølge {names}",
    "tui.unscored_by": "ikke vurdert av {names}",
    "tui.percent_of_scored": "Prosent og sum regnes av de besvarte spørsmålene.",
    "tui.no_disputes": "Ingen spørsmål igjen å diskutere.",
    "tui.settled": {
        "one": "{qid} avgjort ({n} igjen å diskutere)",
        "other": "{qid} avgjort ({n} igjen å diskutere)",
    },
    "tui.settle_needs_score": "Skriv inn den omforente poengsummen for {qid} først",
    "tui.b.next_question": "Neste",
    "tui.b.prev_question": "Forrige spørsmål",
    "tui.b.text": "Tekst",
    "tui.b.texts": "Lister",
    "tui.b.jump": "Gå til område",
    "tui.b.row_down": "Neste rad",
    "tui.b.row_up": "Forrige rad",
    "tui.b.open_row": "Åpne",
    "tui.b.edit_row": "Endre",
    "tui.b.add_item": "Legg til",
    "tui.b.delete_item": "Slett",
    "tui.b.to_questions": "Tilbake til spørsmålene",
    "tui.b.editor_done": "Ferdig",
    "tui.b.external_editor": "$EDITOR",
    "tui.b.compare_others": "Sammenlign med andre",
    "tui.b.open_session": "Åpne",
    "tui.b.accept": "OK",
    "tui.b.choose": "Velg",
    "tui.b.cancel": "Avbryt",
    "tui.b.next_field": "Neste felt",
    "tui.b.prev_field": "Forrige felt",
    "tui.h.text": "Skriv spørsmålets tekst (under spørsmålene)",
    "tui.h.texts": "Områdets lister og notater, og tilbake",
    "tui.h.jump": "Gå til et område med nummeret",
    "tui.h.next_question": "Neste spørsmål (etter det siste: oversikten)",
    "tui.h.prev_question": "Forrige spørsmål",
    "tui.h.edit_row": "Endre punktet, eller skriv notatene",
    "tui.h.add_item": "Nytt punkt etter det markerte",
    "tui.h.delete_item": "Slett det markerte punktet",
    "tui.h.to_questions": "Tilbake til spørsmålet du forlot",
    "tui.h.editor_done": "Lukk redigeringen (teksten er allerede lagret)",
    "tui.h.external_editor": "Skriv teksten i $EDITOR",
    "tui.h.compare_others": "Sammenlign med mappens andre evalueringer",
    "tui.h.open_row": "Gå til området eller spørsmålet",
    "tui.help_everywhere": "Overalt",
    "tui.help_question": "I et poengfelt",
    "tui.help_overview": "I oversikten",
    "tui.help_texts": "Områdets lister og notater (ctrl+w)",
    "tui.help_editor": "I redigeringen",
    "tui.help_picker": "I øktlisten",
    "tui.help_reading": "I rapporten og sammenligninger",
    "tui.help_dialog": "I dialoger",
    "tui.jump_title": {"one": "Gå til område (1–{n})", "other": "Gå til område (1–{n})"},
    "tui.jump_range": {
        "one": "Oppgi et tall fra 1 til {n}",
        "other": "Oppgi et tall fra 1 til {n}",
    },
    "tui.empty_text": "(tom – Enter for å skrive)",
    "tui.empty_list": "(tom – Enter eller a for å legge til)",
    "tui.notes_title": "Notater om område {area}",
    "tui.editor_unparsable": "$EDITOR kan ikke leses: {editor}",
    "tui.editor_failed": "$EDITOR kunne ikke startes: {reason}",
    "tui.editor_deleted": "$EDITOR slettet filen – teksten er uendret",
    "tui.editor_no_terminal": "Her kan ingen ekstern editor vises – skriv i kompass",
    "tui.editor_not_utf8": "$EDITOR skrev ikke UTF-8 – teksten er uendret",
    "tui.not_disputed": "{qid} er ikke et spørsmål å diskutere",
    # Why a typed score is refused (core.scoring.numbers.ScoreError.reason).
    "tui.reason.not_a_number": "ikke et tall: {text}",
    "tui.reason.below_zero": "under 0",
    "tui.reason.above_max": "over maksimal poengsum {max}",
    "tui.reason.too_many_decimals": "flere enn {decimals} desimaler",
    "tui.reason.negative_zero": "-0 er ingen poengsum: skriv 0",
    "tui.reason.space_inside": "mellomrom i tallet: {text}",
    "tui.reason.exponent": "eksponent er ikke tillatt: {text}",
    "tui.reason.not_applicable": "spørsmålet er ikke relevant – ctrl+t gjør det relevant igjen",
    # Evidence, the interview log, the action plan, re-evaluation (#17).
    "tui.b.evidence": "Kilder",
    "tui.h.evidence": "Spørsmålets kilder: intervjuer, dokumenter, nettstedet",
    "tui.b.add_action": "Tiltak",
    "tui.h.add_action": "Nytt tiltak for det markerte forbedringsområdet",
    "tui.b.action_status": "Status",
    "tui.h.action_status": "Tiltakets neste status: planlagt, påbegynt, gjennomført, avbrutt",
    "tui.b.back": "Tilbake",
    "tui.h.back": "Tilbake fra listen",
    "tui.b.new_from": "Fra",
    "tui.h.new_from": "Øktlisten: ny evaluering fra den markerte (som kompass new --from)",
    "tui.b.next_option": "Neste valg",
    "tui.h.next_option": "Felt med valg: neste",
    "tui.b.prev_option": "Forrige valg",
    "tui.h.prev_option": "Felt med valg: forrige",
    "tui.help_records": "I en liste (kilder ctrl+u, intervjuer i rapportfanen)",
    "tui.help_option": "I et felt med valg (eller skriv valgets første bokstav)",
    "tui.evidence_title": "{qid}: kilder",
    "tui.evidence_empty": "Ingen kilder ennå – a legger til",
    "tui.evidence_add": "{qid}: ny kilde",
    "tui.evidence_edit": "{qid}: endre kilde",
    "tui.role_unrecorded": "ikke oppgitt",
    "tui.form_kind": "Kilde",
    "tui.form_status": "Status",
    "tui.form_reference": "Referanse",
    "tui.form_reference_hint": "tittel og dato, URL, eller hvem (ingen navn)",
    "tui.form_role": "Rolle",
    "tui.form_date": "Dato",
    "tui.form_date_hint": "ÅÅÅÅ-MM-DD",
    "tui.form_shows": "Hva den viser",
    "tui.form_shows_hint": "hva kilden viser",
    "tui.form_needs_reference": "Oppgi en referanse – eller, for et intervju, en rolle",
    "tui.form_bad_date": "Datoer skrives ÅÅÅÅ-MM-DD: {text}",
    "tui.form_help": "Tab neste felt · ←/→ eller bokstav velger · Enter ferdig · Esc angre",
    "tui.interviews_title": "Intervjuer",
    "tui.interviews_empty": "Ingen intervjuer registrert – Enter åpner, a legger til",
    "tui.interview_add": "Nytt intervju",
    "tui.interview_edit": "Endre intervju",
    "tui.interview_areas": {
        "one": "område {areas}",
        "other": "områder {areas}",
    },
    "tui.count_exact": "nøyaktig",
    "tui.count_about": "omtrent",
    "tui.form_people": "Antall",
    "tui.form_count": "Antallet er",
    "tui.form_areas": "Områder",
    "tui.form_areas_hint": "f.eks. 1, 3, 5",
    "tui.form_bad_people": "Antall personer: et heltall, 1 til {most}",
    "tui.form_bad_area": "Instrumentet har ikke område {area}",
    "tui.entries": {
        "one": "{n} oppføring",
        "other": "{n} oppføringer",
    },
    "tui.action_add": "Område {area}: nytt tiltak",
    "tui.action_edit": "Område {area}: endre tiltak",
    "tui.form_action_hint": "hva som skal gjøres",
    "tui.form_owner_hint": "en rolle eller et navn",
    "tui.form_needs_action": "Skriv hva som skal gjøres",
    "tui.delete_improvement": {
        "one": "Slette «{text}» og tiltaket?",
        "other": "Slette «{text}» og de {n} tiltakene?",
    },
    "tui.delete_yes": "Ja, slett (j)",
    "tui.plan_duplicate": "Samme tekst som et annet forbedringsområde med tiltak – skriv en annen",
    "tui.plan_not_emptied": "Forbedringsområdet har tiltak – slett det med d",
    "tui.earlier_score": "tidligere {score}",
    "tui.earlier_not_applicable": "tidligere ikke aktuelt",
    "tui.earlier_label": "tidligere",
    "tui.earlier_heading": "Tidligere evaluering ({label})",
    "tui.sources": {
        "one": "{n} kilde",
        "other": "{n} kilder",
    },
    "tui.new_from_title": "Ny evaluering fra {name}",
    "tui.new_from_none": "Marker en økt som kan leses",
    # -- s20a: safety in the workbench (#20) --
    "tui.set_aside": {
        "one": "{n} tast som ble skrevet før spørsmålet ble vist, ble lagt til side",
        "other": "{n} taster som ble skrevet før spørsmålet ble vist, ble lagt til side",
    },
    "tui.answer_first": "Svar på spørsmålet først",
    "tui.changed_theirs": "Ta deres versjon – mine endringer lagres i gjenopprettingsfilen (t)",
    "tui.changed_keep_both": "Lagre mine – deres beholdes ved siden av som {copy} (b)",
    "tui.kept_theirs": "Den andre versjonen beholdes som {name}",
    "tui.lock_released_title": "{name} er ikke lenger åpen i en annen kompass.",
    "tui.lock_released_take": "Ta låsen og rediger (t)",
    "tui.lock_released_stay": "Fortsett skrivebeskyttet (Esc)",
    "tui.refused_left": "«{text}» teller ikke: {reason} – {counts} gjelder",
    "tui.no_score": "ingen poeng",
    "tui.draft_title": "Kaste det du skrev i skjemaet?",
    "tui.draft_keep": "Fortsett å skrive (Esc)",
    "tui.draft_discard": "Kast det (d)",
    "tui.changed_merge": "Slå sammen deres og mine – det som skiller blir å enes om (m)",
    "tui.merge_mine": "denne arbeidsbenken",
    "tui.merge_disk": "filen på disken",
    "tui.merged": {
        "one": "Slo sammen {name} med versjonen på disken: {n} spørsmål å enes om (ctrl+d)",
        "other": "Slo sammen {name} med versjonen på disken: {n} spørsmål å enes om (ctrl+d)",
    },
    "tui.merge_other_instrument": "Versjonen på disken har et annet instrument",
    # (end of s20a)
    # -- s20b: outputs kept private and safe (#20) --
    "cli.option.comments": (
        "ta med evaluatorenes private kommentarer (uten den er de i ingen rapport eller eksport)"
    ),
    "tui.exported_file": "Skrev {path}",
    "tui.err_export_format_unknown": "kompass skriver ikke {suffix}-filer: {known}",
    # (end of s20b)
    # -- s21: evaluators together (#21) --
    "cli.merge.summary": "slå sammen tre versjoner av en evaluering (gits merge-driver)",
    "cli.merge.base": "den felles forfaren",
    "cli.merge.ours": "vår versjon, dit resultatet skrives",
    "cli.merge.theirs": "deres versjon",
    "cli.merge.path": "filens sti i depotet, for å vite hvem som laget hver side",
    "cli.merge.open": {
        "one": "{path}: slått sammen; {n} uenighet å bli enige om (kompass open {quoted})",
        "other": "{path}: slått sammen; {n} uenigheter å bli enige om (kompass open {quoted})",
    },
    "cli.merge.plain_conflicts": {
        "one": "{path}: ikke en kompass-evaluering, slått sammen som tekst: {n} konflikt",
        "other": "{path}: ikke en kompass-evaluering, slått sammen som tekst: {n} konflikter",
    },
    "cli.git-setup.summary": "la git slå sammen depotets evalueringer med kompass merge",
    "cli.git_setup.dir": "en mappe i depotet (standard: den gjeldende)",
    "cli.git_setup.no_repo": "{path}: ikke i et git-depot (git init, eller git clone URL)",
    "cli.git_setup.driver_set": (
        "{path}: sammenslåingsdriveren kompass registrert (git config merge.kompass.*)"
    ),
    "cli.git_setup.driver_kept": "{path}: sammenslåingsdriveren kompass er allerede registrert",
    "cli.git_setup.added": ".gitattributes: la til {pattern} merge=kompass",
    "cli.git_setup.kept": ".gitattributes: {pattern} merge=kompass fantes allerede",
    "cli.git_setup.no_sessions": (
        "ingen evalueringsfiler funnet ennå: kjør kompass git-setup igjen når det finnes noen"
    ),
    "cli.git_setup.commit": (
        "sjekk inn .gitattributes slik at hver klone slår sammen evalueringer på samme måte"
    ),
    "cli.history.summary": "hvordan en evaluerings poeng er endret gjennom git-innsjekkingene",
    "cli.history.session": "en evalueringsfil i et git-depot",
    "cli.history.question": "ett spørsmål: poengene og tekstene",
    "cli.history.unknown_question": "ikke noe spørsmål {qid} i {instrument}",
    "cli.history.none": "{path}: ingen innsjekking endret dette",
    "cli.history.unreadable": "(denne versjonen kan ikke lastes inn)",
    "cli.history.na": "ikke relevant",
    "cli.history.disputed": "uenighet: {sides}",
    "cli.history.reason": "enige: {reason}",
    "cli.history.findings": "iakttakelser",
    "cli.history.comments": "kommentarer",
    "cli.consensus.texts": {
        "one": (
            "{n} tekst er ulik mellom evalueringene: hver versjon beholdes for å "
            "avgjøres i arbeidsbenken"
        ),
        "other": (
            "{n} tekster er ulike mellom evalueringene: hver versjon beholdes for å "
            "avgjøres i arbeidsbenken"
        ),
    },
    "report.preliminary": "Foreløpig",
    "report.preliminary_detail": {
        "one": "Evaluatorene har {n} uenighet igjen å bli enige om; poeng og tekster kan endres.",
        "other": (
            "Evaluatorene har {n} uenigheter igjen å bli enige om; poeng og tekster kan endres."
        ),
    },
    "cli.export.final": "nekt å eksportere mens evaluatorene har uenigheter igjen",
    "cli.export.preliminary": {
        "one": "{path}: foreløpig: {n} uenighet igjen (avgjør den i kompass open; --final nekter)",
        "other": (
            "{path}: foreløpig: {n} uenigheter igjen (avgjør dem i kompass open; --final nekter)"
        ),
    },
    "cli.export.final_refused": {
        "one": "{path}: ikke endelig: {n} uenighet igjen; avgjør den i kompass open først",
        "other": "{path}: ikke endelig: {n} uenigheter igjen; avgjør dem i kompass open først",
    },
    "tui.b.agenda": "Dagsorden",
    "tui.h.agenda": "Konsensusmøtet: det evaluatorene ennå er uenige om, avgjort én sak om gangen",
    "tui.c.agenda": "Konsensusmøte: dagsordenen",
    "tui.b.settle_item": "Avgjør",
    "tui.h.settle_item": (
        "Avgjør den markerte uenigheten: de omforente poengene eller teksten og hvorfor"
    ),
    "tui.status_open": {
        "one": " ⚑ {n} ^d ",
        "other": " ⚑ {n} ^d ",
    },
    "tui.agenda_title": {
        "one": "Konsensusmøte: {n} uenighet igjen",
        "other": "Konsensusmøte: {n} uenigheter igjen",
    },
    "tui.agenda_agreed": "Enige per område: {parts}",
    "tui.agenda_report": "rapporten",
    "tui.agenda_empty": "Ingenting igjen å avgjøre: rapporten er ikke lenger foreløpig.",
    "tui.agenda_hint": "↑↓ velg · Enter avgjør · Esc tilbake til arbeidsbenken",
    "tui.agenda_versions": "{place}: versjoner av {names}",
    "tui.agenda_municipality": "Kommune",
    "tui.agenda_affiliation": "Organisasjon",
    "tui.agenda_notes": "Generelt {id}",
    "tui.agenda_findings": "Iakttakelser {id}",
    "tui.agenda_comments": "Kommentar {id}",
    "tui.settle_title": "Avgjør {place}",
    "tui.settle_score": "Omforent poengsum (- hvis den ikke er relevant):",
    "tui.settle_version": {
        "one": "Versjon å beholde (1), å redigere videre i arbeidsbenken:",
        "other": "Versjon å beholde (1–{n}), å redigere videre i arbeidsbenken:",
    },
    "tui.settle_reason": "Hvorfor (én linje, lagres i konsensusloggen, aldri i rapporten):",
    "tui.settle_hint": "Enter avgjør · Tab neste felt · Esc la den stå åpen",
    "tui.settle_bad_score": "Ikke en poengsum for {qid}",
    "tui.settle_bad_version": "Skriv nummeret på en versjon, 1 til {last}",
    "tui.settle_needs_reason": "Skriv hvorfor dere ble enige (én linje)",
    "tui.export_preliminary": {
        "one": "Foreløpig: {n} uenighet igjen (ctrl+d)",
        "other": "Foreløpig: {n} uenigheter igjen (ctrl+d)",
    },
    "tui.texts_to_settle": {
        "one": "{n} tekst å bli enige om: ctrl+d, dagsordenen",
        "other": "{n} tekster å bli enige om: ctrl+d, dagsordenen",
    },
    # (end of s21)
    # -- s22a: published documents (#22) --
    "report.page_of": "side {page} av {pages}",
    "cli.export.pdf_missing": (
        "en PDF skrives med WeasyPrint, som ikke kan lastes her ({detail}). Installer den"
        " med: pip install 'kompass-tui[pdf]'; den trenger Pango (Debian: apt-get install"
        " libpango-1.0-0 libpangoft2-1.0-0). Ingen fil ble skrevet."
    ),
    "cli.export.pdf_needs_output": "--format pdf trenger -o FIL.pdf (en PDF er ikke tekst)",
    "report.chart_median": {
        "one": "Median av {count} kommune {years}",
        "other": "Median av {count} kommuner {years}",
    },
    "report.chart_caption_median": {
        "one": "{series}, {scale} (mørke søyler), mot {count} kommune som ble evaluert"
        " {years} (lyse søyler): {names}. Tallene er poeng, som i Tabell 2.",
        "other": "{series}, {scale} (mørke søyler), mot medianen av {count} kommuner som ble"
        " evaluert {years} (lyse søyler): {names}. Tallene er poeng, som i Tabell 2.",
    },
    "report.chart_caption_own": (
        "{municipality}: hvert områdes poeng i prosent av områdets maksimum, nåværende"
        " poengskala (som i Tabell 1). Ingen median vises: rapporten har ingen andre kommuners"
        " resultater å sammenligne med."
    ),
    "report.chart_area_words": "{area} {value} (median {median})",
    "report.chart_words_median": {
        "one": "Diagrammet viser {series} på {scale} mot {count} kommune som ble evaluert"
        " {years}: {areas}; totalt {total} (median {median}).",
        "other": "Diagrammet viser {series} på {scale} mot medianen av {count} kommuner som"
        " ble evaluert {years}: {areas}; totalt {total} (median {median}).",
    },
    # (end of s22a)
    # -- s22b: terminal width and data out (#22) --
    "cli.compare.csv_trend": (
        "--trend gir ingen egne rader i --format csv: hver evaluerings rad har allerede sin "
        "endring (change, change_percent) og hvert områdes prosent; utelat --trend, eller "
        "bruk --trend-svg FIL for diagrammet"
    ),
    "cli.instrument_texts_in": (
        "{instrument} har ingen tekster på {lang}: kompass' egne ord er på {lang},"
        " instrumentets områder, spørsmål og rapportavsnitt på {own}"
    ),
    "tui.max_without_na": "Maks {max}: spørsmålene som ikke er relevante, regnes ikke med.",
    # (end of s22b)
    # -- s23: scale (#23) --
    # (end of s23)
    # -- s24: simpler core (#24) --
    # (end of s24)
    # -- s25: before the visit (#25) --
    "questionnaire.title": "Spørreskjema",
    "questionnaire.heading": "Spørreskjema for {municipality}",
    "questionnaire.properties_note": (
        "Laget av kompass: behold spørsmålenes nummer slik at svarene finner sine spørsmål."
    ),
    "questionnaire.municipality": "Kommune",
    "questionnaire.dates": "Evaluering",
    "questionnaire.no_dates": "dagene er ennå ikke fastsatt",
    "questionnaire.evaluators": "Evaluatorer",
    "questionnaire.no_evaluators": "ennå ikke oppnevnt",
    "questionnaire.return_date": "Returneres innen",
    "questionnaire.how_heading": "Slik svarer dere",
    "questionnaire.how_where": (
        "Skriv hvert svar i den tomme ruten under spørsmålet; ruten vokser mens dere skriver. "
        "Avsnitt, lister og tabeller går fint."
    ),
    "questionnaire.how_what": (
        "Beskriv hva som er på plass i dag, hvor stor del av organisasjonen som bruker det "
        "og hvordan det følges opp. Planer som ennå ikke er i bruk kan nevnes; skriv at de "
        "er planer."
    ),
    "questionnaire.how_keep": (
        "La spørsmålsradene og numrene deres stå som de er: hvert svar finnes ved "
        "spørsmålets nummer."
    ),
    "questionnaire.how_empty": "Et spørsmål dere ikke kan svare på, kan stå tomt.",
    "questionnaire.return_heading": "Når skjemaet skal returneres",
    "questionnaire.return_by": (
        "Send dette dokumentet, med dokumentene hvert område ber om, innen {date} til {to}."
    ),
    "questionnaire.return_before": (
        "Send dette dokumentet, med dokumentene hvert område ber om, til {to} før "
        "evalueringen begynner {date}."
    ),
    "questionnaire.return_agreed": (
        "Send dette dokumentet, med dokumentene hvert område ber om, til {to} som avtalt."
    ),
    "questionnaire.the_evaluators": "evaluatorene",
    "questionnaire.area": "Område {id}: {title}",
    "questionnaire.area_questions": {
        "one": "Området har ett spørsmål. Skriv svaret i den tomme ruten under det.",
        "other": "Området har {n} spørsmål. Skriv hvert svar i den tomme ruten under spørsmålet.",
    },
    "questionnaire.documents_heading": "Dokumenter som skal legges ved",
    "questionnaire.document_plans": "Planer, retningslinjer og programmer for området, som vedtatt",
    "questionnaire.document_follow_up": "Den siste oppfølgingen, evalueringen eller rapporten",
    "questionnaire.document_shown": (
        "Eksempler på praksisen svarene beskriver (nettsider, maler, protokoller)"
    ),
    "questionnaire.documents_note": "Merk hvert dokument med nummeret på spørsmålet det hører til.",
    "cli.questionnaire.summary": "skriv kommunens spørreskjema (Word) for en økt",
    "cli.questionnaire.output": "Word-filen som skrives (.docx)",
    "cli.questionnaire.return_by": "dagen svarene skal være inne (ÅÅÅÅ-MM-DD)",
    "cli.questionnaire.force": "erstatt et spørreskjema som allerede har svar",
    "cli.questionnaire.has_answers": {
        "one": (
            "{path}: inneholder kommunens svar på {n} spørsmål; ta det inn med `kompass "
            "intake` først, eller erstatt det med --force"
        ),
        "other": (
            "{path}: inneholder kommunens svar på {n} spørsmål; ta dem inn med `kompass "
            "intake` først, eller erstatt dem med --force"
        ),
    },
    "cli.questionnaire.written": {
        "one": "{path}: spørreskjemaet for {municipality}, {n} spørsmål",
        "other": "{path}: spørreskjemaet for {municipality}, {n} spørsmål",
    },
    "cli.intake.summary": "ta inn kommunens svar fra et utfylt spørreskjema",
    "cli.intake.file": "det utfylte spørreskjemaet (.docx)",
    "cli.intake.refused": "{file}: {reason}; ingenting ble skrevet",
    "cli.intake.locked": (
        "{path}: åpen i en arbeidsbenk av {holder}; ingenting ble skrevet. Lukk den der og "
        "ta så inn svarene"
    ),
    "cli.intake.already": "{file} ble allerede tatt inn {date}: ingenting lagt til",
    "cli.intake.answered": {
        "one": "{file}: svar på {answered} av {n} spørsmål tatt inn",
        "other": "{file}: svar på {answered} av {n} spørsmål tatt inn",
    },
    "cli.intake.revises": "Den erstatter versjonen som ble tatt inn {date}:",
    "cli.intake.changed": "endret: {ids}",
    "cli.intake.added": "nye: {ids}",
    "cli.intake.withdrawn": "trukket tilbake (nå tomme): {ids}",
    "cli.intake.unanswered": {
        "one": "{n} spørsmål ble ikke besvart:",
        "other": "{n} spørsmål ble ikke besvart:",
    },
    "cli.intake.no_table": "(tabellen finnes ikke i filen)",
    "report.source.answer": "Kommunens svar",
    "report.answer_quote": "Kommunen skriver i sitt svar:",
    "tui.b.answer": "Svar",
    "tui.h.answer": "Vis eller skjul kommunens svar på spørsmålet i en rute",
    "tui.b.quote_answer": "Siter",
    "tui.h.quote_answer": "Siter kommunens svar i spørsmålets rapporttekst",
    "tui.answer_mark": "kommunens svar",
    "tui.answer_none": "{qid}: ikke noe svar fra kommunen",
    "tui.answer_heading": "{qid} · kommunens svar · {file}, {date}",
    "tui.answer_quoted": "{qid}: kommunens svar sitert i rapportteksten",
    "tui.answer_not_quoted": "{qid}: rapportteksten siterer allerede dette svaret",
    "tui.answer_only": "Bare kommunens svar kan siteres",
    # (end of s25)
    # -- s26: an hour at 80x24 (#26) --
    "tui.b.undo": "Angre",
    "tui.b.redo": "Gjør om",
    "tui.h.undo": "Angre den siste endringen (i en åpen tekst: tekstens egen angre)",
    "tui.h.redo": "Gjør om det som ble angret (i en åpen tekst også ctrl+y)",
    "tui.undone": "Angret: {what}",
    "tui.redone": "Gjort om: {what}",
    "tui.nothing_to_undo": "Ingenting å angre",
    "tui.nothing_to_redo": "Ingenting å gjøre om",
    "tui.undo.score": "poeng på {subject}",
    "tui.undo.not_applicable": "ikke aktuell på {subject}",
    "tui.undo.comment": "kommentar til {subject}",
    "tui.undo.findings": "tekst til {subject}",
    "tui.undo.notes": "Generelt i område {subject}",
    "tui.undo.section": "rapportens tekst",
    "tui.undo.strengths": "styrker i område {subject}",
    "tui.undo.improvements": "forbedringsområder i område {subject}",
    "tui.undo.actions": "tiltak i område {subject}",
    "tui.undo.evidence": "grunnlag til {subject}",
    "tui.undo.interviews": "intervjuloggen",
    "tui.undo.settle": "avgjørelse av {subject}",
    "tui.b.help_more": "Hjelp…",
    "tui.where.question": "i et poengfelt",
    "tui.where.overview": "i oversikten (F2)",
    "tui.where.texts": "i områdets tekster (ctrl+w)",
    "tui.where.report": "på rapportfanen",
    "tui.key_elsewhere": "{keys} ({label}) gjelder ikke her: den virker {where}",
    "tui.key_disputes_only": (
        "{keys} ({label}) gjelder bare i en sammenslått økt med spørsmål igjen å diskutere"
        " (kompass consensus)"
    ),
    "tui.key_needs_improvement": (
        "{keys} ({label}): marker først et forbedringsområde i områdets tekster"
    ),
    "tui.key_needs_action": "{keys} ({label}): marker først et tiltak i områdets tekster",
    "tui.diff.municipality": "Kommune: {before} → {after}",
    "tui.diff.score": "Spørsmål {qid}: poeng {before} → {after}",
    "tui.diff.not_applicable": "Spørsmål {qid}: ikke aktuell",
    "tui.diff.applicable": "Spørsmål {qid}: aktuell igjen",
    "tui.diff.comment": "Spørsmål {qid}: kommentar",
    "tui.diff.findings": "Spørsmål {qid}: tekst i rapporten",
    "tui.diff.evidence": "Spørsmål {qid}: grunnlag",
    "tui.diff.settled": "Spørsmål {qid}: avgjort",
    "tui.diff.area": "Område {area}: {part}",
    "tui.diff.actions": "tiltak",
    "tui.diff.section": "Rapporten: {section}",
    "tui.diff.interviews": "Intervjuer",
    "tui.diff.benchmarks": "Sammenligningstall fra andre kommuner",
    "tui.diff.about": "Evaluatorer, datoer eller organisasjon",
    "tui.palette_placeholder": "Søk etter kommandoer…",
    "tui.palette_no_matches": "Ingen treff",
    "tui.created": "Opprettet {name}",
    "tui.editor_taken_in": "Teksten fra {editor} er lest inn",
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
    "tui.quit_discard_again": "Trykk d igjen for å avslutte uten å lagre",
    "tui.restore_discard_again": "Trykk d igjen for å forkaste dem",
    "tui.draft_discard_again": "Trykk d igjen for å kaste det",
    "tui.delete_yes_again": "Trykk j igjen for å slette",
    "tui.stale_take_over_again": "Trykk t igjen for å ta over låsen",
    "tui.lock_released_take_again": "Trykk t igjen for å ta låsen",
    # (end of r25k)
    # -- r25o: two keys to write an export over a file that exists --
    "tui.export_overwrite_again": "Trykk Enter igjen for å overskrive {name}",
    # (end of r25o)
}
