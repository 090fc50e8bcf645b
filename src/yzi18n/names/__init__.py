"""Pure helpers of the names checks (``checks/names.py``): romanized comparison of renderings."""
