/// `portico check`: every validation of load, plan and render, writing
/// nothing. Adds what only a whole-site view shows: `#fragments` that name
/// no heading, and links each portal shows as plain text.
public enum Checker {
    public static func run(_ options: BuildOptions) async -> [Diagnostic] {
        var found: [Diagnostic] = []
        let site: Site, plans: [PortalPlan]
        do {
            (site, plans, found) = try Pipeline.prepare(BuildOptions(location: options.location, portals: options.portals,
                                                                    asOf: options.asOf, jobs: options.jobs), digests: false)
        } catch {
            return error.diagnostics.sortedByPlace()
        }
        do {
            let theme = try Theme.load(templatesPath: options.location.templates)
            found += theme.warnings
            try NoticeDrafter.check(site.config.receivables, theme: theme, sitePath: options.location.content + "/site.yml")
            _ = try await NoticeDrafter(site: site, theme: theme, jobs: options.jobs).draft(for: plans)
        } catch {
            found += error.diagnostics
        }
        do {
            let (bodies, warnings) = try await BodyParser(site: site, jobs: options.jobs).parseAll()
            found += warnings + anchors(bodies) + dropped(plans, bodies: bodies)
        } catch {
            found += error.diagnostics
        }
        if options.strict { found = found.map { $0.severity == .warning ? Diagnostic(.error, $0.path, line: $0.line, column: $0.column, $0.message) : $0 } }
        return Array(Set(found)).sortedByPlace()
    }

    /// A link's `#fragment` must name a heading of its target.
    static func anchors(_ bodies: [String: ParsedMarkdown]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for body in bodies.values {
            for link in body.links where !link.fragment.isEmpty {
                guard let target = bodies[link.target] else { continue }
                let anchor = String(link.fragment.dropFirst())
                guard !target.headings.contains(where: { $0.anchor == anchor }) else { continue }
                let known = target.headings.map(\.anchor).joined(separator: ", ")
                found.append(.warning(body.sourceDisplayPath, line: link.line, column: link.column,
                    "link to \(link.target)\(link.fragment): no heading there has that anchor (anchors: \(known.isEmpty ? "none" : known))"))
            }
        }
        return found
    }

    /// Links a portal shows as plain text because it lacks the target: a
    /// note per link, naming the portals.
    static func dropped(_ plans: [PortalPlan], bodies: [String: ParsedMarkdown]) -> [Diagnostic] {
        var portals: [String: [String]] = [:]
        var places: [String: (String, ParsedMarkdown.InternalLink)] = [:]
        for plan in plans {
            let sources = plan.articles.map(\.article.source) + plan.customers.flatMap { $0.customer.documents.map(\.source) }
            let documents = Set(plan.customers.flatMap { $0.customer.documents.map(\.source.path) })
            for source in sources {
                for link in bodies[source.path]?.links ?? [] {
                    let received = link.target.hasPrefix("customers/") ? documents.contains(link.target) : plan.url(ofArticle: link.target) != nil
                    guard !received else { continue }
                    let key = "\(source.displayPath):\(link.line):\(link.column):\(link.target)"
                    portals[key, default: []].append(plan.portal.id.rawValue)
                    places[key] = (source.displayPath, link)
                }
            }
        }
        return places.map { key, place in
            .note(place.0, line: place.1.line, column: place.1.column,
                  "link to \(place.1.target) is shown as plain text in \(portals[key]!.joined(separator: ", ")), which do not receive it")
        }
    }
}
