"""Pure functions that turn span text into normalized values.

Each module handles one kind of value and has table-driven tests in ``tests/``:

- :mod:`lawner.normalize.numbers`: "two hundred", "2,000,000", "1.2 million" -> numbers
- :mod:`lawner.normalize.dates`: "August 20", "mid-July", "20.08.2025" -> ISO strings
- :mod:`lawner.normalize.codes`: "Administrative Code", "CC RK" -> canonical code names
- :mod:`lawner.normalize.penalties`: penalty phrases -> kind, amount, unit, bound
- :mod:`lawner.normalize.mci`: the monthly calculation index in force on a date
"""
