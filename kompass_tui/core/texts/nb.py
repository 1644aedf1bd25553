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
        " json; standard: etter endelsen på -o FILE (.html, .docx, .csv, .json), ellers md"
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
    "tui.h.comment": "Spørsmålets kommentar (evaluatorenes egen, ikke i rapporten)",
    "tui.findings_title": "{qid}: tekst i rapporten",
    "tui.comment_title": "{qid}: kommentar (ikke i rapporten)",
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
    "tui.changed_overwrite": "Skriv over med endringene mine (o)",
    "tui.changed_reload": "Les inn filen fra disken og forkast endringene mine (r)",
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
    "tui.h.next_area": "Neste område (etter det siste: oversikten)",
    "tui.h.prev_area": "Forrige område",
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
    "tui.h.export": "Eksporter rapporten (Markdown + SVG)",
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
    "tui.export_label": "Markdown-fil (diagrammet skrives som SVG ved siden av):",
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
    "tui.form_bad_people": "Antall personer: et heltall, minst 1",
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
    # (end of s20a)
    # -- s20b: outputs kept private and safe (#20) --
    # (end of s20b)
    # -- s21: evaluators together (#21) --
    # (end of s21)
    # -- s22a: published documents (#22) --
    # (end of s22a)
    # -- s22b: terminal width and data out (#22) --
    # (end of s22b)
    # -- s23: scale (#23) --
    # (end of s23)
    # -- s24: simpler core (#24) --
    # (end of s24)
    # -- s25: before the visit (#25) --
    # (end of s25)
    # -- s26: an hour at 80x24 (#26) --
    # (end of s26)
}
