"""Printed documents (reportlab, bundled Cyrillic fonts from resources/fonts)."""
