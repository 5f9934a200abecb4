"""Meters: how the cost of one entry-point call is measured (perf, valgrind, time, auto)."""

from evalperf.meters.choose import MeterChoice, choose_meter
from evalperf.meters.spec import DETERMINISTIC, METER_NAMES, UNITS, profile_limits

__all__ = ["DETERMINISTIC", "METER_NAMES", "UNITS", "MeterChoice", "choose_meter", "profile_limits"]
