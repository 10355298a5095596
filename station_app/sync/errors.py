"""Sync refusals: translatable messages, optionally about one package file."""

from __future__ import annotations

from station_app.messages import DEFAULT_LANG, Msg
from station_app.services.errors import ServiceError


def render(message: Msg, lang: str = DEFAULT_LANG) -> str:
    """Render ``message``, rendering any :class:`Msg` among its parameters in ``lang`` too."""
    params = {k: render(v, lang) if isinstance(v, Msg) else v for k, v in message.params.items()}
    return Msg(message.id, params).render(lang)


class SyncError(ServiceError):
    """A sync operation was refused; nothing was changed."""

    def __init__(self, message: Msg):
        super().__init__(message)
        self.args = (render(message, "en"),)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.message, lang)


class PackageRefused(SyncError):
    """A package (or receipt) failed a check; ``file`` names it in the message."""

    def __init__(self, reason: Msg, file: str = ""):
        self.file = file
        super().__init__(reason)
        self.args = (self.text("en"),)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        reason = render(self.message, lang)
        return f"{self.file}: {reason}" if self.file else reason
