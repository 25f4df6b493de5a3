"""Prefect flows: decorators and wiring around ``claims.*`` (importing this package imports no Prefect)."""
