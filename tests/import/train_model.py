#!/usr/bin/env python3
"""Train the models of plain-text import from the features the importer dumps.

    build/tests/baiviet_import_dump > dump.tsv      # features + gold classes
    python3 tests/import/train_model.py dump.tsv    # writes the two files below
    python3 tests/import/train_model.py --empty     # no model (the build refuses
                                                    # weights of other features)
    python3 tests/import/train_model.py dump.tsv --out DIR   # write both files to DIR
                                                    # (tests/import/check_model.sh)

Reads the rows written by tests/import/dump_features.cpp (the features are
computed by the importer's own code, src/import/features.cpp) and trains a
multinomial logistic regression, paragraph / caption / heading. The importer
decides as src/import/model.cpp says (and predict() below repeats): a line
the heading rule accepts is a heading (a caption if its caption score beats
its heading score), any other line a caption if its
caption score beats its paragraph score by a margin at which captions were
right at least half the time out of fold, or if the strict caption rule
(caption_between_paragraphs) accepts it.

For every source group G (the dev corpus folders, "baobinhdinh", "sample") a
*fold model* is trained on the other groups only, so that the evaluation
(tests/cpp/test_import_eval.cpp) measures every article with a model that has
never seen its source. The out-of-fold scores give the calibration tables
(score margin -> observed accuracy). The shipped model is trained on all
groups, with the calibration of the out-of-fold scores.

Writes
  src/import/model_data.inc                  the shipped model (C++ data)
  tests/fixtures/import/model_folds.json     the fold models

Weights are exported as integers (fixed point, 2^12) and the scores below are
computed with the same integer arithmetic as src/import/model.cpp, so the
calibration tables describe exactly what the C++ code computes. Deterministic:
Newton's method on a convex loss from zeros, no randomness.
Needs numpy (Debian: python3-numpy).
"""
import json
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHIFT = 12
L2 = 30
ITERATIONS = 50      # Newton steps (converges in far fewer)
# Captions and headings are the rarer classes; weigh their errors more so that
# the classifier does not settle on "everything is a paragraph".
CLASS_WEIGHT = [1.0, 2.0, 2.0]


def read_dump(path):
    meta, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# "):
                for part in line[2:].split(" "):
                    k, _, v = part.partition("=")
                    meta[k] = v
                continue
            group, name, kind, ln, gold, pred, feats, text = line.split("\t", 7)
            rows.append({"group": group, "name": name, "kind": kind, "line": int(ln), "gold": int(gold),
                         "pred": int(pred), "x": [int(v) for v in feats.split(",")], "text": text})
    return meta, rows


def train(X, y, classes, weights):
    """Softmax regression on standardised features, L2-penalised (not the
    bias), fitted by Newton's method (the loss is convex, so the optimum is
    unique and the result does not depend on a step size or a seed).
    Returns weights in the original feature units: W (classes x features),
    b (classes)."""
    mu = X.mean(axis=0)
    sd = X.std(axis=0)
    sd[sd < 1e-9] = 1.0
    Z = np.hstack([(X - mu) / sd, np.ones((len(X), 1))])
    n, d = Z.shape
    K = classes
    Y = np.zeros((n, K))
    Y[np.arange(n), y] = 1.0
    sw = np.array([weights[c] for c in y])
    reg = np.full(d, L2)
    reg[-1] = 1e-6  # bias
    theta = np.zeros((K, d))
    for _ in range(ITERATIONS):
        S = Z @ theta.T
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        G = ((P - Y) * sw[:, None]).T @ Z + theta * reg  # K x d
        H = np.zeros((K * d, K * d))
        for a in range(K):
            for b in range(K):
                coef = sw * P[:, a] * ((1.0 if a == b else 0.0) - P[:, b])
                H[a * d:(a + 1) * d, b * d:(b + 1) * d] = (Z * coef[:, None]).T @ Z
        H += np.diag(np.tile(reg, K))
        step = np.linalg.lstsq(H, G.reshape(-1), rcond=None)[0].reshape(K, d)
        theta -= step
        if np.abs(step).max() < 1e-9:
            break
    W = theta[:, :-1]
    b = theta[:, -1]
    # back to raw feature units
    Wr = W / sd
    br = b - (W * mu / sd).sum(axis=1)
    return Wr, br


def to_int(Wr, br):
    Wi = np.rint(Wr * (1 << SHIFT)).astype(np.int64)
    bi = np.rint(br * (1 << SHIFT)).astype(np.int64)
    return Wi, bi


def lookup(cal, cls, margin):
    """calibrated() of src/import/model.cpp: the confidence (hundredths) of the
    last bin of `cls` whose lower margin is <= margin (50 when none)."""
    conf = 50
    for c, lo, h in cal:
        if c == cls and margin >= lo:
            conf = h
    return conf


def predict_int(Wi, bi, X, rule_heading, cal=None, rule_caption=None, over_heading=0):
    """The decision of src/import/model.cpp (predict_body), in the same
    integer arithmetic: the class and its margin over the best other class.
    With a calibration table, a caption must have a confidence of at least
    0.5 (else it is a paragraph), as in model.cpp."""
    S = X.astype(np.int64) @ Wi.T + bi
    heading = np.asarray(rule_heading, dtype=bool)
    caption = S[:, 1] > S[:, 0]
    if cal is not None:
        caption = caption & np.array([lookup(cal, 1, int(m)) >= 50 for m in (S[:, 1] - S[:, 0])], dtype=bool)
    if rule_caption is not None:
        caption = caption | np.asarray(rule_caption, dtype=bool)
    caption = np.where(heading, S[:, 1] - S[:, 2] > over_heading, caption)
    heading = heading & ~caption
    pred = np.where(heading, 2, np.where(caption, 1, 0))
    margin = np.where(heading, S[:, 2] - np.maximum(S[:, 0], S[:, 1]),
                      np.where(caption, S[:, 1] - S[:, 0], S[:, 0] - S[:, 1]))
    return pred, margin


# Candidate margins (fixed point) by which a heading-shaped line's caption
# score must beat its heading score for it to be a caption.
OVER_HEADING_GRID = [q * (1 << SHIFT) // 4 for q in range(0, 17)]


def pick_over_heading(S, y, rh, rc, cal_free=True):
    """The margin of OVER_HEADING_GRID that maximises caption F1 + heading F1
    (line level) of the decisions on rows with out-of-fold scores S; the
    smallest such margin on ties."""
    best, best_t = -1.0, 0
    for t in OVER_HEADING_GRID:
        caption = ((S[:, 1] > S[:, 0]) | rc)
        caption = np.where(rh, S[:, 1] - S[:, 2] > t, caption)
        heading = rh & ~caption
        pred = np.where(heading, 2, np.where(caption, 1, 0))
        score = 0.0
        for c in (1, 2):
            tp = int(((pred == c) & (y == c)).sum())
            fp = int(((pred == c) & (y != c)).sum())
            fn = int(((pred != c) & (y == c)).sum())
            score += 2 * tp / max(1, 2 * tp + fp + fn)
        if score > best + 1e-12:
            best, best_t = score, t
    return best_t


def calibration(classes, pred, margin, correct):
    """Per predicted class, a smooth map from score margin to observed
    accuracy: a logistic fit of correctness on the margin (Platt scaling,
    Newton's method), written as the margins at which the confidence reaches
    each hundredth from 5 to 99. Returns [(class, lowest margin, confidence
    in hundredths)], margins ascending per class."""
    out = []
    for c in range(classes):
        idx = np.where(pred == c)[0]
        if len(idx) < 10:
            continue
        m = margin[idx].astype(np.float64) / (1 << SHIFT)
        t = correct[idx].astype(np.float64)
        # prior-smoothed targets (Platt): avoid certainty from few rows
        npos, nneg = t.sum(), len(t) - t.sum()
        t = np.where(t > 0, (npos + 1) / (npos + 2), 1 / (nneg + 2))
        a, b = 0.0, 0.0
        for _ in range(100):
            p = 1 / (1 + np.exp(-(a * m + b)))
            g = np.array([((p - t) * m).sum(), (p - t).sum()])
            w = p * (1 - p)
            H = np.array([[(w * m * m).sum() + 1e-6, (w * m).sum()], [(w * m).sum(), w.sum() + 1e-6]])
            step = np.linalg.solve(H, g)
            a, b = a - step[0], b - step[1]
            if np.abs(step).max() < 1e-10:
                break
        a = max(a, 0.0)  # a larger margin never lowers the confidence
        if c == 2:
            # Headings are decided by the rule; the model's heading margin did
            # not predict their correctness on held-out sources, so their
            # confidence is the rule's out-of-fold precision, one value.
            a, b = 0.0, float(np.log((npos + 1) / (nneg + 1)))
        lo_conf = int(np.floor(100 / (1 + np.exp(-(a * m.min() + b)))))
        first = max(5, min(99, lo_conf))
        out.append((c, -(1 << 62), first))
        if a > 0:
            for h in range(first + 1, 100):
                # margin where sigmoid(a m + b) = h / 100
                z = np.log((h / 100) / (1 - h / 100))
                mm = (z - b) / a
                if mm > m.max() * 2 + 1:
                    break
                out.append((c, int(np.ceil(mm * (1 << SHIFT))), h))
    return out


def fit(rows, groups, rule_index, caption_index):
    X = np.array([r["x"] for r in rows], dtype=np.float64)
    Xi = np.array([r["x"] for r in rows], dtype=np.int64)
    y = np.array([r["gold"] for r in rows], dtype=np.int64)
    g = np.array([r["group"] for r in rows])
    rh = Xi[:, rule_index] != 0
    rc = Xi[:, caption_index] != 0
    model_row = np.array([r["kind"] == "body" for r in rows])
    classes = 3
    folds = {}
    oof_S = np.zeros((len(rows), classes), dtype=np.int64)
    for G in groups:
        test = g == G
        tr = ~test
        Wi, bi = to_int(*train(X[tr], y[tr], classes, CLASS_WEIGHT))
        folds[G] = (Wi, bi)
        if test.sum():
            oof_S[test] = Xi[test] @ Wi.T + bi
    # The caption-over-heading margin of fold G is chosen on G's training
    # groups only: out-of-fold scores of models trained without G and
    # without the scored group (nested leave-one-group-out), so that the
    # margin never saw G. The shipped model's margin: from oof_S.
    over = {}
    for G in groups:
        inner_S = np.zeros((len(rows), classes), dtype=np.int64)
        for H in groups:
            if H == G:
                continue
            tr = (g != G) & (g != H)
            Wi, bi = to_int(*train(X[tr], y[tr], classes, CLASS_WEIGHT))
            inner_S[g == H] = Xi[g == H] @ Wi.T + bi
        keep = (g != G) & model_row
        over[G] = pick_over_heading(inner_S[keep], y[keep], rh[keep], rc[keep])
    over_all = pick_over_heading(oof_S[model_row], y[model_row], rh[model_row], rc[model_row])

    def decide(keep, cal, t):
        """Out-of-fold decisions on the rows `keep` (scores from the fold
        models) with the caption threshold of `cal` (None: none) and the
        caption-over-heading margin t."""
        S = oof_S[keep]
        caption = S[:, 1] > S[:, 0]
        if cal is not None:
            caption = caption & np.array([lookup(cal, 1, int(m)) >= 50 for m in (S[:, 1] - S[:, 0])], dtype=bool)
        caption = caption | rc[keep]
        heading = rh[keep]
        # A heading-shaped line scored higher as a caption than as a heading
        # is a caption (model.cpp).
        caption = np.where(heading, S[:, 1] - S[:, 2] > t, caption)
        heading = heading & ~caption
        pred = np.where(heading, 2, np.where(caption, 1, 0))
        margin = np.where(heading, S[:, 2] - np.maximum(S[:, 0], S[:, 1]),
                          np.where(caption, S[:, 1] - S[:, 0], S[:, 0] - S[:, 1]))
        return pred, margin, (pred == y[keep]).astype(np.int64)

    def calibrate(keep, t):
        # Pass 1: the caption table from the plain decisions; pass 2: the
        # paragraph and heading tables from the decisions with the caption
        # threshold of pass 1 (captions below it are paragraphs).
        p1, m1, c1 = decide(keep, None, t)
        cal1 = calibration(classes, p1, m1, c1)
        p2, m2, c2 = decide(keep, cal1, t)
        cal2 = calibration(classes, p2, m2, c2)
        return [t for t in cal1 if t[0] == 1] + [t for t in cal2 if t[0] != 1], p2

    # The calibration of fold G comes from the out-of-fold scores of the
    # other groups; the shipped model's from all of them.
    fold_out = {}
    for G, (Wi, bi) in folds.items():
        fold_out[G] = (Wi, bi, sorted(calibrate((g != G) & model_row, over[G])[0], key=lambda t: (t[0], t[1])),
                       over[G])
    Wi, bi = to_int(*train(X, y, classes, CLASS_WEIGHT))
    cal, oof_pred = calibrate(model_row, over_all)
    full = (Wi, bi, sorted(cal, key=lambda t: (t[0], t[1])), over_all)
    print("caption-over-heading margins (x 2^-12): shipped %d, folds %s" %
          (over_all, " ".join(f"{G}={over[G]}" for G in groups)), file=sys.stderr)
    y = y[model_row]
    correct = (oof_pred == y).astype(np.int64)
    print(f"{len(rows)} rows ({int(model_row.sum())} decided by the model), out-of-fold accuracy "
          f"{correct.mean():.3f}", file=sys.stderr)
    for c in range(classes):
        tp = int(((oof_pred == c) & (y == c)).sum())
        fp = int(((oof_pred == c) & (y != c)).sum())
        fn = int(((oof_pred != c) & (y == c)).sum())
        p = tp / (tp + fp) if tp + fp else 1
        r = tp / (tp + fn) if tp + fn else 1
        print(f"  class {c}: gold {tp + fn} predicted {tp + fp} P {p:.2f} R {r:.2f}", file=sys.stderr)
    return full, fold_out


def model_json(m, classes, features, schema):
    Wi, bi, cal, over = m
    return {"classes": classes, "features": features, "schema": str(schema), "caption_over_heading": int(over),
            "weights": [int(v) for v in Wi.reshape(-1)], "bias": [int(v) for v in bi],
            "calibration": [[int(c), int(lo), int(conf)] for c, lo, conf in cal]}


def cpp_array(name, values):
    vals = [str(int(v)) + ("LL" if abs(int(v)) > 2**31 - 1 else "") for v in values]
    lines, cur = [], "   "
    for v in vals:
        if len(cur) + len(v) + 2 > 110:
            lines.append(cur)
            cur = "   "
        cur += " " + v + ","
    lines.append(cur)
    return f"inline constexpr std::int64_t {name}[] = {{\n" + "\n".join(lines) + "\n};\n"


EMPTY = """// Generated by tests/import/train_model.py --empty: no model (the hand rules decide).
namespace model_data {
inline constexpr std::uint64_t body_schema = 0;
inline constexpr int body_classes = 0;
inline constexpr std::int64_t body_weights[] = {0};
inline constexpr std::int64_t body_bias[] = {0};
inline constexpr std::int64_t body_calibration[] = {0};
inline constexpr std::int64_t body_caption_over_heading = 0;
}  // namespace model_data
"""


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    if argv[1] == "--empty":
        with open(os.path.join(ROOT, "src", "import", "model_data.inc"), "w", encoding="utf-8") as f:
            f.write(EMPTY)
        return 0
    out = argv[argv.index("--out") + 1] if "--out" in argv else None
    inc_path = os.path.join(out, "model_data.inc") if out else os.path.join(ROOT, "src", "import", "model_data.inc")
    folds_path = (os.path.join(out, "model_folds.json") if out else
                  os.path.join(ROOT, "tests", "fixtures", "import", "model_folds.json"))
    meta, rows = read_dump(argv[1])
    # Lines a caption rule decided ("rule") are training examples too (more
    # captions to learn from); only the classifier's own decisions ("body")
    # are scored and calibrated.
    rows = [r for r in rows if r["kind"] in ("body", "rule")]
    names = meta["body_features"].split(",")
    groups = sorted({r["group"] for r in rows})
    body, body_folds = fit(rows, groups, names.index("rule_heading"), names.index("rule_caption_between"))

    inc = ["// Generated by tests/import/train_model.py from the features dumped by",
           "// tests/import/dump_features.cpp over every labelled article; do not edit.",
           "// Fixed-point weights (2^12); calibration: (class, lowest margin, confidence %).",
           "namespace model_data {",
           f"inline constexpr std::uint64_t body_schema = {meta['body_schema']}ull;",
           "inline constexpr int body_classes = 3;",
           cpp_array("body_weights", body[0].reshape(-1)).rstrip(),
           cpp_array("body_bias", body[1]).rstrip(),
           cpp_array("body_calibration", [v for t in body[2] for v in t]).rstrip(),
           f"inline constexpr std::int64_t body_caption_over_heading = {int(body[3])};",
           "}  // namespace model_data", ""]
    with open(inc_path, "w", encoding="utf-8") as f:
        f.write("\n".join(inc))
    folds = {"about": "Fold models of plain-text import: each trained without the articles of its group "
                      "(tests/import/train_model.py); tests/cpp/test_import_eval.cpp measures every article "
                      "with the fold model of its group.",
             "body_schema": meta["body_schema"], "folds": {}}
    for G in groups:
        folds["folds"][G] = {"body": model_json(body_folds[G], 3, len(names), meta["body_schema"])}
    with open(folds_path, "w", encoding="utf-8") as f:
        json.dump(folds, f, indent=None, separators=(",", ":"))
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
