"""The Qt views over the core.

The core is imported here, before any view imports PySide6: PySide6 hooks every
later import and reads the module's source (looking for ``from __feature__``),
which would cost SQLAlchemy's and the models' modules tens of milliseconds at
start-up and keep their source text in memory.
"""

from cchc_desktop.core.services import catalogue as _catalogue  # noqa: F401  (before PySide6, see above)
