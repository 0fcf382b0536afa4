"""The pixel size of an uploaded PNG or JPEG, read from its header as Telegram's server would.

Telegram refuses a "photo" that is not an image (``IMAGE_PROCESS_FAILED``) or has absurd
dimensions; the emulator checks the same, so a test catches a broken chart before Telegram does.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class ImageError(ValueError):
    """Not a PNG or JPEG image whose size can be read."""


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG or baseline/progressive JPEG."""
    if data.startswith(PNG_SIGNATURE) and data[12:16] == b"IHDR" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        if width and height:
            return width, height
        raise ImageError("PNG with zero size")
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    raise ImageError("not a PNG or JPEG image")


def _jpeg_size(data: bytes) -> tuple[int, int]:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            raise ImageError("broken JPEG marker")
        marker = data[position + 1]
        length = struct.unpack(">H", data[position + 2 : position + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            if width and height:
                return width, height
            raise ImageError("JPEG with zero size")
        position += 2 + length
    raise ImageError("JPEG without a frame header")
