"""A PostgreSQL cluster of a test's own, to stop and start at will.

The shared server on 5432 serves the whole suite and must never be stopped; a "database goes
down" test runs its own cluster (``initdb`` + ``pg_ctl``) on a free port in a temporary
folder. As root, PostgreSQL refuses to run, so the commands run as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from free_ports import free_port


def postgres_bin() -> Path | None:
    """The newest installed server's ``bin`` folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


@dataclass
class ThrowawayCluster:
    bin_dir: Path
    root: Path
    port: int

    @classmethod
    def create(cls, bin_dir: Path) -> ThrowawayCluster:
        root = Path(tempfile.mkdtemp(prefix="policybot-pg-"))
        cluster = cls(bin_dir, root, free_port())
        if os.geteuid() == 0:
            shutil.chown(root, "postgres", "postgres")
        cluster._run(
            "initdb", "-D", str(cluster.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"
        )
        return cluster

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "log"),
            "-w",
            "-o",
            options,
            "start",
        )

    def stop(self) -> None:
        """A fast shutdown: open connections are cut, as when a server goes away."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        subprocess.run(
            self._as_postgres(
                str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            self._as_postgres(str(self.bin_dir / program), *args),
            check=True,
            capture_output=True,
            timeout=60,
        )

    @staticmethod
    def _as_postgres(*command: str) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *command]
        return list(command)
