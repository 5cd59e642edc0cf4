"""The PySide6 shell: app bootstrap, main window, pages, dialogs, table models, workers."""
