"""GridWarden core: models, rules, services and the sync client. Importable without Qt."""

__version__ = "0.1.0"
