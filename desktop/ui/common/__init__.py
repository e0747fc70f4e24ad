"""What several rooms of the UI share: the store runner, autosave, language and vocabulary,
style, tables and cells, small widgets and record forms. Imports no other room."""
