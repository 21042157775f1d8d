"""The Windows half of reading every mail of an Outlook copy (virtual_files.py): the OLE
clipboard's IDataObject asked through its COM vtable with ctypes, no extra library.

Kept thin: `clipboard_mails()` opens the clipboard's data object and hands read_virtual_files
a GetData, a ReleaseStgMedium and one reader per medium Outlook uses: HGLOBAL (GlobalLock),
IStream (Read until the end) and IStorage (a .msg is a compound file: copied into a storage
on memory, whose bytes are the .msg). Checked on a real PC by the steps in BUILDING.md.
"""

from __future__ import annotations

import sys
from typing import Any

from indie_desktop.interchange.mail.virtual_files import (
    TYMED_HGLOBAL,
    TYMED_ISTORAGE,
    TYMED_ISTREAM,
    DataObjectError,
    Medium,
    VirtualFiles,
    read_virtual_files,
)


def available() -> bool:
    return sys.platform == "win32"


def clipboard_mails() -> VirtualFiles | None:
    """The mails Outlook put on the clipboard (Ctrl+C on selected mails), every one of them;
    None when the clipboard holds no virtual files (or this is not Windows)."""
    return _clipboard_mails()


if sys.platform == "win32":  # pragma: no cover - Windows only, see BUILDING.md
    import ctypes
    from ctypes import wintypes

    _ole32 = ctypes.WinDLL("ole32")
    _kernel32 = ctypes.WinDLL("kernel32")
    _user32 = ctypes.WinDLL("user32")
    _HRESULT = ctypes.c_long
    _kernel32.GlobalLock.restype = ctypes.c_void_p
    _kernel32.GlobalLock.argtypes = [ctypes.c_void_p]
    _kernel32.GlobalUnlock.argtypes = [ctypes.c_void_p]
    _kernel32.GlobalSize.restype = ctypes.c_size_t
    _kernel32.GlobalSize.argtypes = [ctypes.c_void_p]
    _user32.RegisterClipboardFormatW.restype = wintypes.UINT
    _user32.RegisterClipboardFormatW.argtypes = [wintypes.LPCWSTR]

    class _FORMATETC(ctypes.Structure):
        _fields_ = [
            ("cfFormat", wintypes.WORD),
            ("ptd", ctypes.c_void_p),
            ("dwAspect", wintypes.DWORD),
            ("lindex", wintypes.LONG),
            ("tymed", wintypes.DWORD),
        ]

    class _STGMEDIUM(ctypes.Structure):
        _fields_ = [
            ("tymed", wintypes.DWORD),
            ("handle", ctypes.c_void_p),  # hGlobal, pstm or pstg (a union of pointers)
            ("pUnkForRelease", ctypes.c_void_p),
        ]

    class _STATSTG(ctypes.Structure):
        _fields_ = [
            ("pwcsName", ctypes.c_void_p),
            ("type", wintypes.DWORD),
            ("cbSize", ctypes.c_ulonglong),
            ("mtime", ctypes.c_ulonglong),
            ("ctime", ctypes.c_ulonglong),
            ("atime", ctypes.c_ulonglong),
            ("grfMode", wintypes.DWORD),
            ("grfLocksSupported", wintypes.DWORD),
            ("clsid", ctypes.c_byte * 16),
            ("grfStateBits", wintypes.DWORD),
            ("reserved", wintypes.DWORD),
        ]

    def _method(obj: int, index: int, *argtypes: Any) -> Any:
        """The `index`-th method of a COM object's vtable, callable with (obj, *args)."""
        vtable = ctypes.cast(ctypes.c_void_p(obj), ctypes.POINTER(ctypes.c_void_p))[0]
        slot = ctypes.cast(ctypes.c_void_p(vtable), ctypes.POINTER(ctypes.c_void_p))[index]
        prototype = ctypes.WINFUNCTYPE(_HRESULT, ctypes.c_void_p, *argtypes)
        return prototype(slot)

    def _release(obj: int) -> None:
        _method(obj, 2)(obj)  # IUnknown::Release

    def _check(hr: int, what: str) -> None:
        if hr < 0:
            raise DataObjectError(f"{what} failed (HRESULT 0x{hr & 0xFFFFFFFF:08X})")

    def _hglobal(handle: int) -> bytes:
        size = _kernel32.GlobalSize(handle)
        pointer = _kernel32.GlobalLock(handle)
        if not pointer:
            raise DataObjectError("GlobalLock failed")
        try:
            return ctypes.string_at(pointer, size)
        finally:
            _kernel32.GlobalUnlock(handle)

    def _stream(stream: int) -> bytes:
        read = _method(
            stream, 3, ctypes.c_void_p, wintypes.ULONG, ctypes.POINTER(wintypes.ULONG)
        )  # IStream::Read
        chunks: list[bytes] = []
        buffer = ctypes.create_string_buffer(1 << 16)
        while True:
            got = wintypes.ULONG(0)
            _check(read(stream, buffer, len(buffer), ctypes.byref(got)), "IStream::Read")
            if not got.value:
                return b"".join(chunks)
            chunks.append(buffer.raw[: got.value])

    def _storage(storage: int) -> bytes:
        """An IStorage (Outlook's .msg) copied into a compound file on memory: its bytes."""
        lock_bytes = ctypes.c_void_p()
        _check(
            _ole32.CreateILockBytesOnHGlobal(None, True, ctypes.byref(lock_bytes)),
            "CreateILockBytesOnHGlobal",
        )
        target = ctypes.c_void_p()
        try:
            mode = 0x1000 | 0x2 | 0x10  # STGM_CREATE | STGM_READWRITE | STGM_SHARE_EXCLUSIVE
            _check(
                _ole32.StgCreateDocfileOnILockBytes(lock_bytes, mode, 0, ctypes.byref(target)),
                "StgCreateDocfileOnILockBytes",
            )
            copy_to = _method(
                storage, 7, wintypes.DWORD, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
            )  # IStorage::CopyTo
            _check(copy_to(storage, 0, None, None, target), "IStorage::CopyTo")
            _check(_method(target.value or 0, 9, wintypes.DWORD)(target, 0), "IStorage::Commit")
            stat = _STATSTG()
            stat_method = _method(
                lock_bytes.value or 0, 9, ctypes.POINTER(_STATSTG), wintypes.DWORD
            )
            _check(stat_method(lock_bytes, ctypes.byref(stat), 1), "ILockBytes::Stat")
            handle = ctypes.c_void_p()
            _check(
                _ole32.GetHGlobalFromILockBytes(lock_bytes, ctypes.byref(handle)),
                "GetHGlobalFromILockBytes",
            )
            return _hglobal(handle.value or 0)[: stat.cbSize]
        finally:
            if target.value:
                _release(target.value)
            if lock_bytes.value:
                _release(lock_bytes.value)

    def _clipboard_mails() -> VirtualFiles | None:
        data_object = ctypes.c_void_p()
        if _ole32.OleGetClipboard(ctypes.byref(data_object)) < 0 or not data_object.value:
            return None
        obj = data_object.value
        get = _method(obj, 3, ctypes.POINTER(_FORMATETC), ctypes.POINTER(_STGMEDIUM))
        media: dict[int, _STGMEDIUM] = {}

        def get_data(name: str, index: int, tymeds: int) -> Medium:
            fmt = _FORMATETC(_user32.RegisterClipboardFormatW(name), None, 1, index, tymeds)
            medium = _STGMEDIUM()
            _check(get(obj, ctypes.byref(fmt), ctypes.byref(medium)), f"GetData {name} {index}")
            handle = int(medium.handle or 0)
            media[handle] = medium
            return Medium(int(medium.tymed), handle)

        def release(medium: Medium) -> None:
            held = media.pop(int(medium.handle), None)
            if held is not None:
                _ole32.ReleaseStgMedium(ctypes.byref(held))

        try:
            return read_virtual_files(
                get_data,
                release,
                {TYMED_HGLOBAL: _hglobal, TYMED_ISTREAM: _stream, TYMED_ISTORAGE: _storage},
            )
        except DataObjectError:
            return None  # no virtual files on the clipboard
        finally:
            _release(obj)

else:

    def _clipboard_mails() -> VirtualFiles | None:
        return None  # only Windows has Outlook's virtual files
