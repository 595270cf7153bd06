#!/usr/bin/env python3
"""Portico's benchmark: see bench/README.md. Prints one table, writes JSON."""
import argparse, json, os, platform, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AS_OF = "2026-11-23"


def timed(cmd, prepare=None, runs=5, warmup=1):
    """Median wall of `runs` runs after `warmup`; user+sys median; peak RSS (MB)."""
    samples = []
    for i in range(warmup + runs):
        if prepare:
            prepare()
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


def size_of(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            total += os.lstat(os.path.join(dirpath, f)).st_size
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes, 3 runs")
    ap.add_argument("--work", default="/tmp/portico-bench")
    ap.add_argument("--json", default=os.path.join(HERE, "results.json"))
    a = ap.parse_args()
    runs = 3 if a.quick else 5
    sizes = [(300, 10), (2000, 1), (300, 40)] if a.quick else [(1000, 50), (10000, 1), (1000, 200)]

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
        print(f"corpus {articles} articles × {portals} portals…", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), "--articles", str(articles),
                        "--portals", str(portals), "--out", site] + (["--hugo"] if hugo else []), check=True)
        out, pub = os.path.join(site, "out"), os.path.join(site, "public")
        row = {"articles": articles, "portals": portals}
        clear = lambda *paths: [shutil.rmtree(p, ignore_errors=True) for p in paths]

        row["build"] = timed(f"{portico} build --site {site} --as-of {AS_OF} -q --out {out}", lambda: clear(out), runs)
        row["pages"] = sum(len(files) for _, _, files in os.walk(out))
        row["output_mb"] = size_of(out) / 1e6
        row["publish"] = timed(f"{portico} publish --site {site} --as-of {AS_OF} -q", lambda: clear(pub), runs)

        target = os.path.join(site, "content", "articles", "policies", "a00000.md")
        original = open(target).read()
        counter = [0]
        def fresh_then_edit():
            clear(pub)
            open(target, "w").write(original)
            subprocess.run([portico, "publish", "--site", site, "--as-of", AS_OF, "-q"], check=True, stdout=subprocess.DEVNULL)
            counter[0] += 1
            open(target, "w").write(original + f"\nEdited paragraph {counter[0]}.\n")
        row["edit_publish"] = timed(f"{portico} publish --site {site} --as-of {AS_OF} -q", fresh_then_edit, runs)
        open(target, "w").write(original)

        copy = os.path.join(site, "copy")
        row["copy_floor"] = timed(f"cp -r {out} {copy}", lambda: clear(copy), runs)
        if hugo:
            hsite = os.path.join(site, "hugo")
            row["hugo"] = timed(f"{hugo} --source {hsite} --destination {hsite}/public --quiet", lambda: clear(hsite + "/public"), runs)
            per = os.path.join(site, "hugo-portals")
            loop = f"for d in {per}/*; do {hugo} --source $d --destination $d/public --quiet || exit 1; done"
            row["hugo_per_portal"] = timed(loop, lambda: [clear(os.path.join(per, d, "public")) for d in os.listdir(per)], runs)
        results["sizes"].append(row)

    with open(a.json, "w") as f:
        json.dump(results, f, indent=2)
    print(f"\nPortico benchmark — {results['date']} — {results['machine']} — {results['hugo'] or 'hugo not installed'}")
    header = ["corpus", "files", "build s", "publish s", "edit+pub s", "RSS MB", "hugo s", "hugo/portal s", "cp -r s",
              "build/hugo", "build/naive", "build/cp", "edit/pub", "RSS/hugo"]
    rows = []
    for r in results["sizes"]:
        b, p, e, c = r["build"], r["publish"], r["edit_publish"], r["copy_floor"]
        h, n = r.get("hugo"), r.get("hugo_per_portal")
        fmt = lambda m: f"{m['wall']:.2f} ({m['min']:.2f}–{m['max']:.2f})" if m else "—"
        ratio = lambda x, y: f"{x / y:.2f}" if y else "—"
        rows.append([f"{r['articles']}×{r['portals']}", str(r["pages"]), fmt(b), fmt(p), fmt(e), f"{b['rss_mb']:.0f}", fmt(h), fmt(n),
                     f"{c['wall']:.2f}", ratio(b["wall"], h["wall"] if h else 0), ratio(b["wall"], n["wall"] if n else 0),
                     ratio(b["wall"], c["wall"]), ratio(e["wall"], p["wall"]), ratio(b["rss_mb"], h["rss_mb"] if h else 0)])
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    for line in [header] + rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(line, widths)))
    print(f"\nJSON: {a.json}")


if __name__ == "__main__":
    main()
