"""The exported demo is the seed report: most of its words, in the seed's order.

The seed (tests/fixtures/seed-norrkoping-2010.txt, a copy of the Norrköping 2010 report
the project started from) and the Markdown export are compared as lists of words, case,
punctuation and number formatting aside (`7,5` and `7.5`, `50%` and `50 %` are the same
words). The share of the seed's words that appear in the export in the same order is the
length of their longest common subsequence over the seed's length.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.helpers import DEMO, REPO, kompass

SEED = REPO / "tests" / "fixtures" / "seed-norrkoping-2010.txt"
MINIMUM_SHARE = 0.97
# Headings as the seed prints them; the export must hold each, in this order.
SEED_HEADINGS = [
    "Vad är Kommunkompassen?",
    "Skillnad mellan den nya reviderade Kommunkompassen och den tidigare versionen",
    "Norrköpings kommun i förhållande till Kommunkompassen: En sammanfattande genomgång",
    "Allmänt om Norrköpings kommun",
    "Kommunorganisationen",
    "Utvärderingen",
    "Sammanfattning av resultat",
    "Tabell 1 Norrköpings kommun 2010 i förhållande till Kommunkompassens huvudområden.",
    "Tabell 2 Norrköpings resultat (gamla poängskalan) jämfört med fem andra kommuner.",
    "Detaljerad genomgång i förhållande till Kommunkompassens åtta områden",
    *[
        heading
        for n, title in enumerate(
            [
                "Offentlighet och demokrati",
                "Tillgänglighet och brukarorientering",
                "Politisk styrning och kontroll",
                "Ledarskap, ansvar och delegation",
                "Resultat och effektivitet",
                "Kommunen som arbetsgivare - personalpolitik",
                "Verksamhetsutveckling",
                "Kommunen som samhällsbyggare",
            ],
            1,
        )
        for heading in (f"Område {n} {title}", "Allmänt", f"Sammanfattning område {n}")
    ],
    "Poängsammanställning",
    "Kommunens resultat per område",
]


def words(text: str) -> list[str]:
    """A text as its words: letters and digits, lower case, everything else a separator."""
    return re.findall(r"[^\W_]+", text.lower())


def lcs_length(a: list[str], b: list[str]) -> int:
    """The length of the longest common subsequence of two word lists.

    Bit-parallel (Allison and Dix; Hyyrö): one big-integer step per word of `a`, where
    bit j of `row` stays set while b[j] is not yet matched.
    """
    masks: dict[str, int] = {}
    for index, word in enumerate(b):
        masks[word] = masks.get(word, 0) | (1 << index)
    full = (1 << len(b)) - 1
    row = full
    for word in a:
        matched = row & masks.get(word, 0)
        row = ((row + matched) | (row - matched)) & full
    return len(b) - bin(row).count("1")


def _lcs_by_table(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def test_the_fast_lcs_agrees_with_the_textbook_table() -> None:
    rng = random.Random(12)
    for _ in range(300):
        a = [rng.choice("abcd") for _ in range(rng.randint(0, 30))]
        b = [rng.choice("abcd") for _ in range(rng.randint(0, 30))]
        assert lcs_length(a, b) == _lcs_by_table(a, b)


@pytest.fixture(scope="module")
def export() -> str:
    result = kompass("export", DEMO)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_export_holds_at_least_97_percent_of_the_seed_in_order(export: str) -> None:
    seed = words(SEED.read_text(encoding="utf-8"))
    common = lcs_length(seed, words(export))
    share = common / len(seed)
    print(f"\nseed words in the export, in order: {common} of {len(seed)} = {share:.2%}")
    assert share >= MINIMUM_SHARE


def test_sections_1_to_5_and_every_heading_in_the_seed_order(export: str) -> None:
    lines = [line for line in export.splitlines() if line.startswith(("#", "**"))]
    headings = [line.lstrip("#* ").split("**")[0] for line in lines]
    numbered = [line.split()[1] for line in lines if line.startswith("## ")]
    assert numbered == ["1", "2", "3", "4", "5"]
    position = 0
    for heading in SEED_HEADINGS:
        found = [i for i, h in enumerate(headings) if h.startswith(heading) or h.endswith(heading)]
        later = [i for i in found if i >= position]
        assert later, f"{heading!r} missing or out of order"
        position = later[0]
