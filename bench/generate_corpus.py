#!/usr/bin/env python3
"""Writes a deterministic Portico content folder (and, with --hugo, the same
articles as a minimal Hugo site, whole and per portal) for benchmarks.

  bench/generate_corpus.py --articles 1000 --portals 50 --out /tmp/corpus
"""
import argparse, os, random, shutil

SECTIONS = ["policies", "guides", "contracts", "disputes", "logistics", "customs", "warehousing", "billing", "legal", "operations"]
TAGS = ["policy", "late-fees", "arbitration", "contracts", "freight", "customs", "insurance", "claims", "payments", "sla", "tax", "safety"]
WORDS = ("invoice payment freight carrier consignment warehouse pallet customs duty tariff clause schedule notice "
         "interest settlement dispute arbitration liability insurance container vessel port terminal delivery "
         "booking manifest reconciliation statement remittance discount reminder escalation procedure").split()


def sentence(rng, n=None):
    n = n or rng.randint(8, 18)
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def article_body(rng, index, paths, size):
    parts, length = [], 0
    while length < size:
        kind = rng.random()
        if kind < 0.15:
            parts.append("## " + sentence(rng, 4)[:-1])
        elif kind < 0.25:
            parts.append("\n".join("- " + sentence(rng, 6) for _ in range(rng.randint(2, 5))))
        elif kind < 0.32:
            target = paths[rng.randrange(len(paths))]
            here = os.path.dirname(paths[index])
            parts.append("See [" + sentence(rng, 3)[:-1] + "](" + os.path.relpath(target, here) + ").")
        elif kind < 0.37:
            rows = ["Tier,Amount,Days"] + [f"{rng.choice(WORDS)},{rng.randint(10, 9999)},{rng.randint(1, 90)}" for _ in range(rng.randint(2, 6))]
            parts.append("```csv\n" + "\n".join(rows) + "\n```")
        elif kind < 0.40:
            parts.append("```\ninterest = principal * rate * days / 365\n```")
        else:
            parts.append(paragraph(rng))
        length += len(parts[-1])
    return "\n\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--customers", type=int, default=20)
    ap.add_argument("--portals", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    ap.add_argument("--hugo", action="store_true", help="also write hugo/ (all articles) and hugo-portals/<id>/")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    shutil.rmtree(a.out, ignore_errors=True)
    content = os.path.join(a.out, "content")

    paths = [f"articles/{SECTIONS[i % len(SECTIONS)]}/a{i:05d}.md" for i in range(a.articles)]
    articles = []
    for i, path in enumerate(paths):
        audience = ["staff"] + (["customer"] if rng.random() < 0.2 else [])
        tags = sorted(rng.sample(TAGS, rng.randint(1, 3)))
        title = sentence(rng, rng.randint(3, 7))[:-1]
        body = article_body(rng, i, paths, rng.randint(1000, 6000))
        front = (f"---\ntitle: \"{title}\"\nsummary: \"{sentence(rng, 10)}\"\naudience: [{', '.join(audience)}]\n"
                 f"tags: [{', '.join(tags)}]\nversion: {rng.randint(1, 9)}\neffective: 2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n---\n\n")
        write(os.path.join(content, path), front + body)
        articles.append((path, title, body, set(audience), set(tags)))

    currencies = [("USD", 2), ("GBP", 2), ("EUR", 2), ("JPY", 0)]
    customers = []
    for c in range(max(a.customers, 1)):
        cid = f"c{c:03d}"
        code, digits = currencies[c % len(currencies)]
        rows = ["date,kind,reference,amount,due,note"]
        day, open_refs = 1, []
        for r in range(rng.randint(10, 60)):
            day += rng.randint(1, 6)
            date = f"2026-{1 + min(day // 28, 10):02d}-{1 + day % 28:02d}"
            minor = rng.randint(5_000, 2_000_000)
            amount = str(minor) if digits == 0 else f"{minor // 100}.{minor % 100:02d}"
            if open_refs and rng.random() < 0.4:
                ref = open_refs.pop(0)
                rows.append(f"{date},payment,{ref[0]},{ref[1]},,Payment {cid}-{r}")
            else:
                ref = f"{cid.upper()}-{r:04d}"
                open_refs.append((ref, amount))
                rows.append(f"{date},invoice,{ref},{amount},,Services {cid} {r}")
        write(os.path.join(content, "customers", cid, "customer.yml"),
              f"name: Customer {cid} Ltd\ncurrency: {code}\nterms: {{ net_days: 30 }}\narbitration: {str(c % 2 == 0).lower()}\n")
        write(os.path.join(content, "customers", cid, "ledger.csv"), "\n".join(rows) + "\n")
        customers.append(cid)

    roles = ["  staff:\n    articles: all\n    customers: all", "  customer: {}"]
    roles += [f"  sec-{s}:\n    paths: [\"articles/{s}/**\"]" for s in SECTIONS]
    roles += [f"  tag-{t}:\n    tags: [{t}]" for t in TAGS]
    portals, portal_roles = [], {}
    if a.portals <= 1:
        portals.append("  staff:\n    title: Staff\n    roles: [staff]")
        portal_roles["staff"] = ("all", None)
    else:
        portals.append("  staff:\n    title: Staff\n    roles: [staff]")
        portal_roles["staff"] = ("all", None)
        for p in range(a.portals - 1):
            pid = f"p{p:03d}"
            chosen = rng.sample(SECTIONS, rng.randint(2, 5)) 
            role_list = ["customer"] + [f"sec-{s}" for s in chosen]
            cust = customers[p % len(customers)]
            portals.append(f"  {pid}:\n    title: Portal {pid}\n    customer: {cust}\n    roles: [{', '.join(role_list)}]")
            portal_roles[pid] = (set(chosen), cust)
    write(os.path.join(content, "site.yml"), "title: Benchmark Freight Co\nbase_url: https://bench.example\nlocale: en\n")
    write(os.path.join(content, "manifest.yml"), "roles:\n" + "\n".join(roles) + "\nportals:\n" + "\n".join(portals) + "\n")

    if a.hugo:
        def hugo_site(root, chosen):
            write(os.path.join(root, "hugo.toml"),
                  'baseURL = "https://bench.example/"\ntitle = "Benchmark"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
                  '[markup.goldmark.renderer]\nunsafe = false\n')
            write(os.path.join(root, "layouts/_default/single.html"),
                  "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n")
            write(os.path.join(root, "layouts/_default/list.html"),
                  "<!DOCTYPE html><html><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n")
            for path, title, body, _, _ in chosen:
                write(os.path.join(root, "content", path[len("articles/"):]), f"---\ntitle: \"{title}\"\n---\n\n{body}")
        hugo_site(os.path.join(a.out, "hugo"), articles)
        for pid, (sections, _) in portal_roles.items():
            if pid == "staff" and a.portals > 1:
                chosen = articles
            elif sections == "all":
                chosen = articles
            else:
                chosen = [x for x in articles if x[0].split("/")[1] in sections or "customer" in x[3]]
            hugo_site(os.path.join(a.out, "hugo-portals", pid), chosen)


if __name__ == "__main__":
    main()
