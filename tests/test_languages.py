"""Languages end to end (#14): the command line speaks `--lang` or the locale, reports
have their own wording in sv, en and nb and fall back to English visibly, and counts
take their plural form (the issue's "1 frågor att diskutera")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.report.markdown import render_markdown
from kompass_tui.core.report.model import build_report
from kompass_tui.core.report.outline import table_2_caption
from kompass_tui.core.session.model import BenchmarkEntry, new_session
from kompass_tui.core.session.toml_io import save_session
from tests.helpers import DEMO, REPO, SMALL_INSTRUMENT, kompass, write_session

TWELVE = Path(__file__).parent / "instruments"
ENGLISH_LOCALE = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}
SWEDISH_LOCALE = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "sv_SE.UTF-8"}


def test_help_in_the_language_of_the_locale_or_of_lang() -> None:
    swedish = kompass("--help", env=SWEDISH_LOCALE)
    assert swedish.returncode == 0
    assert "poängsätt kommuner med Kommunkompassen" in swedish.stdout
    assert "visa den här hjälpen och avsluta" in swedish.stdout
    assert "usage: kompass" in swedish.stdout  # argparse's own words stay English
    english = kompass("--help", env={**SWEDISH_LOCALE, "LC_ALL": "C.UTF-8"})  # LC_ALL wins
    assert "score municipalities with Kommunkompassen" in english.stdout
    # --lang after --help still chooses the help's language.
    norwegian = kompass("export", "--help", "--lang", "nb", env=ENGLISH_LOCALE)
    assert "skriv også et profildiagram" in norwegian.stdout
    assert "kompass' egne ord" in norwegian.stdout


def test_command_output_in_the_interface_language() -> None:
    listed = kompass("criteria", "--lang", "sv", env=ENGLISH_LOCALE)
    assert "\tKommunkompassen (reviderad 2010)\t8 områden\t45 frågor\tmax 800\t" in listed.stdout
    validated = kompass("validate", DEMO, env=SWEDISH_LOCALE)
    assert "45/45 bedömda, 491,2 / 800 · 61 %" in validated.stdout
    refused = kompass("new", "x.toml", env=SWEDISH_LOCALE)
    assert refused.returncode == 2
    assert "kompass new: ange --municipality NAME eller --from EARLIER.toml" in refused.stderr


def test_one_question_to_discuss_is_singular(tmp_path: Path, criteria: Path) -> None:
    mini = Catalog.default([criteria]).get("mini")
    anna = write_session(tmp_path, "anna", mini, {"A1": "7", "A2": "6", "B1": "2"})
    bo = write_session(tmp_path, "bo", mini, {"A1": "4", "A2": "6", "B1": "2"})
    out = tmp_path / "merged.toml"
    args = ("consensus", anna, bo, "-o", out, "--criteria-dir", criteria)
    swedish = kompass(*args, "--lang", "sv")
    assert swedish.returncode == 0, swedish.stderr
    assert "slog ihop 2 utvärderingar av Lund (mini) till" in swedish.stdout
    assert "\n1 fråga att diskutera (spridning över 20 % av frågans max):\n" in swedish.stdout
    out.unlink()
    english = kompass(*args, env=ENGLISH_LOCALE)
    assert "\n1 question to discuss (spread above 20 % of the question's max):\n" in (
        english.stdout
    )


def test_a_norwegian_report_has_norwegian_wording(tmp_path: Path) -> None:
    catalog = Catalog.default([TWELVE])
    twelve = catalog.get("twelve-areas")
    session = new_session(twelve, "Bergen", [date(2010, 1, 25), date(2010, 1, 26)], ["Kari"])
    session.set_score(twelve, "1.1", D("7.5"))
    session.set_score(twelve, "1.3", D("1.13"))
    session.area_notes("1").strengths = ["God plan"]
    session.area_notes("1").improvements = ["Oppfølging"]
    path = tmp_path / "bergen.toml"
    save_session(session, twelve, path)
    result = kompass("export", path, "--lang", "nb", "--criteria-dir", TWELVE)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    for wording in (
        "**Analyse av Bergen kommune**\\\n25.–26. januar 2010",
        "Bergen kommune i forhold til Tolv områder (testinstrument): En oppsummerende",
        "Detaljert gjennomgang i forhold til de tolv områdene i Tolv områder",
        "**Styrker**",
        "**Forbedringsområder**",
        "Evalueringen er ikke ferdig",
        "2 av 34 spørsmål er vurdert",
        "Poengoversikt",
        "| 1.3 | Spørsmål 1.3? | 1,13 | 2,25 |",
        "Totalt område 1",
    ):
        assert wording in report, wording
    assert "kompass has no wording" not in report


def test_a_language_without_wording_falls_back_to_english_visibly(tmp_path: Path) -> None:
    folder = tmp_path / "criteria"
    folder.mkdir()
    german = SMALL_INSTRUMENT.replace('"sv"', '"de"').replace(".sv =", ".de =")
    (folder / "mini.toml").write_text(german, encoding="utf-8")
    mini = Catalog.default([folder]).get("mini")
    path = write_session(tmp_path, "anna", mini, {"A1": "7.5", "A2": "6", "B1": "2"})
    result = kompass("export", path, "--lang", "de", "--criteria-dir", folder)
    assert result.returncode == 0, result.stderr
    report = result.stdout
    note = "kompass has no wording of its own in de yet: the report's headings and labels"
    assert report.count(note) == 1
    assert "# Mini-instrument" in report  # the instrument's own German (here: Swedish) text
    assert "Summary of scores" in report and "| A1 | Ett? | 7,5 | 7,5 |" in report
    shown = kompass("show", "--no-pager", path, "--lang", "de", "--criteria-dir", folder)
    assert shown.stdout.count("kompass has no wording of its own in de yet") == 1


def test_report_counts_take_their_plural_form(criteria: Path) -> None:
    mini = Catalog.default([criteria]).get("mini")
    session = new_session(mini, "Lund", [date(2009, 3, 1)], ["Anna"])
    one = [BenchmarkEntry("Borås", 2008, areas={"A": D(10), "B": D(2)}, total=D(12))]
    for lang, expected in (
        ("sv", "Tabell 2 Lunds resultat (nuvarande poängskalan) jämfört med en annan kommun."),
        ("en", "Table 2 Lund's results (current scale) compared with one other municipality."),
        ("nb", "Tabell 2 Lund kommunes resultater (nåværende poengskala) sammenlignet med én"),
    ):
        report = build_report(session, mini, lang, benchmarks=one)
        assert table_2_caption(report).startswith(expected)
    two = [*one, BenchmarkEntry("Ale", 2009, areas={"A": D(9), "B": D(1)}, total=D(10))]
    report = build_report(session, mini, "sv", benchmarks=two)
    assert "jämfört med två andra kommuner." in table_2_caption(report)
    markdown = render_markdown(build_report(session, mini, "sv"))
    assert "0 av 3 frågor är bedömda" in markdown
    assert "Detaljerad genomgång" not in markdown  # no text: no detailed review


def test_any_language_kompass_speaks_with_any_instrument(tmp_path: Path) -> None:
    """`--lang nb` with the bundled instrument (sv, en): kompass's words in Norwegian, the
    instrument's texts in Swedish, and that said once on stderr."""
    said = "kommunkompassen-2010 har ingen tekster på nb"
    out = tmp_path / "rapport.md"
    result = kompass("export", DEMO, "--lang", "nb", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count(said) == 1 and len(result.stderr.splitlines()) == 1
    report = out.read_text(encoding="utf-8")
    assert "**Innhold**" in report and "Poengoversikt" in report  # kompass's words: nb
    assert "Offentlighet och demokrati" in report  # the instrument's own: sv
    assert "**47,5**" in report  # nb's decimal comma
    for args in (
        ("plan", DEMO),
        ("criteria", "kommunkompassen-2010"),
        ("compare", DEMO, REPO / "benchmarks" / "tabell-2-norrkoping-2010.toml"),
        ("show", "--no-pager", DEMO),
    ):
        shown = kompass(*args, "--lang", "nb")
        assert shown.returncode == 0, (args, shown.stderr)
        assert shown.stderr.count("har ingen tekster på nb") == 1, args
    english = kompass("export", DEMO, "--lang", "en")
    assert english.returncode == 0 and english.stderr == ""  # it has English: nothing said
    german = kompass("export", DEMO, "--lang", "de")
    assert german.returncode == 2
    assert "instrument 'kommunkompassen-2010' has sv, en; kompass speaks sv, en, nb" in (
        german.stderr
    )
