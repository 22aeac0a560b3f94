#!/usr/bin/env python3
"""Speed and memory of dssclient, each against a baseline measured in the same run.

    python scripts/benchmark.py [--calls N] [--rounds R] [--stream-mib M] [--json FILE]

Starts an emulator in another process (`python -m dssclient.emulator`), seeds 50
projects, then measures:

1. client CPU per call (time.process_time of this process only: the server's
   work is not counted) for raw httpx, dssclient and the official client, on
   `list_projects` (50 projects) and a project's `get_settings`. Rounds are
   interleaved so that drifts of the machine hit every client alike; the
   figure is the median round.
2. import time, each in fresh interpreters (median of several): `import httpx`,
   `import dataikuapi`, `import dssclient`, and `from dssclient import DSSClient`
   (which loads httpx), with dssclient byte-compiled as a pip install would be.
3. a download of the scoring-libs jar (256 MiB by default), each client in a
   fresh process: peak RSS growth during the download (Linux: the peak is
   reset through /proc/self/clear_refs just before), and throughput, each way
   of reading with dssclient against raw httpx reading in the same chunks
   (each client warmed up first: connection open, modules loaded). A control
   run reads the body whole, to show the memory figure sees buffering.

Targets (from the project's issue 2): dssclient <= 1.3x raw httpx and <= 1.0x
the official client per call; import <= httpx + 40 ms; stream peak memory
growth <= 16 MiB at >= 0.8x raw httpx throughput. Figures on a shared 2-core
machine are noisy; ratios within one run hold better.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


# -- the emulator ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_emulator(key: str, stream_bytes: int) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    env = dict(os.environ, DSSCLIENT_EMULATOR_API_KEY=key)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dssclient.emulator",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--scoring-libs-size",
            str(stream_bytes),
            "--lenient",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening" not in line:
        process.kill()
        sys.exit(f"the emulator did not start: {line!r}")
    return process, f"http://127.0.0.1:{port}"


# -- 1. CPU per call -------------------------------------------------------------------------------


def cpu_per_call(call: Callable[[], Any], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def measure_calls(url: str, key: str, calls: int, rounds: int) -> dict[str, dict[str, float]]:
    import dataikuapi
    import httpx

    import dssclient

    raw = httpx.Client(base_url=url + "/public/api", auth=(key, ""))
    ours = dssclient.DSSClient(url, key)
    official = dataikuapi.DSSClient(url, key)

    def raw_json(path: str, params: dict[str, str] | None = None) -> Any:
        response = raw.get(path, params=params)
        response.raise_for_status()
        return response.json()

    cases: dict[str, dict[str, Callable[[], Any]]] = {
        "list_projects (50)": {
            "raw httpx": lambda: raw_json("/projects/", {"includeLocation": "false"}),
            "dssclient": lambda: ours.list_projects(),
            "official": lambda: official.list_projects(),
        },
        "get_settings": {
            "raw httpx": lambda: raw_json("/projects/BENCH_00/settings"),
            "dssclient": lambda: ours.get_project("BENCH_00").get_settings(),
            "official": lambda: official.get_project("BENCH_00").get_settings(),
        },
    }
    results: dict[str, dict[str, float]] = {}
    for case, clients in cases.items():
        for call in clients.values():  # warm up: connections, lazy imports, caches
            for _ in range(20):
                call()
        samples: dict[str, list[float]] = {name: [] for name in clients}
        for _ in range(rounds):
            for name, call in clients.items():
                samples[name].append(cpu_per_call(call, calls))
        results[case] = {name: statistics.median(values) for name, values in samples.items()}
    raw.close()
    ours.close()
    return results


# -- 2. import time --------------------------------------------------------------------------------


def compile_bytecode() -> None:
    """Byte-compile dssclient and its generated layer, as pip does when it installs a wheel.

    httpx and dataikuapi were compiled by pip at install time; an editable install
    of this project is not, and PYTHONDONTWRITEBYTECODE (set on some machines)
    keeps Python from caching what it compiles, so without this step every
    `import dssclient` would pay for compiling its source.
    """
    import compileall

    import dssclient_generated

    import dssclient

    for package in (dssclient, dssclient_generated):
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)


IMPORT_CASES = {
    # name: (setup, timed statement)
    "import httpx": ("", "import httpx"),
    "import dataikuapi": ("", "import dataikuapi"),
    "import dssclient": ("", "import dssclient"),
    "from dssclient import DSSClient": ("", "from dssclient import DSSClient"),
    "from dssclient import DSSClient, httpx already loaded": ("import httpx", "from dssclient import DSSClient"),
}


def import_seconds(repeats: int) -> dict[str, float]:
    """Median time of each timed statement, in fresh interpreters, the cases interleaved."""
    samples: dict[str, list[float]] = {name: [] for name in IMPORT_CASES}
    for _ in range(repeats):
        for name, (setup, statement) in IMPORT_CASES.items():
            code = f"{setup}\nimport time\nt = time.perf_counter()\n{statement}\nprint(time.perf_counter() - t)"
            output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
            samples[name].append(float(output.stdout))
    return {name: statistics.median(values) for name, values in samples.items()}


# -- 3. streamed download --------------------------------------------------------------------------

STREAM_PROGRAM = textwrap.dedent(
    """
    import json, sys, time
    flavour, url, key = sys.argv[1:4]

    def status_mib(field):
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024  # kB
        raise RuntimeError(field + " not in /proc/self/status")

    def reset_peak():
        # Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) to the current RSS.
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")

    if flavour.startswith("raw httpx"):
        import httpx
        client = httpx.Client(base_url=url + "/public/api", auth=(key, ""))
        client.get("/instance-info").raise_for_status()
        def download():
            if flavour == "raw httpx, whole body (control)":
                return len(client.get("/resources/scoring-lib-jar").content)
            chunk_size = (1 << 20) if flavour == "raw httpx iter_bytes(1 MiB)" else None
            with client.stream("GET", "/resources/scoring-lib-jar") as response:
                response.raise_for_status()
                return sum(len(chunk) for chunk in response.iter_bytes(chunk_size))
    elif flavour.startswith("official"):
        import dataikuapi
        client = dataikuapi.DSSClient(url, key)
        client.get_instance_info()
        def download():
            response = client.get_scoring_libs_stream()
            try:
                return sum(len(chunk) for chunk in response.iter_content(chunk_size=65536))
            finally:
                response.close()
    else:
        import dssclient
        import dssclient_generated.api.resources.get_scoring_libs_jar  # the operation's first-call import
        client = dssclient.DSSClient(url, key)
        client.get_instance_info()
        def download():
            with client.get_scoring_libs_stream() as stream:
                if flavour == "dssclient iter_content(1 MiB)":
                    return sum(len(chunk) for chunk in stream.iter_content(chunk_size=1 << 20))
                if flavour == "dssclient read(64 KiB)":
                    total = 0
                    while piece := stream.read(65536):
                        total += len(piece)
                    return total
                return sum(len(chunk) for chunk in stream.iter_bytes())

    reset_peak()
    before = status_mib("VmRSS")
    started = time.perf_counter()
    size = download()
    elapsed = time.perf_counter() - started
    print(json.dumps({"bytes": size, "seconds": elapsed, "peak_growth_mib": status_mib("VmHWM") - before}))
    """
)

# Each way of reading with dssclient, and the raw httpx reading it is compared with (same chunking).
# The control reads the body whole: its growth shows that the memory figure does see a buffered download.
STREAM_BASELINES = {
    "raw httpx iter_bytes()": None,
    "raw httpx iter_bytes(1 MiB)": None,
    "dssclient iter_bytes()": "raw httpx iter_bytes()",
    "dssclient read(64 KiB)": "raw httpx iter_bytes()",
    "dssclient iter_content(1 MiB)": "raw httpx iter_bytes(1 MiB)",
    "official iter_content(64 KiB)": "raw httpx iter_bytes()",
    "raw httpx, whole body (control)": "raw httpx iter_bytes()",
}
STREAM_FLAVOURS = list(STREAM_BASELINES)


def measure_stream(url: str, key: str, expected_bytes: int, repeats: int) -> dict[str, dict[str, float]]:
    results: dict[str, list[dict[str, float]]] = {flavour: [] for flavour in STREAM_FLAVOURS}
    for _ in range(repeats):
        for flavour in STREAM_FLAVOURS:
            output = subprocess.run(
                [sys.executable, "-c", STREAM_PROGRAM, flavour, url, key],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            run = json.loads(output.stdout)
            if run["bytes"] != expected_bytes:
                sys.exit(f"{flavour} downloaded {run['bytes']} bytes, expected {expected_bytes}")
            results[flavour].append(run)
    return {
        flavour: {
            "mib_per_s": statistics.median(expected_bytes / MIB / r["seconds"] for r in runs),
            "peak_growth_mib": max(r["peak_growth_mib"] for r in runs),
        }
        for flavour, runs in results.items()
    }


# -- report ----------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200, help="calls per round (default 200)")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds per client (default 7)")
    parser.add_argument("--imports", type=int, default=9, help="fresh interpreters per import figure (default 9)")
    parser.add_argument("--stream-mib", type=int, default=256, help="size of the download (default 256)")
    parser.add_argument("--stream-repeats", type=int, default=3, help="downloads per client (default 3)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()

    key = secrets.token_urlsafe(16)
    stream_bytes = args.stream_mib * MIB
    emulator, url = start_emulator(key, stream_bytes)
    try:
        import dssclient

        with dssclient.DSSClient(url, key) as seeder:
            for index in range(50):
                seeder.create_project(
                    f"BENCH_{index:02d}",
                    f"Benchmark project {index}",
                    "admin",
                    description="A project for the benchmark",
                    tags=["bench", "perf"],
                )
        print(f"python {sys.version.split()[0]}, emulator at {url} (separate process), 50 projects\n")

        calls = measure_calls(url, key, args.calls, args.rounds)
        print(f"1. Client CPU per call (median of {args.rounds} interleaved rounds of {args.calls} calls)")
        for case, figures in calls.items():
            raw, ours, official = figures["raw httpx"], figures["dssclient"], figures["official"]
            print(
                f"   {case:<20} raw httpx {raw * 1e6:7.0f} µs   dssclient {ours * 1e6:7.0f} µs   "
                f"official {official * 1e6:7.0f} µs"
            )
            print(
                f"   {'':<20} dssclient / raw httpx = {ours / raw:.2f} (<= 1.30: {verdict(ours / raw <= 1.3)}); "
                f"dssclient / official = {ours / official:.2f} (<= 1.00: {verdict(ours / official <= 1.0)})"
            )

        compile_bytecode()
        imports = import_seconds(args.imports)
        print(
            f"\n2. Import time (median of {args.imports} fresh interpreters, interleaved; every package "
            "byte-compiled, as pip does)"
        )
        for statement, seconds in imports.items():
            print(f"   {statement:<54} {seconds * 1000:6.1f} ms")
        own = imports["from dssclient import DSSClient, httpx already loaded"] * 1000
        print(f"   dssclient's own import cost on top of httpx: {own:.1f} ms (<= 40 ms: {verdict(own <= 40)})")
        for statement in ("import dssclient", "from dssclient import DSSClient"):
            over = (imports[statement] - imports["import httpx"]) * 1000
            print(f"   {statement} = httpx {over:+.1f} ms (<= +40 ms: {verdict(over <= 40)})")

        stream = measure_stream(url, key, stream_bytes, args.stream_repeats)
        print(
            f"\n3. Download of {args.stream_mib} MiB (each client in a fresh process; median throughput, "
            f"worst peak RSS growth of {args.stream_repeats})"
        )
        for flavour, figures in stream.items():
            baseline = STREAM_BASELINES[flavour]
            ratio = figures["mib_per_s"] / stream[baseline or flavour]["mib_per_s"]
            versus = f"{ratio:.2f}x {baseline}" if baseline else "baseline"
            line = (
                f"   {flavour:<32} {figures['mib_per_s']:6.0f} MiB/s  peak RSS growth "
                f"{figures['peak_growth_mib']:6.1f} MiB  ({versus})"
            )
            if flavour.startswith("dssclient"):
                ok = ratio >= 0.8 and figures["peak_growth_mib"] <= 16
                line += f": >= 0.8x and <= 16 MiB {verdict(ok)}"
            print(line)

        if args.json:
            args.json.write_text(json.dumps({"calls": calls, "imports": imports, "stream": stream}, indent=2))
    finally:
        emulator.terminate()
        emulator.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
