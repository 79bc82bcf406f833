"""postlint inside other tools: the pytest plugin and the Dask API."""
