import Foundation

/// Where a build reads and writes.
public struct SiteLocation: Sendable {
    public var content: String
    public var templates: String
    public var out: String

    public init(content: String, templates: String, out: String) {
        self.content = content
        self.templates = templates
        self.out = out
    }

    /// `--site DIR`: the root of all three.
    public init(site: String) {
        self.init(content: site + "/content", templates: site + "/templates", out: site + "/public/preview")
    }
}

public struct BuildOptions: Sendable {
    public var location: SiteLocation
    public var portals: [String]
    public var asOf: CalendarDate
    public var strict: Bool
    public var jobs: Int
    /// Told each stage as it starts ("rendering acme (2/5)"), for a progress line.
    public var progress: (@Sendable (String) -> Void)?

    public init(location: SiteLocation, portals: [String] = [], asOf: CalendarDate, strict: Bool = false, jobs: Int = 2,
                progress: (@Sendable (String) -> Void)? = nil) {
        self.location = location
        self.portals = portals
        self.asOf = asOf
        self.strict = strict
        self.jobs = jobs
        self.progress = progress
    }
}

public struct BuildReport: Sendable {
    public struct PortalSummary: Sendable {
        public let portal: PortalID
        public let pages: Int
        public let files: Int
    }

    public let asOf: CalendarDate
    public let portals: [PortalSummary]
    public let warnings: [Diagnostic]
    public let droppedLinks: [DroppedLink]
}

/// The stages in order: load → plan → render → write. Commands drive this;
/// they never re-implement a stage.
public enum Pipeline {
    /// load and plan: everything that can be known before rendering.
    /// `digests`: fill `Site.sourceDigests` (see `SiteLoader.digests`).
    public static func prepare(_ options: BuildOptions, digests: Bool = true) throws(ContentError) -> (site: Site, plans: [PortalPlan], warnings: [Diagnostic]) {
        let loaded = try SiteLoader(contentPath: options.location.content, jobs: options.jobs, digests: digests).load()
        let (plans, warnings) = try plan(loaded, options)
        return (loaded.site, plans, warnings)
    }

    /// The plan stage, for the portals `options` names (all by default).
    static func plan(_ loaded: SiteLoader.Result, _ options: BuildOptions) throws(ContentError) -> (plans: [PortalPlan], warnings: [Diagnostic]) {
        var ids: [PortalID] = []
        for raw in options.portals {
            guard let id = PortalID(raw), loaded.site.manifest.portal(id) != nil else {
                let known = loaded.site.manifest.portals.map(\.id.rawValue).joined(separator: ", ")
                throw ContentError([.error("--portal", "no portal '\(raw)' in the manifest (portals: \(known))")])
            }
            ids.append(id)
        }
        options.progress?("planning \(loaded.site.articles.count) articles, \(loaded.site.customers.count) customers")
        let plans = Planner(site: loaded.site, asOf: options.asOf, jobs: options.jobs).plans(only: ids)
        var warnings = loaded.warnings
        var seen = Set<CustomerID>()
        for share in plans.flatMap(\.customers) where seen.insert(share.customer.id).inserted {
            warnings += share.receivables.account.warnings
        }
        try failIfStrict(options, warnings)
        return (plans, warnings.sortedByPlace())
    }

    /// Everything rendering needs, computed once: the stages up to render.
    struct RenderInputs: Sendable {
        let site: Site
        let plans: [PortalPlan]
        let theme: Theme
        let bodies: [String: ParsedMarkdown]
        let letters: [NoticeDrafter.Key: ParsedMarkdown]
        let warnings: [Diagnostic]
        /// The part of `warnings` that parsing the bodies found.
        let bodyWarnings: [Diagnostic]
    }

    /// load, plan and theme: everything rendering needs before any Markdown is parsed.
    struct Prepared: Sendable {
        let site: Site
        let plans: [PortalPlan]
        let theme: Theme
        let warnings: [Diagnostic]
        /// The articles as loaded, for the next publish (`SiteLoader.Result.articleCache`).
        var articleCache: ArticleCache? = nil

        /// Everything to report once the bodies are parsed: these warnings and the bodies'.
        func warnings(with bodyWarnings: [Diagnostic]) -> [Diagnostic] {
            (warnings + bodyWarnings).sortedByPlace()
        }
    }

    /// `articleCache`: the previous publish's (see `SiteLoader.articleCache`).
    static func prepareToRender(_ options: BuildOptions, digests: Bool = true, articleCache: ArticleCache? = nil) throws -> Prepared {
        options.progress?("loading \(options.location.content)")
        let loaded = try SiteLoader(contentPath: options.location.content, jobs: options.jobs, digests: digests,
                                    articleCache: articleCache).load()
        let (plans, warnings) = try plan(loaded, options)
        let site = loaded.site
        let theme = try Theme.load(templatesPath: options.location.templates)
        try failIfStrict(options, theme.warnings)
        try NoticeDrafter.check(site.config.receivables, theme: theme, sitePath: options.location.content + "/site.yml")
        return Prepared(site: site, plans: plans, theme: theme, warnings: (warnings + theme.warnings).sortedByPlace(),
                        articleCache: loaded.articleCache)
    }

    static func renderInputs(_ options: BuildOptions, digests: Bool = true) async throws -> RenderInputs {
        try await renderInputs(prepareToRender(options, digests: digests), options)
    }

    /// Parses the planned bodies (except those in `reusing`) and, with
    /// `letters`, drafts every notice's letter.
    static func renderInputs(_ prepared: Prepared, _ options: BuildOptions, reusing: [String: ParsedMarkdown] = [:],
                             letters: Bool = true) async throws -> RenderInputs {
        let site = prepared.site
        options.progress?("parsing \(site.articles.count - reusing.count) articles" + (letters ? ", drafting letters" : ""))
        // Letters need no article body: they are drafted while bodies are parsed.
        async let drafted = letters ? NoticeDrafter(site: site, theme: prepared.theme, jobs: options.jobs).draft(for: prepared.plans) : [:]
        let (bodies, bodyWarnings) = try await BodyParser(site: site, jobs: options.jobs).parse(for: prepared.plans, reusing: reusing)
        try failIfStrict(options, bodyWarnings)
        let drafts = try await drafted
        return RenderInputs(site: site, plans: prepared.plans, theme: prepared.theme, bodies: bodies, letters: drafts,
                            warnings: prepared.warnings(with: bodyWarnings), bodyWarnings: bodyWarnings)
    }

    /// The render and write stages: each portal into `sink/<portal>/`.
    /// One portal spreads its pages over the workers; several portals are
    /// rendered side by side, one per worker, largest first, so no worker
    /// waits at the end of each portal for the others.
    static func renderPortals(_ inputs: RenderInputs, asOf: CalendarDate, jobs: Int, into sink: FileSink,
                              progress: (@Sendable (String) -> Void)? = nil, only: Set<String>? = nil) async throws -> [PortalRenderer.Summary] {
        let plans = inputs.plans
        // An article shown in several portals renders its content once, when the theme allows.
        let shared = plans.count > 1 && inputs.theme.articleContentIsPortalFree ? BuildMemo<[String], String>() : nil
        let searchEntries = plans.count > 1 ? BuildMemo<[String], [UInt8]>() : nil
        @Sendable func render(_ i: Int, jobs: Int) async throws(OutputError) -> PortalRenderer.Summary {
            let plan = plans[i]
            progress?("rendering \(plan.portal.id) (\(i + 1)/\(plans.count), \(plan.pages.count) pages)")
            let renderer = PortalRenderer(site: inputs.site, plan: plan, theme: inputs.theme, bodies: inputs.bodies,
                                          letters: inputs.letters, asOf: asOf, shared: shared, searchEntries: searchEntries)
            return try await renderer.render(jobs: jobs, into: sink.folder(plan.portal.id.rawValue), only: only)
        }
        if plans.count == 1 || jobs <= 1 {
            var summaries: [PortalRenderer.Summary] = []
            for i in plans.indices { summaries.append(try await render(i, jobs: jobs)) }
            return summaries
        }
        let order = plans.indices.sorted { (plans[$0].pages.count, $1) > (plans[$1].pages.count, $0) }
        return try await withThrowingTaskGroup(of: (Int, PortalRenderer.Summary).self) { group in
            var results = [PortalRenderer.Summary?](repeating: nil, count: plans.count)
            var next = order.makeIterator()
            for _ in 0..<min(jobs, plans.count) {
                if let i = next.next() { group.addTask { (i, try await render(i, jobs: 1)) } }
            }
            while let (i, summary) = try await group.next() {
                results[i] = summary
                if let j = next.next() { group.addTask { (j, try await render(j, jobs: 1)) } }
            }
            return results.map { $0! }
        }
    }

    /// `portico build`: all stages, into a plain preview folder.
    public static func build(_ options: BuildOptions) async throws -> BuildReport {
        let inputs = try await renderInputs(options, digests: false)
        var summaries: [PortalRenderer.Summary] = []
        try await PreviewFolder(path: options.location.out).replace(portals: inputs.plans.map(\.portal.id),
                                                                   prune: options.portals.isEmpty) { root in
            summaries = try await renderPortals(inputs, asOf: options.asOf, jobs: options.jobs, into: root, progress: options.progress)
        }
        return BuildReport(asOf: options.asOf,
                           portals: summaries.map { .init(portal: $0.portal, pages: $0.pages, files: $0.files) },
                           warnings: inputs.warnings, droppedLinks: summaries.flatMap(\.dropped))
    }

    /// `portico serve`'s rebuild. Renders only what an edit can change
    /// (`SourceDigest.articlesChanged`) and writes only files whose bytes changed.
    public static func refresh(_ options: BuildOptions, state: PreviewState) async throws -> (BuildReport, PreviewState) {
        let prepared = try prepareToRender(options, articleCache: state.articleCache)
        let digest = SourceDigest.compute(site: prepared.site, theme: prepared.theme, options: options)
        let out = options.location.out
        let changed = state.hashes.isEmpty ? nil : state.digest.flatMap { digest.articlesChanged(since: $0, in: prepared.site) }
        let changedPaths = Set((changed ?? []).map(\.path))
        let inputs = try await renderInputs(prepared, options,
                                            reusing: changed == nil ? [:] : state.bodies.filter { !changedPaths.contains($0.key) },
                                            letters: changed == nil)
        var summaries: [PortalRenderer.Summary] = []
        if state.hashes.isEmpty {
            try await PreviewFolder(path: out).replace(portals: inputs.plans.map(\.portal.id), prune: options.portals.isEmpty) { root in
                summaries = try await renderPortals(inputs, asOf: options.asOf, jobs: options.jobs,
                                                    into: FileSink(root: root.root, hashing: true), progress: options.progress)
            }
        } else {
            let sink = FileSink(root: out, previous: .init(root: out, hashes: state.hashes, inPlace: true), hashing: true)
            summaries = try await renderPortals(inputs, asOf: options.asOf, jobs: options.jobs, into: sink, progress: options.progress,
                                                only: changed.map { Set($0.map { $0.url + "index.html" }) })
        }
        // A partial render keeps every other file as it was; a full one replaces the set.
        var next = PreviewState()
        next.digest = digest
        next.bodies = inputs.bodies
        next.articleCache = prepared.articleCache ?? state.articleCache
        next.hashes = changed == nil ? [:] : state.hashes
        for summary in summaries {
            for record in summary.records { next.hashes[summary.portal.rawValue + "/" + record.path] = record.sha256 }
        }
        for path in state.hashes.keys where next.hashes[path] == nil { unlink(out + "/" + path) }
        return (BuildReport(asOf: options.asOf, portals: summaries.map { .init(portal: $0.portal, pages: $0.pages, files: $0.files) },
                            warnings: inputs.warnings, droppedLinks: summaries.flatMap(\.dropped)), next)
    }

    static func failIfStrict(_ options: BuildOptions, _ warnings: [Diagnostic]) throws(ContentError) {
        guard options.strict, !warnings.isEmpty else { return }
        throw ContentError(warnings.map { Diagnostic(.error, $0.path, line: $0.line, column: $0.column, $0.message) })
    }
}
