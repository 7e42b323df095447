"""Marking the engine's English sentences for translation without importing Django.

``gettext_noop`` returns its argument unchanged, so the engine and the JSON API keep their English;
its name is one of ``makemessages``' keywords, so the literal lands in the French catalogue, and the
site translates the sentence when it shows it (the ``plain_warning`` filter in calculator/templatetags/crs.py).
"""


def gettext_noop(message: str) -> str:
    return message
