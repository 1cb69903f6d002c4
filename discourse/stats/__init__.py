"""Statistics: compare measures across sources over time, vocabularies, and coders.

- Aggregation of any measure table by any column (outlet, speaker, role, target, metadata)
  and period, exposure counted once per unit: :func:`aggregate`, :func:`prevalence` (Wilson
  intervals), :func:`rate` (exact Poisson intervals), :func:`exposure` (the units).
- Models (statsmodels results returned as they are): :func:`fit` (Poisson, negative binomial
  with a log-exposure offset, logistic), :func:`tidy`, :func:`predict`, :func:`compare`
  (pairwise contrasts, Holm / Benjamini–Hochberg).
- Change over time: :func:`trend`, :func:`event` (interrupted time series),
  :func:`structural_break`.
- Vocabulary: :func:`count_terms`, :func:`keyness` (chi², G², PMI), :func:`fightin_words`.
- Reliability: :func:`cohen_kappa`, :func:`fleiss_kappa`, :func:`krippendorff_alpha`.
- Plots: :func:`plot_over_time`, :func:`plot_fightin_words`, :func:`plot_coefficients`,
  :func:`save_figure`.
"""

from ._aggregate import aggregate, exposure, prevalence, rate, wilson
from ._contrasts import compare
from ._events import BreakTest, event, structural_break, trend
from ._explore import explore
from ._formula import FormulaError, check_formula
from ._keyness import count_terms, fightin_words, keyness
from ._models import fit, predict
from ._plots import plot_coefficients, plot_fightin_words, plot_over_time, save_figure
from ._reliability import cohen_kappa, fleiss_kappa, krippendorff_alpha
from ._tidy import tidy

__all__ = ["BreakTest", "FormulaError", "aggregate", "check_formula", "cohen_kappa", "compare", "count_terms", "event", "explore", "exposure",
           "fightin_words", "fit", "fleiss_kappa", "keyness", "krippendorff_alpha",
           "plot_coefficients", "plot_fightin_words", "plot_over_time", "predict", "prevalence",
           "rate", "save_figure", "structural_break", "tidy", "trend", "wilson"]
