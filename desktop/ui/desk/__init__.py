"""The PIP's desk (Team menu): team caseload, consistency, conflicts, reviews, LA view."""
