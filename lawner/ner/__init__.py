"""The NER stage: the learned head that fills the gaps the rules leave.

- :mod:`lawner.ner.model`: :class:`~lawner.ner.model.NerModel` (all-MiniLM-L6-v2 with a LoRA
  adapter and a token-classification head), its windows, runtimes and int8;
- :mod:`lawner.ner.onnx`: the head on ONNX Runtime, exported once per model and cached;
- :mod:`lawner.ner.export`: the export's steps, each run in a child process by :mod:`lawner.ner.onnx`;
- :mod:`lawner.ner.train`: training the head (``lawner train``) on the annotated corpus.

The spaCy component over the head is :mod:`lawner.components.ner`. Nothing is imported here, so
``import lawner.ner.onnx`` (a cached head) stays free of torch and the trainer.
"""
