"""Settlement funds for FSW and FST: family size, the dated table, and the job-offer exemption.

CEC never needs funds (IRCC proof-of-funds page [C9]; IRPR s. 87.1 sets no such rule).
"""

from __future__ import annotations

from typing import Any

from crs.dated import in_force

from .candidate import Candidate, Requirement, requirement
from .messages import _
from .rules.funds import FUNDS_TABLES

FUNDS_BEFORE_TABLES = _("date before the oldest funds table bundled; that table was used")


def family_size(candidate: Candidate) -> int | None:
    """You + spouse/partner + dependent children, counted even if they are Canadian or stay
    behind (IRCC [C9]); unknown until the number of children is answered."""
    children = candidate.answer("dependent_children")
    if children is None:
        return None
    return 1 + int(candidate.partnered) + int(children)


def funds_section(candidate: Candidate) -> dict[str, Any]:
    """The funds facts shown once in the result and reused by FSW and FST."""
    table, before_tables = in_force(FUNDS_TABLES, candidate.on)
    size = family_size(candidate)
    authorized = candidate.answer("authorized_to_work_in_canada")
    if not candidate.has_valid_job_offer:
        exempt: bool | None = False
    else:
        exempt = authorized
    section: dict[str, Any] = {
        "table": table.effective_from.isoformat(),
        "source": table.source,
        "family_size": size,
        "required_cad": table.required(size) if size is not None else None,
        "available_cad": candidate.answer("settlement_funds_cad"),
        "exempt_with_job_offer": exempt,
        "by_family_size": {str(n): table.required(n) for n in range(1, 8)},
        "each_additional_member_cad": table.each_additional,
    }
    if before_tables:
        section["warning"] = FUNDS_BEFORE_TABLES.english()
        section["warning_message"] = FUNDS_BEFORE_TABLES.as_json()
    return section


def funds_requirement(section: dict[str, Any]) -> Requirement:
    """Met if exempt (authorized to work in Canada with a valid job offer) or funds suffice."""
    required, available = section["required_cad"], section["available_cad"]
    exempt = section["exempt_with_job_offer"]
    if exempt:
        return requirement(
            "settlement_funds",
            True,
            _("exempt: authorized to work in Canada with a valid job offer"),
        )
    if required is None or available is None:
        needs = [
            key
            for key, value in (("dependent_children", required), ("settlement_funds_cad", available))
            if value is None
        ]
        if exempt is None:
            needs.append("authorized_to_work_in_canada")
        return requirement(
            "settlement_funds",
            None,
            _(
                "needs proof of settlement funds for the family size (table of %(table)s), unless "
                "authorized to work in Canada with a valid job offer",
                table=section["table"],
            ),
            tuple(needs),
        )
    amounts = {"required": required, "size": section["family_size"], "available": available}
    if available >= required:
        return requirement(
            "settlement_funds",
            True,
            _("needs CAD %(required)s for a family of %(size)s; has CAD %(available)s", **amounts),
        )
    if exempt is None:
        return requirement(
            "settlement_funds",
            None,
            _(
                "needs CAD %(required)s for a family of %(size)s; has CAD %(available)s, CAD %(short)s "
                "short (no funds needed if authorized to work in Canada with the job offer)",
                **amounts,
                short=required - available,
            ),
            ("authorized_to_work_in_canada",),
        )
    return requirement(
        "settlement_funds",
        False,
        _(
            "needs CAD %(required)s for a family of %(size)s; has CAD %(available)s, CAD %(short)s short",
            **amounts,
            short=required - available,
        ),
    )
