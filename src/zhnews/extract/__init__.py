"""Extractors over article text: numbers and quantities (more stages to come)."""
