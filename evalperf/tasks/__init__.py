"""Tasks: the model (Task, Tier, Level, TestCase) and the loaders of task suites."""

from evalperf.tasks.builtin import load_builtin_suite, load_task_dir
from evalperf.tasks.model import CATEGORIES, Level, Suite, Task, TestCase, Tier

__all__ = [
    "CATEGORIES",
    "Level",
    "Suite",
    "Task",
    "TestCase",
    "Tier",
    "load_builtin_suite",
    "load_task_dir",
]
