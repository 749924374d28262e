"""Training the NER head (``lawner train``) on the annotated corpus."""

from .train import TrainSettings, encode, train

__all__ = ["TrainSettings", "encode", "train"]
