"""The record: its JSON shape and schema, linking, and a real news page's record."""

import json
from dataclasses import fields
from importlib import resources

import jsonschema
import pytest

import lawner
from lawner import statute
from lawner.corpus import read_real
from lawner.normalize.penalties import BOUNDS, KINDS
from lawner.records import OPTIONAL_KEYS, ArticleRef, DateMention, LawRef, Official, Penalty, Record, json_schema
from lawner.statute import CHECKS

REF = "2025-08-21"

NEWS = (
    "Mazhilis Approves Tougher Penalties for Poaching\n"
    "The Mazhilis on 12 March approved amendments to Article 339 of the Criminal Code.\n"
    "Illegal hunting will be punishable by a fine of up to 3,000 MCI or correctional labour in the same amount, "
    "or imprisonment for up to three years.\n"
    "Minister of Ecology Yerlan Dzhakupov said the changes would take effect on January 1.\n"
    "Dzhakupov added that 1,200 cases were registered in 2024.\n"
)


def item_schemas(schema: dict) -> dict[str, dict]:
    """The schema of each list of items, by the record's key: ``articles`` -> ``$defs/article``."""
    out = {}
    for key, prop in schema["properties"].items():
        ref = prop.get("items", {}).get("$ref", "")
        if ref.startswith("#/$defs/"):
            out[key] = schema["$defs"][ref.removeprefix("#/$defs/")]
    return out


def shape_errors(data: dict, schema: dict) -> list[str]:
    """How the keys of a record dict and of its items differ from the schema's properties: the
    record has exactly the required keys and those optional ones it carries; every item has
    exactly its definition's properties. A renamed, extra or missing key is an error."""
    errors = []
    required, optional = set(schema["required"]), set(schema["properties"]) - set(schema["required"])
    keys = set(data)
    if keys - required - optional or required - keys:
        errors.append(f"record: extra {sorted(keys - required - optional)}, missing {sorted(required - keys)}")
    for key, part in item_schemas(schema).items():
        for n, item in enumerate(data.get(key, [])):
            if set(item) != set(part["properties"]):
                extra, missing = (
                    sorted(set(item) - set(part["properties"])),
                    sorted(set(part["properties"]) - set(item)),
                )
                errors.append(f"{key}[{n}]: extra {extra}, missing {missing}")
    return errors


def test_record_shape(rules_nlp, data_dir):
    """The keys of every record, and of every item in it, are exactly the JSON Schema's
    properties (not a subset): over records with every kind of item and both optional keys."""
    schema = json_schema()
    assert set(OPTIONAL_KEYS) == set(schema["properties"]) - set(schema["required"])
    seen = {key: 0 for key in item_schemas(schema)}
    optional_seen = set()
    for name, record in schema_cases(rules_nlp, data_dir):
        data = json.loads(json.dumps(record.to_dict()))
        assert shape_errors(data, schema) == [], name
        for key in seen:
            seen[key] += len(data[key])
        optional_seen |= set(data) & set(OPTIONAL_KEYS)
    assert all(seen.values()), seen  # every kind of item was there to be checked
    assert optional_seen == set(OPTIONAL_KEYS)
    record = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp)
    data = record.to_dict()
    assert set(data) == set(schema["required"])  # no optional key on an ordinary record
    for group in ("articles", "penalties", "dates", "officials", "laws"):
        for item in data[group]:
            assert NEWS[item["start"] : item["end"]] == item["text"]
            assert 0 < item["confidence"] <= 1
    assert Record.from_dict(json.loads(json.dumps(data))).to_dict() == data


# (what is wrong, a change to a valid record's dict) that the shape check must catch
BAD_SHAPES = [
    ("a renamed record key", lambda r: {("refs" if k == "articles" else k): v for k, v in r.items()}),
    ("an extra record key", lambda r: r | {"source": "web"}),
    ("a missing record key", lambda r: {k: v for k, v in r.items() if k != "laws"}),
    (
        "a renamed item key",
        lambda r: (
            r | {"penalties": [{("amount_max" if k == "amount" else k): v for k, v in r["penalties"][0].items()}]}
        ),
    ),
    ("an extra item key", lambda r: r | {"officials": [r["officials"][0] | {"rank": "colonel"}]}),
    ("a missing item key", lambda r: r | {"dates": [{k: v for k, v in r["dates"][0].items() if k != "value"}]}),
]


@pytest.mark.parametrize("name,change", BAD_SHAPES, ids=[b[0] for b in BAD_SHAPES])
def test_record_shape_check_fails_on(rules_nlp, name, change):
    data = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp).to_dict()
    assert shape_errors(data, json_schema()) == []
    assert shape_errors(change(data), json_schema())


def test_linking_and_normalization(rules_nlp):
    record = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp)
    assert [(a.number, a.code) for a in record.articles] == [("339", "Criminal Code")]
    got = [(p.kind, p.amount, p.unit, p.bound, p.article, p.amount_kzt) for p in record.penalties]
    assert got == [
        ("fine", 3000, "MCI", "max", "339", 3000 * 3932),
        ("correctional_labor", 3000, "MCI", "max", "339", 3000 * 3932),
        ("imprisonment", 3, "years", "max", "339", None),
    ]
    assert [d.value for d in record.dates] == ["2025-03-12", "2026-01-01", "2024"]
    assert [(o.name, o.title, o.organization) for o in record.officials] == [
        ("Yerlan Dzhakupov", "Minister of Ecology", "Ministry of Ecology")
    ]


def test_statute_penalties_link_to_their_heading(rules_nlp):
    text = (
        "Article 120. Rape\n1. Rape -\nshall be punished by imprisonment for a term of five to ten years.\n"
        "Article 121. Violent acts of a sexual nature\n1. Such acts -\n"
        "shall be punished by imprisonment for a term of three to eight years.\n"
    )
    record = lawner.extract(
        text,
        nlp=rules_nlp,
    )
    assert [(p.article, p.amount_min, p.amount) for p in record.penalties] == [("120", 5, 10), ("121", 3, 8)]


def test_no_reference_date(rules_nlp):
    record = lawner.extract("The fine of 50 MCI applies from August 20.", nlp=rules_nlp)
    assert record.penalties[0].amount_kzt is None
    assert record.dates[0].value == "XXXX-08-20"
    assert record.warnings


def test_empty_document(rules_nlp):
    record = lawner.extract("   \n ", nlp=rules_nlp)
    assert record.to_dict()["penalties"] == [] and record.error is None


def test_bad_reference_date(rules_nlp):
    with pytest.raises(lawner.InputError):
        lawner.extract("text", reference_date="21/08/2025", nlp=rules_nlp)


# Real news pages (annotations/real/docs, train split; each whole, its tail of page furniture
# included) and the values their records must hold: their adjudicated annotations
# (annotations/real/gold). tests/data/README.md and sources.json say where they come from.
REAL_NEWS = ["rn-i-002", "rn-c-032"]


@pytest.mark.parametrize("pipeline", ["rules_nlp", "full_nlp"])
@pytest.mark.parametrize("doc_id", REAL_NEWS)
def test_real_news_record(request, pipeline, doc_id, data_dir):
    """The record of a real news page holds exactly the expected values: its articles, its
    penalties linked to their article, its dates and its officials, and nothing else."""
    nlp = request.getfixturevalue(pipeline)
    expected = json.loads((data_dir / f"news_real_{doc_id}.expected.json").read_text("utf-8"))
    text = (data_dir / f"news_real_{doc_id}.txt").read_text(encoding="utf-8")
    record = lawner.extract(text, reference_date=expected["reference_date"], nlp=nlp).to_dict()
    assert [{k: a[k] for k in ("number", "part", "code")} for a in record["articles"]] == expected["articles"]
    penalty_keys = ("kind", "amount", "amount_min", "unit", "bound", "article")
    assert [{k: p[k] for k in penalty_keys} for p in record["penalties"]] == expected["penalties"]
    assert [{"value": d["value"]} for d in record["dates"]] == expected["dates"]
    # an official's name and title (the organization is not scored: lawner evaluate --real)
    assert [(o["name"], o["title"]) for o in record["officials"]] == [
        (o["name"], o["title"]) for o in expected["officials"]
    ]


# ---------------------------------------------------------------- the JSON schema (issue 12)

# the schema's $defs and the dataclasses they describe
SCHEMA_DEFS = {"article": ArticleRef, "penalty": Penalty, "date": DateMention, "official": Official, "law": LawRef}


def test_schema_keys_are_the_dataclass_fields():
    """A field renamed, added or dropped in records.py must be made in the schema too."""
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    names = [f.name for f in fields(Record)]
    assert list(schema["properties"]) == names
    assert schema["required"] == [n for n in names if n not in OPTIONAL_KEYS]
    assert schema["additionalProperties"] is False
    for name, cls in SCHEMA_DEFS.items():
        part = schema["$defs"][name]
        assert list(part["properties"]) == part["required"] == [f.name for f in fields(cls)], name
        assert part["additionalProperties"] is False, name
    assert set(schema["$defs"]) == set(SCHEMA_DEFS)


def test_schema_vocabularies_are_the_codes():
    """The schema's enums are the kinds, bounds, units and checks the code writes."""
    penalty = json_schema()["$defs"]["penalty"]["properties"]
    units = [
        u["unit"] for u in json.loads(resources.files("lawner").joinpath("data/penalties.json").read_text())["units"]
    ]
    assert penalty["kind"]["enum"] == list(KINDS)
    assert penalty["bound"]["enum"] == list(BOUNDS)
    assert penalty["unit"]["enum"] == [*units, None]
    assert penalty["check"]["enum"] == [*CHECKS, None]


STATUTE_NEWS = (
    "Stalking now carries up to five years in prison under Article 7 of the Criminal Code. "
    "A court in Almaty fined a man 150 MCI for stalking his former partner on 3 March."
)
PAGE = (
    "<html><body><nav>Home | News</nav><article><h1>New fines for poaching</h1>"
    "<p>Illegal hunting will be punishable by a fine of up to 3,000 MCI under Article 339 of the Criminal Code.</p>"
    "</article><footer>© 2025</footer></body></html>"
)


def schema_cases(nlp, data_dir):
    """(name, record) of real-shaped documents: news, a statute, a page, an error, a checked claim."""
    table = statute.read(data_dir / "statute_code.txt", on=REF)
    yield "news", lawner.extract(NEWS, reference_date="2025-03-20", nlp=nlp)
    yield (
        "news sample",
        lawner.extract((data_dir / "news_sample.txt").read_text("utf-8"), reference_date="2025-03-05", nlp=nlp),
    )
    yield "no reference date", lawner.extract("The fine of 50 MCI applies from August 20.", nlp=nlp)
    yield "statute", lawner.extract((data_dir / "statute_code.txt").read_text("utf-8"), nlp=nlp)
    yield "checked against a statute", lawner.extract(STATUTE_NEWS, reference_date=REF, nlp=nlp, statute=table)
    yield "html page", lawner.extract(PAGE, reference_date=REF, nlp=nlp)
    [error] = lawner.extract_many([("\x00\x01\x02" * 50, "binary")], nlp=nlp)
    yield "error record", error


def test_records_validate_against_the_schema(rules_nlp, data_dir):
    validator = jsonschema.Draft202012Validator(json_schema())
    cases = dict(schema_cases(rules_nlp, data_dir))
    assert cases["html page"].text and cases["error record"].error  # the optional keys are there
    assert any(p.check for p in cases["checked against a statute"].penalties)
    for name, record in cases.items():
        data = json.loads(json.dumps(record.to_dict()))
        assert not list(validator.iter_errors(data)), (name, [e.message for e in validator.iter_errors(data)])


def test_real_corpus_records_validate_against_the_schema(rules_nlp):
    """Every record of the real corpus's dev split (news and statute excerpts) fits the schema."""
    validator = jsonschema.Draft202012Validator(json_schema())
    examples = read_real("dev")
    records = lawner.extract_many([(e.text, e.id) for e in examples], reference_date=REF, nlp=rules_nlp)
    for record in records:
        errors = [e.message for e in validator.iter_errors(json.loads(json.dumps(record.to_dict())))]
        assert not errors, (record.id, errors)


def test_records_round_trip_through_their_dicts(rules_nlp, data_dir):
    """``Record.from_dict(r.to_dict())`` gives ``r`` back, from the dict and from its JSON, for
    every shape of record (an error, a page's text, statute checks) and the real dev split's
    records: ``doc._.lawner_record`` is stored as the dict (issue 12)."""
    cases = list(schema_cases(rules_nlp, data_dir))
    examples = read_real("dev")
    records = lawner.extract_many([(e.text, e.id) for e in examples], reference_date=REF, nlp=rules_nlp)
    cases += [(f"real {r.id}", r) for r in records]
    for name, record in cases:
        data = record.to_dict()
        assert Record.from_dict(data).to_dict() == data, name
        assert Record.from_dict(json.loads(json.dumps(data))).to_dict() == data, name
        assert Record.from_dict(data) == record, name


# (what is wrong, a change to a valid record)
BAD_RECORDS = [
    ("a renamed key", lambda r: r | {"refs": r.pop("articles")}),
    ("an extra key", lambda r: r | {"source": "web"}),
    ("a missing key", lambda r: {k: v for k, v in r.items() if k != "warnings"}),
    ("an amount as a string", lambda r: r | {"penalties": [r["penalties"][0] | {"amount": "3,000"}]}),
    ("an unknown kind", lambda r: r | {"penalties": [r["penalties"][0] | {"kind": "flogging"}]}),
    ("a date not in ISO form", lambda r: r | {"dates": [r["dates"][0] | {"value": "12.03.2025"}]}),
    ("an error as null", lambda r: r | {"error": None}),
]


@pytest.mark.parametrize("name,change", BAD_RECORDS, ids=[b[0] for b in BAD_RECORDS])
def test_schema_rejects(rules_nlp, name, change):
    record = lawner.extract(NEWS, reference_date="2025-03-20", nlp=rules_nlp).to_dict()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(change(record), json_schema())
