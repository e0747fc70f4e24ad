"""The main window, its menus and preferences: composes the other rooms."""
