"""The input formats by name, importable without loading the readers (the command line needs them first)."""

#: The formats ``load`` reads, by name (``--format`` on the command line).
FORMATS = ("text", "html", "markdown", "csv", "jsonl", "kremlin", "pages", "parquet", "spreadsheet", "ungdc")
