"""The wizard's flow rules and the profile its answers describe (no HTTP)."""

from calculator.questionnaire import wizard
from crs.scoring import score

YOU_SINGLE = {"marital_status": "single", "age": 30, "spouse_citizen_or_pr": None, "spouse_accompanying": None}
YOU_MARRIED = {"marital_status": "married", "age": 30, "spouse_citizen_or_pr": False, "spouse_accompanying": True}


def slugs(steps):
    return [step.slug for step in steps]


def test_partner_step_applies_only_when_scored_with_a_spouse():
    assert "partner" not in slugs(wizard.applicable_steps({"you": YOU_SINGLE}))
    assert "partner" in slugs(wizard.applicable_steps({"you": YOU_MARRIED}))
    common_law = dict(YOU_MARRIED, marital_status="common_law")
    assert "partner" in slugs(wizard.applicable_steps({"you": common_law}))


def test_partner_step_is_skipped_for_a_citizen_or_non_accompanying_partner():
    assert "partner" not in slugs(wizard.applicable_steps({"you": dict(YOU_MARRIED, spouse_citizen_or_pr=True)}))
    assert "partner" not in slugs(wizard.applicable_steps({"you": dict(YOU_MARRIED, spouse_accompanying=False)}))


def test_a_step_is_reachable_only_after_every_earlier_applicable_step():
    answers = {"you": YOU_SINGLE, "education": {"education": "bachelors"}}
    assert wizard.is_reachable("languages", answers)
    assert not wizard.is_reachable("work", answers)
    assert not wizard.is_reachable("partner", answers)
    assert wizard.first_incomplete(answers).slug == "languages"


def test_next_step_skips_the_partner_step_when_single():
    answers = {"you": YOU_SINGLE}
    assert wizard.next_step("work", answers).slug == "additional"
    assert wizard.next_step("work", {"you": YOU_MARRIED}).slug == "partner"
    assert wizard.next_step("additional", answers) is None


def test_becoming_single_keeps_the_partner_answers_without_scoring_them():
    session = {}
    wizard.save_step(session, "you", YOU_MARRIED)
    wizard.save_step(session, "partner", {"spouse_education": "doctoral", "spouse_canadian_work_years": 5})
    wizard.save_step(session, "you", YOU_SINGLE)
    answers = session[wizard.SESSION_KEY]
    assert answers["partner"] == {"spouse_education": "doctoral", "spouse_canadian_work_years": 5}
    assert "partner" not in [step.slug for step in wizard.applicable_steps(answers)]
    assert "spouse_education" not in wizard.answers_to_profile(answers)


def test_malformed_session_data_is_dropped_not_trusted():
    assert wizard.load({wizard.SESSION_KEY: "nonsense"}) == {}
    assert wizard.load({wizard.SESSION_KEY: {"you": YOU_SINGLE, "hacker": {}, "work": "x"}}) == {"you": YOU_SINGLE}


def test_answers_to_profile_leaves_out_a_spouse_who_is_not_scored():
    answers = {
        "you": dict(YOU_MARRIED, spouse_citizen_or_pr=True),
        "partner": {"spouse_education": "doctoral"},
        "additional": {
            "provincial_nomination": False,
            "sibling_in_canada": False,
            "spouse_sibling_in_canada": True,
            "has_job_offer": False,
        },
    }
    profile = wizard.answers_to_profile(answers)
    assert "spouse_education" not in profile
    assert "spouse_sibling_in_canada" not in profile
    assert profile["spouse_citizen_or_pr"] is True
    assert profile["job_offer"] is None


def test_answers_to_profile_builds_language_results_in_both_shapes():
    answers = {
        "you": YOU_SINGLE,
        "languages": {
            "first_test": "TEF",
            "first_test_date": "2024-05-01",
            "first_reading": 250,
            "first_writing": 400,
            "first_listening": 300,
            "first_speaking": 400,
            "second_test": "CLB",
            "second_reading": 9,
            "second_writing": 9,
            "second_listening": 9,
            "second_speaking": 9,
        },
    }
    profile = wizard.answers_to_profile(answers)
    assert profile["first_language"] == {
        "test": "TEF",
        "test_date": "2024-05-01",
        "scores": {"reading": 250, "writing": 400, "listening": 300, "speaking": 400},
    }
    assert profile["second_language"] == {
        "language": "english",
        "clb": {"reading": 9, "writing": 9, "listening": 9, "speaking": 9},
    }
    score(profile)  # the engine accepts it


def test_a_half_filled_language_result_is_left_out():
    answers = {"languages": {"first_test": "IELTS", "first_reading": 7, "first_writing": 7}}
    assert "first_language" not in wizard.answers_to_profile(answers)


def test_job_offer_qualifies_only_with_every_condition():
    base = {
        "has_job_offer": True,
        "job_full_time": True,
        "job_non_seasonal": True,
        "job_one_year": True,
        "job_lmia": "exempt",
        "job_teer": "1",
        "job_major_group_00": False,
    }
    assert wizard.job_offer(base) == {"teer": 1, "major_group_00": False, "qualifying": True}
    assert wizard.job_offer(dict(base, job_lmia="open_permit"))["qualifying"] is False
    assert wizard.job_offer(dict(base, job_non_seasonal=False))["qualifying"] is False
    assert wizard.job_offer(dict(base, has_job_offer=False)) is None


def test_major_group_00_counts_only_with_teer_0():
    offer = {"has_job_offer": True, "job_teer": "2", "job_major_group_00": True}
    assert wizard.job_offer(offer)["major_group_00"] is False
