"""`python -m tests.chaos.runner [--trials N]` (`make chaos`): start the real app, let the driver
type, kill -9 it at a random moment (mid-typing, during an autosave write, during a photo import,
during the migrations of a first start), then check the store. Prints the figures and exits 1 when
any criterion fails (a loss over MAX_LOSS_SECONDS, a corrupt store, a store that no longer opens,
a lost or doubled outbox job)."""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from tests.chaos.driver import PHOTOS_ENV, SEED_ENV, SIDE_FILE_ENV
from tests.chaos.side_file import Typing, read_side_file
from tests.chaos.store_checks import STORE_FILE, StoreVerdict, check_store

ROOT = Path(__file__).resolve().parents[2]
TRIALS_ENV = "CHAOS_TRIALS"
MAX_LOSS_SECONDS = 2.0
START_TIMEOUT = 60.0  # a loaded 2-core machine: QtWebEngine and the store may take a while
SCENARIOS = ("typing", "autosave", "photo", "startup")


@dataclass
class Trial:
    number: int
    scenario: str
    verdict: StoreVerdict
    killed_in: str  # what the app was doing, from the side file
    problems: list[str] = field(default_factory=list)


@dataclass
class Totals:
    trials: list[Trial] = field(default_factory=list)

    @property
    def worst_loss(self) -> float:
        return max((t.verdict.loss_seconds for t in self.trials), default=0.0)

    @property
    def corrupt(self) -> int:
        return sum(1 for t in self.trials if t.verdict.corrupt)

    @property
    def failed_starts(self) -> int:
        return sum(1 for t in self.trials if any("did not open" in p for p in t.problems))

    @property
    def ok(self) -> bool:
        return self.worst_loss <= MAX_LOSS_SECONDS and not self.corrupt and not self.failed_starts


class App:
    """One run of the real app on a data dir, with the driver logging to a side file."""

    def __init__(self, data_dir: Path, side: Path, seed: int, photos: Path | None) -> None:
        env = dict(os.environ)
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])),
                SIDE_FILE_ENV: str(side),
                SEED_ENV: str(seed),
            }
        )
        env.pop(PHOTOS_ENV, None)
        if photos is not None:
            env[PHOTOS_ENV] = str(photos)
        self.side = side
        self.started = time.time()
        self._stderr = side.with_suffix(".stderr").open("wb")
        # A session of its own: the kill takes QtWebEngine's helper processes with it.
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.chaos.app_under_chaos", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
            start_new_session=True,
        )

    def typing(self) -> Typing:
        return read_side_file(self.side)

    def wait_for(
        self, event: str, *, count: int = 1, timeout: float = START_TIMEOUT, **fields: object
    ) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [
                e
                for e in self.typing().events
                if e["event"] == event and all(e.get(k) == v for k, v in fields.items())
            ]
            if len(found) >= count:
                return True
            if self.process.poll() is not None:
                return False
            time.sleep(0.01)
        return False

    def kill(self) -> float:
        killed_at = time.time()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._stderr.close()
        return killed_at


def _photos(folder: Path, rng: random.Random, count: int) -> Path:
    """Big noisy JPEGs (each new bytes): an import takes long enough to be killed inside it."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        size = (rng.randint(1600, 2600), rng.randint(1200, 1800))
        image = Image.effect_noise(size, rng.randint(20, 90)).convert("RGB")
        image.save(folder / f"photo-{index}.jpg", quality=90)
    return folder


def run_trial(number: int, scenario: str, work: Path, shared_dir: Path, rng: random.Random) -> Trial:
    trial_dir = work / f"trial-{number:03d}"
    trial_dir.mkdir()
    side = trial_dir / "side.jsonl"
    data_dir = trial_dir / "data" if scenario == "startup" else shared_dir
    photos = _photos(trial_dir / "in", rng, 4) if scenario == "photo" else None
    app = App(data_dir, side, rng.randrange(1 << 30), photos)
    problems: list[str] = []
    if scenario == "startup":
        # A first start creates the store and runs every migration: kill somewhere inside it
        # (mostly), or anywhere before the window had the store.
        if rng.random() < 0.7 and _wait_for_file(data_dir / STORE_FILE, app):
            time.sleep(rng.uniform(0.0, 0.08))  # an import takes 0.05-0.4 s (median 0.14)
        else:
            time.sleep(rng.uniform(0.1, 1.5))
    elif not app.wait_for("ready"):
        problems.append(f"the app did not open its store ({_why(app, side)})")
    elif scenario == "typing":
        app.wait_for("key")
        time.sleep(rng.uniform(0.3, 5.0))
    elif scenario == "autosave":
        if app.wait_for("autosave", count=rng.randint(1, 3), timeout=15, state="saving"):
            time.sleep(rng.choice([0.0, 0.0, 0.002, 0.005]))
    elif scenario == "photo" and app.wait_for("photo-start", count=rng.randint(1, 3), timeout=30):
        time.sleep(rng.uniform(0.0, 0.08))  # an import takes 0.05-0.4 s (median 0.14)
    killed_at = app.kill()
    typing = app.typing()
    verdict = check_store(data_dir, typing, killed_at)
    if scenario == "startup" and not verdict.corrupt:
        # The store a killed migration left must open (and migrate on) at the next start.
        again = App(data_dir, trial_dir / "reopen.jsonl", rng.randrange(1 << 30), None)
        if not again.wait_for("ready"):
            problems.append(f"the app did not open the store after the kill ({_why(again, again.side)})")
        again.kill()
    doing = _doing(typing, killed_at)
    if doing == "starting" and (data_dir / STORE_FILE).exists():
        doing = f"starting (store at {verdict.revision or 'no revision'})"
    return Trial(number, scenario, verdict, doing, problems)


def _wait_for_file(path: Path, app: App, timeout: float = START_TIMEOUT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and app.process.poll() is None:
        if path.exists():
            return True
        time.sleep(0.002)
    return False


def _why(app: App, side: Path) -> str:
    if app.process.poll() is None:
        return f"no window after {START_TIMEOUT:.0f} s"
    lines = side.with_suffix(".stderr").read_text(errors="replace").strip().splitlines()
    errors = [line for line in lines if "workstation:" in line or "Error" in line]
    return (errors or lines or ["no output"])[-1]


def _doing(typing: Typing, killed_at: float) -> str:
    """What the app was doing at the kill, from its last logged events."""
    if typing.last("ready") is None:
        return "starting"
    started, done = typing.last("photo-start"), typing.last("photo-done")
    if started is not None and (done is None or done["path"] != started["path"]):
        return "importing a photo"
    saving = typing.last("autosave")
    if saving is not None and saving["state"] == "saving":
        return "autosaving"
    return "typing"


def run(trials: int, seed: int, work: Path) -> Totals:
    rng = random.Random(seed)
    totals = Totals()
    shared = work / "shared-data"
    for number in range(1, trials + 1):
        scenario = SCENARIOS[(number - 1) % len(SCENARIOS)]
        trial = run_trial(number, scenario, work, shared, rng)
        totals.trials.append(trial)
        v = trial.verdict
        status = "FAIL" if v.corrupt or trial.problems or v.loss_seconds > MAX_LOSS_SECONDS else "ok"
        print(
            f"trial {number:3d} {scenario:8s} killed while {trial.killed_in:26s} "
            f"loss {v.loss_seconds:4.2f} s, photos {v.photos}: {status}",
            flush=True,
        )
        for problem in [*trial.problems, *v.photo_problems, *filter(None, [v.text_problem])]:
            print(f"    {problem}", flush=True)
        if v.integrity != "ok":
            print(f"    integrity_check: {v.integrity}", flush=True)
    return totals


def report(totals: Totals) -> str:
    doing: dict[str, int] = {}
    for trial in totals.trials:
        doing[trial.killed_in] = doing.get(trial.killed_in, 0) + 1
    moments = ", ".join(f"{name} {count}" for name, count in sorted(doing.items()))
    return "\n".join(
        [
            f"trials: {len(totals.trials)} (killed while {moments})",
            f"worst loss: {totals.worst_loss:.2f} s (limit {MAX_LOSS_SECONDS:.0f} s)",
            f"corrupt stores: {totals.corrupt}",
            f"stores that did not open again: {totals.failed_starts}",
            "lost or doubled jobs: not tried (no outbox-send trials yet: the local fake site takes no posts)",
            f"result: {'PASS' if totals.ok else 'FAIL'}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.chaos.runner", description=__doc__)
    parser.add_argument("--trials", type=int, default=int(os.environ.get(TRIALS_ENV, "100")))
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the trials' data dirs")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print(f"chaos: {args.trials} trials, seed {seed}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="workstation-chaos-"))
    try:
        totals = run(args.trials, seed, work)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept: {work}")
    print(report(totals))
    return 0 if totals.ok else 1


if __name__ == "__main__":
    sys.exit(main())
