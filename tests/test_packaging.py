"""A non-editable install carries everything SIPL needs (forms, fonts, translations)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from tests.importing.samples import write_address_list

ROOT = Path(__file__).resolve().parents[1]


def _uv() -> str:
    found = shutil.which("uv")
    assert found, "uv is needed to build the wheel (the README's commands install it)"
    return found


def test_the_wheel_installs_a_working_sipl_into_a_clean_venv(tmp_path):
    uv = _uv()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_PROJECT"))}
    subprocess.run(
        [uv, "build", "--wheel", "-o", str(tmp_path / "dist"), str(ROOT)],
        check=True,
        capture_output=True,
        env=env,
        timeout=300,
    )
    [wheel] = (tmp_path / "dist").glob("sipl-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "forms/data/questions.toml" in names
    assert "resources/fonts/DejaVuSans.ttf" in names  # reports need ŵ and ŷ
    assert "resources/i18n/sipl_cy.qm" in names  # the Welsh interface
    assert "desktop/reports/wording.toml" in names
    assert not [n for n in names if n.startswith("tests/")]

    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", str(venv)], check=True, env=env, timeout=120)
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel)],
        check=True,
        capture_output=True,
        env=env,
        timeout=600,
    )
    outside = tmp_path / "elsewhere"  # not the source tree: only the installed files count
    outside.mkdir()
    # A fresh headless machine: no keyring of the tests', so the profile's key comes from
    # a passphrase (its data is encrypted all the same).
    env = {k: v for k, v in env.items() if k != "PYTHON_KEYRING_BACKEND"}
    env["SIPL_PASSPHRASE"] = "pecyn newydd ar beiriant glân"
    result = subprocess.run(
        [
            str(venv / "bin" / "sipl"),
            "import-schools",
            str(write_address_list(tmp_path / "s.csv")),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        cwd=outside,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "5 schools to add" in result.stdout
