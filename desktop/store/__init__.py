"""SIPL package."""
