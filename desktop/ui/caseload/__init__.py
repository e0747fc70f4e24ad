"""The home screen (the partner's schools at a glance) and search across the caseload."""
