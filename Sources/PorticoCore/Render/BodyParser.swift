/// Parses every Markdown body that some planned portal shows: once each,
/// however many portals receive it, spread over `jobs` workers.
struct BodyParser: Sendable {
    let site: Site
    let jobs: Int

    /// The bodies the planned portals show; those in `reusing` are taken as they are.
    ///
    /// A whole build's parse (nothing reused) is lean on memory: each source's
    /// text is released once parsed (`MarkdownSource.releaseBody()`; a build
    /// reads it only here), and the parsed text waits for the render in a
    /// `BodySpool`. `serve`'s partial parses (a few edited bodies) stay in
    /// memory, so a long session does not keep a spool file open per edit.
    func parse(for plans: [PortalPlan], reusing known: [String: ParsedMarkdown] = [:]) async throws(ContentError) -> (bodies: [String: ParsedMarkdown], warnings: [Diagnostic]) {
        let (parsed, warnings) = try await parse(articles: plans.flatMap { $0.articles.map(\.article) },
                                                 customers: plans.flatMap { $0.customers.map(\.customer) },
                                                 skipping: Set(known.keys), lean: known.isEmpty)
        return (known.merging(parsed) { $1 }, warnings)
    }

    /// Every body of the site, drafts included: what `check` validates.
    func parseAll() async throws(ContentError) -> (bodies: [String: ParsedMarkdown], warnings: [Diagnostic]) {
        try await parse(articles: site.articles, customers: site.customers)
    }

    private func parse(articles: [Article], customers: [Customer], skipping: Set<String> = [], lean: Bool = false) async throws(ContentError) -> (bodies: [String: ParsedMarkdown], warnings: [Diagnostic]) {
        var sources: [String: (MarkdownSource, Set<String>)] = [:]
        let articlePaths = Set(site.articles.map(\.path))
        for article in articles { sources[article.path] = (article.source, articlePaths) }
        for customer in customers {
            let siblings = articlePaths.union(customer.documents.map(\.source.path))
            for document in customer.documents { sources[document.source.path] = (document.source, siblings) }
        }
        let work = sources.values.filter { !skipping.contains($0.0.path) }.sorted { $0.0.path < $1.0.path }
        let parser = MarkdownParser(unsafe: site.config.unsafeMarkdown)
        let spool = lean ? BodySpool() : nil
        let results = await Parallel.map(work, jobs: jobs) { item in
            defer { if lean { item.0.releaseBody() } }
            return Result { () throws(ContentError) in
                let (parsed, warnings) = try parser.parse(item.0, linkable: item.1)
                return (spool.map { parsed.spooled(into: $0) } ?? parsed, warnings)
            }
        }
        var bodies: [String: ParsedMarkdown] = [:]
        var diagnostics: [Diagnostic] = []
        for (item, result) in zip(work, results) {
            switch result {
            case .success(let (parsed, warnings)):
                bodies[item.0.path] = parsed
                diagnostics += warnings
            case .failure(let error):
                diagnostics += error.diagnostics
            }
        }
        guard !diagnostics.hasErrors else { throw ContentError(diagnostics.sortedByPlace()) }
        return (bodies, diagnostics.sortedByPlace())
    }
}
