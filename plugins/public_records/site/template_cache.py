"""Compiled templates kept between runs, where a damaged file is a miss.

Jinja's FileSystemBytecodeCache reads a file cut short (a disk full, a build killed
while another wrote it, a copy gone wrong) with pickle and marshal, which raise on it:
every build then failed until the cache was deleted by hand. Here anything that does
not read back is compiled again (and the file replaced).
"""

from __future__ import annotations

import logging
import pickle

from jinja2 import FileSystemBytecodeCache
from jinja2.bccache import Bucket

logger = logging.getLogger(__name__)


class SafeBytecodeCache(FileSystemBytecodeCache):
    """A FileSystemBytecodeCache whose unreadable entries are misses.

    >>> import tempfile, pathlib
    >>> from jinja2 import Environment, DictLoader
    >>> folder = tempfile.mkdtemp()
    >>> env = lambda: Environment(loader=DictLoader({"t": "{{ 1 + 1 }}"}),
    ...                           bytecode_cache=SafeBytecodeCache(folder))
    >>> env().get_template("t").render()
    '2'
    >>> for f in pathlib.Path(folder).iterdir():
    ...     _ = f.write_bytes(f.read_bytes()[:10])
    >>> env().get_template("t").render()
    '2'
    """

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (EOFError, ValueError, TypeError, pickle.UnpicklingError, OSError) as e:
            logger.warning(
                "compiled template %s does not read back (%s): compiled again",
                self._get_cache_filename(bucket),
                e.__class__.__name__,
            )
            bucket.reset()
