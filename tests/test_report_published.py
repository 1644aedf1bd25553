"""The published report: the demo as a PDF (WeasyPrint) and as Word (read by LibreOffice),
checked page by page as a reader turns them: A4, a title page, every later page numbered
`sida N av M`, a contents page with the right page numbers, no table that fits on a page
split across two, no heading at the foot of a page. Skipped, saying why, where poppler's
tools, WeasyPrint or LibreOffice are missing (`.ci/run` installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import DEMO, kompass

_POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(
    not _POPPLER, reason="poppler-utils is not installed (Debian: apt-get install poppler-utils)"
)


def _weasyprint_loads() -> str:
    """'' when WeasyPrint and Pango load; else why not."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as missing:
        return str(missing).splitlines()[0]
    return ""


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pages(pdf: Path) -> list[str]:
    """The text of every page (pdftotext ends each with a form feed)."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout.split("\f")[:-1]


def page_size_and_count(pdf: Path) -> tuple[str, int]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    size = re.search(r"Page size:\s+(.*)", info.stdout)
    count = re.search(r"Pages:\s+(\d+)", info.stdout)
    assert size and count
    return size.group(1), int(count.group(1))


def flat(text: str) -> str:
    return " ".join(text.split())


def headings_of(markdown: str) -> set[str]:
    """Every heading of the report and every bold line that introduces what follows."""
    found = set()
    for line in markdown.splitlines():
        heading = re.match(r"#{2,6} (.*)", line)
        lead_in = re.fullmatch(r"\*\*([^*]+)\*\*", line)
        for match in (heading, lead_in):
            if match:
                found.add(re.sub(r"\\(.)", r"\1", match.group(1)).strip())
    return found


def body_lines(page: str, furniture: set[str]) -> list[str]:
    """A page's lines without its running header and footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [
        line
        for line in lines
        if line not in furniture and not re.fullmatch(r"sida \d+ av \d+", line)
    ]


def assert_no_heading_ends_a_page(texts: list[str], headings: set[str]) -> None:
    furniture = {"Kommunkompassen – Norrköping", "2010"}
    for number, page in enumerate(texts[:-1], 1):
        lines = body_lines(page, furniture)
        if not lines:
            continue
        last = lines[-1]
        stranded = [h for h in headings if h == last or (len(last) > 6 and h.endswith(last))]
        assert not stranded, f"page {number} ends with the heading {stranded}"


def assert_tables_not_split(texts: list[str]) -> None:
    """Tabell 1, Tabell 2, the seats table typed in a report text and all eight area
    tables each fit on a page, so each must be on one."""
    flat_pages = [flat(page) for page in texts]

    def page_of(marker: str, start: int = 0) -> int:
        for index in range(start, len(flat_pages)):
            if marker in flat_pages[index]:
                return index
        raise AssertionError(f"{marker!r} is on no page")

    table_1 = page_of("Tabell 1 Norrköpings kommun 2010")
    for row in ("1. Offentlighet och demokrati", "8. Kommunen som samhällsbyggare", "527,5"):
        assert row in flat_pages[table_1], f"Tabell 1 split: {row!r} not with its caption"
    table_2 = page_of("Tabell 2 Norrköpings resultat")
    for row in ("Borås 2008", "659,5"):
        assert row in flat_pages[table_2], f"Tabell 2 split: {row!r} not with its caption"
    seats = page_of("Mandatfördelningen")
    assert "Folkpartiet" in flat_pages[seats], "the seats table is split"
    scores = max(i for i, page in enumerate(flat_pages) if "5 Poängsammanställning" in page)
    for area in range(1, 9):
        total = page_of(f"Totalt område {area}", scores)
        first = re.compile(rf"(?<![\d.]){area}\.1(?!\d)")
        assert first.search(flat_pages[total]), f"the table of area {area} is split"


@pytest.fixture(scope="module")
def demo_markdown() -> str:
    result = kompass("export", DEMO)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = _weasyprint_loads()
    if missing:
        pytest.skip(f"WeasyPrint cannot be loaded ({missing}): pip install 'kompass-tui[pdf]'")
    if not _POPPLER:
        pytest.skip("poppler-utils is not installed (Debian: apt-get install poppler-utils)")
    folder = tmp_path_factory.mktemp("pdf")
    session = folder / "norrkoping-2010.toml"
    shutil.copy(DEMO, session)
    out = folder / "rapport.pdf"
    result = kompass("export", session, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def demo_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docx")
    session = folder / "norrkoping-2010.toml"
    shutil.copy(DEMO, session)
    out = folder / "rapport.docx"
    result = kompass("export", session, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def docx_as_pdf(demo_docx: Path) -> Path:
    soffice = _soffice()
    if soffice is None:
        pytest.skip(
            "LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)"
        )
    if not _POPPLER:
        pytest.skip("poppler-utils is not installed (Debian: apt-get install poppler-utils)")
    profile = demo_docx.parent / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(demo_docx.parent),
            str(demo_docx),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return demo_docx.with_suffix(".pdf")


def test_the_pdf_is_a4_with_a_title_page_and_every_later_page_numbered(demo_pdf: Path) -> None:
    size, count = page_size_and_count(demo_pdf)
    assert "(A4)" in size
    assert count >= 30
    texts = pages(demo_pdf)
    assert len(texts) == count
    title = flat(texts[0])
    for fact in ("Kommunkompassen (reviderad 2010)", "Analys av Norrköpings kommun", "2010"):
        assert fact in title
    assert "Leif Eldås och Gunnar Gidenstam" in title
    assert "sida" not in title  # the title page carries no number
    for number, page in enumerate(texts[1:], 2):
        assert f"sida {number} av {count}" in page, f"page {number} is not numbered"
        assert "Kommunkompassen – Norrköping" in page  # the running header
    contents = flat(texts[1])
    assert "Innehåll" in contents
    scores = max(i for i, page in enumerate(texts) if "5 Poängsammanställning" in page) + 1
    assert re.search(rf"5\. Poängsammanställning[ .]*{scores}\b", contents), contents


def test_the_pdf_keeps_tables_and_headings_with_their_content(
    demo_pdf: Path, demo_markdown: str
) -> None:
    texts = pages(demo_pdf)
    assert_tables_not_split(texts)
    assert_no_heading_ends_a_page(texts, headings_of(demo_markdown))


def test_pdf_by_format_needs_a_file_and_refuses_without_weasyprint(tmp_path: Path) -> None:
    session = tmp_path / "norrkoping-2010.toml"
    shutil.copy(DEMO, session)
    to_stdout = kompass("export", session, "--format", "pdf")
    assert to_stdout.returncode == 1
    assert "-o" in to_stdout.stderr and to_stdout.stdout == ""
    # A WeasyPrint whose Pango cannot be loaded, as on a system without libpango.
    fake = tmp_path / "fake" / "weasyprint"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        "raise OSError(\"cannot load library 'libpango-1.0-0': no such file\")\n"
    )
    out = tmp_path / "rapport.pdf"
    out.write_bytes(b"the earlier report")
    result = kompass(
        "export", session, "--format", "pdf", "-o", out, env={"PYTHONPATH": str(fake.parent)}
    )
    assert result.returncode == 1
    assert "pip install 'kompass-tui[pdf]'" in result.stderr
    assert "libpango-1.0-0 libpangoft2-1.0-0" in result.stderr
    assert out.read_bytes() == b"the earlier report"  # nothing half-written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake", "norrkoping-2010.toml", out.name]


def test_the_word_file_is_a4_in_swedish_with_repeated_headers(demo_docx: Path) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm

    document = docx.Document(str(demo_docx))
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert abs(section.page_width - Mm(210)) < Mm(0.5)
    assert abs(section.page_height - Mm(297)) < Mm(0.5)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    langs = [e.get(qn("w:val")) for e in defaults.iter(qn("w:lang"))]
    assert langs == ["sv-SE"]
    assert section.different_first_page_header_footer
    assert "sida" in section.footer.paragraphs[0].text
    for table in document.tables:
        first = table.rows[0]._tr.trPr
        assert first is not None and first.find(qn("w:tblHeader")) is not None
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    results = document.tables[1]
    widths = [cell.width for cell in results.rows[0].cells]
    assert widths[0] > 2 * max(widths[1:])  # the area's name wide, the figures narrow


def test_the_word_file_in_english_and_norwegian(tmp_path: Path) -> None:
    import io

    import docx
    from docx.oxml.ns import qn

    from kompass_tui.core.report.docx import render_docx
    from kompass_tui.core.report.model import build_report
    from tests.test_report_support import load_demo

    def language(document: docx.document.Document) -> list[str | None]:
        defaults = document.styles.element.find(qn("w:docDefaults"))
        return [e.get(qn("w:val")) for e in defaults.iter(qn("w:lang"))]

    out = tmp_path / "en.docx"
    result = kompass("export", DEMO, "--lang", "en", "-o", out)
    assert result.returncode == 0, result.stderr
    english = docx.Document(str(out))
    assert language(english) == ["en-GB"]
    assert "page" in english.sections[0].footer.paragraphs[0].text
    loaded = load_demo()  # Bokmål words around the instrument's own texts
    norwegian = render_docx(build_report(loaded.session, loaded.instrument, "nb"))
    document = docx.Document(io.BytesIO(norwegian))
    assert language(document) == ["nb-NO"]
    assert "side" in document.sections[0].footer.paragraphs[0].text


def test_libreoffice_lays_out_the_word_file_without_split_tables(
    docx_as_pdf: Path, demo_markdown: str
) -> None:
    size, count = page_size_and_count(docx_as_pdf)
    assert "(A4)" in size
    texts = pages(docx_as_pdf)
    assert "sida" not in texts[0]
    for number, page in enumerate(texts[1:], 2):
        assert f"sida {number} av {count}" in page, f"page {number} is not numbered"
    assert_tables_not_split(texts)
    assert_no_heading_ends_a_page(texts, headings_of(demo_markdown))
