"""Whose districts a reader may count: a specialist (фахівець із соціальної роботи) sees and
exports payments and reports only for their own starosta districts, those their workplace
serves; a coordinator, the centre's staff and a head see every district the store holds.

The signed-in user travels with each reading connection (`Store.read` marks it), so the
store's queries of payments, questionnaires and reports keep to the user's districts whoever
calls them: the screens, the command line, the exports. A connection nobody marked (a unit of
work, a test's raw connection) is not limited.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select

from socdesk.domain.errors import NotPermitted
from socdesk.domain.messages import noop
from socdesk.domain.people import Role
from socdesk.domain.text import sort_key
from socdesk.store import meta
from socdesk.store.schema import AppUser, StarostaDistrict, Workplace

VIEWER = "socdesk.viewer"  # conn.info: the signed-in user's id
_OWN = "socdesk.viewer_districts"  # conn.info: their districts, found once per read
NOT_YOURS = noop(
    "Domain",
    "Фахівець бачить платежі й звіти лише своїх старостинських округів; звіт за інші округи "
    "чи за всю громаду складає координатор або керівник.",
)
_users = AppUser.__table__  # type: ignore[attr-defined]
_workplace = Workplace.__table__  # type: ignore[attr-defined]
_district = StarostaDistrict.__table__  # type: ignore[attr-defined]


def mark_viewer(conn: Connection, user_id: str) -> None:
    """Names the user reading through `conn` (a new read: their districts found again)."""
    conn.info[VIEWER] = user_id
    conn.info.pop(_OWN, None)


def own_districts(conn: Connection) -> tuple[str, ...] | None:
    """The districts the connection's user may see, or None: every district. A specialist's
    are their workplace's (none before the workplace is set up)."""
    user = conn.info.get(VIEWER)
    if user is None:
        return None
    if _OWN not in conn.info:
        role = conn.execute(select(_users.c.role).where(_users.c.id == user)).scalar()
        own: tuple[str, ...] | None = None
        if role == Role.SPECIALIST.value:
            ids = conn.execute(
                select(_workplace.c.district_ids).where(_workplace.c.id == meta.workplace_id(conn))
            ).scalar()
            own = tuple(sorted(ids or ()))
        conn.info[_OWN] = own
    found: tuple[str, ...] | None = conn.info[_OWN]
    return found


def limit(conn: Connection, asked: Sequence[str] | None) -> tuple[str, ...] | None:
    """The districts a query keeps to: `asked` (None: every district) within the user's
    own. Asking for a district that is not the user's is refused (`NotPermitted`)."""
    own = own_districts(conn)
    if own is None:
        return None if asked is None else tuple(asked)
    if asked is None:
        return own
    if any(d not in own for d in asked):
        raise NotPermitted(NOT_YOURS)
    return tuple(asked)


def check(conn: Connection, asked: Sequence[str] | None) -> None:
    """Refuses a query over more than the user's own districts (every district included)."""
    if limit(conn, asked) != (None if asked is None else tuple(asked)):
        raise NotPermitted(NOT_YOURS)


def offered_districts(conn: Connection) -> list[tuple[str, str]]:
    """(id, name) of the districts a filter offers the user, in name order: their own, or
    every district the store holds."""
    own = own_districts(conn)
    stmt = select(_district.c.id, _district.c.name).where(_district.c.deleted.is_(False))
    if own is not None:
        stmt = stmt.where(_district.c.id.in_(own))
    rows = conn.execute(stmt).all()
    return sorted(((str(r.id), str(r.name)) for r in rows), key=lambda r: sort_key(r[1]))
