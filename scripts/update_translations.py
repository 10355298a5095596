"""Refresh the Qt translations: lupdate over the code and the forms, then lrelease.

    python scripts/update_translations.py           # update the .ts files, compile the .qm files
    python scripts/update_translations.py --check   # change nothing; exit 1 if anything is
                                                    # untranslated, stale or not compiled

What it does:

1. ``lupdate`` reads every ``station_app/**/*.py`` and ``forms/*.ui`` and merges the
   strings it finds (``self.tr(...)``, ``QCoreApplication.translate("Context", ...)``,
   ``QT_TRANSLATE_NOOP``, the forms' texts) into ``resources/translations/
   station_app_{ky,ru,en}.ts``. New strings arrive marked ``type="unfinished"``; strings no
   longer in the code are dropped.
2. ``lrelease`` compiles every ``resources/translations/*.ts`` (ours and ``qtbase_ky.ts``,
   Qt's buttons in Kyrgyz, which is kept by hand) into the ``.qm`` file the app loads.

After step 1, translate what is new: open the .ts in Qt Linguist (``pyside6-linguist``) or
edit the XML (fill ``<translation>``, remove ``type="unfinished"``), then run this script
again so the .qm files are rebuilt. ``tests/test_i18n.py`` fails until every string has a
Kyrgyz and a Russian translation and the .qm files match their .ts files.

English needs no translation (the source strings are English); station_app_en.ts carries
only the plural forms ("%n record(s)" -> "1 record" / "2 records").
"""

from __future__ import annotations

import argparse
import filecmp
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("ky", "ru", "en")
FULLY_TRANSLATED = ("ky", "ru")  # English is the source language
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)")


# ------------------------------------------------------------------------------ tools


def qt_tool(name: str) -> Path:
    """Qt's lupdate / lrelease as shipped in the PySide6-Essentials wheel."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (
        name + (".exe" if sys.platform == "win32" else "")
    )
    if not exe.exists():
        raise FileNotFoundError(f"{exe} not found: install PySide6-Essentials")
    return exe


def sources(root: Path = ROOT) -> list[Path]:
    """Every file whose strings are translated: the package's Python code and the forms."""
    code = [p for p in (root / "station_app").rglob("*.py") if "__pycache__" not in p.parts]
    return sorted(code) + sorted((root / "forms").glob("*.ui"))


def run_lupdate(ts_file: Path, lang: str, root: Path = ROOT, locations: str = "relative") -> str:
    """Merge the current source strings into ``ts_file`` (made if missing)."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        str(qt_tool("lupdate")),
        "-no-obsolete",
        "-locations",
        locations,
        "-source-language",
        "en",
        "-target-language",
        lang,
        *files,
        "-ts",
        str(ts_file),
    ]
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"lupdate failed:\n{out.stdout}\n{out.stderr}")
    return out.stdout + out.stderr


def run_lrelease(ts_file: Path, qm_file: Path) -> str:
    cmd = [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"lrelease failed on {ts_file.name}:\n{out.stdout}\n{out.stderr}")
    return out.stdout + out.stderr


# ------------------------------------------------------------------------- .ts files


@dataclass(frozen=True)
class Key:
    """What identifies a message: Qt looks it up by context, source text and comment."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass
class Entry:
    key: Key
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    kind: str = ""  # the translation's type: "", "unfinished", "vanished", "obsolete"
    where: str = ""  # file:line of the first location

    @property
    def finished(self) -> bool:
        return (
            self.kind == ""
            and bool(self.translations)
            and all(t.strip() for t in self.translations)
        )


def read_ts(path: Path) -> dict[Key, Entry]:
    """Every message of a .ts file, keyed as Qt looks it up."""
    root = ET.parse(path).getroot()
    out: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            tr = message.find("translation")
            if tr is None:
                texts, kind = [], "unfinished"
            elif key.numerus:
                texts = [f.text or "" for f in tr.iter("numerusform")]
                kind = tr.get("type", "")
            else:
                texts, kind = [tr.text or ""], tr.get("type", "")
            loc = message.find("location")
            where = ""
            if loc is not None and loc.get("filename"):
                where = f"{Path(loc.get('filename')).name}:{loc.get('line', '')}"
            out[key] = Entry(key, texts, kind, where)
    return out


def current_strings(root: Path = ROOT) -> dict[Key, Entry]:
    """The strings the code and the forms hold now (lupdate into a temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "current.ts"
        run_lupdate(ts, "ru", root, locations="absolute")  # each message names its line
        return read_ts(ts)


# ------------------------------------------------------------------------------ check


@dataclass
class Problems:
    missing: dict[str, list[Entry]] = field(default_factory=dict)  # lang -> not in its .ts
    untranslated: dict[str, list[Entry]] = field(default_factory=dict)  # lang -> no text
    placeholders: dict[str, list[Entry]] = field(default_factory=dict)  # lang -> %1 lost
    stale: dict[str, list[Key]] = field(default_factory=dict)  # lang -> gone from the code
    qm: list[str] = field(default_factory=list)  # .qm files missing or not from their .ts

    def __bool__(self) -> bool:
        return any(
            any(v for v in d.values())
            for d in (self.missing, self.untranslated, self.placeholders, self.stale)
        ) or bool(self.qm)

    def report(self) -> str:
        lines: list[str] = []

        def show(title: str, groups: dict[str, list]) -> None:
            for lang, items in groups.items():
                if not items:
                    continue
                lines.append(f"{title} ({lang}, {len(items)}):")
                for item in items:
                    key = item.key if isinstance(item, Entry) else item
                    where = f"  [{item.where}]" if isinstance(item, Entry) and item.where else ""
                    lines.append(f"  {key.context}: {key.source!r}{where}")

        show("Not in station_app_<lang>.ts yet", self.missing)
        show("Without a translation", self.untranslated)
        show("Translation loses a placeholder (%1, %n ...)", self.placeholders)
        show("In the .ts but no longer in the code", self.stale)
        for problem in self.qm:
            lines.append(f"Compiled translation out of date: {problem}")
        if lines:
            lines += [
                "",
                "To fix: run `python scripts/update_translations.py` (adds new strings to",
                "resources/translations/*.ts and drops stale ones), translate every string",
                "marked unfinished in station_app_ky.ts and station_app_ru.ts (Qt Linguist:",
                "`pyside6-linguist resources/translations/station_app_ky.ts`, or edit the XML),",
                "then run the script again to rebuild the .qm files.",
            ]
        return "\n".join(lines)


def placeholders_kept(entry: Entry) -> bool:
    want = sorted(set(PLACEHOLDER.findall(entry.key.source)))
    return all(sorted(set(PLACEHOLDER.findall(t))) == want for t in entry.translations)


def check(folder: Path = TRANSLATIONS, root: Path = ROOT) -> Problems:
    """Compare the committed .ts/.qm files with the current sources (changes nothing)."""
    problems = Problems()
    now = current_strings(root)
    for lang in LANGS:
        ts = folder / f"station_app_{lang}.ts"
        committed = read_ts(ts) if ts.exists() else {}
        problems.missing[lang] = [e for k, e in now.items() if k not in committed]
        problems.stale[lang] = sorted(
            (k for k in committed if k not in now), key=lambda k: (k.context, k.source)
        )
        if lang in FULLY_TRANSLATED:
            mine = [committed[k] for k in now if k in committed]
            for entry in mine:
                entry.where = entry.where or now[entry.key].where
            problems.untranslated[lang] = [e for e in mine if not e.finished]
            problems.placeholders[lang] = [
                e for e in mine if e.finished and not placeholders_kept(e)
            ]
        else:  # English: only the plural forms are filled
            problems.untranslated[lang] = [
                committed[k]
                for k in now
                if k in committed and k.numerus and not committed[k].finished
            ]
    problems.qm = stale_qm(folder)
    return problems


def stale_qm(folder: Path = TRANSLATIONS) -> list[str]:
    """Each .ts whose .qm is missing or differs from what lrelease makes of it now."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(folder.glob("*.ts")):
            qm = ts.with_suffix(".qm")
            fresh = Path(tmp) / qm.name
            run_lrelease(ts, fresh)
            if not qm.exists():
                out.append(f"{qm.name} is missing")
            elif not filecmp.cmp(qm, fresh, shallow=False):
                out.append(f"{qm.name} was not compiled from the current {ts.name}")
    return out


# ------------------------------------------------------------------------------- main


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = folder / f"station_app_{lang}.ts"
        print(run_lupdate(ts, lang, root).strip())
    for ts in sorted(folder.glob("*.ts")):
        run_lrelease(ts, ts.with_suffix(".qm"))
        print(f"compiled {ts.with_suffix('.qm').relative_to(root)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; report problems")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    problems = check()
    if problems:
        print(problems.report())
        return 1
    print("All strings are translated into Kyrgyz and Russian; the .qm files are current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
