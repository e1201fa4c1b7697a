"""The work on a case after the appeal, one module per aggregate:

- `case`: the case's header, the people it covers, its latest acts, the worker responsible;
- `income`: the income declaration (one per case) and the payment it gives;
- `decisions`: the decisions (grant, refuse, terminate) and handing them over;
- `contracts`: the contract and signing it;
- `plans`: the individual plan and its revisions;
- `moves`: the facts the case's guards read from all of these, its next steps, a move, and a
  decision (a move with its record).

Rows are typed (frozen dataclasses with dates, decimals and enums), not mappings. "The latest"
decision, contract or plan revision is chosen by its business date (then revision or id), never
by the row's last-change clock. The law's rules live in `domain` (cases, payment, deadlines);
these modules read and write their records through the unit of work, so each is syncable and
audited. This package re-exports what screens, documents and the demo use.
"""

from socdesk.store.casework.case import (
    ASSESSMENT_FORM,
    URGENT_FORM,
    CaseHeader,
    assign_worker,
    case_header,
    case_people,
    latest_form,
)
from socdesk.store.casework.contracts import (
    ContractService,
    ContractTerms,
    SignedContract,
    latest_contract,
    sign_contract,
)
from socdesk.store.casework.decisions import (
    GRANT,
    REFUSE,
    TERMINATE,
    DecidedIncome,
    Decision,
    deliver_decision,
    latest_decision,
)
from socdesk.store.casework.income import (
    INCOME_TYPES,
    CasePayment,
    DeclaredIncome,
    DeclaredMember,
    case_payment,
    declared_members,
    minimums,
    payment_rules,
    save_income,
)
from socdesk.store.casework.moves import advance, case_facts, decide, next_steps
from socdesk.store.casework.plans import (
    Plan,
    PlanDraft,
    PlanMeasure,
    latest_plan,
    plan_changes,
    plan_revisions,
    save_plan,
)

__all__ = [
    "ASSESSMENT_FORM",
    "GRANT",
    "INCOME_TYPES",
    "REFUSE",
    "TERMINATE",
    "URGENT_FORM",
    "CaseHeader",
    "CasePayment",
    "ContractService",
    "ContractTerms",
    "DecidedIncome",
    "Decision",
    "DeclaredIncome",
    "DeclaredMember",
    "Plan",
    "PlanDraft",
    "PlanMeasure",
    "SignedContract",
    "advance",
    "assign_worker",
    "case_facts",
    "case_header",
    "case_payment",
    "case_people",
    "decide",
    "declared_members",
    "deliver_decision",
    "latest_contract",
    "latest_decision",
    "latest_form",
    "latest_plan",
    "minimums",
    "next_steps",
    "payment_rules",
    "plan_changes",
    "plan_revisions",
    "save_income",
    "save_plan",
    "sign_contract",
]
