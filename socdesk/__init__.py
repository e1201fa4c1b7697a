"""SocDesk: an offline-first register of social-service recipients for Ukrainian communities."""

__version__ = "0.1.0"
