"""The one exception tree of evalperf.

    EvalperfError
    ├── ConfigError          bad option value or preset given by the user
    ├── TaskError            a task folder or suite that cannot be loaded or is invalid
    ├── SamplesError         a samples file that cannot be read at all
    │   └── NoSamplesError   a samples file with no usable sample for the selected tasks
    ├── SandboxError         a sandbox that cannot start or broke down
    │   ├── ImageError       the Docker sandbox image is missing or cannot be built
    │   └── ClusterError     a Dask cluster (--cluster) that cannot be reached, has no worker,
    │                        or went away during a run
    ├── MeterError           a meter that cannot work on this machine
    ├── ResultsError         a results file that cannot be read, or runs that cannot be compared
    │   └── OutputError      a file or folder evalperf must write (results, journal, samples store,
    │                        report, cache) cannot be written: unwritable folder, full disk
    └── GenerationError      a model backend that cannot generate (unreachable server, unknown
        │                    model, refused API key, missing optional extra, bad replay file)
        └── RequestError     one request to a model failed; ``retryable`` says if trying again may help

The library raises these (mapping lower-level errors with ``raise ... from exc``);
only the CLI turns them into a message and an exit code.
"""

from __future__ import annotations


class EvalperfError(Exception):
    """Base class of every error evalperf raises on purpose."""


class ConfigError(EvalperfError):
    """A configuration value given by the user is not acceptable."""


class TaskError(EvalperfError):
    """A task or task suite cannot be loaded, or breaks the task rules."""


class SamplesError(EvalperfError):
    """A samples file cannot be read at all (single bad lines are reported, not raised)."""


class NoSamplesError(SamplesError):
    """A samples file gave no sample of a selected task (empty, only bad lines, other tasks' ids)."""


class SandboxError(EvalperfError):
    """A sandbox cannot be started, or failed in a way that is not the candidate's fault."""


class ImageError(SandboxError):
    """The Docker sandbox image is missing or cannot be built."""


class ClusterError(SandboxError):
    """The Dask cluster a run was sent to cannot be reached, has no worker, or went away mid-run."""


class MeterError(EvalperfError):
    """A meter cannot measure on this machine."""


class ResultsError(EvalperfError):
    """A results file cannot be read, or results files cannot be compared."""


class OutputError(ResultsError):
    """An output (results, journal, samples store, report, cache) cannot be written: the folder or the disk."""


class GenerationError(EvalperfError):
    """A model backend cannot generate: unreachable server, unknown model, refused key, missing extra."""


class RequestError(GenerationError):
    """One request to a model failed.

    ``retryable`` is True for failures that trying again may cure (rate limits, server errors,
    timeouts, dropped connections); ``retry_after`` is the wait the server asked for, in seconds.
    """

    def __init__(
        self,
        message: str,
        *,
        retryable: bool = False,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after
        self.status = status
