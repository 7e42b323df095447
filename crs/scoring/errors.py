"""The one exception the engine raises for input it cannot score.

Callers (CLI, API, wizard) show the message to a person, so it names the field by its dotted path
in the profile format and says what is allowed. It subclasses ValueError so generic handlers that
already catch bad values keep working.
"""


class ProfileError(ValueError):
    """A profile that cannot be scored; ``field`` is the dotted path of the offending value."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}" if field else message)
