"""Runners: lint many files here, in a process pool or on a Dask cluster, calling the engine and never called back by it."""
