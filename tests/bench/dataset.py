"""The benchmark data set: generated once with the demo generator, cached under .cache/.

The cache key holds the sizes, the seed, the schema's head revision, a fingerprint of the
schema's sources (every migration script and the search index's DDL: an index added to an
existing migration while it is still a branch's also counts) and a fingerprint of the
generator's source (demo.py, its word lists, the text folding that fills search keys).

When only the schema changed, the newest cached set of the same sizes, seed and generator is
upgraded instead of generated again: copied, migrated as the app migrates a user's file
(Alembic, then the search index rebuilt), and kept under the new key. A set whose revision is
the head already but whose schema sources differ (a migration edited in place) cannot be
migrated and is generated again. `--regenerate` throws a cached set away. Old sets are not
deleted automatically (`rm -r tests/bench/.cache`).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CACHE_ROOT = Path(__file__).resolve().parent / ".cache"
META_FILE = "bench-meta.json"
BENCH_USER = ("Bench", "Nutzer")
BENCH_INSTITUTION = "WF Dortmund"
TODAY = date(2026, 11, 1)  # anchors the demo's dates, so a cached set can be made again


@dataclass(frozen=True)
class DataSetSpec:
    organisations: int
    people: int
    activities: int
    seed: int = 2026

    def prefix(self) -> str:
        return f"o{self.organisations}-p{self.people}-a{self.activities}-s{self.seed}-"

    def key(self, revision: str) -> str:
        return f"{self.prefix()}r{revision}-x{schema_fingerprint()}-g{generator_fingerprint()}"

    def describe(self) -> str:
        return (
            f"{self.organisations:,} organisations, {self.people:,} people, "
            f"{self.activities:,} activities (seed {self.seed})"
        )


NETWORK = DataSetSpec(organisations=20_000, people=100_000, activities=200_000)
QUICK = DataSetSpec(organisations=500, people=2_500, activities=5_000)


# What decides the generated rows besides sizes, seed and schema: a change here makes a new set.
# (The matching rules fill the organisations' stored match keys.)
GENERATOR_SOURCES = (
    "indie_desktop/services/demo/*.py",
    "indie_desktop/domain/text.py",
    "indie_desktop/domain/matching.py",
    "indie_desktop/domain/record_keys.py",
)


# What decides the schema of a set besides the head's name.
SCHEMA_SOURCES = (
    "indie_desktop/store/migrations/versions/*.py",
    "indie_desktop/store/search_index.py",
)


def _fingerprint(patterns: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:8]


def generator_fingerprint() -> str:
    return _fingerprint(GENERATOR_SOURCES)


def schema_fingerprint() -> str:
    return _fingerprint(SCHEMA_SOURCES)


@dataclass
class PreparedData:
    spec: DataSetSpec
    data_dir: Path
    db_path: Path
    meta: dict[str, Any]
    generated_now: bool  # True: this run generated it (so demo_generation was measured)

    @property
    def generation_seconds(self) -> float | None:
        value = self.meta.get("generation_seconds")
        return float(value) if value is not None else None


Progress = Callable[[str], None]


def generate(spec: DataSetSpec, data_dir: Path, progress: Progress) -> dict[str, Any]:
    """Create a database in `data_dir`: bench user registered, demo network generated.

    Returns the metadata, including the seconds `generate_demo` took (the measured part).
    """
    from indie_desktop.services.demo.generator import DemoSize, generate_demo
    from indie_desktop.services.directory.staff import DirectoryService
    from indie_desktop.store.database import head_revision, open_local

    db = open_local(data_dir)
    try:
        directory = DirectoryService(db)
        choice = (
            next(
                (c for c in directory.institution_choices() if c.short_name == BENCH_INSTITUTION),
                None,
            )
            or directory.institution_choices()[0]
        )
        directory.register_local_user(choice, *BENCH_USER)
        last = [0.0]
        phases: dict[str, float] = {}  # phase -> seconds after the start when first reported

        def report(phase: str, done: int, total: int) -> None:
            now = time.monotonic()
            phases.setdefault(phase, time.perf_counter() - started)
            if now - last[0] > 2 or done == total:
                last[0] = now
                progress(f"  {phase}: {done:,}/{total:,}")

        size = DemoSize(
            organisations=spec.organisations, people=spec.people, activities=spec.activities
        )
        started = time.perf_counter()
        result = generate_demo(db, size, seed=spec.seed, progress=report, today=TODAY)
        seconds = time.perf_counter() - started
    finally:
        db.dispose()
    counts = {
        k: v for k, v in vars(result).items() if isinstance(v, int) and not isinstance(v, bool)
    }
    _checkpoint(data_dir / "indie.sqlite3")
    return {
        "spec": asdict(spec),
        "revision": head_revision(),
        "schema": schema_fingerprint(),
        "generator": generator_fingerprint(),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "generation_seconds": round(seconds, 3),
        "phase_starts": {k: round(v, 3) for k, v in phases.items()},
        "counts": counts,
        "machine": machine(),
    }


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so every run starts from the same on-disk state."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def prepare(
    spec: DataSetSpec, progress: Progress, *, regenerate: bool = False, root: Path = CACHE_ROOT
) -> PreparedData:
    """The cached data set for `spec`, generating it first if needed."""
    from indie_desktop.store.database import DB_FILENAME, head_revision

    final = root / spec.key(head_revision())
    if regenerate and final.exists():
        shutil.rmtree(final)
    meta_path = final / META_FILE
    if meta_path.exists() and (final / DB_FILENAME).exists():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return PreparedData(spec, final, final / DB_FILENAME, meta, generated_now=False)
    partial = root / f"{final.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    older = None if regenerate else upgradable(spec, root)
    try:
        meta = None
        if older is not None:
            progress(f"upgrading the cached data set {older.name} to the new schema -> {final}")
            meta = upgrade_in_child(older, partial)
        if meta is None:
            progress(f"generating the data set: {spec.describe()} -> {final}")
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir(parents=True)
            meta = generate_in_child(spec, partial)
        (partial / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
        if final.exists():  # another run finished first: keep theirs
            shutil.rmtree(partial)
        else:
            partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return PreparedData(spec, final, final / DB_FILENAME, meta, generated_now=True)


def upgradable(spec: DataSetSpec, root: Path) -> Path | None:
    """The newest complete cached set of `spec` made by the same generator under an older
    schema revision (one Alembic can migrate from), or None."""
    from indie_desktop.store.database import DB_FILENAME, head_revision

    head = head_revision()
    suffix = f"-g{generator_fingerprint()}"
    found = []
    for folder in root.glob(f"{spec.prefix()}r*{suffix}"):
        meta_path = folder / META_FILE
        if ".partial-" in folder.name or not meta_path.exists():
            continue
        if not (folder / DB_FILENAME).exists():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("revision") == head or meta.get("revision") not in _ancestors(head):
            continue  # edited in place, or another branch's chain: generate instead
        found.append((meta_path.stat().st_mtime, folder))
    return max(found)[1] if found else None


def _ancestors(head: str) -> set[str]:
    from alembic.script import ScriptDirectory

    from indie_desktop.store.database import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions("base", head)}


def upgrade(source: Path, data_dir: Path) -> dict[str, Any]:
    """Copy the set in `source` into `data_dir` and migrate it the way the app migrates a
    user's file (Alembic, then the search index rebuilt); its metadata."""
    from sqlalchemy import URL, create_engine, event

    from indie_desktop.store import database, search_index

    meta: dict[str, Any] = json.loads((source / META_FILE).read_text(encoding="utf-8"))
    path = data_dir / database.DB_FILENAME
    _checkpoint(source / database.DB_FILENAME)
    shutil.copyfile(source / database.DB_FILENAME, path)
    started = time.perf_counter()
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", database._sqlite_pragmas)
    try:
        database.migrate(engine)
        with engine.begin() as conn:
            search_index.rebuild_sqlite(conn)
    finally:
        engine.dispose()
    _checkpoint(path)
    meta["upgraded_from"] = {"revision": meta.get("revision"), "folder": source.name}
    meta["upgrade_seconds"] = round(time.perf_counter() - started, 3)
    meta["revision"] = database.head_revision()
    meta["schema"] = schema_fingerprint()
    return meta


def upgrade_in_child(source: Path, data_dir: Path) -> dict[str, Any] | None:
    """`upgrade` in a separate interpreter; None when it failed (then the set is generated)."""
    proc = subprocess.run(
        [sys.executable, __file__, "--upgrade", str(source), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        return None
    meta: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return meta


def generate_fresh(
    spec: DataSetSpec, progress: Progress, root: Path = CACHE_ROOT
) -> dict[str, Any]:
    """Generate into a throw-away folder (for `--only demo_generation`); its metadata."""
    scratch = root / f"scratch-{os.getpid()}"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        return generate_in_child(spec, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def generate_in_child(spec: DataSetSpec, data_dir: Path) -> dict[str, Any]:
    """`generate` in a separate interpreter, so the benchmark process does not carry the
    generator's memory into the figures (nor into the peak RSS its GUI probes inherit)."""
    proc = subprocess.run(
        [sys.executable, __file__, json.dumps(asdict(spec)), str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"generating the data set failed (exit code {proc.returncode})")
    meta: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return meta


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:  # psutil is a test extra; the harness works without it
        pass
    return info


if __name__ == "__main__":  # the child of generate_in_child: progress on stderr, meta on stdout
    sys.path.insert(0, str(ROOT))
    if sys.argv[1] == "--upgrade":
        print(json.dumps(upgrade(Path(sys.argv[2]), Path(sys.argv[3]))))
        sys.exit(0)
    child_meta = generate(
        DataSetSpec(**json.loads(sys.argv[1])),
        Path(sys.argv[2]),
        lambda message: print(message, file=sys.stderr, flush=True),
    )
    print(json.dumps(child_meta))
