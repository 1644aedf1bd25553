"""Putting evaluations on one instrument, or refusing: scales, editions and area mappings.

Evaluations are compared on one instrument. An evaluation made with another one comes onto
it only in these ways, tried in order:

1. a session whose instrument names the comparison's instrument as its `older_scale` and
   that has older-scale totals: those totals (the seed's Tabell 2 does this);
2. an area mapping file from its instrument to the comparison's (given with `--map`, else
   found beside the instruments, in either direction): its areas, mapped;
3. a later (or earlier) edition of the same instrument with the same maximum, related by
   `edition_of` or named as a record's `edition`: its total only, with a caveat;

and otherwise the comparison is refused with a message naming both instruments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kompass_tui.core.compare.evaluation import Evaluation, older_scale_evaluation
from kompass_tui.core.compare.mapping import MAPPINGS_FOLDER, AreaMapping, find_mapping
from kompass_tui.core.instrument.catalog import Catalog
from kompass_tui.core.instrument.criteria import Instrument
from kompass_tui.core.lean_dataclasses import lean_dataclass
from kompass_tui.core.problems import KompassError, LoadError


class ComparisonError(KompassError):
    """Evaluations that cannot be compared; the message says why, naming the files."""


@lean_dataclass
class Placed:
    """Evaluations on one instrument, in the order given."""

    instrument: Instrument
    evaluations: list[Evaluation]


def place_on_one_instrument(
    evaluations: Sequence[Evaluation],
    instruments: Mapping[str, Instrument],
    catalog: Catalog,
    on: str | None = None,
    mappings: Sequence[AreaMapping] = (),
) -> Placed:
    """Put every evaluation on one instrument; raise ComparisonError where one cannot be.

    The instrument is `on` when given, else the `to` of the mappings, else the one the
    most evaluations were made with (counting sessions' older-scale totals), the first
    evaluation's own instrument breaking a tie.
    """
    if len(evaluations) < 2:
        raise ComparisonError(
            f"nothing to compare: {len(evaluations)} evaluation given, at least 2 are needed"
        )
    known = dict(instruments)
    by_source = _mappings_by_source(mappings)
    target_id = on or _mapping_target(mappings) or _most_used(evaluations, known)
    target = _get(target_id, known, catalog)
    placed: list[Evaluation] = []
    refused: list[Evaluation] = []
    found: dict[str, AreaMapping | None] = {}
    for evaluation in evaluations:
        result = place_evaluation(evaluation, target, known, catalog, by_source)
        if result is None and not evaluation.edition and evaluation.instrument_id != target.id:
            mapping = _found_mapping(evaluation.instrument_id, target.id, catalog, found)
            result = mapping.apply(evaluation) if mapping is not None else None
        (placed if result is not None else refused).append(result or evaluation)
    if refused:
        raise ComparisonError(_refusal(target, placed, refused))
    return Placed(target, placed)


def place_evaluation(
    evaluation: Evaluation,
    target: Instrument,
    known: dict[str, Instrument],
    catalog: Catalog,
    by_source: Mapping[str, AreaMapping],
) -> Evaluation | None:
    """One evaluation on `target` by the rules above (`known` gains instruments loaded);
    None when it cannot be put there."""
    own = known.get(evaluation.instrument_id)
    if evaluation.instrument_id == target.id and not evaluation.edition:
        return evaluation
    if own is not None and own.older_scale == target.id and not evaluation.edition:
        older = older_scale_evaluation(evaluation, target)
        if older is not None:
            return older
    mapping = by_source.get(evaluation.instrument_id)
    if mapping is not None and not evaluation.edition:
        return mapping.apply(evaluation)
    if own is not None and _same_line(own, target, known, catalog) and own.max == target.max:
        edition = evaluation.edition or (own.id if own.id != target.id else "")
        return replace(evaluation, instrument_id=target.id, areas={}, area_max={}, edition=edition)
    return None


def _same_line(
    a: Instrument, b: Instrument, known: dict[str, Instrument], catalog: Catalog
) -> bool:
    """Whether two instruments are editions of one another (one `edition_of` chain)."""
    return _root(a, known, catalog) == _root(b, known, catalog)


def _root(instrument: Instrument, known: dict[str, Instrument], catalog: Catalog) -> str:
    seen = {instrument.id}
    current = instrument
    while current.edition_of and current.edition_of not in seen:
        seen.add(current.edition_of)
        try:
            current = _get(current.edition_of, known, catalog)
        except LoadError:
            return current.edition_of
    return current.id


def _get(instrument_id: str, known: dict[str, Instrument], catalog: Catalog) -> Instrument:
    if instrument_id not in known:
        known[instrument_id] = catalog.get(instrument_id)
    return known[instrument_id]


def _mappings_by_source(mappings: Sequence[AreaMapping]) -> dict[str, AreaMapping]:
    by_source: dict[str, AreaMapping] = {}
    for mapping in mappings:
        if mapping.from_id in by_source:
            other = by_source[mapping.from_id].path
            raise ComparisonError(
                f"{mapping.path}: maps {mapping.from_id!r} again (also {other}); give one"
            )
        by_source[mapping.from_id] = mapping
    return by_source


def _found_mapping(
    from_id: str, to_id: str, catalog: Catalog, found: dict[str, AreaMapping | None]
) -> AreaMapping | None:
    """A mapping found beside the instruments, looked for once per instrument."""
    if from_id not in found:
        found[from_id] = find_mapping(catalog, from_id, to_id)
    return found[from_id]


def _mapping_target(mappings: Sequence[AreaMapping]) -> str | None:
    targets = {m.to_id for m in mappings}
    if len(targets) > 1:
        files = ", ".join(f"{m.path} → {m.to_id}" for m in mappings)
        raise ComparisonError(f"the area mappings lead to different instruments: {files}")
    return next(iter(targets), None)


def _most_used(evaluations: Sequence[Evaluation], known: Mapping[str, Instrument]) -> str:
    counts: dict[str, int] = {}
    for evaluation in evaluations:
        if not evaluation.edition:
            counts[evaluation.instrument_id] = counts.get(evaluation.instrument_id, 0) + 1
        own = known.get(evaluation.instrument_id)
        if own is not None and own.older_scale and _has_older_totals(evaluation):
            counts[own.older_scale] = counts.get(own.older_scale, 0) + 1
    first = evaluations[0].instrument_id
    best = max(counts.values(), default=0)
    if counts.get(first) == best:
        return first
    return next(i for i, n in counts.items() if n == best) if counts else first


def _has_older_totals(evaluation: Evaluation) -> bool:
    session = evaluation.session
    return session is not None and any(
        notes.older_scale_total is not None for notes in session.areas.values()
    )


def _refusal(target: Instrument, placed: list[Evaluation], refused: list[Evaluation]) -> str:
    by_instrument: dict[str, list[str]] = {}
    keyed = [(target.id, e) for e in placed]
    keyed += [
        (e.instrument_id + (f" (edition {e.edition})" if e.edition else ""), e) for e in refused
    ]
    for key, evaluation in keyed:
        files = by_instrument.setdefault(key, [])
        if str(evaluation.file) not in files:
            files.append(str(evaluation.file))
    parts = "; ".join(f"{i}: {', '.join(files)}" for i, files in by_instrument.items())
    others = ", ".join(dict.fromkeys(e.instrument_id for e in refused))
    return (
        "cannot compare evaluations made with different instruments (their scales differ) — "
        f"{parts}. No area mapping between {others} and {target.id} is known: write one "
        f'(a TOML file: area_mapping = 1, from = "{refused[0].instrument_id}", '
        f'to = "{target.id}", and an [areas] table of from-area = to-area; see the README, '
        '"Area mappings") and give it with --map FILE, or put it in a '
        f"{MAPPINGS_FOLDER}/ folder beside your instruments (--criteria-dir DIR)."
    )
