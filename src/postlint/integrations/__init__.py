"""postlint inside other tools: the pytest plugin, the Dask API and the language server (lsp/)."""
