#!/usr/bin/env python3
"""A model file scored as the whole screen on labelled sets, without rebuilding `heard`: a development check.

Reads each comment's features, rules and signs from the built `heard` (`safeguarding features`) and emulates
`SafeguardingScreen.scan` with the weights of --model (lobo.py's emulation: a direct rule that is not weak, or weak
with a second sign; a weak rule's held flag when the layer's probability reaches the rules.txt bar; the layer at
its threshold unless an ordinary reading "for model" switches it off). With --check, the shipped weights' emulation
is compared with `heard safeguarding scan` comment by comment. Prints counts only (found, false alarms, and what
raised them), never texts or line numbers, so it may be run on a reporting half.

Usage: python3 Scripts/safeguarding/score_model.py FILE [FILE ...] [--model PATH ...] [--half tuning|reporting]
       [--heard .build/debug/heard] [--check] [--bar P ...]
"""
import argparse
import math
import pathlib
import sys

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import alarm_split  # noqa: E402
import lobo  # noqa: E402
import train as T  # noqa: E402


class Read:
    """What `switched_off` needs of train.Data, for one set's comments."""

    def __init__(self, read):
        feats = [item["features"] for item in read]
        self.names = sorted({f for fs in feats for f in fs})
        index = {f: j for j, f in enumerate(self.names)}
        self.X = T.Sparse([sorted({index[f] for f in fs}) for fs in feats], len(self.names))
        self.sign = np.array([any(f.startswith("s:") for f in fs) for fs in feats])
        self.readings = 1
        T.attach_context(self, read, feats)


def emulate(read, screen, model_path):
    weights, bias, threshold = alarm_split.model_weights(model_path)
    data = Read(read)
    w = np.array([weights.get(n, 0.0) for n in data.names])
    raw = data.X.dot(w) + bias
    model = raw.copy()
    everything = np.arange(len(read))
    model[T.switched_off(data, everything, w)] = -np.inf
    t = math.log(threshold / (1 - threshold))
    flags = lobo.flagged(screen, everything, raw, model, t)
    by = np.where(screen.strong, "rule", np.where(screen.held & (raw >= screen.bar), "weak+layer",
                                                  np.where(model >= t, "layer", "none")))
    return flags, by, 1 / (1 + np.exp(-raw))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--model", action="append", default=[])
    parser.add_argument("--half", default="")
    parser.add_argument("--heard", default=str(T.ROOT / ".build/debug/heard"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--bar", type=float, action="append", default=[],
                        help="the weak rules' model bar for each --model in turn (default: rules.txt's)")
    args = parser.parse_args()
    models = args.model or [str(T.MODEL)]
    for path in args.files:
        items = alarm_split.load(path, args.half)
        texts = [i["text"] for i in items]
        y = np.array([bool(i.get("disclosure")) for i in items])
        read = T.features(args.heard, texts)
        screen = lobo.Screen(read)
        label = f"{path}{' (' + args.half + ' half)' if args.half else ''}"
        if args.check:
            flags, _, _ = emulate(read, screen, T.MODEL)
            actual = np.array([s["concern"] for s in alarm_split.run(args.heard, "scan", texts)])
            print(f"{label}: emulation of the shipped weights differs from scan on {int((flags != actual).sum())} "
                  f"of {len(texts)}")
        for n, model in enumerate(models):
            if n < len(args.bar):
                screen.bar = math.log(args.bar[n] / (1 - args.bar[n]))
            flags, by, _ = emulate(read, screen, model)
            sources = lambda mask: ", ".join(f"{k} {int(((by == k) & mask).sum())}" for k in ("rule", "weak+layer", "layer"))
            print(f"{label} [{pathlib.Path(model).name}]: found {int(flags[y].sum())}/{int(y.sum())}, false alarms "
                  f"{int(flags[~y].sum())}/{int((~y).sum())} (false alarms by: {sources(flags & ~y)})")


if __name__ == "__main__":
    main()
