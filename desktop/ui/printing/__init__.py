"""The Print… dialog: reports made off the UI thread, preview, print and Save as PDF."""
