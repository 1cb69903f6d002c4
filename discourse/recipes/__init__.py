"""Recipes: one TOML file turned into tables, figures, a report and provenance."""

from ._run import Result, run
from ._schema import RecipeError, read_recipe

__all__ = ["RecipeError", "Result", "read_recipe", "run"]
