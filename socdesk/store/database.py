"""`Store`: one workplace's encrypted store, opened for one user.

Creating a store makes the data key, the key file (the user's and the recovery envelope), the
tables (migrations) and the reference data. Opening one unwraps the key with the password or
the recovery key, backs up and migrates if the schema is older, refreshes reference data, and
checks that the user may sign in.

Writes go through `write()`, one at a time (a lock plus `BEGIN IMMEDIATE` on a one-connection
writer engine); reads through `read()` run in parallel on their own connections (WAL).
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import Connection, Engine, select

from socdesk.domain.errors import (
    AuthenticationFailed,
    DiskFull,
    NotPermitted,
    SocDeskError,
    StoreCorrupt,
    StoreLocked,
    StoreMissing,
    UserRuleBroken,
)
from socdesk.domain.ids import new_id
from socdesk.domain.messages import fill, noop
from socdesk.domain.people import Role, worker_for_user
from socdesk.domain.users import check_login, check_password
from socdesk.paths import DB_FILE, KEY_FILE, AppPaths
from socdesk.store import audit_seal, counters, forms, fts, identity, meta, migrate, refdata
from socdesk.store.district_access import mark_viewer
from socdesk.store.engine import connect_raw, make_engine, wal_checkpoint
from socdesk.store.files import create_private, make_private, private_dir
from socdesk.store.keys import KdfParams, KeyFile, format_recovery_key, parse_recovery_key
from socdesk.store.lock import DataFolderLock
from socdesk.store.schema import AppUser, Worker
from socdesk.store.throttle import AttemptLog
from socdesk.store.uow import UnitOfWork, WriteContext
from socdesk.store.user_rows import NewUser as NewUser
from socdesk.store.user_rows import new_user_row, password_hasher

log = logging.getLogger(__name__)
SYSTEM_USER = "system"
ANCHOR_INTERVAL_S = 2.0
RECOVERY_TAG = "recovery"  # throttling bookkeeping of attempts with the recovery key
PRIVATE_FILES = (DB_FILE, DB_FILE + "-wal", DB_FILE + "-shm", KEY_FILE, identity.INSTANCE_FILE)
_users = AppUser.__table__  # type: ignore[attr-defined]


def _wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


EMPTY_STORE = (
    "Файл сховища socdesk.db порожній (0 байтів): його пошкоджено, даних у ньому немає. "
    "Відновіть сховище з резервної копії (socdesk admin restore) і зверніться до координатора."
)


class StoreExists(SocDeskError):
    exit_code = 2
    default_message = noop("Domain", "У цій папці вже є сховище SocDesk; нове не створено.")


class Store:
    """An open store. Build it with `create`, `open` or `open_with_recovery`."""

    def __init__(
        self,
        paths: AppPaths,
        data_key: bytes,
        user_id: str,
        *,
        clock: Callable[[], int] = _wall_clock_ms,
        fault: Callable[[str], None] | None = None,
    ) -> None:
        self.paths = paths
        # Held while this store is open: a restore or `demo --force` elsewhere is refused.
        self._folder_lock = DataFolderLock.shared(paths.data_dir)
        make_private(paths.data_dir, PRIVATE_FILES)
        self._key = data_key
        self.user_id = user_id
        self._clock = clock
        self._fault = fault
        try:
            self.writer: Engine = make_engine(paths.db_file, data_key, writer=True)
            self.reader: Engine = make_engine(paths.db_file, data_key, writer=False)
        except BaseException:
            self._folder_lock.release()
            raise
        self._write_lock = threading.Lock()
        self.device_id = ""
        self.store_id = ""
        self._authors: dict[str, str] = {}  # local user id -> synced worker id
        self._audit_key = b""  # set by `_seal_audit` before the first write
        self._anchor_due = 0.0  # when the key file's audit anchor may next be moved
        self._anchor_pending = False  # entries were written since the anchor last moved

    # ------------------------------------------------------------------ lifecycle
    @classmethod
    def create(
        cls, paths: AppPaths, first_user: NewUser, kdf: KdfParams | None = None
    ) -> tuple[Store, str]:
        """A new, empty store with its first user; returns it and the recovery key to show once."""
        if paths.db_file.exists():
            raise StoreExists()
        private_dir(paths.data_dir)
        data_key, recovery = secrets.token_bytes(32), secrets.token_bytes(32)
        store_id, user_id, envelope_id = new_id(), new_id(), new_id()
        store = cls(paths, data_key, user_id)  # takes the folder's lock first
        try:
            keys = KeyFile.create(paths.key_file, store_id)
            keys.set_password(
                envelope_id, first_user.login, first_user.password, data_key, kdf or KdfParams()
            )
            keys.set_recovery(recovery, data_key)
            keys.save()
            create_private(paths.db_file)
            migrate.migrate(store.writer, None)
            store._seal_audit()
            with store.writer.begin() as conn:
                meta.put(conn, meta.STORE_ID, store_id)
                meta.put(conn, meta.DEVICE_ID, new_id())
                identity.claim_instance(conn, paths.db_file)
            store._load_identity()
            with store.write() as uow:
                uow.insert_local(
                    AppUser, new_user_row(user_id, envelope_id, first_user, kdf or KdfParams())
                )
            refdata.load_all(store)
            store._ensure_workers()
        except BaseException:
            if paths.db_file.exists():
                store.close()
            else:  # closing would checkpoint, which would create an empty store file
                store.writer.dispose()
                store.reader.dispose()
                store._folder_lock.release()
            with contextlib.suppress(OSError):
                if paths.db_file.stat().st_size == 0:  # nothing was written: leave no store
                    paths.db_file.unlink()
            raise
        return store, format_recovery_key(recovery)

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        login: str,
        password: str,
        *,
        clock: Callable[[], int] = _wall_clock_ms,
    ) -> Store:
        """Signs in: unwraps the key with the password, migrates if needed, checks the user.

        Wrong attempts are counted per login (`store.throttle`); past the free ones, the next
        attempt must wait, for existing and unknown logins alike.
        """
        keys = _load_keys(paths)
        with AttemptLog(paths.key_file).attempt(keys.login_tag(login), lambda: clock() / 1000):
            envelope_id, data_key = keys.unwrap_with_password(login, password)
        store = cls._open(paths, data_key, clock)
        try:
            row = store._user_by_envelope(envelope_id)
            if row is None or row.disabled:
                raise AuthenticationFailed()
            store.user_id = row.id
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_with_recovery(
        cls, paths: AppPaths, recovery_key: str, *, clock: Callable[[], int] = _wall_clock_ms
    ) -> Store:
        """Opens with the recovery key (a coordinator, when every password is forgotten).
        Throttled like sign-in: the key is long, but guessing must not be free either."""
        keys = _load_keys(paths)
        raw = parse_recovery_key(recovery_key)  # a mistyped key is told, not counted
        with AttemptLog(paths.key_file).attempt(RECOVERY_TAG, lambda: clock() / 1000):
            try:
                data_key = keys.unwrap_with_recovery(raw)
            except ValueError:
                raise AuthenticationFailed(
                    noop("Domain", "Ключ відновлення не підходить.")
                ) from None
        store = cls._open(paths, data_key, _wall_clock_ms)
        store.user_id = SYSTEM_USER
        return store

    @classmethod
    def _open(cls, paths: AppPaths, data_key: bytes, clock: Callable[[], int]) -> Store:
        store = cls(paths, data_key, SYSTEM_USER, clock=clock)
        try:
            store.upgrade()
            store._seal_audit()
            with store.writer.begin() as conn:
                fts.ensure(conn)
                counters.ensure(conn)
            store._check_device_identity()
            store._load_identity()
            refdata.load_all(store)
            store._ensure_workers()
            with store.read() as conn:  # a form filled in a published version reads anywhere
                forms.published_definitions(conn)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Checkpoints the WAL into the store file and closes every connection.

        Everything committed is already safe in the WAL: a checkpoint that fails here (a full
        disk, a reader still open) is only logged, and SQLite completes it on the next open.
        """
        if self._anchor_pending:
            self._anchor_audit()
        try:
            self.checkpoint()
        except SocDeskError as exc:
            log.warning(
                "WAL checkpoint on close failed (%s); done on next open", type(exc).__name__
            )
        try:
            self.writer.dispose()
            self.reader.dispose()
        finally:
            self._folder_lock.release()

    def upgrade(self, script_location: Path = migrate.SCRIPT_LOCATION) -> None:
        """Migrates the store to the newest schema (backup first); see `store.migrate`.

        If a failed migration changed the store anyway, the backup made just before is put
        back, so the store is exactly as it was.
        """
        try:
            migrate.migrate(self.writer, self._pre_migration_backup, script_location)
        except migrate.StoreChangedByFailedMigration as failure:
            self.writer.dispose()
            self.reader.dispose()
            if failure.backup is None:
                raise
            from socdesk.store.backup import restore_files  # rare: only after a failure

            restore_files(failure.backup, self.paths)
            raise migrate.MigrationFailed() from failure

    def checkpoint(self) -> None:
        """Moves the WAL into the store file and truncates it (on close and after big jobs).

        Issued on the DB-API connection: through SQLAlchemy the pragma would first open a
        transaction, inside which SQLite refuses to checkpoint.
        """
        with self._write_lock, self.writer.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            busy = wal_checkpoint(raw, self.paths.data_dir)
        if busy:
            raise StoreLocked()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reading and writing
    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction on its own connection (a consistent snapshot), marked with the
        signed-in user (payments and reports keep to a specialist's districts)."""
        with self.reader.connect() as conn, conn.begin():
            mark_viewer(conn, self.user_id)
            yield conn

    @contextlib.contextmanager
    def write(self, user_id: str | None = None) -> Iterator[UnitOfWork]:
        """One unit of work = one transaction; commits when the block ends without error."""
        user_id = user_id or self.user_id
        if not self._audit_key:  # a `Store` built directly (the crash tests' children)
            self._seal_audit()
        ctx = WriteContext(
            device_id=self.device_id,
            user_id=user_id,
            author=self._author(user_id),
            wall_clock_ms=self._clock,
            audit_key=self._audit_key,
            **({"fault": self._fault} if self._fault else {}),
        )
        with self._write_lock, self.writer.begin() as conn:
            uow = UnitOfWork(conn, ctx)
            yield uow
            uow.finish()
        if uow.erased:  # rare: the WAL and the backups made before lose the erased values
            from socdesk.store.erasure import after_commit

            after_commit(self)
        if uow.audit_head is not None:
            self._anchor_pending = True
            if time.monotonic() >= self._anchor_due:
                self._anchor_audit()

    # ------------------------------------------------------------------ the audit chain
    def audit_seal(self) -> audit_seal.AuditSeal:
        """The audit chain's key and anchor, for `admin check` and the audit browser."""
        return audit_seal.read_seal(self.paths.key_file, self._key)

    def _seal_audit(self) -> None:
        with self.writer.connect() as conn:
            self._audit_key = audit_seal.open_seal(self.paths.key_file, self._key, conn).key

    def _anchor_audit(self) -> None:
        """Moves the key file's anchor to the chain's head: after the first write, then at
        most every `ANCHOR_INTERVAL_S` (each move is a synced file write) and on close."""
        self._anchor_due = time.monotonic() + ANCHOR_INTERVAL_S
        with self.read() as conn:
            self._anchor_pending = not audit_seal.anchor_quietly(self.paths.key_file, conn)

    # ------------------------------------------------------------------ users and keys
    @property
    def role(self) -> Role:
        """The signed-in user's role; opened with the recovery key, the store acts as
        coordinator (that key is the coordinator's way back in)."""
        if self.user_id == SYSTEM_USER:
            return Role.COORDINATOR
        with self.read() as conn:
            role = conn.execute(
                select(_users.c.role).where(_users.c.id == self.user_id)
            ).scalar_one()
        return Role(role)

    def users(self) -> list[AppUser]:
        """Every local user, in login order (the password hash stays inside the store)."""
        with self.read() as conn:
            rows = conn.execute(select(_users).order_by(_users.c.login)).all()
        return [AppUser.model_validate(row._mapping) for row in rows]

    def add_user(self, user: NewUser, kdf: KdfParams | None = None) -> str:
        """A new local user with its own envelope of the data key (coordinators only)."""
        self.require_coordinator()
        check_login(user.login)
        check_password(user.password)
        if any(u.login == user.login for u in self.users()):
            raise UserRuleBroken(
                fill(
                    noop("Domain", "Користувач «%1» уже є; виберіть інше ім’я для входу."),
                    user.login,
                )
            )
        user_id, envelope_id = new_id(), new_id()
        keys = KeyFile.load(self.paths.key_file)
        keys.set_password(envelope_id, user.login, user.password, self._key, kdf or KdfParams())
        with self.write() as uow:
            uow.insert_local(AppUser, new_user_row(user_id, envelope_id, user, kdf or KdfParams()))
            uow.audit_action("user.add", "app_user", [user.role.value], user_id)
            keys.save()  # inside the transaction: a failed save rolls the user back
        self._ensure_workers()
        return user_id

    def change_password(self, login: str, new_password: str, kdf: KdfParams | None = None) -> None:
        """Re-wraps the data key under the new password; the old one stops working.

        Anyone may change their own password; a coordinator may set anyone's (a user who forgot
        it). A disabled user gets the password back with `enable_user`."""
        row = self._user_row(login)
        if row.id != self.user_id:
            self.require_coordinator()
        if row.disabled:
            raise UserRuleBroken(
                noop("Domain", "Користувача вимкнено; спершу увімкніть його з новим паролем.")
            )
        self._rewrap(row, new_password, {}, "user.password", kdf)

    def disable_user(self, login: str) -> None:
        """The user can no longer sign in: the account is marked and, more than that, the
        user's envelope of the data key is removed, so the password opens nothing."""
        self.require_coordinator()
        row = self._user_row(login)
        if row.id == self.user_id:
            raise UserRuleBroken(
                noop("Domain", "Не можна вимкнути себе; попросіть іншого координатора.")
            )
        self._keep_a_coordinator(row.id)
        keys = KeyFile.load(self.paths.key_file)
        keys.remove(row.envelope_id)
        with self.write() as uow:
            uow.update_local(AppUser, row.id, {"disabled": True})
            uow.audit_action("user.disable", "app_user", [], row.id)
            keys.save()

    def enable_user(self, login: str, new_password: str, kdf: KdfParams | None = None) -> None:
        """Lets a disabled user sign in again, with a new password set by the coordinator."""
        self.require_coordinator()
        self._rewrap(self._user_row(login), new_password, {"disabled": False}, "user.enable", kdf)

    def set_role(self, login: str, role: Role) -> None:
        self.require_coordinator()
        row = self._user_row(login)
        if role != Role.COORDINATOR:
            self._keep_a_coordinator(row.id)
        with self.write() as uow:
            uow.update_local(AppUser, row.id, {"role": role.value})
            uow.audit_action("user.role", "app_user", [role.value], row.id)

    def quick_check(self) -> bool:
        """SQLite's `quick_check` (O(N), ~0.1 s per 100,000 recipients): run at every start."""
        # Its own short-lived connection: the scan would leave a pooled reader holding a full
        # page cache (16 MiB) of pages nobody needs next.
        raw = connect_raw(self.paths.db_file, self._key, cache_kib=1024)
        try:
            return bool(raw.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            raw.close()

    def verify_password(self, password: str, now_s: float | None = None) -> None:
        """Unlock after auto-lock: the signed-in user's password against its Argon2id hash
        (opened with the recovery key: that key again).

        Throttled like sign-in; `AuthenticationFailed` (or `SignInThrottled`) when it fails.
        """
        if self.user_id == SYSTEM_USER:
            self._verify_recovery_key(password, now_s)
            return
        with self.read() as conn:
            row = conn.execute(select(_users).where(_users.c.id == self.user_id)).one_or_none()
        if row is None or row.disabled:
            raise AuthenticationFailed()
        tag = KeyFile.load(self.paths.key_file).login_tag(row.login)
        with AttemptLog(self.paths.key_file).attempt(tag, self._seconds(now_s)):
            try:
                PasswordHasher().verify(row.password_hash, password)
            except VerifyMismatchError:
                raise AuthenticationFailed() from None

    def backup(self, target: Path) -> Path:
        """An encrypted backup file (store and key file) at `target`."""
        with self.read() as conn:
            revision = migrate.current_revision(conn)
        assert revision is not None
        from socdesk.store.backup import write_backup  # tarfile and friends, when needed

        return write_backup(self.paths, self._key, revision, target)

    # ------------------------------------------------------------------ internals
    def _seconds(self, now_s: float | None) -> Callable[[], float]:
        """The time of a sign-in check, read when it runs: `now_s` when given (tests)."""
        return (lambda: self._clock() / 1000) if now_s is None else (lambda: now_s)

    def _verify_recovery_key(self, text: str, now_s: float | None) -> None:
        keys = KeyFile.load(self.paths.key_file)
        with AttemptLog(self.paths.key_file).attempt(RECOVERY_TAG, self._seconds(now_s)):
            try:
                opened = keys.unwrap_with_recovery(parse_recovery_key(text))
            except (AuthenticationFailed, ValueError):
                raise AuthenticationFailed(
                    noop("Domain", "Ключ відновлення не підходить.")
                ) from None
            if not secrets.compare_digest(opened, self._key):
                raise AuthenticationFailed(noop("Domain", "Ключ відновлення не підходить."))

    def require_coordinator(self) -> None:
        """`NotPermitted` unless the signed-in user is a coordinator (or the recovery key)."""
        if self.role != Role.COORDINATOR:
            raise NotPermitted()

    def _user_row(self, login: str) -> AppUser:
        with self.read() as conn:
            row = conn.execute(select(_users).where(_users.c.login == login)).one_or_none()
        if row is None:
            raise UserRuleBroken(fill(noop("Domain", "Користувача «%1» немає."), login))
        return AppUser.model_validate(row._mapping)

    def _keep_a_coordinator(self, leaving_id: str) -> None:
        """Refuses a change that would leave no enabled coordinator."""
        others = [
            u
            for u in self.users()
            if u.role == Role.COORDINATOR and not u.disabled and u.id != leaving_id
        ]
        if not others:
            raise UserRuleBroken(
                noop(
                    "Domain",
                    "Має залишитися хоча б один увімкнений координатор: він керує користувачами.",
                )
            )

    def _rewrap(
        self,
        row: AppUser,
        password: str,
        values: dict[str, object],
        action: str,
        kdf: KdfParams | None,
    ) -> None:
        check_password(password)
        keys = KeyFile.load(self.paths.key_file)
        keys.set_password(row.envelope_id, row.login, password, self._key, kdf or KdfParams())
        with self.write() as uow:
            password_hash = password_hasher(kdf or KdfParams()).hash(password)
            uow.update_local(AppUser, row.id, {**values, "password_hash": password_hash})
            uow.audit_action(action, "app_user", [], row.id)
            keys.save()

    def _author(self, user_id: str) -> str:
        """The synced worker a local user writes as ("" for the system and the recovery key)."""
        if user_id == SYSTEM_USER:
            return ""
        if user_id not in self._authors:
            with self.read() as conn:
                worker = conn.execute(
                    select(_users.c.worker_id).where(_users.c.id == user_id)
                ).scalar()
            if worker is None:
                return ""  # not yet linked: only inside `_ensure_workers` itself
            self._authors[user_id] = worker
        return self._authors[user_id]

    def _ensure_workers(self) -> None:
        """Links every local user to a synced worker (працівник), creating one where missing.

        Change records and printed documents travel to other replicas, which know the workers
        but never this device's logins; a store made before this rule gets its workers here.
        """
        with self.read() as conn:
            unlinked = conn.execute(
                select(_users.c.id, _users.c.display_name, _users.c.role).where(
                    _users.c.worker_id.is_(None)
                )
            ).all()
        if not unlinked:
            return
        with self.write(SYSTEM_USER) as uow:
            for user_id, display_name, role in unlinked:
                worker_id = uow.insert(Worker, worker_for_user(display_name, Role(role)))
                uow.update_local(AppUser, user_id, {"worker_id": worker_id})

    def _check_device_identity(self) -> None:
        """A restored or copied store becomes a new device (`store.identity`), audited.

        On a full disk a store that is the same one opens anyway (read-only work stays
        possible); its token is simply renewed at a later open.
        """
        self._load_identity()
        reason: str | None = None
        try:
            with self.write() as uow:
                conn = uow.connection
                reason = identity.changed_instance(conn, self.paths.db_file)
                if reason is not None:
                    device_id = new_id()
                    unsent = identity.become_new_device(conn, device_id)
                    detail = [reason, f"unsent={unsent}"]
                    uow.audit_action("device.new", "meta", detail, device_id)
                    log.info("store %s: new device id, %d unsent re-keyed", reason, unsent)
                identity.claim_instance(conn, self.paths.db_file)
        except DiskFull:
            if reason is not None:
                raise
            log.warning("disk full: the store's instance token was not renewed")

    def _load_identity(self) -> None:
        with self.read() as conn:
            self.store_id = meta.get(conn, meta.STORE_ID) or ""
            self.device_id = meta.get(conn, meta.DEVICE_ID) or ""

    def _user_by_envelope(self, envelope_id: str) -> AppUser | None:
        with self.read() as conn:
            row = conn.execute(
                select(_users).where(_users.c.envelope_id == envelope_id)
            ).one_or_none()
        return None if row is None else AppUser.model_validate(row._mapping)

    def _pre_migration_backup(self, revision: str) -> Path:
        from socdesk.store.backup import pre_migration_backup  # tarfile and friends, when needed

        return pre_migration_backup(self.paths, self._key, revision)


def _load_keys(paths: AppPaths) -> KeyFile:
    if not paths.db_file.exists():
        raise StoreMissing()
    if paths.db_file.stat().st_size == 0:  # SQLite would take it for a new, empty store
        raise StoreCorrupt(EMPTY_STORE)
    return KeyFile.load(paths.key_file)
