"""Offline-first sync with the district server (ARCHITECTURE §3–5), generic over SYNCED_MODELS.
The shared wire code (messages, registry, codec, merge) lives in `gridwarden.protocol`; this
package is the client side only.

shadow       base values of fields edited here, for showing a conflict's three sides
local        the client store: outbox batches, applying pulled pages, settling answers
transport    HTTP: gzip, timeouts (the stall watchdog), errors as SyncFailure
client       one sync run: meta → upload files → push → pull → download files → verify
review       the needs-review queue and its resolutions (ordinary service writes)
credentials  the device token in the OS keyring
backoff      when to try again
errors       every expected failure as a Chinese message with what to do
"""
