"""Packaging glue that pyproject.toml cannot express: migrations/ and resources/ live at the top
of the source tree but install as gridwarden.migrations and gridwarden.resources, so the
installed app (wheel or PyInstaller bundle) finds them without the source tree
(gridwarden.paths looks in both places)."""

import os

from setuptools import find_packages, setup

MAPPED = {"gridwarden.migrations": "migrations", "gridwarden.resources": "resources"}


def folders_as_packages(package: str, folder: str) -> list[str]:
    found = []
    for root, dirs, _files in os.walk(folder):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        relative = os.path.relpath(root, folder)
        found.append(package if relative == "." else f"{package}.{relative.replace(os.sep, '.')}")
    return found


packages = find_packages(include=["gridwarden", "gridwarden.*", "ui", "ui.*"])
for package, folder in MAPPED.items():
    packages += folders_as_packages(package, folder)

setup(packages=packages, package_dir=MAPPED)
