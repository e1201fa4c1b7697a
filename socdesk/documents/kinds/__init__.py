"""One module per printable document; each defines its `DocumentKind`."""
