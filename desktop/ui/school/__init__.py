"""One school's improvement partnership log and the dialogs that record its decisions."""
