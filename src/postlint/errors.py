"""Errors postlint reports as one clear line (exit code 2), never as a traceback."""


class PostlintError(Exception):
    """Base class: the message names the file and, where known, the key or line."""


class ConfigError(PostlintError):
    """Invalid configuration, schema, selector or rule option."""


class RuleError(PostlintError):
    """An invalid rule file, a duplicate code or a plugin that fails to load."""


class InputError(PostlintError):
    """A posting that cannot be read: missing, unreadable, binary, undecodable or empty."""
