#!/usr/bin/env python3
"""Portico's benchmark: see bench/README.md. Prints one table, writes JSON."""
import argparse, atexit, concurrent.futures, fcntl, hashlib, json, os, platform, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AS_OF = "2026-11-23"


def timed(command, prepare=None, runs=5, warmup=1):
    """Median wall of `runs` runs after `warmup`; user+sys median; peak RSS (MB).
    `command` is called after `prepare` for each run's shell command."""
    samples = []
    for i in range(warmup + runs):
        if prepare:
            prepare()
        # Each run starts with nothing left to write back from the previous
        # one, so no tool pays for another's writes.
        os.sync()
        cmd = command()
        ensure_free_disk(cmd)
        out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "bash", "-c", cmd],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if out.returncode != 0:
            sys.exit(f"failed: {cmd}\n{out.stderr}")
        wall, user, system, rss = out.stderr.strip().splitlines()[-1].split()
        if i >= warmup:
            samples.append((float(wall), float(user) + float(system), int(rss) / 1024))
    walls = [s[0] for s in samples]
    return {"wall": statistics.median(walls), "min": min(walls), "max": max(walls),
            "cpu": statistics.median(s[1] for s in samples), "rss_mb": max(s[2] for s in samples), "runs": runs}


# Every measured run keeps its output (see Fresh), so a full benchmark needs
# a lot of disk; stop with a clear message rather than fill the disk.
MIN_FREE_BYTES = 8 * 1024 ** 3
MIN_FREE_INODES = 1_000_000
WORK_DIR = "/tmp"


def ensure_free_disk(cmd):
    st = os.statvfs(WORK_DIR)
    free = st.f_bavail * st.f_frsize
    if free < MIN_FREE_BYTES or (st.f_files and st.f_favail < MIN_FREE_INODES):
        sys.exit(f"stopping before `{cmd}`: only {free / 1024 ** 3:.1f} GB and {st.f_favail} inodes free under {WORK_DIR}, "
                 f"and every run keeps its output until the end. Free some disk, or use fewer --runs or --sizes. "
                 f"What was measured so far is in the JSON file.")


class ScratchFS:
    """A new ext4 file system (the mkfs defaults, journal included) for one
    size's measured runs: an image file in the work folder, loop-mounted.

    On a disk that has been in use, what came before enters the figures:
    ext4 without a journal (this benchmark's VM disk) makes every new inode
    skip, one by one, the inodes freed in the last minutes, so the same
    build took twice as long after another program deleted a tree. A file
    system made for the runs has no such history, and removing it is one
    unmount and one file deletion. Needs root; `--no-scratch-fs`, or a
    failure to make or mount it, measures in the work folder itself."""

    def __init__(self, work, label):
        self.image = os.path.join(work, f"scratch-{label}.img")
        self.mount = os.path.join(work, f"scratch-{label}")

    def make(self):
        self.remove()
        st = os.statvfs(os.path.dirname(self.image))
        size = min(st.f_bavail * st.f_frsize - 10 * 1024 ** 3, 200 * 1024 ** 3)
        if size < 2 * MIN_FREE_BYTES:
            print(f"too little disk for a scratch file system; measuring in {os.path.dirname(self.image)}", file=sys.stderr)
            return False
        with open(self.image, "wb") as f:
            f.truncate(size)
        os.makedirs(self.mount, exist_ok=True)
        # Inode tables initialised now, not by a kernel thread during the runs;
        # an inode per 4 KB, since a version's folders and small pages are mostly inodes.
        steps = [["mkfs.ext4", "-q", "-F", "-i", "4096", "-E", "lazy_itable_init=0,lazy_journal_init=0", self.image],
                 ["mount", "-o", "loop", self.image, self.mount]]
        for step in steps:
            out = subprocess.run(step, capture_output=True, text=True)
            if out.returncode != 0:
                print(f"cannot make a scratch file system ({step[0]}: {out.stderr.strip()}); "
                      f"measuring in {os.path.dirname(self.image)}", file=sys.stderr)
                self.remove()
                return False
        return True

    def remove(self):
        if os.path.ismount(self.mount):
            subprocess.run(["umount", self.mount], check=False)
        if os.path.isdir(self.mount) and not os.path.ismount(self.mount):
            shutil.rmtree(self.mount, ignore_errors=True)
        if os.path.exists(self.image):
            os.remove(self.image)


class Fresh:
    """Output folders for measured runs, each never used before.

    Deleting a tree just before the next run would measure the file system
    instead of the tool: ext4 without a journal (this benchmark's VM disk)
    skips inodes freed in the last minute or so, one by one, on every
    allocation, which more than doubled every tool's time. So nothing is
    deleted while anything is measured: every run's folder stays until its
    size is done (with its ScratchFS) or, without one, until the whole
    benchmark has finished. 1000×200 with 5 runs writes about 60 GB (see
    ensure_free_disk)."""

    def __init__(self, root):
        self.root = root
        self.count = 0

    def path(self, label):
        self.count += 1
        return os.path.join(self.root, f"{self.count:03d}-{label}")

    def series(self, command, runs, prepare=None):
        used = []
        def next_output():
            used.append(self.path("run"))
            if prepare:
                prepare(used[-1], len(used))
        return timed(lambda: command(used[-1]), next_output, runs)


def size_of(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.lstat(os.path.join(dirpath, f)).st_size
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, 3 runs")
    ap.add_argument("--sizes", help="articles×portals list instead of the defaults, e.g. 500x20,3000x1")
    ap.add_argument("--runs", type=int, help="measured runs per figure (default 5, or 3 with --quick)")
    ap.add_argument("--work", default="/tmp/portico-bench")
    ap.add_argument("--json", default=os.path.join(HERE, "results.json"))
    ap.add_argument("--no-scratch-fs", action="store_true",
                    help="measure in the work folder's own file system, not in a new one per size (see ScratchFS)")
    a = ap.parse_args()
    runs = a.runs or (3 if a.quick else 5)
    global WORK_DIR
    os.makedirs(a.work, exist_ok=True)
    WORK_DIR = a.work
    # Two benchmarks in one work folder would measure each other, and the
    # first one's final cleanup would delete the second one's runs.
    lock = open(os.path.join(a.work, ".lock"), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        sys.exit(f"another benchmark is running in {a.work} (or still deleting its output); wait for it to finish")
    sizes = [(300, 10), (2000, 1), (300, 40)] if a.quick else [(1000, 50), (10000, 1), (1000, 200)]
    if a.sizes:
        sizes = [tuple(int(n) for n in size.replace("×", "x").split("x")) for size in a.sizes.split(",")]

    print("building release binary…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "portico"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    portico = os.path.join(ROOT, ".build", "release", "portico")
    hugo = shutil.which("hugo")
    results = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
               "hugo": subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip() if hugo else None,
               "sizes": []}

    for articles, portals in sizes:
        site = os.path.join(a.work, f"a{articles}-p{portals}")
        # A corpus already generated with the same generator and sizes is kept:
        # regenerating deletes tens of thousands of files, which slows the
        # file system for the measurements that follow (see Fresh).
        generator = os.path.join(HERE, "generate_corpus.py")
        stamp_path = os.path.join(site, ".corpus-stamp")
        stamp = f"{articles} {portals} {bool(hugo)} {hashlib.sha256(open(generator, 'rb').read()).hexdigest()}"
        if not os.path.exists(stamp_path) or open(stamp_path).read() != stamp:
            print(f"corpus {articles} articles × {portals} portals…", file=sys.stderr)
            subprocess.run([sys.executable, generator, "--articles", str(articles),
                            "--portals", str(portals), "--out", site] + (["--hugo"] if hugo else []), check=True)
            with open(stamp_path, "w") as f:
                f.write(stamp)
        scratch = None if a.no_scratch_fs else ScratchFS(a.work, f"{articles}x{portals}")
        if scratch and scratch.make():
            atexit.register(scratch.remove)  # also when a failed run stops the benchmark
            WORK_DIR = scratch.mount
            runs_dir = os.path.join(scratch.mount, "runs")
        else:
            scratch, WORK_DIR = None, a.work
            runs_dir = os.path.join(site, "runs")
        row = {"articles": articles, "portals": portals,
               "file_system": "a new ext4 file system (loop-mounted image)" if scratch else f"the disk of {a.work}"}
        if os.path.exists(runs_dir):
            # Left by an interrupted run: set aside now, deleted at the end.
            os.rename(runs_dir, f"{runs_dir}-stale-{time.time_ns()}")
        fresh = Fresh(runs_dir)

        out = fresh.path("build")
        subprocess.run([portico, "build", "--site", site, "--as-of", AS_OF, "-q", "--out", out], check=True)
        row["pages"] = sum(len(files) for _, _, files in os.walk(out))
        row["output_mb"] = size_of(out) / 1e6
        row["build"] = fresh.series(lambda o: f"{portico} build --site {site} --as-of {AS_OF} -q --out {o}", runs)
        row["publish"] = fresh.series(lambda o: f"{portico} publish --site {site} --as-of {AS_OF} -q --out {o}", runs)

        target = os.path.join(site, "content", "articles", "policies", "a00000.md")
        original = open(target).read()
        def publish_then_edit(o, n):
            open(target, "w").write(original)
            subprocess.run([portico, "publish", "--site", site, "--as-of", AS_OF, "-q", "--out", o], check=True,
                           stdout=subprocess.DEVNULL)
            open(target, "w").write(original + f"\nEdited paragraph {n}.\n")
        row["edit_publish"] = fresh.series(lambda o: f"{portico} publish --site {site} --as-of {AS_OF} -q --out {o}", runs,
                                           prepare=publish_then_edit)
        open(target, "w").write(original)

        row["copy_floor"] = fresh.series(lambda o: f"cp -r {out} {o}", runs)
        # The floor of any publish that hard-links unchanged files: linking a
        # whole version (every folder made, every file linked), then the sync
        # publish does before switching versions.
        published = fresh.path("published")
        subprocess.run([portico, "publish", "--site", site, "--as-of", AS_OF, "-q", "--out", published], check=True,
                       stdout=subprocess.DEVNULL)
        row["link_floor"] = fresh.series(lambda o: f"cp -al {published}/versions/1 {o} && sync", runs)
        if hugo:
            hsite = os.path.join(site, "hugo")
            row["hugo"] = fresh.series(lambda o: f"{hugo} --source {hsite} --destination {o} --quiet", runs)
            per = os.path.join(site, "hugo-portals")
            loop = lambda o: f"for d in {per}/*; do {hugo} --source $d --destination {o}/$(basename $d) --quiet || exit 1; done"
            row["hugo_per_portal"] = fresh.series(loop, runs)
        results["sizes"].append(row)
        if scratch:
            print("removing the scratch file system…", file=sys.stderr)
            scratch.remove()
        # Written after every size, so a long run interrupted keeps what it measured.
        with open(a.json, "w") as f:
            json.dump(results, f, indent=2)
    print(f"\nPortico benchmark — {results['date']} — {results['machine']} — {results['hugo'] or 'hugo not installed'}")
    for r in results["sizes"]:
        print(f"  {r['articles']}×{r['portals']} measured on {r['file_system']}")
    header = ["corpus", "files", "µs/file", "build s", "publish s", "edit+pub s", "RSS MB", "hugo s", "hugo/portal s", "cp -r s",
              "cp -al s", "build/hugo", "build/naive", "build/cp", "edit/pub", "edit/link", "RSS/hugo"]
    rows = []
    for r in results["sizes"]:
        b, p, e, c, l = r["build"], r["publish"], r["edit_publish"], r["copy_floor"], r.get("link_floor")
        h, n = r.get("hugo"), r.get("hugo_per_portal")
        fmt = lambda m: f"{m['wall']:.2f} ({m['min']:.2f}–{m['max']:.2f})" if m else "—"
        ratio = lambda x, y: f"{x / y:.2f}" if y else "—"
        rows.append([f"{r['articles']}×{r['portals']}", str(r["pages"]), f"{b['wall'] / r['pages'] * 1e6:.0f}", fmt(b), fmt(p), fmt(e), f"{b['rss_mb']:.0f}", fmt(h), fmt(n),
                     f"{c['wall']:.2f}", f"{l['wall']:.2f}" if l else "—", ratio(b["wall"], h["wall"] if h else 0),
                     ratio(b["wall"], n["wall"] if n else 0), ratio(b["wall"], c["wall"]), ratio(e["wall"], p["wall"]),
                     ratio(e["wall"], l["wall"] if l else 0), ratio(b["rss_mb"], h["rss_mb"] if h else 0)])
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    for line in [header] + rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(line, widths)))
    print(f"\nJSON: {a.json}")
    print("deleting the runs' output folders…", file=sys.stderr)
    delete_runs([os.path.join(a.work, f"a{articles}-p{portals}") for articles, portals in sizes])


def delete_runs(sites):
    """Deletes every run folder, a dozen `rm -rf` at a time: one deletion
    waits on the disk for each inode in turn (about 1 GB a minute here),
    while parallel ones keep it busy. (Threads running `shutil.rmtree`
    mostly wait on each other for the interpreter, not on the disk.)"""
    folders = [os.path.join(site, name) for site in sites for name in os.listdir(site)
               if name == "runs" or name.startswith("runs-stale-")]
    runs = [os.path.join(folder, run) for folder in folders for run in os.listdir(folder)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(lambda path: subprocess.run(["rm", "-rf", path]), runs))
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
