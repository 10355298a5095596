"""Errors the services raise; each carries translatable messages for the user."""

from __future__ import annotations

from station_app.messages import DEFAULT_LANG, Msg, msg


class ServiceError(Exception):
    """Base: a refusal the user must be told about, in their language."""

    def __init__(self, message: Msg):
        super().__init__(message.render("en"))
        self.message = message

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return self.message.render(lang)


class ValidationError(ServiceError):
    """Bad input. ``errors`` maps each field path (``complainant.name``) to its message."""

    def __init__(self, errors: dict[str, Msg]):
        self.errors = dict(errors)
        super().__init__(msg("invalid_record", count=len(self.errors)))
        self.args = (self.summary("en"),)

    def summary(self, lang: str = DEFAULT_LANG) -> str:
        return "; ".join(f"{path}: {m.render(lang)}" for path, m in self.errors.items())

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return f"{self.message.render(lang)} {self.summary(lang)}"


class NotFound(ServiceError):
    def __init__(self) -> None:
        super().__init__(msg("not_found"))


class StaleRevision(ServiceError):
    """Someone saved the record after the caller read it (optimistic concurrency)."""


class PermissionDenied(ServiceError):
    pass


class AuthError(ServiceError):
    pass


class MonthClosed(ServiceError):
    """A change to a record dated in a closed month; the message says who signed it."""
