"""Rendering a report to files: PDF (reportlab) and XLSX (openpyxl). No Qt here."""
