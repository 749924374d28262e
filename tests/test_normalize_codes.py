import pytest

from lawner.normalize.codes import normalize_code
from lawner.normalize.mci import mci_value

CODES = [
    ("Criminal Code", "Criminal Code"),
    ("criminal code", "Criminal Code"),
    ("Penal Code", "Criminal Code"),
    ("Criminal (Penal) Code of the Republic of Kazakhstan", "Criminal Code"),
    ("Criminal Code of Kazakhstan", "Criminal Code"),
    ("Code on Administrative Offences", "Code on Administrative Offences"),
    ("Code of the Republic of Kazakhstan on Administrative Offenses", "Code on Administrative Offences"),
    ("Administrative Code", "Code on Administrative Offences"),
    ("Code of Administrative Offenses", "Code on Administrative Offences"),
    ("Criminal Procedure Code", "Criminal Procedure Code"),
    ("Code of Criminal Procedure", "Criminal Procedure Code"),
    ("Tax Code", "Tax Code"),
    ("Labor Code", "Labour Code"),
    ("Constitution", "Constitution"),
    ('Law "On Combating Corruption"', 'Law "On Combating Corruption"'),
    ("Law of the Republic of Kazakhstan «On Mass Media»", 'Law "On Mass Media"'),
]


@pytest.mark.parametrize("text,expected", CODES, ids=[t for t, _ in CODES])
def test_normalize_code(text, expected):
    assert normalize_code(text) == expected


@pytest.mark.parametrize("text", ["this Code", "the law", "the bill"])
def test_not_a_code(text):
    assert normalize_code(text) is None


MCI = [
    ("2019-06-01", 2525),
    ("2020-03-31", 2651),
    ("2020-04-01", 2778),
    ("2021-01-01", 2917),
    # fines in 2022 use 3,063 all year (3,180 from 1 April 2022 was for benefits only)
    ("2022-01-15", 3063),
    ("2022-07-01", 3063),
    ("2022-12-31", 3063),
    ("2023-05-05", 3450),
    ("2024-02-29", 3692),
    ("2025-08-21", 3932),
    ("2026-11-22", 4325),
    ("2018-12-31", None),
    ("2027-01-01", None),
    (None, None),
]


@pytest.mark.parametrize("date,expected", MCI, ids=[str(d) for d, _ in MCI])
def test_mci_value(date, expected):
    assert mci_value(date) == expected
