"""The link to the central store, enrolment, the sync panel and the conflicts dialog."""
