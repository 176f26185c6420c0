"""Photo files: decoding, metadata, renditions and their storage. Pure Python and Pillow, no Qt
and no database; every function may run on a worker thread."""
