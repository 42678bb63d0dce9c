"""Rendering a report to files: PDF (reportlab), XLSX (openpyxl) and DOCX (python-docx).
No Qt here."""
