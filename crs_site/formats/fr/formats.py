"""French number format as IRCC and the Office québécois de la langue
française write it: a narrow no-break space between thousands (« 1 200 »).
Django's own French formats use a plain no-break space; everything else
(« 16 septembre 2026 », the decimal comma) comes from Django unchanged."""

THOUSAND_SEPARATOR = "\u202f"
