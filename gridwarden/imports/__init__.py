"""Imports from files people bring to the window (Excel sheets of applicants)."""
