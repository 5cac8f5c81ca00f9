"""Figures whose features are still to come: listed in the table as "not yet built"."""

from bench.harness import pending

pending("cold_start_kiosk", "kiosk cold start to home screen", floor="bare PySide6 window, 10,000-row table",
        target="≤ 2.5×", order=20)
pending("report_quarter", "quarterly report over 1,000,000 guidance sessions", floor="hand-written SQL GROUP BY",
        target="≤ 1.5×, ≤ 1 s", order=60)
pending("guidance_save", "saving one guidance session", floor="", target="≤ 50 ms", order=70)
