"""Run every rule over one report's text: a ``Report`` of facts, each citing its span."""

from __future__ import annotations

import bisect
from dataclasses import replace

from govkg.ingest.document.report import Given, read_document
from govkg.ingest.entities.events import find_events
from govkg.ingest.entities.indicators import find_indicators, find_ratings
from govkg.ingest.entities.names import find_names
from govkg.ingest.entities.staffing import find_sections, find_staffing, find_staffing_cells
from govkg.ingest.entities.unitnames import names_reporter
from govkg.ingest.facts import Mentioned, Report
from govkg.ingest.kinds.budgetshareparts import budget_share_parts
from govkg.ingest.kinds.budgetstatement import budget_restated, without_budget_lines
from govkg.ingest.kinds.countedin import counted_in
from govkg.ingest.kinds.fundorigin import fund_origins
from govkg.ingest.kinds.fundsources import fund_sources
from govkg.ingest.kinds.insertedsplit import inserted_split
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import find_money
from govkg.ingest.kinds.notecompared import note_compared
from govkg.ingest.kinds.pagesplit import page_split
from govkg.ingest.kinds.prosekinds import restated_kinds
from govkg.ingest.kinds.receivedgrants import received_grants
from govkg.ingest.kinds.restatedbudget import restated_budgets
from govkg.ingest.kinds.restatedsum import restated_sums
from govkg.ingest.kinds.unitless import find_unitless_compared
from govkg.ingest.limits import Quota, check_names, check_text
from govkg.ingest.lines.linetree import with_one_cut_of_each_whole
from govkg.ingest.lines.spending import AMOUNT, find_lines
from govkg.ingest.lines.unspent import without_unspent_lines
from govkg.ingest.pastfen import without_past_fen
from govkg.ingest.tables.alternatingcolumns import RULE as ALTERNATING_RULE
from govkg.ingest.tables.alternatingcolumns import find_alternating_columns
from govkg.ingest.tables.costcells import find_cost_cells
from govkg.ingest.tables.declaredcells import listed_here, not_placed
from govkg.ingest.tables.gluedcells import glued_cells
from govkg.ingest.tables.gluedfields import find_glued_fields
from govkg.ingest.tables.gluedfunds import find_glued_funds
from govkg.ingest.tables.gluedpartsums import find_glued_part_sums
from govkg.ingest.tables.gluedpoints import cut_points
from govkg.ingest.tables.gluedtargets import glued_targets
from govkg.ingest.tables.indicatormoney import find_indicator_money
from govkg.ingest.tables.partunits import RULE as PARTS_RULE
from govkg.ingest.tables.restatedcells import restated_cells
from govkg.ingest.tables.restatedtotal import restated_total
from govkg.ingest.tables.selfeval_form import RULE as FORM_RULE
from govkg.ingest.tables.sheetline import find_sheet_line
from govkg.ingest.tables.sheetsums import find_sheet_sums
from govkg.ingest.tables.tables import find_table_money
from govkg.ingest.tables.targetform import find_target_form
from govkg.ingest.tables.threepublicpairs import find_three_public_pairs
from govkg.ingest.tables.unitfields import find_unit_fields
from govkg.ingest.text.bounded import title_spans
from govkg.ingest.text.masked import masked_note
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView, clean_view, without_readings

__all__ = ["extract"]


def extract(text: str, file: str, given: Given | None = None) -> Report:
    """The facts ``text`` states; IngestError if it is not a report of the genre, or if it
    is over a cap of ``limits`` (too long, too dense, too many names)."""
    size = check_text(text, file)
    view = clean_view(text)
    document = read_document(view, file, given)
    report = Report(document=document)
    quota = Quota(file, size)
    if document.year is not None:  # a line or an indicator is of a year
        # read on the text as simplified (項目支出 is 项目支出); quotes stay verbatim
        bare = without_readings(view)  # 結(jié)余 is 結余
        plain = TextView(view.source, simplified(bare.text), bare.origin)
        report.lines = quota.take(find_lines(plain, document.year, document.cites[-1]))
    staffing = quota.take(find_staffing(view))
    stated = {m.name for m in staffing}
    staffing += quota.take(m for m in find_staffing_cells(view) if m.name not in stated)
    sections = quota.take(find_sections(view, document.unit))
    report.measured = staffing + [m for m in sections if not isinstance(m, Mentioned)]
    taken = _taken(view, report)
    report.measured += quota.take(find_indicators(view, taken)) + quota.take(find_ratings(view))
    if document.year is None:
        report.measured = []
    names = [m for m in sections if isinstance(m, Mentioned)] + quota.take(
        find_names(view, document.unit)
    )
    report.mentioned = _first_of_each(names, document.unit)
    check_names(report.mentioned, file)
    report.events = quota.take(find_events(view))
    read = without_readings(view)  # a cell's label 當(dāng)年財政撥款 is 當年財政撥款
    cells = (
        quota.take(find_table_money(read, document.year))
        + quota.take(find_indicator_money(read, document.year))
        + quota.take(find_cost_cells(read, document.year))
        + quota.take(find_sheet_line(read, document.year))
        + quota.take(find_sheet_sums(read, document.year))
        + quota.take(find_three_public_pairs(read, document.year))
        + quota.take(find_unitless_compared(read, document.year))
        + quota.take(find_target_form(read, document.year))
        + quota.take(find_glued_funds(read, document.year))
        + quota.take(find_glued_part_sums(read, document.year))
        + quota.take(find_unit_fields(read, document.year))
        + quota.take(find_glued_fields(read, document.year))
        + quota.take(find_alternating_columns(read, document.year))
    )
    written = quota.take(_written_money(view, document.year))
    others = [(m.cites[0].end - len(m.as_written), m.cites[0].end) for m in written]
    others += [_span(m) for m in cells if not listed_here(m)]
    cells = not_placed(cells, others)  # a declared cell another rule placed: listed once
    report.money = _in_text_order(written, _once(cells))
    report.money = restated_cells(report.money)  # a table repeating the prose: its kinds
    report.money = restated_total(report.money, view.source)  # one cell: 合计 = the items' sum
    report.lines = without_budget_lines(report.lines, report.money)
    report.lines = without_unspent_lines(report.lines, report.money)  # revenue is not spent
    report.lines = with_one_cut_of_each_whole(report.lines, view)  # two cuts of one whole
    report = without_past_fen(report)  # 5359.668673元: no yuan amount holds it (pastfen)
    if masked := masked_note(view.text):  # *元, 78.*元: the page masked the digits (text.masked)
        report.document = replace(report.document, notes=(*report.document.notes, masked))
    return report


def _written_money(view: TextView, year: int | None):
    """Amounts written with their unit (``money``), each kind then checked by the rules that
    look past its own words: a budget restated, money counted into revenue, a project form's
    funds by source, a 资金来源 paragraph's (``fundorigin``), and a figure glued from a
    form's cells (listed unread, or cut where the form's points prove the cut), an indicator
    row's glued target and actual (``gluedtargets``), a figure a sharing site's page marker
    splits (``pagesplit``: both pieces unread), or a spam mirror's inserted words split
    (``insertedsplit``: both pieces unread); last, an amount no word names (or only its
    name's 经费 / 费用) that restates a label and figure read elsewhere (``prosekinds``), and a
    fund's sum named by a bare 金额 that the text states again by the fund's name
    (``restatedsum``), and a spending figure of a text stating only budgets that restates a
    budget (``restatedbudget``), and parts adding up to a budget with their shares of it
    (``budgetshareparts``)."""
    found = budget_restated(view, find_money(view, year))
    found = counted_in(view.source, found)
    found = fund_sources(view.source, found)
    found = fund_origins(view.source, year, found)
    found = cut_points(view.source, glued_cells(view.source, found))
    found = glued_targets(view.source, found)
    found = page_split(view, found, year)
    found = inserted_split(view, found, year)  # 減少129房屋貸款3.96萬: a spam mirror's words
    found = note_compared(view.source, found)  # 较上年1102.54万元增133.74万元: a budget note's
    found = received_grants(view.source, found)  # 在收入拨款中,科学技术拨款250.03万元: revenue
    found = restated_kinds(view.source, found, kind_of)
    found = restated_sums(view.source, found, kind_of)
    return budget_share_parts(restated_budgets(view.source, found))  # 占比…: a budget's


def _span(money) -> tuple[int, int]:
    return money.cites[0].end - len(money.as_written), money.cites[0].end


def _once(cells: list) -> list:
    """Cells without one listed unread where another rule reads the same cell (a sheet's
    row read by ``sheetline`` is no loose cell of ``loosecells`` too), and a cell two rules
    read alike (``accountsrows`` and ``sheetline``, one 总表 row) kept once."""
    read = {cell.cites[0].end for cell in cells if cell.kind is not None}
    kept, alike = [], set()
    for cell in cells:
        if cell.kind is None and cell.cites[0].end in read:
            continue
        same = (cell.cites[0].end, cell.kind, cell.amount)
        if cell.kind is not None and same in alike:
            continue
        alike.add(same)
        kept.append(cell)
    return kept


def _in_text_order(written: list, cells: list) -> list:
    """Amounts written with their unit and table cells in one list, in text order; a cell
    that is also an amount with its unit is kept once: as the amount, unless the amount was
    left unread and a table rule read the cell (its row and column say its kind: tenth
    trial's 成本指标 | …费 | 200万 | 195.5万元 | 10), or its form's columns
    (``selfeval_form``) or sums (``partunits``, ``alternatingcolumns``) place the cell: they
    say more than the words before an amount (年度资金总额: 620.82万元 under 全年执行数 is
    spent, 33rd trial)."""
    order = sorted(written, key=lambda m: m.cites[0].end - len(m.as_written))
    spans = [(m.cites[0].end - len(m.as_written), m.cites[0].end) for m in order]
    starts = [start for start, _ in spans]
    kept = {id(m): m for m in written}
    for cell in cells:
        end = cell.cites[0].end
        at = bisect.bisect_right(starts, end) - 1
        if at >= 0 and spans[at][1] > end - len(cell.as_written):
            unread = order[at].kind is None  # unread: the cell's reading
            # its form's columns or sums say it (a flattened funds block's alternating
            # columns, proven by both columns' sums: ``alternatingcolumns``)
            placed = cell.rule in (FORM_RULE, PARTS_RULE, ALTERNATING_RULE)
            if cell.kind is not None and (unread or placed):
                kept[id(order[at])] = cell
            continue
        kept[id(cell)] = cell
    kept = list(kept.values())
    return sorted(kept, key=lambda m: m.cites[0].end)


def _cleaned(view: TextView, start: int, end: int) -> tuple[int, int]:
    """The cleaned span of a stored span (the nearest characters that survived cleaning)."""
    first = bisect.bisect_left(view.origin, start)
    last = bisect.bisect_left(view.origin, end)
    return first, last


def _taken(view: TextView, report: Report) -> list[tuple[int, int]]:
    """Cleaned spans other rules own: amounts, shares, head counts, 《titles》, the date."""
    spans = [_cleaned(view, c.start, c.end) for m in report.measured for c in m.cites[:1]]
    spans += [m.span() for m in AMOUNT.finditer(view.text)]
    for line in report.lines:
        if line.share is not None:
            spans += [_cleaned(view, c.start, c.end) for c in line.cites]
    spans += [_cleaned(view, c.start, c.end) for c in report.document.cites]
    spans += title_spans(view.text)
    return spans


def _first_of_each(found: list[Mentioned], reporter: str) -> list[Mentioned]:
    """One mention per (kind, name), citing every place it is named (up to five). The
    reporter, also where a sentence drops its place (秀英区水务局), is no other unit."""
    merged: dict[tuple[str, str], Mentioned] = {}
    for mention in found:
        if mention.name == reporter or (
            mention.kind == "unit" and names_reporter(mention.name, reporter)
        ):
            continue
        key = (mention.kind, mention.name)
        if key in merged:
            old = merged[key]
            if len(old.cites) < 5 and mention.cites[0] not in old.cites:
                merged[key] = replace(old, cites=old.cites + mention.cites[:1])
        else:
            merged[key] = mention
    return list(merged.values())
