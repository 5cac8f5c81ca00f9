"""The Qt views over the core.

The core is imported here, before any view imports PySide6: PySide6 hooks every
later import and reads the module's source (looking for ``from __feature__``),
which would cost SQLAlchemy's and the models' modules tens of milliseconds at
start-up and keep their source text in memory.
"""

import importlib

importlib.import_module("cchc_desktop.core.services.catalogue")  # before PySide6, see above
