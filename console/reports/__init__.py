"""Printed documents (reportlab, no Qt): work orders, incident reports, invoices, reviews."""
