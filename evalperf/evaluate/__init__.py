"""Evaluation: samples in, checked, profiled and scored results out."""
