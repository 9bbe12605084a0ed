#!/usr/bin/env python3
"""Development-time tool for the shape of a night on a shared machine (issue 17), where wall clocks measure
the neighbours. Runs a command and samples its threads' scheduler statistics (/proc/PID/task/*/schedstat: ns
on a CPU, ns waiting on a run queue) every 20 ms. Prints, per second of the run, the CPU it used and the CPU it
wanted (on a CPU or waiting for one), then an estimate of its wall time on an otherwise idle machine of CORES
(default 2) cores: each interval's CPU work divided by min(CORES, threads wanting CPU). With `heard run
--workspace DIR`, it also splits that estimate by the run report's stages: "serial loss" is the time a stage
takes beyond its CPU spread evenly over the cores (work only one thread could do).

    Scripts/night-timeline.py .build/release/heard run --workspace WORKSPACE 2> per-second.txt

An estimate, not a measurement: it assumes the CPU seconds themselves would be the same on an idle machine."""
import os, subprocess, sys, time
cores = int(os.environ.get("CORES", "2"))
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
pid = proc.pid
prev = {}
t0 = time.monotonic(); last = t0
rows = []  # (t, dt, run, want)
def sample():
    out = {}
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                    a, b, _ = f.read().split()
                out[tid] = (int(a), int(b))
            except Exception:
                pass
    except Exception:
        pass
    return out
while proc.poll() is None:
    time.sleep(0.02)
    now = time.monotonic()
    cur = sample()
    run = want = 0
    for tid, (a, b) in cur.items():
        pa, pb = prev.get(tid, (0, 0))
        run += a - pa; want += (a - pa) + (b - pb)
    prev.update(cur)
    rows.append((now - t0, now - last, run / 1e9, want / 1e9))
    last = now
est = 0.0; cpu = 0.0
per = {}
for t, dt, run, want in rows:
    cpu += run
    demand = want / dt if dt > 0 else 0
    est += run / min(cores, max(1.0, demand)) if run > 0 else 0
    s = int(t)
    r, w, d = per.get(s, (0, 0, 0)); per[s] = (r + run, w + want, d + dt)
for s in sorted(per):
    r, w, d = per[s]
    print(f"{s:4d}s cpu {r/d:4.2f} wanted {w/d:4.2f}", file=sys.stderr)
print(f"wall {rows[-1][0] if rows else 0:.2f} s, cpu {cpu:.2f} s, idle-2-core estimate {est:.2f} s, exit {proc.returncode}")
# loss per second: time beyond a perfect 2-core spread
import json
ws = sys.argv[sys.argv.index("--workspace") + 1] if "--workspace" in sys.argv else None
if ws and os.path.exists(os.path.join(ws, "Output/run-report.json")):
    r = json.load(open(os.path.join(ws, "Output/run-report.json")))["secondsPerStage"]
    order = ["plan", "prepare: load the screen and the tagger", "prepare: read and parse", "prepare: normalise",
             "prepare: fingerprint rows", "prepare: redact", "prepare: screen and tag", "commit: record concerns",
             "commit: store responses", "commit: waiting for points", "settle", "summarise", "render", "scan and write"]
    bounds = []; t = 0.0
    for name in order:
        t += r.get(name, 0.0); bounds.append((t, name))
    loss = {}; cpu_by = {}
    for t, dt, run, want in rows:
        demand = want / dt if dt > 0 else 0
        l = (run / min(cores, max(1.0, demand)) - run / cores) if run > 0 else 0
        name = next((n for b, n in bounds if t <= b), "end")
        loss[name] = loss.get(name, 0) + l; cpu_by[name] = cpu_by.get(name, 0) + run
    for b, n in bounds + [(0, "end")]:
        if n in loss: print(f"  {n:45s} cpu {cpu_by[n]:6.2f}  serial loss {loss[n]:5.2f}")
