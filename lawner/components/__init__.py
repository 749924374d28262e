"""lawner's spaCy components, one module per pipeline stage, in pipeline order:

``sentences`` -> ``boilerplate`` -> ``ner`` (the learned head) -> ``articles`` -> ``penalties``
-> ``dates`` -> ``officials`` -> ``record``.
"""
