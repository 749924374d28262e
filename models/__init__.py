"""lawner's shipped model files (installed as the ``lawner.models`` package)."""
