"""Is every unallocated byte of a SQLite file zero? The check that lets an erasure skip VACUUM.

With `PRAGMA secure_delete=ON` SQLite overwrites deleted content with zeros: a deleted cell's
bytes inside its page, and a whole page when it goes to the freelist. A file whose connections
always ran with it therefore holds nothing but live records plus zeros. A file that was written
without it (an older version of this app, Python builds whose SQLite defaults to off) may still
hold old versions of rows in free space; only VACUUM removes those.

`unallocated_residue` reads the file's pages through SQLite (`sqlite3_serialize` of a second
connection: never with open(), which in a process holding a connection would drop SQLite's
locks and let another program delete the WAL) and walks them page by page (the SQLite file
format, section 1.6 of https://www.sqlite.org/fileformat2.html) and reports the first
unallocated region that is not all zeros:
- freelist leaf pages: the whole page; freelist trunk pages: after their list of leaves;
- b-tree pages: the gap between the cell pointer array and the cell content area (which may
  keep stale pointers and freeblock headers: page offsets, never three text bytes in a row)
  and every freeblock after its 4-byte header (fragments of at most 3 bytes hold no name);
  interior pages of tables are skipped (they only ever hold child page numbers and row ids),
  and so are the pages of sqlite_schema (table definitions, no records);
- overflow pages: the unused tail of the last page of a chain (needs the `dbstat` table; a
  build without it counts overflow pages as residue, which only means "VACUUM to be sure").

Live content is not looked at: what the records say is the erasure's business, not this check's.
The write-ahead log must be empty (checkpointed with TRUNCATE) before the check is meaningful.
"""

from __future__ import annotations

import io
import re
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from indie_desktop.store import sqlite_uri

BTREE_TYPES = frozenset({2, 5, 10, 13})
INTERIOR_TYPES = frozenset({2, 5})
INTERIOR_TABLE = 5
_CHUNK_PAGES = 1024


def _freelist(f: BinaryIO, page_size: int, first_trunk: int) -> tuple[dict[int, int], set[int]]:
    """Trunk pages (page number -> number of leaves listed) and leaf pages of the freelist."""
    trunks: dict[int, int] = {}
    leaves: set[int] = set()
    trunk = first_trunk
    while trunk and trunk not in trunks:
        f.seek((trunk - 1) * page_size)
        page = f.read(page_size)
        nxt, count = struct.unpack(">II", page[:8])
        count = min(count, (page_size - 8) // 4)
        trunks[trunk] = count
        leaves.update(struct.unpack(f">{count}I", page[8 : 8 + 4 * count]))
        trunk = nxt
    return trunks, leaves


def _overflow_unused(path: Path) -> dict[int, int] | None:
    """Unused tail bytes of every overflow page, or None without the dbstat table."""
    con = sqlite_uri.connect_existing(path)
    try:
        rows = con.execute(
            "SELECT pageno, unused FROM dbstat WHERE pagetype = 'overflow' AND unused > 0"
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return {int(p): int(u) for p, u in rows}


_TEXT_RUN = re.compile(rb"[\x20-\xff]{3}")


def _only_stale_offsets(region: bytes) -> bool:
    """The gap before the cell content area may keep stale bookkeeping: pointers of deleted
    cells and old freeblock headers, 2-byte page offsets whose high byte is below 0x20 (pages of
    up to 8 KiB). Text cannot look like that: a name, e-mail or phone number of three or more
    characters is a run of three bytes of 0x20 or above."""
    return _TEXT_RUN.search(region) is None


def _btree_free_regions(page: bytes, offset: int, usable: int) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_gap) of the unallocated regions of one b-tree page (header at
    `offset`): the gap before the cell content area, then the freeblocks."""
    kind = page[offset]
    first_free, cells, content = struct.unpack(">HHH", page[offset + 1 : offset + 7])
    header = 12 if kind in INTERIOR_TYPES else 8
    content = content or 65536
    gap_start = offset + header + 2 * cells
    gap_end = min(content, usable)
    if gap_start < gap_end:
        yield gap_start, gap_end, True
    block, seen = first_free, 0
    while block and block + 4 <= usable and seen < usable // 4:
        nxt, size = struct.unpack(">HH", page[block : block + 4])
        if size > 4:
            yield block + 4, min(block + size, usable), False
        block, seen = nxt, seen + 1


def _schema_pages(f: BinaryIO, page_size: int) -> set[int]:
    """The pages of the sqlite_schema b-tree (rooted at page 1): table definitions only, and
    SQLite leaves stale copies of them in page gaps whenever the schema grows (also in VACUUM)."""
    pages: set[int] = set()
    todo = [1]
    while todo:
        pgno = todo.pop()
        if pgno in pages or pgno < 1:
            continue
        pages.add(pgno)
        f.seek((pgno - 1) * page_size)
        page = f.read(page_size)
        offset = 100 if pgno == 1 else 0
        if len(page) < offset + 12 or page[offset] != INTERIOR_TABLE:
            continue
        cells = struct.unpack(">H", page[offset + 3 : offset + 5])[0]
        todo.append(struct.unpack(">I", page[offset + 8 : offset + 12])[0])
        for i in range(cells):
            at = struct.unpack(">H", page[offset + 12 + 2 * i : offset + 14 + 2 * i])[0]
            todo.append(struct.unpack(">I", page[at : at + 4])[0])
    return pages


def unallocated_residue(path: Path) -> str | None:
    """Where the first non-zero unallocated byte is ("page 12 freeblock"), or None if every
    unallocated byte of the file is zero."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    con = sqlite_uri.connect_existing(path)
    try:
        content = con.serialize()  # every page as SQLite sees it, the WAL's newest included
    finally:
        con.close()
    with io.BytesIO(content) as f:
        header = f.read(100)
        if len(header) < 100:
            return None
        page_size = struct.unpack(">H", header[16:18])[0]
        page_size = 65536 if page_size == 1 else page_size
        usable = page_size - header[20]
        first_trunk = struct.unpack(">I", header[32:36])[0]
        trunks, leaves = _freelist(f, page_size, first_trunk)
        schema = _schema_pages(f, page_size)
        zeros = bytes(page_size)
        overflow: dict[int, int] | None = None
        overflow_read = False
        pgno = 0
        f.seek(0)
        while chunk := f.read(page_size * _CHUNK_PAGES):
            for start in range(0, len(chunk) - page_size + 1, page_size):
                pgno += 1
                page = chunk[start : start + page_size]
                if pgno in leaves:
                    if page != zeros:
                        return f"page {pgno} (free page)"
                    continue
                if pgno in trunks:
                    used = 8 + 4 * trunks[pgno]
                    if page[used:usable] != zeros[used:usable]:
                        return f"page {pgno} (freelist trunk)"
                    continue
                offset = 100 if pgno == 1 else 0
                if page[offset] == INTERIOR_TABLE or pgno in schema:
                    continue  # child page numbers and row ids, or table definitions
                if page[offset] in BTREE_TYPES:
                    for a, b, is_gap in _btree_free_regions(page, offset, usable):
                        if page[a:b] == zeros[: b - a]:
                            continue
                        if not (is_gap and _only_stale_offsets(page[a:b])):
                            return f"page {pgno} (free space in a table or index page)"
                    continue
                # An overflow page (or a lock-byte/pointer-map page): check its unused tail.
                if not overflow_read:
                    overflow, overflow_read = _overflow_unused(path), True
                if overflow is None:
                    return f"page {pgno} (overflow page; this SQLite cannot tell its free tail)"
                unused = overflow.get(pgno, 0)
                if unused and page[usable - unused : usable] != zeros[:unused]:
                    return f"page {pgno} (overflow page tail)"
    return None
