#!/usr/bin/env python3
"""Throughput of an archive through Dask (baiviet.archive on a distributed
LocalCluster) with 1 and 2 worker processes, against the CLI's batch mode
with 1 and 2 threads and a single Python process, in one run on the same input.

    /usr/bin/python3 bench/python/dask_bench.py --cli build/baiviet [--n 20000] [--out bench/results]

Needs the package importable (installed in a venv, or PYTHONPATH=bindings/python
with BAIVIET_LIBRARY=build/libbaiviet.so). Ratios within one run are what to
compare: the machine is shared.
"""
import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def pool_of_lines():
    lines = []
    for p in sorted((ROOT / "tests/fixtures/render").glob("*.md")) + sorted((ROOT / "tests/fixtures/samples").glob("*.txt")):
        for l in p.read_text(encoding="utf-8").splitlines():
            l = l.strip()
            if len(l) > 20 and not l.startswith(("---", "|", "```")):
                lines.append(l.lstrip("#*>- "))
    return lines


def generate(path: Path, n: int) -> int:
    rng = random.Random(2026)
    pool = pool_of_lines()
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            paras = [rng.choice(pool) for _ in range(rng.randint(3, 12))]
            if i % 3:
                src = f"---\ntitle: {json.dumps(rng.choice(pool), ensure_ascii=False)}\n---\n" + "\n\n".join(paras) + "\n"
            else:
                src = "\n".join(paras) + "\n"
            rec = {"id": i, "source": src, "to": ["html", "excerpt", "counts"] if i % 2 else "html"}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            size += len(line.encode())
            f.write(line)
    return size


def timed(fn):
    """Wall time and the CPU time of the child processes it waited for."""
    t0 = time.perf_counter()
    c0 = os.times()
    fn()
    c1 = os.times()
    return time.perf_counter() - t0, (c1.children_user + c1.children_system) - (c0.children_user + c0.children_system)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--partition-lines", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", default=str(ROOT / "bench/results"))
    args = ap.parse_args()

    from baiviet import archive
    from distributed import Client, LocalCluster

    load_before = os.getloadavg()

    def worker_cpu(client):
        return sum(t[0] + t[1] for t in client.run(os.times).values())

    best = {}  # run name -> (wall, cpu): the best of the rounds (the machine is shared)

    def keep(name, workers, wall, cpu):
        if name not in best or wall < best[name]["wall_s"]:
            best[name] = {"run": name, "workers": workers, "wall_s": wall, "cpu_s": cpu}

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "archive.jsonl"
        size = generate(src, args.n)
        reference = None
        clusters = {}
        for workers in (1, 2):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                   silence_logs=40)
            client = Client(cluster)
            client.run(lambda: __import__("baiviet").render("# warm\n"))  # import + ICU start-up on every worker
            clusters[workers] = (cluster, client)
        try:
            for _ in range(args.rounds):  # every configuration once per round, so load drifts hit all alike
                for threads in (1, 2):
                    out = tmp / f"cli{threads}.jsonl"
                    wall, cpu = timed(lambda: subprocess.run(
                        [args.cli, "render", "--jsonl", str(src), "-j", str(threads), "-q", "-o", str(out)], check=True))
                    keep(f"CLI render --jsonl -j {threads}", threads, wall, cpu)
                    reference = reference or (tmp / "cli1.jsonl").read_bytes()
                t0, c0 = time.perf_counter(), os.times()
                archive.render_archive(src, tmp / "sync", scheduler="sync", lines_per_partition=args.partition_lines)
                c1 = os.times()
                keep("Python, one process (dask sync scheduler)", 1, time.perf_counter() - t0,
                     (c1.user + c1.system) - (c0.user + c0.system))
                for workers, (cluster, client) in clusters.items():
                    out = tmp / f"dask{workers}"
                    cpu0 = worker_cpu(client)
                    t0 = time.perf_counter()
                    archive.render_archive(src, out, client=client, lines_per_partition=args.partition_lines)
                    wall = time.perf_counter() - t0
                    cpu = worker_cpu(client) - cpu0
                    got = b"".join(Path(p).read_bytes() for p in sorted(out.glob("part-*.jsonl")))
                    assert got == reference, "Dask output differs from the CLI's"
                    keep(f"Dask LocalCluster, {workers} worker process{'es' if workers > 1 else ''}", workers, wall, cpu)
        finally:
            for cluster, client in clusters.values():
                client.close()
                cluster.close()
    rows = list(best.values())

    for r in rows:
        r["articles_per_s"] = args.n / r["wall_s"]
        r["mb_per_s"] = size / r["wall_s"] / 1e6
        r["articles_per_cpu_s"] = args.n / r["cpu_s"] if r["cpu_s"] > 0 else None
    base = {r["run"]: r for r in rows}
    d1 = base["Dask LocalCluster, 1 worker process"]["wall_s"]
    d2 = base["Dask LocalCluster, 2 worker processes"]["wall_s"]
    c1 = base["CLI render --jsonl -j 1"]["wall_s"]
    c2 = base["CLI render --jsonl -j 2"]["wall_s"]
    meta = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "cpus": os.cpu_count(), "load_before": load_before, "python": platform.python_version(),
        "articles": args.n, "input_mb": size / 1e6, "partition_lines": args.partition_lines, "rounds": args.rounds,
        "load_after": os.getloadavg(),
        "speedup_dask_2_over_1": d1 / d2, "speedup_cli_j2_over_j1": c1 / c2, "dask1_over_cli1": c1 / d1,
    }
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "python-dask.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")
    md = [f"Run {meta['date']} · {meta['cpus']} CPUs · load before {', '.join(f'{x:.2f}' for x in meta['load_before'])}"
          f" · Python {meta['python']} · {args.n} articles, {size / 1e6:.1f} MB of JSON Lines, "
          f"{args.partition_lines} lines per partition, best of {args.rounds} interleaved rounds · load after "
          f"{', '.join(f'{x:.2f}' for x in meta['load_after'])}", "",
          "| run | wall time | articles/s | MB/s | CPU time | articles per CPU-second |",
          "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        per_cpu = f"{r['articles_per_cpu_s']:,.0f}" if r["articles_per_cpu_s"] else "–"
        md.append(f"| {r['run']} | {r['wall_s']:.2f} s | {r['articles_per_s']:,.0f} | {r['mb_per_s']:.1f} | "
                  f"{r['cpu_s']:.2f} s | {per_cpu} |")
    md += ["", f"Dask 2 workers / 1 worker: **{meta['speedup_dask_2_over_1']:.2f}×**; "
               f"CLI -j 2 / -j 1: {meta['speedup_cli_j2_over_j1']:.2f}×; "
               f"Dask with 1 worker runs at {meta['dask1_over_cli1']:.2f}× the CLI's -j 1 speed."]
    (out_dir / "python-dask.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    sys.exit(main())
