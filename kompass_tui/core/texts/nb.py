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
}
