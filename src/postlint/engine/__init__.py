"""The engine: rules and rule kinds, packs, plugins and hookspecs, config, scope, suppression, the linter loop, cache, discovery, fixing, baseline."""
