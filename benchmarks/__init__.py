"""The performance suite: `python -m benchmarks --out FILE.json` writes one flat JSON object of
named figures. Each group module has `run(bench: Bench) -> dict[str, float]` and is listed in
GROUPS in __main__.py."""
