"""Exceptions and the one place where their messages are built.

Every message names the file, the line or record, the field, and the fix,
in the form ``path, line 3, field 'text': what is wrong.\n  Fix: what to do.``
"""

from __future__ import annotations

__all__ = ["DiscourseError", "InputError", "DataFileError", "CorpusFormatError", "OutputError", "check_conf_level",
           "message"]


def message(path=None, record=None, field=None, problem="", fix=None):
    """Build an error message naming where the problem is and how to fix it.

    Parameters
    ----------
    path : str or path-like, optional
        The file concerned.
    record : str or int, optional
        The line (an int) or record (a string such as ``"member 'a.txt'"``).
    field : str, optional
        The field or column concerned.
    problem : str
        What is wrong.
    fix : str, optional
        What the user can do about it.

    Returns
    -------
    str

    Examples
    --------
    >>> print(message("a.csv", 3, "text", "empty text", "fill the field or drop the row"))
    a.csv, line 3, field 'text': empty text.
      Fix: fill the field or drop the row.
    """
    where = []
    if path is not None:
        where.append(str(path))
    if record is not None and record != "":
        where.append(f"line {record}" if isinstance(record, int) else str(record))
    if field:
        where.append(f"field '{field}'")
    text = ", ".join(where)
    text = f"{text}: {problem}" if text else problem
    if not text.endswith((".", "?", "!")):
        text += "."
    if fix:
        text += f"\n  Fix: {fix}" + ("" if fix.endswith(".") else ".")
    return text


class DiscourseError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(DiscourseError, ValueError):
    """An input file or argument cannot be used as given."""

    def __init__(self, path=None, record=None, field=None, problem="", fix=None):
        self.path, self.record, self.field, self.problem, self.fix = path, record, field, problem, fix
        super().__init__(message(path, record, field, problem, fix))


class DataFileError(InputError):
    """A packaged or user-supplied data file (lexicon, actor registry) is malformed."""


class CorpusFormatError(InputError):
    """A saved corpus folder is missing files or has the wrong schema."""


class OutputError(DiscourseError, OSError):
    """A result could not be written (a full disk, no permission); nothing half-written is left."""

    def __init__(self, path, problem: str, fix: str):
        self.path, self.problem, self.fix = path, problem, fix
        DiscourseError.__init__(self, message(path, None, None, problem, fix))


class ResourceError(DiscourseError, RuntimeError):
    """The machine ran short (memory) or a worker process died; what was finished is kept."""

    def __init__(self, problem: str, fix: str):
        self.problem, self.fix = problem, fix
        DiscourseError.__init__(self, message(None, None, None, problem, fix))


#: What to do when a run ran out of memory or lost a worker.
LESS_MEMORY = ("run the same command again (a streamed run keeps its finished partitions and builds only the "
               "rest); with less memory, give a smaller --partition-size, fewer --workers or --engine serial")


def resource_error(err: BaseException) -> BaseException:
    """A dead worker process or exhausted memory as a :class:`ResourceError`; any other error as is."""
    from concurrent.futures.process import BrokenProcessPool

    if isinstance(err, BrokenProcessPool):
        return ResourceError("a worker process died before it finished (most often it ran out of memory)",
                             LESS_MEMORY)
    if isinstance(err, MemoryError):
        return ResourceError("out of memory", LESS_MEMORY)
    return err


def worker_result(future):
    """The result of a worker's task; a dead worker or exhausted memory becomes a :class:`ResourceError`."""
    try:
        return future.result()
    except (MemoryError, RuntimeError) as err:  # BrokenProcessPool is a RuntimeError
        raise resource_error(err) from None


def output_error(path, err: OSError) -> OutputError:
    """Turn an operating-system error while writing ``path`` into an :class:`OutputError` with a fix."""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(path, "the disk is full", "free space on that disk or write to another folder with -o")
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(path, f"not allowed to write here ({err.strerror})", "choose a folder you can write to")
    return OutputError(path, f"cannot write: {err.strerror or err}", "check the folder and the disk")


def check_conf_level(conf_level: float) -> float:
    """Return a confidence level as a float, or raise InputError when it is not between 0 and 1."""
    if not 0 < conf_level < 1:
        raise InputError(field="conf_level", problem=f"conf_level must lie between 0 and 1, "
                         f"not {conf_level}", fix="use e.g. 0.95 for 95% intervals")
    return float(conf_level)
