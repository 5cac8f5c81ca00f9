"""The Qt views over the core."""
