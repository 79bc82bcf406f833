"""``postlint.dask``, the import path the README gives for the Dask API: it is :mod:`postlint.integrations.dask`."""

import sys

from postlint.integrations import dask

sys.modules[__name__] = dask
