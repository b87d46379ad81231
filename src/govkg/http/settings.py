"""Server settings: defaults that are safe, overridden by ``GOVKG_*`` variables, then flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from govkg.core.errors import GovKGError

__all__ = ["ENVIRONMENT", "Settings"]

# variable -> (field, what it holds); the README's table of variables is checked against this
ENVIRONMENT = {
    "GOVKG_CORS_ORIGINS": ("cors_origins", "comma-separated origins allowed to call the API"),
    "GOVKG_EMBED_ORIGINS": ("frame_ancestors", "origins that may frame /embed/ (default: any)"),
    "GOVKG_FRAME_ANCESTORS": ("frame_ancestors", "the same, under its first name"),
    "GOVKG_MAX_BODY": ("max_body", "largest request body in bytes (413 above it)"),
    "GOVKG_MAX_URL": ("max_url", "longest request path and query string in bytes (414 above it)"),
    "GOVKG_GRAPHQL_CACHE": (
        "graphql_cache",
        "GraphQL answers kept per graph version, by request and by shape (0: none)",
    ),
    "GOVKG_GRAPHQL_THREADS": ("graphql_threads", "threads executing GraphQL off the event loop"),
    "GOVKG_SPARQL_TIMEOUT": ("sparql_timeout", "seconds a SPARQL query may run"),
    "GOVKG_SPARQL_ROW_LIMIT": ("sparql_row_limit", "most rows or triples in a SPARQL answer"),
    "GOVKG_SPARQL_BYTE_LIMIT": ("sparql_byte_limit", "largest SPARQL answer in bytes"),
    "GOVKG_SPARQL_MEMORY": (
        "sparql_memory",
        "MB a SPARQL worker may take beyond its copy of the graph (0: no limit)",
    ),
    "GOVKG_SPARQL_WORKERS": ("sparql_workers", "SPARQL worker processes"),
    "GOVKG_ADMIN_TOKEN": ("admin_token", "bearer token for POST /admin/reload (unset: disabled)"),
    "GOVKG_REVIEW_TOKEN": (
        "review_token",
        "bearer token for GET/POST /review/{document} (unset: review routes answer 404)",
    ),
}


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything ``create_app`` needs besides the graph; nothing is open by default."""

    cors_origins: tuple[str, ...] = ()
    frame_ancestors: tuple[str, ...] = ()
    max_body: int = 64 * 1024
    max_url: int = 16 * 1024
    graphql_cache: int = 1024
    graphql_threads: int = 1
    sparql_timeout: float = 5.0
    sparql_row_limit: int = 10_000
    sparql_byte_limit: int = 8 * 1024 * 1024
    sparql_memory: int = 512
    sparql_workers: int = 2
    admin_token: str | None = field(default=None, repr=False)
    review_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for origin in self.cors_origins:
            if origin != "*" and not origin.startswith(("http://", "https://")):
                raise GovKGError(f"CORS origin {origin!r} must start with http:// or https://")
        if self.max_body < 1:
            raise GovKGError(f"max body {self.max_body} must be at least 1 byte")
        if self.max_url < 256:
            raise GovKGError(f"max URL {self.max_url} must be at least 256 bytes")
        if not 0 < self.sparql_timeout <= 600:
            raise GovKGError(f"SPARQL timeout {self.sparql_timeout} must be in (0, 600] seconds")
        if self.graphql_cache < 0:
            raise GovKGError(f"GraphQL cache size {self.graphql_cache} must not be negative")
        if not 1 <= self.graphql_threads <= 64:
            raise GovKGError(f"GraphQL threads {self.graphql_threads} must be in 1..64")
        if self.sparql_row_limit < 1:
            raise GovKGError(f"SPARQL row limit {self.sparql_row_limit} must be at least 1")
        if self.sparql_byte_limit < 1024:  # room for a document's head and a few rows
            raise GovKGError(
                f"SPARQL byte limit {self.sparql_byte_limit} must be at least 1024 bytes"
            )
        if self.sparql_memory != 0 and self.sparql_memory < 64:
            raise GovKGError(f"SPARQL memory {self.sparql_memory} MB must be 0 (none) or >= 64")
        if self.admin_token is not None and len(self.admin_token) < 16:
            raise GovKGError("the admin token must be at least 16 characters")
        if self.review_token is not None and len(self.review_token) < 16:
            raise GovKGError("the review token must be at least 16 characters")
        if not 1 <= self.sparql_workers <= 64:
            raise GovKGError(f"SPARQL workers {self.sparql_workers} must be in 1..64")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Read ``GOVKG_*`` variables, then apply ``overrides`` that are not None."""
        environ = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for variable, (name, _) in ENVIRONMENT.items():
            text = environ.get(variable, "").strip()
            if text:
                values[name] = _convert(variable, name, text)
        values |= {name: value for name, value in overrides.items() if value is not None}
        for name in ("cors_origins", "frame_ancestors"):
            if isinstance(values.get(name), list):  # flags: repeated, or comma-separated
                values[name] = tuple(
                    o.strip().rstrip("/") for item in values[name] for o in item.split(",")
                    if o.strip()
                )
        return cls(**values)


def _convert(variable: str, name: str, text: str) -> object:
    try:
        if name in ("cors_origins", "frame_ancestors"):
            return tuple(o.strip().rstrip("/") for o in text.split(",") if o.strip())
        if name in (
            "max_body",
            "max_url",
            "graphql_cache",
            "graphql_threads",
            "sparql_row_limit",
            "sparql_byte_limit",
            "sparql_memory",
            "sparql_workers",
        ):
            return int(text)
        if name == "sparql_timeout":
            return float(text)
    except ValueError as error:
        raise GovKGError(f"${variable}: {text!r} is not a number") from error
    return text
