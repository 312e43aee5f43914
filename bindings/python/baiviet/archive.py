"""Archives at scale: JSON Lines files (or a directory of article files)
rendered in partitions, on one machine or on a Dask cluster.

    from distributed import Client, LocalCluster
    from baiviet import archive

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:
        result = archive.render_archive("articles.jsonl.gz", "out/", client=client, gzip=True)
    print(result.records, result.failed)          # every input record has one output record
    for record in archive.read_results("out/"):   # in input order
        ...

Every record goes through the library's batch record (``baiviet_render_record``,
the code behind ``baiviet render --jsonl``), so a partition's output is, record
for record, what the CLI writes for the same lines. A partition is a range of
whole lines of one file, with the number of its first line: a line without
"id" gets its line number as id, as from the CLI. Each partition's output is
written to a temporary file and renamed when complete, so a worker that dies
mid-partition leaves no partial output and Dask runs the partition again.
"""
from __future__ import annotations

import gzip as _gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ._core import _records

__all__ = ["Partition", "ArchiveResult", "jsonl_partitions", "directory_partitions", "render_partition",
           "render_archive", "read_results", "DEFAULT_MAX_LINE_BYTES"]

DEFAULT_MAX_LINE_BYTES = 64 << 20  # as `baiviet render --jsonl`
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Partition:
    """A unit of work: lines [start, end) of a JSON Lines file, or some files of a directory."""
    index: int
    path: str                      #: the JSON Lines file, or the directory
    start: int = 0                 #: byte offset of the first line
    end: Optional[int] = None      #: byte offset after the last line (None: to the end of the file)
    first_line: int = 1            #: number of the first line in its file (1-based)
    files: Tuple[str, ...] = ()    #: directory mode: file names relative to `path`
    fields: Tuple[Tuple[str, Any], ...] = ()  #: directory mode: fields added to each record ("to", "from" …)


@dataclass
class ArchiveResult:
    partitions: int
    records: int                   #: records written (= non-blank input lines, or files)
    failed: int                    #: error records among them
    outputs: List[str] = field(default_factory=list)  #: the part files, in input order


def _is_gzip(path: Union[str, Path]) -> bool:
    with open(path, "rb") as f:
        return f.read(2) == _GZIP_MAGIC


def jsonl_partitions(paths: Union[str, Path, Sequence[Union[str, Path]]], lines_per_partition: int = 5000,
                     first_index: int = 0) -> List[Partition]:
    """Splits JSON Lines files into partitions of `lines_per_partition` lines
    (one scan for line starts). A gzip file is one partition (it cannot be
    entered in the middle)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if lines_per_partition < 1:
        raise ValueError("lines_per_partition must be at least 1")
    parts: List[Partition] = []
    index = first_index
    for p in paths:
        p = str(p)
        if _is_gzip(p):
            parts.append(Partition(index, p))
            index += 1
            continue
        start, line, count, pos = 0, 1, 0, 0
        with open(p, "rb") as f:
            while True:
                block = f.read(1 << 20)
                if not block:
                    break
                i = 0
                while True:
                    j = block.find(b"\n", i)
                    if j < 0:
                        break
                    count += 1
                    i = j + 1
                    if count == lines_per_partition:
                        parts.append(Partition(index, p, start, pos + i, line))
                        index += 1
                        start, line, count = pos + i, line + count, 0
                pos += len(block)
        if pos > start or not any(q.path == p for q in parts):
            parts.append(Partition(index, p, start, None, line))
            index += 1
    return parts


def directory_partitions(root: Union[str, Path], patterns: Sequence[str] = ("**/*.md", "**/*.txt"),
                         files_per_partition: int = 200, first_index: int = 0,
                         **fields: Any) -> List[Partition]:
    """Partitions of the article files under `root` (sorted by path). Each
    file becomes the record {"id": its path relative to root, "source": its
    text, **fields}; `fields` may carry "to" (a name or a list), "from" and
    any option by its JSONL name."""
    root_path = Path(root)
    files = sorted({str(p.relative_to(root_path)) for pat in patterns for p in root_path.glob(pat) if p.is_file()})
    extra = tuple(sorted(fields.items()))
    return [Partition(first_index + k, str(root_path), files=tuple(files[i:i + files_per_partition]),
                      first_line=i + 1, fields=extra)
            for k, i in enumerate(range(0, len(files), files_per_partition))]


def _jsonl_lines(part: Partition, max_line_bytes: int) -> Iterator[Tuple[int, Optional[bytes]]]:
    """(line number, line without its break) of the partition; None for a line above the limit."""
    opener = _gzip.open if _is_gzip(part.path) else open
    limit = max_line_bytes if max_line_bytes > 0 else -1
    with opener(part.path, "rb") as f:
        if part.start:
            f.seek(part.start)
        pos = part.start
        number = part.first_line
        while part.end is None or pos < part.end:
            line = f.readline(limit + 3 if limit >= 0 else -1)
            if not line:
                break
            pos += len(line)
            oversize = False
            if limit >= 0 and not line.endswith(b"\n") and len(line) == limit + 3:
                oversize = True
                while True:  # skip to the end of the line without keeping it
                    rest = f.readline(1 << 20)
                    pos += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
            yield number, None if oversize else line.rstrip(b"\r\n")
            number += 1


def _records_of(part: Partition, max_line_bytes: int) -> Iterator[Tuple[int, Optional[bytes]]]:
    if not part.files:
        yield from _jsonl_lines(part, max_line_bytes)
        return
    fields = dict(part.fields)
    for k, name in enumerate(part.files):
        raw = (Path(part.path) / name).read_bytes()
        # JSON holds text only: ill-formed UTF-8 in a file becomes U+FFFD here.
        record = dict(fields, id=name, source=raw.decode("utf-8", "replace"))
        yield part.first_line + k, json.dumps(record, ensure_ascii=False).encode("utf-8")


def _part_name(part: Partition, gzip: bool) -> str:
    return f"part-{part.index:05d}.jsonl" + (".gz" if gzip else "")


def render_partition(part: Partition, out_dir: Union[str, Path], gzip: bool = False,
                     options: Optional[Dict[str, Any]] = None,
                     max_line_bytes: int = DEFAULT_MAX_LINE_BYTES) -> Dict[str, Any]:
    """Renders one partition into out_dir/part-NNNNN.jsonl[.gz] (written to a
    temporary file, renamed when complete). `options` are every line's
    defaults, by their Python names (format="markdown", toc=True …).
    Returns {"index", "output", "records", "failed"}."""
    out_dir = Path(out_dir)
    final = out_dir / _part_name(part, gzip)
    tmp = out_dir / f".{final.name}.tmp-{os.getpid()}"
    defaults = dict(options or {})
    records = failed = 0
    oversize_probe = b"x" * (max_line_bytes + 1) if max_line_bytes > 0 else b""
    with (_gzip.open(tmp, "wb", compresslevel=6) if gzip else open(tmp, "wb")) as out:
        for number, line in _records_of(part, max_line_bytes):
            if line is None:
                # Too long: the record function answers from the length alone.
                rec, ok = _records.render_one(oversize_probe, number, max_line_bytes, defaults)
            else:
                if not line.strip(b" \t"):
                    continue  # blank lines are skipped, as by the CLI
                rec, ok = _records.render_one(line, number, max_line_bytes, defaults)
            out.write(rec)
            out.write(b"\n")
            records += 1
            failed += 0 if ok else 1
    os.replace(tmp, final)
    return {"index": part.index, "output": str(final), "records": records, "failed": failed}


def render_archive(inputs: Union[str, Path, Sequence[Union[str, Path]]], out_dir: Union[str, Path], *,
                   client: Any = None, scheduler: Any = None, gzip: bool = False,
                   options: Optional[Dict[str, Any]] = None, lines_per_partition: int = 5000,
                   files_per_partition: int = 200, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
                   fields: Optional[Dict[str, Any]] = None,
                   partition_task: Callable[..., Dict[str, Any]] = render_partition) -> ArchiveResult:
    """Renders JSON Lines files and/or directories of article files with
    dask.bag: one task per partition, one output file per partition.

    `client` is a distributed.Client (a LocalCluster's, or one connected to a
    scheduler address: the same code runs on many machines when every worker
    has this package installed and sees the input and output paths). Without
    it, `scheduler` is any dask scheduler ("sync", "threads", "processes";
    default: dask's). `partition_task` is the function run per partition
    (render_partition; wrap it to add logging or fault injection).
    """
    import dask.bag as db  # the engine is only needed here

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    parts: List[Partition] = []
    for p in inputs:
        if Path(p).is_dir():
            parts += directory_partitions(p, files_per_partition=files_per_partition, first_index=len(parts),
                                          **(fields or {}))
        else:
            parts += jsonl_partitions(p, lines_per_partition, first_index=len(parts))
    if not parts:
        return ArchiveResult(0, 0, 0, [])
    bag = db.from_sequence(parts, npartitions=len(parts))
    stats = bag.map(partition_task, out_dir=str(out_dir), gzip=gzip, options=options,
                    max_line_bytes=max_line_bytes)
    if client is not None:
        results = stats.compute(scheduler=client.get)
    elif scheduler is not None:
        results = stats.compute(scheduler=scheduler)
    else:
        results = stats.compute()
    for leftover in out_dir.glob(".part-*.tmp-*"):  # from workers that died mid-partition
        leftover.unlink()
    results = sorted(results, key=lambda s: s["index"])
    if [s["index"] for s in results] != [p.index for p in parts]:
        raise RuntimeError("baiviet.archive: a partition is missing from the results")
    return ArchiveResult(len(parts), sum(s["records"] for s in results), sum(s["failed"] for s in results),
                         [s["output"] for s in results])


def read_results(out_dir_or_files: Union[str, Path, Iterable[Union[str, Path]]]) -> Iterator[dict]:
    """The records of an output directory (its part files in order), or of the given files."""
    if isinstance(out_dir_or_files, (str, Path)) and Path(out_dir_or_files).is_dir():
        d = Path(out_dir_or_files)
        files = sorted(list(d.glob("part-*.jsonl")) + list(d.glob("part-*.jsonl.gz")))
    elif isinstance(out_dir_or_files, (str, Path)):
        files = [Path(out_dir_or_files)]
    else:
        files = [Path(f) for f in out_dir_or_files]
    for f in files:
        opener = _gzip.open if _is_gzip(f) else open
        with opener(f, "rb") as fh:
            for line in fh:
                yield json.loads(line)
