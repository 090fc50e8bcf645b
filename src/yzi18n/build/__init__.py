"""The localized site: ``site.build_site`` (the I/O shell ``api.build`` calls) over pure parts —
``fallback`` (which translation a unit gets), ``pages`` (lang/dir, switcher, hreflang, landing)
and ``sitemap``. Re-insertion of translations is the segmenter's ``localize``."""
