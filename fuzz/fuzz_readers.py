"""Fuzz the readers with atheris: any bytes, decoded as postlint decodes files, parsed in every format.

    pip install atheris
    python fuzz/fuzz_readers.py -runs=100000        # add -max_len=4096, -timeout=10 as needed

A crash is any exception other than postlint's InputError (a clear "cannot read"
result), or a Posting whose prose mask or block offsets do not match its source.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    # parse() imports each reader lazily: import them here so they are instrumented too.
    import postlint.readers.html
    import postlint.readers.jsonld
    import postlint.readers.markdown
    import postlint.readers.text  # noqa: F401
    from postlint.errors import InputError
    from postlint.model.schema import load_schema
    from postlint.readers import FORMATS, parse
    from postlint.readers.source import decode

SCHEMA = load_schema("cto")


def check(data: bytes) -> None:
    try:
        text = decode(data, "fuzz").text
    except InputError:
        return
    for fmt in FORMATS:
        posting = parse(text, fmt, schema=SCHEMA)
        assert len(posting.prose) == len(text), fmt
        for block in posting.blocks():
            assert 0 <= block.start <= block.end <= len(text), (fmt, block)
            for i in range(len(block.text)):
                assert block.start <= block.at(i) < max(block.end, block.start + 1), (fmt, block, i)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
