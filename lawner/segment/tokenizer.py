"""A spaCy tokenizer that keeps legal tokens whole: ``115-1``, ``2,000,000``, ``km/h``, ``Art.``."""

from __future__ import annotations

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, HYPHENS, LIST_ELLIPSES, LIST_ICONS
from spacy.lang.en import English
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from ..patterns import load_data

# Abbreviations whose dot belongs to them ("Art. 190", "No. 226-V", "Nos. 3 and 4")
ABBREVIATIONS = load_data("abbreviations.json")["tokens"]

# spaCy's English infixes, less the rule that splits hyphens between digits ("115-1")
# and the one that splits "/" between letters ("km/h").
INFIXES = (
    LIST_ELLIPSES
    + LIST_ICONS
    + [
        r"(?<=[0-9])[+\*^](?=[0-9-])",
        rf"(?<=[{ALPHA_LOWER}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER}{CONCAT_QUOTES}])",
        rf"(?<=[{ALPHA}]),(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])",
        rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[0-9])",
        rf"(?<=[{ALPHA}0-9])[:<>=](?=[{ALPHA}])",
        # "2021-2022" -> "2021" "-" "2022" (a range of years, not an article number)
        r"(?<=(?:19|20)\d\d)[-–](?=(?:19|20)\d\d(?!\d))",
        # a range of two numeric dates: "27.03.2012-19.04.2012" -> "27.03.2012" "-" "19.04.2012"
        r"(?<=[./](?:19|20)\d\d)[-–](?=\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d$)",
        # "Art.2" -> "Art." "2"
        r"(?<=\bArt\.)(?=\d)",
        # a footnote mark glued to a word: "years.[3]", "May[12]", "Tokayev[i]" -> "years" "." "[" "3" "]"
        # (the closing bracket is a suffix, split off before infixes are looked for)
        r"(?<=\w)\.(?=\[(?:\d{1,3}|[ivx]{1,4})$)",
        r"(?<=[\w.,;:)])\[(?=(?:\d{1,3}|[ivx]{1,4})$)",
        # a page's timestamp with the time glued to the date: "13:4120.04.2024" -> "13:41" "20.04.2024"
        r"(?<=^\d\d:\d\d)(?=\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d$)",
    ]
)


@registry.tokenizers("lawner.tokenizer.v1")
def create_tokenizer():
    """Registered as ``lawner.tokenizer.v1`` so saved pipelines rebuild it from their config."""

    def make(nlp: English) -> Tokenizer:
        defaults = English.Defaults
        suffixes = list(defaults.suffixes or []) + [r"(?<=\d)\)$"]
        tokenizer = Tokenizer(
            nlp.vocab,
            rules=dict(defaults.tokenizer_exceptions),
            prefix_search=compile_prefix_regex(defaults.prefixes or []).search,
            suffix_search=compile_suffix_regex(suffixes).search,
            infix_finditer=compile_infix_regex(INFIXES).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )
        for abbreviation in ABBREVIATIONS:
            tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        return tokenizer

    return make
