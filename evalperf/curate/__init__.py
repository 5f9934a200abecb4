"""DPE curation (EvalPerf): reference tiers clustered from the measured costs of real solutions."""
