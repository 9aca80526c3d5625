"""Optional recognisers that plug into :func:`zhnews.extract_entities` (``recognizer=``)."""
