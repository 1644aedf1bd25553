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
        styles = node.styles
        scroll_bar = node.show_vertical_scrollbar or styles.overflow_y == "scroll"
        # (A container's scroll bar set to show always is not shown before it is mounted.)
        taken += styles.gutter.width + styles.margin.width
        taken += styles.scrollbar_size_vertical if scroll_bar else 0
        node = node.parent
    return max(0, widget.app.size.width - taken)
