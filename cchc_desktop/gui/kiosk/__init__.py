"""The citizens' kiosk: a locked, touch-first, self-resetting view over the posted catalogue."""
