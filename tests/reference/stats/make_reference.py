"""Make the reference values that tests/stats checks discourse.stats against.

Run from the repository root:

    .venv/bin/python tests/reference/stats/make_reference.py

It writes the small input tables (``*.csv``) and ``reference.json`` beside this file. Nothing
here imports ``discourse``: models are fitted by maximising log-likelihoods written out with
numpy and scipy on design matrices built by hand, contrasts come from closed forms, p-value
corrections from loops written from the definitions, keyness from scipy's contingency tests,
Fightin' Words from the formula of Monroe, Colaresi & Quinn (2008, eqs. 16, 18, 22) in plain
Python, and reliability from the ``krippendorff`` package, scikit-learn and statsmodels'
``fleiss_kappa``, plus the worked example of Krippendorff (2011).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import optimize, special, stats

HERE = Path(__file__).resolve().parent
Z = stats.norm.ppf(0.975)


# ---------------------------------------------------------------- inputs
def make_inputs():
    rng = np.random.default_rng(20240607)
    rows = []
    for s, base in zip("ABC", (2.0, 4.0, 1.2)):
        for year in range(2001, 2007):
            tokens = int(rng.integers(2000, 8000))
            mu = base * tokens / 1000 * (1 + 0.08 * (year - 2001))
            count = max(1, int(rng.negative_binomial(5, 5 / (5 + mu))))
            rows.append({"source": s, "year": year, "tokens": tokens, "count": count})
    glm = pd.DataFrame(rows)
    docs = pd.DataFrame({"source": np.repeat(list("ABC"), 40),
                         "present": (rng.random(120) < np.repeat([0.3, 0.6, 0.45], 40))
                         .astype(int)})
    its = pd.DataFrame({"year": range(2000, 2012), "tokens": rng.integers(3000, 6000, 12)})
    its["count"] = rng.poisson(its["tokens"] / 1000 * np.where(its["year"] >= 2006, 4.0, 1.5))
    return glm, docs, its


# ---------------------------------------------------------------- models by hand
def dummies(values, levels):
    return np.column_stack([(np.asarray(values) == lv).astype(float) for lv in levels[1:]])


def additive_design(df):
    X = np.column_stack([np.ones(len(df)), dummies(df["source"], list("ABC")),
                         dummies(df["year"], list(range(2001, 2007)))])
    names = ["Intercept", "C(source)[T.B]", "C(source)[T.C]"] + [
        f"C(year)[T.{y}]" for y in range(2002, 2007)]
    return X, names


def poisson_fit(X, y, offset):
    def nll(b):
        eta = X @ b + offset
        return -(y * eta - np.exp(eta) - special.gammaln(y + 1)).sum()

    def grad(b):
        return -X.T @ (y - np.exp(X @ b + offset))

    b = optimize.minimize(nll, np.zeros(X.shape[1]), jac=grad, method="BFGS",
                          options={"gtol": 1e-10, "maxiter": 10000}).x
    for _ in range(20):  # Newton polish
        mu = np.exp(X @ b + offset)
        b = b + np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (y - mu))
    mu = np.exp(X @ b + offset)
    cov = np.linalg.inv(X.T @ (mu[:, None] * X))
    return b, cov, mu


def negbin_fit(X, y, offset):
    def nll(theta):
        b, a = theta[:-1], math.exp(theta[-1])
        mu = np.exp(X @ b + offset)
        return -(special.gammaln(y + 1 / a) - special.gammaln(1 / a) - special.gammaln(y + 1)
                 + y * np.log(a * mu / (1 + a * mu)) - np.log1p(a * mu) / a).sum()

    start = np.append(poisson_fit(X, y, offset)[0], math.log(0.1))
    res = optimize.minimize(nll, start, method="Nelder-Mead",
                            options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 200000,
                                     "maxfev": 200000})
    res = optimize.minimize(nll, res.x, method="BFGS", options={"gtol": 1e-9})
    b, a = res.x[:-1], math.exp(res.x[-1])
    mu = np.exp(X @ b + offset)
    cov = np.linalg.inv(X.T @ ((mu / (1 + a * mu))[:, None] * X))
    return b, a, cov


def logit_fit(X, y):
    b = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ b))
        b = b + np.linalg.solve(X.T @ ((p * (1 - p))[:, None] * X), X.T @ (y - p))
    p = 1 / (1 + np.exp(-X @ b))
    return b, np.linalg.inv(X.T @ ((p * (1 - p))[:, None] * X))


def holm(p):
    p = np.asarray(p, float)
    m, order = len(p), np.argsort(p)
    out, running = np.empty(m), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        out[i] = running
    return out


def benjamini_hochberg(p):
    p = np.asarray(p, float)
    m, order = len(p), np.argsort(p)[::-1]
    out, running = np.empty(m), 1.0
    for k, i in enumerate(order):
        running = min(running, p[i] * m / (m - k))
        out[i] = running
    return out


def model_references(glm, docs, its):
    ref = {}
    y, offset = glm["count"].to_numpy(float), np.log(glm["tokens"].to_numpy(float))
    X, names = additive_design(glm)
    b, cov, mu = poisson_fit(X, y, offset)
    ref["poisson"] = {"terms": names, "params": b.tolist(), "bse": np.sqrt(np.diag(cov)).tolist()}

    # cluster-robust sandwich, clusters = year, with the correction G/(G-1) (N-1)/(N-K)
    scores = X * (y - mu)[:, None]
    meat = sum(np.outer(s, s) for s in
               (scores[glm["year"].to_numpy() == g].sum(axis=0) for g in range(2001, 2007)))
    n, k, g = len(y), X.shape[1], 6
    robust = cov @ meat @ cov * g / (g - 1) * (n - 1) / (n - k)
    ref["poisson_cluster_bse"] = np.sqrt(np.diag(robust)).tolist()

    # predicted rates per 1,000 tokens for every observed cell, intervals on the link scale
    eta = X @ b + math.log(1000)
    se = np.sqrt(np.einsum("ij,jk,ik->i", X, cov, X))
    ref["predict"] = {"source": glm["source"].tolist(), "year": glm["year"].tolist(),
                      "estimate": np.exp(eta).tolist(), "conf_low": np.exp(eta - Z * se).tolist(),
                      "conf_high": np.exp(eta + Z * se).tolist()}

    bn, alpha, cov_nb = negbin_fit(X, y, offset)
    ref["negbin"] = {"params": bn.tolist(), "alpha": alpha,
                     "bse": np.sqrt(np.diag(cov_nb)).tolist()}

    # contrasts in the saturated model C(source) * C(year): its fitted log rate in each cell
    # is log(count / tokens) with variance 1 / count, so a source contrast averaged over the
    # years is a mean of cell differences.
    cells = glm.set_index(["source", "year"])
    pairs, est, var = [], [], []
    for g1, g2 in (("A", "B"), ("A", "C"), ("B", "C")):
        d = [math.log(cells.loc[(g1, t), "count"] / cells.loc[(g1, t), "tokens"])
             - math.log(cells.loc[(g2, t), "count"] / cells.loc[(g2, t), "tokens"])
             for t in range(2001, 2007)]
        v = sum(1 / cells.loc[(g1, t), "count"] + 1 / cells.loc[(g2, t), "count"]
                for t in range(2001, 2007)) / 36
        pairs.append([g1, g2]), est.append(sum(d) / 6), var.append(v)
    se = np.sqrt(var)
    p = 2 * stats.norm.sf(np.abs(np.array(est) / se))
    ref["contrasts_saturated"] = {"pairs": pairs, "estimate": est, "std_error": se.tolist(),
                                  "p_value": p.tolist(), "p_holm": holm(p).tolist(),
                                  "p_bh": benjamini_hochberg(p).tolist()}

    # contrasts of years within source A, saturated model: single-cell differences
    a = cells.loc["A"]
    est = [math.log(a.loc[t1, "count"] / a.loc[t1, "tokens"]) -
           math.log(a.loc[t2, "count"] / a.loc[t2, "tokens"]) for t1, t2 in ((2001, 2006),)]
    ref["contrast_year_within_A"] = {"estimate": est[0],
                                     "std_error": math.sqrt(1 / a.loc[2001, "count"]
                                                            + 1 / a.loc[2006, "count"])}

    # logistic model of presence on source
    Xd = np.column_stack([np.ones(len(docs)), dummies(docs["source"], list("ABC"))])
    bl, covl = logit_fit(Xd, docs["present"].to_numpy(float))
    ref["logit"] = {"params": bl.tolist(), "bse": np.sqrt(np.diag(covl)).tolist()}
    probs = {s: 1 / (1 + math.exp(-(bl[0] + (bl[i] if i else 0)))) for i, s in enumerate("ABC")}
    ref["logit_probability"] = probs

    # interrupted time series at 2006, Poisson
    t = its["year"].to_numpy(float) - 2006
    after = (t >= 0).astype(float)
    Xi = np.column_stack([np.ones(len(t)), t, after, after * t])
    yi, oi = its["count"].to_numpy(float), np.log(its["tokens"].to_numpy(float))
    bi, covi, mui = poisson_fit(Xi, yi, oi)
    _, _, mu0 = poisson_fit(Xi[:, :2], yi, oi)
    ll = lambda m: (yi * np.log(m) - m - special.gammaln(yi + 1)).sum()
    lr = 2 * (ll(mui) - ll(mu0))
    ref["its"] = {"params": bi.tolist(), "bse": np.sqrt(np.diag(covi)).tolist(), "lr": lr,
                  "p_value": float(stats.chi2.sf(lr, 2))}

    # trend per source (Poisson): slope of log rate per year
    slopes = {}
    for s in "ABC":
        part = glm[glm["source"] == s]
        Xt = np.column_stack([np.ones(len(part)), part["year"].to_numpy(float) - 2001])
        bt, covt, _ = poisson_fit(Xt, part["count"].to_numpy(float),
                                  np.log(part["tokens"].to_numpy(float)))
        slopes[s] = [bt[1], math.sqrt(covt[1, 1])]
    ps = [2 * stats.norm.sf(abs(v[0] / v[1])) for v in slopes.values()]
    ref["trend"] = {"slopes": slopes, "p_holm": holm(ps).tolist()}
    return ref


# ---------------------------------------------------------------- proportions and rates
def interval_references():
    from statsmodels.stats.proportion import proportion_confint
    from statsmodels.stats.rates import confint_poisson

    k, n = [0, 3, 7, 10], [10, 10, 12, 10]
    wilson = [proportion_confint(a, b, alpha=0.05, method="wilson") for a, b in zip(k, n)]
    counts, exposure = [0, 4, 25], [1000, 2000, 5000]
    exact = [confint_poisson(c, e, method="exact-c", alpha=0.05) for c, e in zip(counts, exposure)]
    return {"wilson": {"k": k, "n": n, "low": [w[0] for w in wilson],
                       "high": [w[1] for w in wilson]},
            "poisson": {"count": counts, "exposure": exposure,
                        "low": [float(e[0]) * 1000 for e in exact],
                        "high": [float(e[1]) * 1000 for e in exact]}}


# ---------------------------------------------------------------- vocabulary
TERMS = {"A": {"sovereignty": 40, "cooperation": 25, "win-win": 12, "democracy": 3, "peace": 20},
         "B": {"sovereignty": 10, "cooperation": 30, "win-win": 1, "democracy": 35, "peace": 24},
         "C": {"sovereignty": 18, "cooperation": 22, "win-win": 0, "democracy": 9, "peace": 31}}


def vocabulary_references():
    groups, terms = list(TERMS), list(TERMS["A"])
    n = {g: sum(TERMS[g].values()) for g in groups}
    total = {w: sum(TERMS[g][w] for g in groups) for w in terms}
    big_n = sum(n.values())
    a0 = 100.0
    fw, key = [], []
    for g in groups:
        n_i, n_j = n[g], big_n - n[g]
        for w in terms:
            a_w = a0 * total[w] / big_n
            y_i, y_j = TERMS[g][w], total[w] - TERMS[g][w]
            delta = (math.log((y_i + a_w) / (n_i + a0 - y_i - a_w))
                     - math.log((y_j + a_w) / (n_j + a0 - y_j - a_w)))
            se = math.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))
            fw.append({"group": g, "term": w, "estimate": delta, "std_error": se,
                       "statistic": delta / se})
            table = np.array([[y_i, n_i - y_i], [y_j, n_j - y_j]], float)
            chi2 = stats.chi2_contingency(table, correction=False)[0]
            g2 = stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
            rows, cols = table.sum(axis=1), table.sum(axis=0)
            q = 1 + (big_n * (1 / rows).sum() - 1) * (big_n * (1 / cols).sum() - 1) / (6 * big_n)
            pmi = math.log2(y_i * big_n / (total[w] * n_i)) if y_i else float("-inf")
            key.append({"group": g, "term": w, "chi2": chi2, "g2": g2 / q, "pmi": pmi,
                        "p_chi2": float(stats.chi2.sf(chi2, 1)),
                        "p_g2": float(stats.chi2.sf(g2 / q, 1))})
    # head to head: A against B only
    head = []
    n_a, n_b = n["A"], n["B"]
    both = {w: TERMS["A"][w] + TERMS["B"][w] for w in terms}
    for w in terms:
        a_w = a0 * both[w] / (n_a + n_b)
        y_i, y_j = TERMS["A"][w], TERMS["B"][w]
        delta = (math.log((y_i + a_w) / (n_a + a0 - y_i - a_w))
                 - math.log((y_j + a_w) / (n_b + a0 - y_j - a_w)))
        head.append({"term": w, "statistic": delta / math.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))})
    return {"prior": a0, "fightin_words": fw, "fightin_words_A_vs_B": head, "keyness": key}


# ---------------------------------------------------------------- reliability
KRIPPENDORFF_2011 = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
                     [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
                     [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
                     [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]


def reliability_inputs():
    rng = np.random.default_rng(7)
    truth = rng.integers(1, 6, 40)
    coders = np.array([np.where(rng.random(40) < 0.7, truth, rng.integers(1, 6, 40))
                       for _ in range(5)], float)
    coders[rng.random(coders.shape) < 0.15] = np.nan
    long = pd.DataFrame(coders, index=[f"c{i}" for i in range(5)]).stack()
    multi = long.rename_axis(["coder", "unit"]).rename("value").reset_index()
    pairs = pd.DataFrame({"unit": np.tile(np.arange(60), 2), "coder": np.repeat(["A", "B"], 60)})
    t2 = rng.integers(0, 4, 60)
    pairs["value"] = np.concatenate([t2, np.where(rng.random(60) < 0.6, t2,
                                                  rng.integers(0, 4, 60))])
    full = pd.DataFrame({"unit": np.repeat(np.arange(30), 4), "coder": np.tile(list("WXYZ"), 30)})
    t3 = rng.choice(list("abc"), 30)
    full["value"] = [t if rng.random() < 0.65 else rng.choice(list("abc"))
                     for t in np.repeat(t3, 4)]
    return multi.dropna(), pairs, full


def reliability_references(multi, pairs, full):
    import krippendorff
    from sklearn.metrics import cohen_kappa_score
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

    matrix = multi.pivot(index="coder", columns="unit", values="value").to_numpy(float)
    paper = np.array(KRIPPENDORFF_2011, dtype=float)
    levels = ("nominal", "ordinal", "interval", "ratio")
    wide = pairs.pivot(index="unit", columns="coder", values="value")
    counts = aggregate_raters(full.pivot(index="unit", columns="coder", values="value")
                              .to_numpy())[0]
    return {"krippendorff_random": {lv: krippendorff.alpha(matrix, level_of_measurement=lv)
                                    for lv in levels},
            "krippendorff_2011_package": {lv: krippendorff.alpha(paper, level_of_measurement=lv)
                                          for lv in levels},
            "krippendorff_2011_paper": {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849,
                                        "ratio": 0.797},
            "cohen": {w or "unweighted": cohen_kappa_score(wide["A"], wide["B"], weights=w)
                      for w in (None, "linear", "quadratic")},
            "fleiss": fleiss_kappa(counts, method="fleiss")}


def main():
    glm, docs, its = make_inputs()
    multi, pairs, full = reliability_inputs()
    for name, table in (("glm", glm), ("docs", docs), ("its", its), ("ratings_multi", multi),
                        ("ratings_pairs", pairs), ("ratings_full", full)):
        table.to_csv(HERE / f"{name}.csv", index=False)
    ref = {"models": model_references(glm, docs, its), "intervals": interval_references(),
           "vocabulary": vocabulary_references(),
           "reliability": reliability_references(multi, pairs, full)}
    (HERE / "reference.json").write_text(json.dumps(ref, indent=1, default=float) + "\n")
    print(json.dumps(ref["reliability"], indent=1, default=float))


if __name__ == "__main__":
    main()
