"""Finding spans: the regular expressions of lawner's rule components, one module per label
family (no spaCy), built from small named helpers.

Vocabularies (penalty kinds, units, code names, titles) live in ``lawner/data/*.json``; these
modules only assemble them, and each helper's comment names the real phrasing it covers. The
pieces the normalizers share (penalty vocabulary, bounds, units) are in :mod:`lawner.patterns`.

- :mod:`lawner.find.caseless`: case-insensitive patterns searched in the lower-cased text
- :mod:`lawner.find.penalties`: PENALTY patterns and the next items of their lists
- :mod:`lawner.find.articles`: ARTICLE and LAW patterns
- :mod:`lawner.find.dates`: DATE patterns
- :mod:`lawner.find.match`: the matching helpers the finders share (windows around anchor words,
  searches inside them, the choice among overlapping matches, the merge with existing entities)
"""
