"""Output primitives shared by reports and comparisons: Markdown escaping, CSV cells, SVG."""
