"""The width a widget draws its lines at, known before its first layout."""

from __future__ import annotations

from textual.widget import Widget


def content_width(widget: Widget) -> int:
    """The widget's content width; before it is laid out, the screen's width less its
    padding and border, which is what a full-width widget gets. Lines drawn at the wrong
    width before the first frame would be drawn again right after it, a second frame."""
    if widget.size.width:
        return widget.size.width
    return max(0, widget.app.size.width - widget.styles.gutter.width)
