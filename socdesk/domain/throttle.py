"""Sign-in throttling (захист від підбору пароля): the policy, as plain values.

The first `free_attempts` wrong passwords for a login cost nothing; after that each attempt
must wait, doubling from `base_delay_s` up to `max_delay_s`. A right password resets the count.
The same applies to logins that do not exist, so waiting reveals nothing about who has an
account (OWASP ASVS 6.3.1: no malicious lockout, only slowing down).
"""

from __future__ import annotations

from dataclasses import dataclass

from socdesk.domain.errors import AuthenticationFailed


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free_attempts: int = 5
    base_delay_s: int = 30
    max_delay_s: int = 15 * 60

    def delay_after(self, failures: int) -> int:
        """Seconds to wait after `failures` wrong attempts in a row."""
        if failures < self.free_attempts:
            return 0
        return int(min(self.max_delay_s, self.base_delay_s * 2 ** (failures - self.free_attempts)))

    def wait_left(self, failures: int, last_failure_s: float, now_s: float) -> int:
        """Seconds still to wait before the next attempt may be tried (0: try now). Within the
        free attempts there is nothing to wait, and a last failure stamped later than `now_s`
        (another process's clock read, a clock set back) never makes the wait longer than the
        delay itself."""
        delay = self.delay_after(failures)
        if not delay:
            return 0
        left = min(delay, last_failure_s + delay - now_s)
        return max(0, int(left + 0.999))


class SignInThrottled(AuthenticationFailed):
    """Too many wrong attempts: the message says how long to wait, nothing else."""

    def __init__(self, wait_s: int) -> None:
        minutes, seconds = divmod(wait_s, 60)
        when = f"{minutes} хв {seconds:02d} с" if minutes else f"{seconds} с"
        super().__init__(
            f"Забагато невдалих спроб входу. Спробуйте ще раз через {when}. "
            "Якщо пароль забуто, зверніться до координатора."
        )
        self.wait_s = wait_s
