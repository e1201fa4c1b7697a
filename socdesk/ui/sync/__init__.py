"""Server sync on the desktop: the connection dialog, the worker that syncs in the background,
the status bar's words and the sync screen (issue 14). The exchange itself is
`socdesk.sync.link`; nothing here talks to the network but through it."""
