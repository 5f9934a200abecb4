"""What users do with results files: leaderboards, the HTML report and the CI gate."""
