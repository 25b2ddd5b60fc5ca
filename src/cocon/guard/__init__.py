"""cocon.guard: the moderation and risk engine (pure Python, no Django).

>>> from cocon.guard import Guard
>>> Guard(learned=False).check("mdr je suis morte de rire").action
'allow'
"""

from cocon.guard.engine import Guard
from cocon.guard.normalize import Normalized, normalize
from cocon.guard.policy import DEFAULT_POLICY, Policy, Rule
from cocon.guard.verdict import ACTIONS, RISK_LEVELS, Span, Verdict

__all__ = [
    "ACTIONS",
    "DEFAULT_POLICY",
    "RISK_LEVELS",
    "Guard",
    "Normalized",
    "Policy",
    "Rule",
    "Span",
    "Verdict",
    "normalize",
]
