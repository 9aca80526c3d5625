"""Parts of the command line (``zhnews.cli``): inputs, outputs, progress."""
