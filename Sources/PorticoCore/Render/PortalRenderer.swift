/// Renders every file of one portal and hands each to a sink as soon as it
/// is ready, so memory holds a page at a time per worker, not the site.
struct PortalRenderer: Sendable {
    let site: Site
    let plan: PortalPlan
    let theme: Theme
    let bodies: [String: ParsedMarkdown]
    let letters: [NoticeDrafter.Key: ParsedMarkdown]
    let asOf: CalendarDate
    /// Work shared with the other portals of the build (nil when there is one).
    var shared: BuildMemo<[String], String>? = nil
    var searchEntries: BuildMemo<[String], [UInt8]>? = nil

    struct Summary: Sendable {
        let portal: PortalID
        let pages: Int
        let files: Int
        let dropped: [DroppedLink]
        /// Paths relative to the portal root; empty unless the sink hashes.
        let records: [FileRecord]
    }

    /// `only`: render just these page paths (and the search index, which
    /// holds every body, when any of them is in this portal); nil renders
    /// the whole portal.
    func render(jobs: Int, into sink: FileSink, only: Set<String>? = nil) async throws(OutputError) -> Summary {
        let pages = PageRenderer(site: site, plan: plan, theme: theme, bodies: bodies, letters: letters, asOf: asOf, shared: shared)
        let chosen = only.map { paths in plan.pages.filter { paths.contains($0.path) } } ?? plan.pages
        // The search index holds every body: built alongside the pages, not after them.
        let indexes = only == nil || !chosen.isEmpty
        async let searchRecords = indexes ? Result { () throws(OutputError) in
            try SearchIndex(plan: plan, bodies: bodies, entries: searchEntries).write(into: sink)
        } : .success([])
        // Pages that list everything (the home page lists every article) go
        // first, so no worker is left rendering one of them at the end.
        let order = chosen.indices.filter { chosen[$0].kind.listsEverything } + chosen.indices.filter { !chosen[$0].kind.listsEverything }
        let rendered = await Parallel.map(order, jobs: jobs) { i in
            let (file, dropped) = pages.render(chosen[i])
            return Result { () throws(OutputError) in (try sink.write(file), dropped) }
        }
        var results = rendered
        for (k, i) in order.enumerated() { results[i] = rendered[k] }
        var dropped: [DroppedLink] = []
        var records: [FileRecord] = []
        for result in results {
            let (record, lost) = try result.get()
            dropped += lost
            if let record { records.append(record) }
        }
        let index = try await searchRecords.get()
        records += index.compactMap { $0 }
        var extras: [RenderedFile] = []
        if only == nil {
            extras.append(Sitemap.file(plan: plan, config: site.config))
            extras += theme.assets.sorted { $0.key < $1.key }.map { RenderedFile(path: $0.key, bytes: $0.value) }
        }
        for file in extras {
            if let record = try sink.write(file) { records.append(record) }
        }
        return Summary(portal: plan.portal.id, pages: chosen.count, files: chosen.count + index.count + extras.count,
                       dropped: dropped, records: records)
    }
}
