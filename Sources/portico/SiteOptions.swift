import ArgumentParser
import Foundation
import PorticoCore

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Root of the site: sets content, templates and out below it.", valueName: "dir"))
    var site: String?

    @Option(help: ArgumentHelp("Content folder (default: <site>/content).", valueName: "dir"))
    var content: String?

    @Option(help: ArgumentHelp("Templates folder overriding the built-in theme (default: <site>/templates).", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Evaluate receivables on this day (YYYY-MM-DD); default $SOURCE_DATE_EPOCH, else today in UTC.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: ArgumentHelp("Parallel workers (default: the number of CPUs).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print more: every link shown as plain text, stage by stage progress.")
    var verbose = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        try validateVerbosity()
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'") }
    }

    func location(out: String?, defaultOut: String) -> SiteLocation {
        let root = site ?? "."
        func under(_ name: String) -> String { root == "." ? name : root + "/" + name }
        return SiteLocation(content: content ?? under("content"), templates: templates ?? under("templates"),
                            out: out ?? under(defaultOut))
    }

    func resolvedAsOf() throws -> (CalendarDate, AsOfDate.Source) {
        try AsOfDate.resolve(option: asOf, environment: ProcessInfo.processInfo.environment)
    }

    var resolvedJobs: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    /// A one-line progress display on a terminal; with --verbose, one line per stage anywhere.
    var progress: (@Sendable (String) -> Void)? {
        if quiet { return nil }
        if verbose {
            let start = ContinuousClock.now
            return { stage in
                let elapsed = (ContinuousClock.now - start).components
                let ms = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
                var usage = rusage()
                getrusage(RUSAGE_SELF.rawValue, &usage)
                let seconds = "\(ms / 1000).\(String(format: "%03d", ms % 1000))s"
                Terminal.standardError.line("… \(seconds) \(usage.ru_maxrss / 1024) MB \(stage)")
            }
        }
        guard Terminal.standardError.isTerminal else { return nil }
        return { Terminal.standardError.status($0) }
    }

    func validateVerbosity() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// Where the published versions live, for the commands that only read them.
struct PublicFolderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Root of the site.", valueName: "dir"))
    var site: String?

    @Option(help: ArgumentHelp("The public folder (default: <site>/public).", valueName: "dir"))
    var out: String?

    var store: VersionStore { VersionStore(root: out ?? (site.map { $0 + "/public" } ?? "public")) }
}
