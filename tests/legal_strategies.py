"""Hypothesis strategies shared by the property tests (``test_robustness.py``,
``test_rules_engine.py``): a plain module, so that no test module imports another."""

from hypothesis import strategies as st

# pieces of legal news and statute text, to be joined with noise
LEGAL = st.sampled_from(
    [
        "Article 115-1 of the Criminal Code",
        "a fine of up to 200 MCI",
        "up to ten years in prison",
        "on August 20",
        "Minister of Justice Azamat Temirkhanov said",
        "Part 4 of Article 366",
        "shall entail a fine on individuals in amount of five, on officials – in amount of ten monthly calculation indices",
        "(about $1,200)",
        "\n",
        "Latest news\n- ",
        "  ",
        "mid-July",
        "2,000,000 tenge",
        "Закон подписан.",
    ]
)
