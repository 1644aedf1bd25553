"""The width a widget will be laid out at, known before its first layout."""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widget import Widget


def laid_out_width(widget: Widget) -> int:
    """The content width that `widget` (as wide as its parent allows) gets at its next
    layout, while it has had none (mounted hidden): the nearest laid-out ancestor's less
    the gutters (padding, border, scroll bar) and margins in between. Text cut to this
    width is cut right the first time, so showing the widget takes one layout and one frame,
    not a second one when its first size arrives."""
    taken = 0
    node: DOMNode | None = widget
    while isinstance(node, Widget):
        if node.size.width:
            return max(0, node.size.width - taken)
        taken += node.gutter.width + node.styles.margin.width
        node = node.parent
    return max(0, widget.app.size.width - taken)
