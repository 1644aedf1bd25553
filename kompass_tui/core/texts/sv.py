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
