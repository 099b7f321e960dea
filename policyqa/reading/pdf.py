"""Text from PDF files that have a text layer, with pdfminer.six (the ``pdf`` extra).

The text pdfminer lays out is the Document's decoded source text: citations index it, and
cleaning (page breaks, page numbers, hard wraps, spaced-out glyphs) works on it like on any
other text. A scanned PDF without a text layer is an :class:`~policyqa.errors.InputError`:
there is no OCR here.
"""

from __future__ import annotations

import io
import os

from ..errors import InputError

INSTALL_HINT = "reading PDF needs pdfminer.six: pip install 'policyqa[pdf]'"


def pdf_text(source: str | os.PathLike[str] | bytes, name: str | None = None) -> str:
    """The text layer of a PDF, pages separated by form feeds.

    ``source`` is a path or the file's bytes; ``name`` is the file named in errors
    (default: the path). Raises InputError when pdfminer.six is missing, the PDF is
    damaged or encrypted, or it has no text layer.
    """
    if isinstance(source, (bytes, bytearray)):
        label = name or "<pdf>"
        data = bytes(source)
    else:
        label = name or os.fspath(source)
        try:
            with open(source, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise InputError(label, "no such file or directory") from None
        except IsADirectoryError:
            raise InputError(label, "is a directory") from None
        except OSError as e:
            raise InputError(label, f"cannot read: {e.strerror or e}") from None
    if not data.startswith(b"%PDF-"):
        raise InputError(label, "not a PDF file (no %PDF- header)")
    try:
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams
    except ImportError:
        raise InputError(label, INSTALL_HINT) from None
    try:
        text = extract_text(io.BytesIO(data), laparams=LAParams())
    except Exception as e:  # pdfminer raises many unrelated types for damaged or encrypted files
        kind = type(e).__name__
        if "Password" in kind or "Encrypt" in kind:
            raise InputError(label, "encrypted PDF (cannot read its text without the password)") from None
        raise InputError(label, f"unreadable PDF ({kind}: {str(e)[:120] or 'damaged file'})") from None
    if not text.replace("\f", "").strip():
        raise InputError(label, "PDF has no text layer (a scanned image?); run OCR first")
    return text
