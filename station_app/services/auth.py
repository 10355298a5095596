"""Who is acting, and the role checks every service call makes (not only the window)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from station_app.messages import msg
from station_app.services.errors import PermissionDenied
from station_app.store import audit, write_transaction

OFFICER, CHIEF, ADMIN, ANALYST = "officer", "chief", "admin", "analyst"
ROLES = (OFFICER, CHIEF, ADMIN, ANALYST)
RECORD_EDITORS = (OFFICER, CHIEF, ADMIN)
MANAGERS = (CHIEF, ADMIN)


@dataclass(frozen=True)
class Actor:
    """The logged-in user a service acts for."""

    username: str
    role: str
    full_name: str = ""
    user_uuid: str | None = None

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGERS


SYSTEM = Actor("system", ADMIN, "Station App")


def require(actor: Actor, roles: tuple[str, ...], db: Any = None, what: str = "") -> None:
    """Refuse unless ``actor`` has one of ``roles``; a refusal is audited when ``db`` is given.

    Call it before the operation's write transaction: the refusal's audit row is committed
    on its own, so it survives the refusal.
    """
    if actor.role in roles:
        return
    if db is not None and not db.conn.in_transaction:
        caller = what or sys._getframe(1).f_code.co_name
        with write_transaction(db):
            audit.append(
                db.conn,
                actor.username,
                "refused",
                caller,
                None,
                None,
                {"role": actor.role, "needs": list(roles)},
            )
    raise PermissionDenied(msg("permission_denied", role=actor.role))
