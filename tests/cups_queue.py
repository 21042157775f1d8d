"""A real CUPS queue for the print tests: a private cupsd with a cups-pdf printer.

Started once per test session (tests/conftest.py, before Qt asks CUPS for its printers) when
this machine has cupsd and the cups-pdf backend (`.ci/run` installs cups and
printer-driver-cups-pdf) and runs the tests as root (cups-pdf runs as root); CUPS_SERVER then
points lp, lpstat and Qt at it. With INDIE_REQUIRE_CUPS=1 (set by `.ci/run`) a missing queue
fails the tests that need it instead of skipping them.

cups-pdf writes what it receives as a PDF into ~/PDF of the submitting user; the spool keeps
each job's document file (`d<job>-001`), which is what a print server stores and forwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

QUEUE = "indie-test-pdf"
PPD_CANDIDATES = (
    Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"),
    Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"),
)
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


@dataclass
class CupsQueue:
    queue: str
    root: Path  # the private server's folder
    process: subprocess.Popen[bytes]
    started: float = 0.0  # jobs' PDFs are newer than this

    @property
    def spool(self) -> Path:
        return self.root / "spool"

    def spooled_bytes(self, job: str) -> int:
        """Size of the document file CUPS keeps for `job` ("indie-test-pdf-12")."""
        number = int(job.rsplit("-", 1)[1])
        return sum(p.stat().st_size for p in self.spool.glob(f"d{number:05d}-*"))

    def control_file(self, job: str) -> bytes:
        """The job's IPP attributes as CUPS stored them (copies, sides, page-ranges)."""
        number = int(job.rsplit("-", 1)[1])
        return (self.spool / f"c{number:05d}").read_bytes()

    def printed_pdf(self, job: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf made of `job`, once the job is done."""
        number = int(job.rsplit("-", 1)[1])
        out = Path(os.path.expanduser("~")) / "PDF"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = subprocess.run(
                ["lpstat", "-W", "not-completed", "-o", self.queue],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            found = [p for p in out.glob(f"*job_{number}.pdf") if p.stat().st_mtime >= self.started]
            if found and job not in done:
                return found[0]
            time.sleep(0.2)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"cups-pdf made no PDF of {job} within {timeout} s:\n{log}")


def _ppd() -> Path | None:
    return next((p for p in PPD_CANDIDATES if p.is_file()), None)


def available() -> bool:
    return (
        bool(shutil.which("cupsd") and shutil.which("lpadmin") and shutil.which("lp"))
        and BACKEND.exists()
        and _ppd() is not None
        and os.geteuid() == 0
    )


def start() -> CupsQueue | None:
    """Start the private cupsd and its queue; None where this machine cannot."""
    if not available():
        return None
    root = Path(tempfile.mkdtemp(prefix="indie-cups-", dir="/tmp"))  # short socket path
    for name in ("spool", "cache", "state", "log", "tmp"):
        (root / name).mkdir()
    root.chmod(0o755)
    (root / "tmp").chmod(0o1777)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
        "PreserveJobFiles Yes\nPreserveJobHistory Yes\nDirtyCleanInterval 0\nMaxJobs 0\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n",
        encoding="utf-8",
    )
    (root / "cups-files.conf").write_text(
        "".join(
            f"{key} {root / value}\n"
            for key, value in (
                ("ServerRoot", ""),
                ("RequestRoot", "spool"),
                ("CacheDir", "cache"),
                ("StateDir", "state"),
                ("TempDir", "tmp"),
                ("ErrorLog", "log/error_log"),
                ("AccessLog", "log/access_log"),
                ("PageLog", "log/page_log"),
            )
        )
        + "SystemGroup root\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        ["cupsd", "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["CUPS_SERVER"] = str(socket)
    deadline = time.monotonic() + 20
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    added = subprocess.run(
        ["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(_ppd())],
        capture_output=True,
        text=True,
        check=False,
    )
    if added.returncode != 0:
        stop(CupsQueue(QUEUE, root, process))
        raise RuntimeError(f"lpadmin failed: {added.stderr}")
    queue = CupsQueue(QUEUE, root, process)
    queue.started = time.time() - 1
    return queue


def stop(queue: CupsQueue | None) -> None:
    if queue is None:
        return
    queue.process.terminate()
    try:
        queue.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        queue.process.kill()
        queue.process.wait()
    os.environ.pop("CUPS_SERVER", None)
    shutil.rmtree(queue.root, ignore_errors=True)
    out = Path(os.path.expanduser("~")) / "PDF"  # what cups-pdf made of this session's jobs
    for made in out.glob("*-job_*.pdf") if out.is_dir() else ():
        if made.stat().st_mtime >= queue.started:
            made.unlink(missing_ok=True)
