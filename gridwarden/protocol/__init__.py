"""What the client and the district server share, and nothing else (ARCHITECTURE rule 14): both
sides import this package; the server imports no client module (`gridwarden.sync`, services).

messages     the messages both sides speak (pydantic models), protocol version, limits
registry     per record type: scope rule, writers, append-only, transition rule — the
             extension point: a new synced model joins with one register(EntitySpec(...))
codec        records as JSON documents and back (fast per-column parsers)
merge        the field-level three-way merge the server decides by (pure functions)
stamps       the `updated_by` stamp ("user@device") both sides read
"""
