"""Masking: the form in which personal data may be published or printed in a report.

Masks keep a head and a tail of the identifier's letters and digits and hide the rest, leaving
separators (spaces, hyphens) where they were, so the masked text lines up with the original.
"""

from __future__ import annotations

from typing import Optional

from .config import MaskingPolicy

DEFAULT_POLICY = MaskingPolicy()


def mask_middle(value: str, head: int, tail: int, char: str = "*") -> str:
    """Hide every letter/digit of `value` except the first `head` and last `tail` of them."""
    pos = [i for i, c in enumerate(value) if c.isalnum()]
    n = len(pos)
    if n == 0:
        return value
    if head + tail >= n:  # never leave an identifier whole: hide at least half of it
        head, tail = min(head, n // 4), min(tail, n // 4)
    hide = set(pos[head:n - tail])
    return "".join(char if i in hide else c for i, c in enumerate(value))


def mask_email(value: str, keep: int = 1, char: str = "*") -> str:
    local, _, domain = value.partition("@")
    if not domain:
        return mask_middle(value, 1, 1, char)
    k = min(keep, max(len(local) - 1, 0))
    return local[:k] + char * max(len(local) - k, 1) + "@" + domain


def mask_name(value: str, char: str = "*") -> str:
    """张三 -> 张*, 欧阳娜娜 -> 欧阳**: keep the surname (one char, two for 4-char names)."""
    if len(value) <= 1:
        return value
    keep = 2 if len(value) >= 4 else 1
    return value[:keep] + char * (len(value) - keep)


def mask_as(kind: str, value: str, policy: Optional[MaskingPolicy] = None) -> str:
    """Mask `value` as an identifier of `kind` under `policy`."""
    p = policy or DEFAULT_POLICY
    c = p.mask_char
    if kind == "id":
        return mask_middle(value, p.id_head, p.id_tail, c)
    if kind == "mobile":
        digits = sum(ch.isdigit() for ch in value)
        # keep the head of the subscriber number, after any +86/0086 prefix
        extra = digits - 11 if digits > 11 else 0
        return mask_middle(value, p.mobile_head + extra, p.mobile_tail, c)
    if kind == "bankcard":
        return mask_middle(value, p.card_head, p.card_tail, c)
    if kind == "passport":
        return mask_middle(value, p.passport_head, p.passport_tail, c)
    if kind == "email":
        return mask_email(value, p.email_local_keep, c)
    if kind == "name":
        return mask_name(value, c)
    return mask_generic(value, c)


def mask_generic(value: str, char: str = "*") -> str:
    """A safe mask when the type is not known (used by reports)."""
    if "@" in value:
        return mask_email(value, 1, char)
    n = sum(c.isalnum() and c.isascii() for c in value)
    if n >= 6:
        return mask_middle(value, min(3, n // 4), min(4, n // 4), char)
    if n == 0 and len(value) >= 2:  # Chinese text (a name, an address): keep the first character
        return value[0] + "".join(char if not c.isspace() else c for c in value[1:])
    return mask_middle(value, 0, 0, char) if n else value


# Characters that writers use to hide digits (after normalisation: full-width ＊ is already *).
MASK_CHARS = "*●○×■□#"


def mask_positions(value: str, head: int, tail: int, char: str = "*", mask_chars: str = MASK_CHARS) -> str:
    """Re-mask an identifier by position: letters, digits and mask characters all count as positions
    of the identifier; keep the first `head` and last `tail` positions as they are, hide the rest.

    Used to fix a mask that shows too much (5101041987****1234 -> 510104********1234): unlike
    `mask_middle`, already hidden positions keep their place, so the result never shows more.
    """
    pos = [i for i, c in enumerate(value) if c.isalnum() or c in mask_chars]
    n = len(pos)
    if n == 0:
        return value
    if head + tail >= n:
        head, tail = min(head, n // 4), min(tail, n // 4)
    hide = set(pos[head:n - tail])
    return "".join(char if i in hide else c for i, c in enumerate(value))


def transfer_mask(original: str, normalised: str, masked: str, char: str = "*") -> str:
    """Apply a mask computed on the normalised form of an identifier to its original characters.

    When the three strings line up (the usual case: NFKC maps a full-width digit to one ASCII digit)
    the original keeps its own characters (full-width digits, upper-case letters) where the mask
    keeps them. Otherwise the masked normalised form is returned as it is.
    """
    if len(original) == len(normalised) == len(masked):
        return "".join(o if m == n else m for o, n, m in zip(original, normalised, masked))
    return masked
