"""Ed25519 keys: the private key made at init (``keys/station_ed25519.pem``) never leaves
the PC; packages and receipts carry the public key, and the other side pins it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station_app import paths
from station_app.messages import msg
from station_app.services.station import PRIVATE_KEY_FILE
from station_app.sync.errors import SyncError

PUBLIC_KEY_RE = re.compile(r"[0-9a-f]{64}")
SIGNATURE_RE = re.compile(r"[0-9a-f]{128}")


def fingerprint(public_key_hex: str) -> str:
    """A short, readable fingerprint of a public key, for checking by phone.

    The same as ``station_app.cli.fingerprint`` (printed by ``init``).
    """
    digest = hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()[:20].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def check_public_key(value: str) -> str:
    """A public key as 64 lower-case hex digits, or SyncError."""
    text = (value or "").strip().lower()
    if not PUBLIC_KEY_RE.fullmatch(text):
        raise SyncError(msg("sync_bad_public_key", value=str(value)[:80]))
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(text))
    except ValueError:
        raise SyncError(msg("sync_bad_public_key", value=str(value)[:80])) from None
    return text


def private_key_path(data_dir: Path) -> Path:
    return paths.keys_dir(data_dir) / PRIVATE_KEY_FILE


def load_private_key(data_dir: Path, expected_public_hex: str | None) -> Ed25519PrivateKey:
    """This PC's signing key; refuses a missing file or a key that is not the station's."""
    path = private_key_path(data_dir)
    try:
        data = path.read_bytes()
    except OSError:
        raise SyncError(msg("sync_key_missing", path=str(path))) from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise SyncError(msg("sync_key_mismatch", path=str(path))) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncError(msg("sync_key_mismatch", path=str(path)))
    if expected_public_hex is not None and public_hex(key) != expected_public_hex:
        raise SyncError(msg("sync_key_mismatch", path=str(path)))
    return key


def public_hex(key: Ed25519PrivateKey) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    return key.sign(message).hex()


def verify(public_key_hex: str, signature_hex: str, message: bytes) -> bool:
    """True if ``signature_hex`` is a valid signature of ``message`` by the key."""
    if not PUBLIC_KEY_RE.fullmatch(public_key_hex or "") or not SIGNATURE_RE.fullmatch(
        signature_hex or ""
    ):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)).verify(
            bytes.fromhex(signature_hex), message
        )
    except (InvalidSignature, ValueError):
        return False
    return True
