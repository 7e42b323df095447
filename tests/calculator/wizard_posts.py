"""Turn a profile (profile format) into the POSTs a person would make, step by step.

Used by the view tests and the golden comparison: the wizard must reproduce ``score()`` for every
profile its questions can express.
"""

from calculator.scoring.language_tests import ABILITIES

SPOUSE_STATUSES = ("married", "common_law")


def _yes(value):
    return "yes" if value else "no"


def _language_fields(prefix, result):
    if not result:
        return {f"{prefix}_test": ""}
    if "clb" in result:
        fields = {f"{prefix}_test": "CLB" if result["language"] == "english" else "NCLC"}
        for ability in ABILITIES:
            level = result["clb"][ability]
            fields[f"{prefix}_{ability}"] = str(0 if level < 4 else min(level, 10))
    else:
        fields = {f"{prefix}_test": result["test"]}
        for ability in ABILITIES:
            fields[f"{prefix}_{ability}"] = str(result["scores"][ability])
    if result.get("test_date"):
        fields[f"{prefix}_test_date"] = result["test_date"]
    return fields


def with_spouse(profile):
    return (profile.get("marital_status") in SPOUSE_STATUSES and profile.get("spouse_accompanying", True)
            and not profile.get("spouse_citizen_or_pr", False))


def step_posts(profile):
    """[(step slug, POST data)] in wizard order; the partner step only when it applies."""
    marital = profile.get("marital_status", "single")
    you = {"marital_status": marital, "age": str(min(max(profile["age"], 17), 45))}
    if marital in SPOUSE_STATUSES:
        you["spouse_citizen_or_pr"] = _yes(profile.get("spouse_citizen_or_pr", False))
        you["spouse_accompanying"] = _yes(profile.get("spouse_accompanying", True))
    canadian = profile.get("canadian_education", "none")
    education = {"education": profile.get("education", "less_than_secondary"),
                 "has_canadian_education": _yes(canadian != "none")}
    if canadian != "none":
        education["canadian_education"] = canadian
    languages = {**_language_fields("first", profile.get("first_language")),
                 **_language_fields("second", profile.get("second_language"))}
    work = {"canadian_work_years": str(min(profile.get("canadian_work_years", 0), 5)),
            "foreign_work_years": str(min(profile.get("foreign_work_years", 0), 3)),
            "certificate_of_qualification": _yes(profile.get("certificate_of_qualification"))}
    posts = [("you", you), ("education", education), ("languages", languages), ("work", work)]
    if with_spouse(profile):
        posts.append(("partner", {
            "spouse_education": profile.get("spouse_education", "less_than_secondary"),
            "spouse_canadian_work_years": str(min(profile.get("spouse_canadian_work_years", 0), 5)),
            **_language_fields("spouse", profile.get("spouse_language")),
        }))
    additional = {"provincial_nomination": _yes(profile.get("provincial_nomination")),
                  "sibling_in_canada": _yes(profile.get("sibling_in_canada")),
                  "has_job_offer": _yes(profile.get("job_offer"))}
    if with_spouse(profile):
        additional["spouse_sibling_in_canada"] = _yes(profile.get("spouse_sibling_in_canada"))
    offer = profile.get("job_offer")
    if offer:
        teer = offer.get("teer")
        if teer is None:
            teer = {"0": 0, "A": 1, "B": 2, "C": 4, "D": 5}[offer["noc2016_skill"]]
        qualifying = offer.get("qualifying", True)
        additional.update({"job_full_time": "yes", "job_non_seasonal": "yes", "job_one_year": "yes",
                           "job_lmia": "lmia" if qualifying else "open_permit", "job_teer": str(teer),
                           "job_major_group_00": _yes(offer.get("major_group_00"))})
    posts.append(("additional", additional))
    return posts


def fill_in(client, profile, *, lang="en"):
    """POST every step for ``profile``; returns the last response (a redirect to the result)."""
    response = None
    for slug, data in step_posts(profile):
        response = client.post(f"/{lang}/calculator/{slug}/", data)
        assert response.status_code == 302, (slug, data, response.content.decode()[:3000])
    return response
