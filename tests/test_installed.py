"""Installed distributions read from metadata folders agree with importlib.metadata."""

from __future__ import annotations

import importlib.metadata as md
import sys

from postlint.engine import installed


def test_every_installed_version_matches_importlib_metadata():
    found = installed.distributions()
    checked = 0
    for dist in md.distributions():
        name = dist.metadata["Name"]
        if installed.normalise(name) in found and found[installed.normalise(name)].folder.resolve() == dist._path.resolve():  # noqa: SLF001
            assert installed.version(name, found) == dist.version, name
            checked += 1
    assert checked >= 20  # spaCy, pydantic, pluggy and the rest of the test environment


def test_entry_points_match_importlib_metadata():
    found = installed.distributions()
    for group in ("postlint", "console_scripts", "pytest11"):
        ours = sorted((name, value) for dist in found.values() for name, value in dist.entry_points(group))
        assert ours == sorted((e.name, e.value) for e in md.entry_points(group=group)), group
    assert ("builtin", "postlint.builtin") in [(n, v) for d in found.values() for n, v in d.entry_points("postlint")]


def test_first_on_sys_path_wins_and_an_unversioned_egg_info_asks_its_metadata(tmp_path, monkeypatch):
    early, late = tmp_path / "early", tmp_path / "late"
    for site, version in ((early, "2.0"), (late, "1.0")):
        folder = site / f"acme_rules-{version}.dist-info"
        folder.mkdir(parents=True)
        (folder / "METADATA").write_text(f"Metadata-Version: 2.1\nName: acme-rules\nVersion: {version}\n", encoding="utf-8")
        (folder / "entry_points.txt").write_text(
            "# a comment\n[postlint]\nacme = acme_rules\n; another\n\n[console_scripts]\nacme = acme_rules:main\n", encoding="utf-8"
        )
    develop = early / "Acme.Tools.egg-info"  # `setup.py develop`: no version in the name
    develop.mkdir()
    (develop / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: Acme.Tools\nVersion: 0.3.dev1\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(early), str(tmp_path / "missing"), str(late), *sys.path])
    found = installed.distributions()
    assert installed.version("Acme-Rules", found) == "2.0"
    assert found["acme_rules"].entry_points("postlint") == [("acme", "acme_rules")]
    assert found["acme_rules"].entry_points("pydantic") == []
    assert found["acme_tools"].version is None and installed.version("acme.tools", found) == "0.3.dev1"
    assert installed.version("no-such-distribution", found) is None


def test_a_zipped_egg_on_sys_path_is_read_through_importlib_metadata(tmp_path, monkeypatch):
    import zipfile

    egg = tmp_path / "acme_zip-3.1-py3.11.egg"
    with zipfile.ZipFile(egg, "w") as archive:
        archive.writestr("EGG-INFO/PKG-INFO", "Metadata-Version: 1.1\nName: acme-zip\nVersion: 3.1\n")
        archive.writestr("EGG-INFO/entry_points.txt", "[postlint]\nzipped = acme_zip\n")
    monkeypatch.setattr(sys, "path", [str(egg), *sys.path])
    found = installed.distributions()
    assert installed.version("acme-zip", found) == "3.1"
    assert found["acme_zip"].entry_points("postlint") == [("zipped", "acme_zip")]


def test_an_unpacked_egg_folder_is_read_through_importlib_metadata(tmp_path, monkeypatch):
    egg = tmp_path / "acme_dir-2.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: acme-dir\nVersion: 2.0\n", encoding="utf-8")
    (egg / "EGG-INFO" / "entry_points.txt").write_text("[postlint]\nunpacked = acme_dir\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(egg), *sys.path])
    found = installed.distributions()
    assert installed.version("acme-dir", found) == "2.0"
    assert found["acme_dir"].entry_points("postlint") == [("unpacked", "acme_dir")]
