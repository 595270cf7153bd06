import ArgumentParser
import Foundation
import PorticoCore

extension Portico {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render portals into a plain folder for preview.",
            discussion: """
            Every portal gets a self-contained static site in <out>/<portal>/. Nothing is
            written when the content has errors, and a failed build leaves the previous
            preview in place.

            Examples:
              portico build
              portico build --portal acme --as-of 2026-07-01
              portico build --site examples/shop --out /tmp/preview
            """
        )

        @OptionGroup var options: SiteOptions

        @Option(name: .customLong("portal"), help: ArgumentHelp("Build only this portal (repeatable).", valueName: "id"))
        var portals: [String] = []

        @Option(help: ArgumentHelp("Output folder (default: <site>/public/preview).", valueName: "dir"))
        var out: String?

        func run() async throws {
            let started = Date()
            let (asOf, source) = try options.resolvedAsOf()
            let location = options.location(out: out, defaultOut: "public/preview")
            let report = try await Pipeline.build(BuildOptions(location: location, portals: portals, asOf: asOf,
                                                               strict: options.strict, jobs: options.resolvedJobs,
                                                               progress: options.progress))
            let err = Terminal.standardError
            if !options.quiet {
                err.print(report.warnings)
                let pages = report.portals.reduce(0) { $0 + $1.pages }
                let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
                err.line("Built \(report.portals.count) portal\(report.portals.count == 1 ? "" : "s"), \(pages) pages, as of \(asOf) (\(source.rawValue)) into \(location.out) in \(seconds)s")
                for p in report.portals { err.line("  \(p.portal.rawValue): \(p.pages) pages, \(p.files) files") }
                if options.verbose {
                    for link in report.droppedLinks {
                        err.line("\(link.source):\(link.line):\(link.column): note: link to \(link.target) is plain text in \(link.portal)")
                    }
                } else if !report.droppedLinks.isEmpty {
                    err.line("  \(report.droppedLinks.count) links shown as plain text where a portal lacks the target (--verbose or portico check lists them)")
                }
            }
        }
    }
}
