"""Loaders of external task suites (EvalPerf, ENAMEL, COFFE, MBPP+), one module each.

Every loader reads its public source (the Hugging Face hub through ``datasets``, or the
files it is published as) or a local copy given as ``NAME:PATH``, and turns it into the
shared task model. Nothing from the data is executed here: generators, checkers and
reference solutions are code from outside and only ever run in the sandbox.
"""
