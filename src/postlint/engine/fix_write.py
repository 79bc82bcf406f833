"""Writing a fixed posting back: through symlinks, atomically, never over a read-only file.

The new text goes to a temporary file in the target's folder and is renamed
over it, so a crash never leaves half a posting (a file with several hard links
is written in place, so every name sees the fix). A rename replaces whatever
the path names, so two things are settled first: a symlink is resolved (the
link stays and its target gets the text), and a file the user may not write is
refused, because the rename itself needs only the folder's permission.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

from postlint.errors import PostlintError

_BOM_CODECS = {
    codecs.BOM_UTF32_LE: "utf-32-le",
    codecs.BOM_UTF32_BE: "utf-32-be",
    codecs.BOM_UTF16_LE: "utf-16-le",
    codecs.BOM_UTF16_BE: "utf-16-be",
}
_ANY_WRITE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class NotWritable(PostlintError):
    """A file --fix must leave alone; the message names it."""


def encode_like(text: str, original: bytes, encoding: str) -> bytes:
    """Encode ``text`` the way ``original`` was: same codec, same BOM (and byte order)."""
    for bom, codec in _BOM_CODECS.items():  # UTF-32 LE first: its BOM starts like UTF-16 LE's
        if encoding.startswith(("utf-16", "utf-32")) and original.startswith(bom):
            return bom + text.encode(codec)
    return text.encode(encoding)


def fix_target(path: Path) -> Path:
    """The file a fix of ``path`` writes: the link's target for a symlink; refused when read-only.

    As ruff and black do (they open the file for writing), the operating system's
    answer counts: a file the user cannot write is refused. Root passes that
    check for every file, so a file with no write bit at all (0444) is refused
    too: someone made it read-only on purpose. Root may still fix a file that
    only its owner may write (a checkout mounted into a container).
    """
    target = path.resolve(strict=True)
    mode = target.stat().st_mode
    if not mode & _ANY_WRITE or not os.access(target, os.W_OK):
        raise NotWritable(f"{path}: not fixed: the file is read-only")
    return target


def _write_in_place(path: Path, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` via a temporary file in the same folder and a rename.

    The new file keeps the old one's mode and, where the user may set it (root), its owner.
    A file with other hard links is written in place instead (a rename would leave
    the other names holding the old text), and so is a writable file in a folder
    where no temporary file can be made.
    """
    st = path.stat()
    if st.st_nlink > 1:
        _write_in_place(path, data)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".postlint-tmp", dir=path.parent)
    except PermissionError:
        _write_in_place(path, data)  # a read-only folder holding a writable file: as ruff, in place
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        new = os.stat(tmp)
        if (new.st_uid, new.st_gid) != (st.st_uid, st.st_gid):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except PermissionError:
                pass  # only root may give a file away; the user's own file is as good as it gets
        os.chmod(tmp, stat.S_IMODE(st.st_mode))  # after chown, which may clear set-id bits
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
