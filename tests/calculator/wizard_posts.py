"""Turn a profile (profile format) into the POSTs a person would make, step by step.

Used by the view tests and the golden comparison: the wizard must reproduce ``score()`` for every
profile its questions can express.
"""

from calculator.questionnaire.wizard import profile_to_step_data as step_posts


def fill_in(client, profile, *, lang="en"):
    """POST every step for ``profile``; returns the last response (a redirect to the result)."""
    response = None
    for slug, data in step_posts(profile):
        response = client.post(f"/{lang}/calculator/{slug}/", data)
        assert response.status_code == 302, (slug, data, response.content.decode()[:3000])
    return response
