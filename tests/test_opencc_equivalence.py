"""The official OpenCC package and the pure-Python port (opencc-python-reimplemented)
give the same output through our code (public_records.script) on the test corpus.

Both install a module named `opencc`, so they cannot live in one environment: the port
is installed with `pip install --target` into .cache/opencc-py/ (once; reused after),
and each side runs in its own subprocess, the port's with that folder first on
sys.path. The corpus: the seed reports, the golden and labelled texts of tests/, and
40 synthetic reports (Traditional input, pinyin, mojibake and the other noise
families). Compared: Traditional -> Simplified of the raw texts, Simplified ->
Traditional (s2tw, with protected names) of the Simplified texts, s2t (used by
sources.common_han), names character by character, and the whole pipeline (process)
on the seed and the synthetic reports.

Skipped, with the reason, only when the port cannot be installed (no network).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PORT = "opencc-python-reimplemented==0.1.7"
PORT_DIR = ROOT / ".cache" / "opencc-py"
PIP = (sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
SYNTH = (sys.executable, "-m", "public_records.synth.corpus")

# Runs in a subprocess: argv[1] = a folder to put first on sys.path ("" for none),
# argv[2] = the corpus folder. Prints JSON: which opencc it used and every output.
CONVERT = r"""
import json, sys
from pathlib import Path
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
import opencc
from public_records.ingest import sources
from public_records.ingest.process import process
from public_records.registry import load_registry
from public_records.script import (
    Protected, converter, name_to_traditional, to_simplified_text, to_traditional)
from public_records.ingest.serialize import record_to_dict

corpus = Path(sys.argv[2])
texts = []
for p in sorted(corpus.glob("texts/*.txt")):
    try:
        texts.append(sources.decode(p.read_bytes())[0])
    except sources.SourceError:
        pass
registry = load_registry(Path(sys.argv[3]))
protected = Protected.build(registry.protected_phrases())
out = {"module": opencc.__file__, "t2s": [], "s2tw": [], "s2t": [], "names": [], "records": []}
for text in texts:
    simplified = to_simplified_text(text)
    out["t2s"].append(simplified)
    out["s2tw"].append(to_traditional(simplified, protected))
    out["s2t"].append(converter("s2t").convert(simplified))
out["names"] = [name_to_traditional(o.name) for o in registry.officials]
for item in sources.read_all(sources.discover(corpus / "reports")):
    if isinstance(item, sources.SourceError):
        continue
    data = record_to_dict(process(item, registry))
    out["records"].append({k: data[k] for k in (
        "id", "text_hans", "text_hant", "title_hans", "title_hant", "mentions", "edits")})
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def install_port() -> Path:
    """The port installed in PORT_DIR (pip install --target, once)."""
    marker = PORT_DIR / f".installed-{PORT}"
    if marker.exists():
        return PORT_DIR
    proc = subprocess.run(
        [*PIP, "--no-deps", "--upgrade", "--target", str(PORT_DIR), PORT],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot install {PORT} (no network?): {proc.stderr.strip()[-300:]}")
    marker.write_text("ok", encoding="utf-8")
    return PORT_DIR


def build_corpus(folder: Path) -> Path:
    texts = folder / "texts"
    texts.mkdir(parents=True)
    sources_ = list((ROOT / "seeds").glob("*.txt"))
    sources_ += list((ROOT / "tests" / "golden").glob("*.txt"))
    sources_ += list((ROOT / "tests" / "eval").glob("*.txt"))
    for i, path in enumerate(sorted(sources_)):
        (texts / f"{i:03d}.txt").write_bytes(path.read_bytes())
    import yaml

    for path in sorted((ROOT / "tests" / "eval" / "officials").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for j, report in enumerate(data.get("reports", [])):
            (texts / f"{path.stem}-{j:03d}.txt").write_text(report["text"], encoding="utf-8")
    reports = folder / "reports"
    subprocess.run(
        [*SYNTH, "--n", "40", "--seed", "11", "--out", str(reports), "--jobs", "1"],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "plugins")),
        check=True,
        capture_output=True,
    )
    for seed in (ROOT / "seeds").glob("*.txt"):
        (reports / seed.name).write_bytes(seed.read_bytes())
    # Synthetic Traditional-input reports are raw text too: convert them as texts.
    for path in sorted(reports.glob("*.txt"))[:40]:
        (texts / f"syn-{path.name}").write_bytes(path.read_bytes())
    return folder


def convert(path_first: str, corpus: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", CONVERT, path_first, str(corpus), str(ROOT / "seeds" / "registry")],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "plugins")),
        capture_output=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return json.loads(proc.stdout.decode("utf-8"))


def test_official_opencc_and_python_port_give_the_same_output(tmp_path):
    port_dir = install_port()
    corpus = build_corpus(tmp_path / "corpus")
    official = convert("", corpus)
    port = convert(str(port_dir), corpus)
    # Each side really used its own package.
    assert Path(port["module"]).resolve().is_relative_to(port_dir.resolve()), port["module"]
    assert not Path(official["module"]).resolve().is_relative_to(port_dir.resolve())
    # The corpus is not trivial: Traditional input is converted, and names survive.
    assert any(a != b for a, b in zip(official["t2s"], official["s2tw"], strict=True))
    assert len(official["records"]) >= 30
    for key in ("t2s", "s2tw", "s2t", "names"):
        assert len(port[key]) == len(official[key])
        for i, (a, b) in enumerate(zip(official[key], port[key], strict=True)):
            assert a == b, f"{key}[{i}] differs"
    for a, b in zip(official["records"], port["records"], strict=True):
        assert a == b, f"record {a['id']} differs"
