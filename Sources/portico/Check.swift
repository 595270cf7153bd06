import ArgumentParser
import Foundation
import PorticoCore

extension Portico {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate everything, write nothing.",
            discussion: """
            Front matter, manifest, ledgers, links and their #anchors, letters, globs that
            match nothing, customers without a portal; and, as notes, each link a portal
            shows as plain text because it does not receive the target. Exit 1 on errors
            (and on warnings with --strict).

            Examples:
              portico check
              portico check --strict --format json > check.json
            """
        )

        @OptionGroup var options: SiteOptions

        @Option(help: "text or json") var format = "text"

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format is text or json") }
        }

        func run() async throws {
            let (asOf, _) = try options.resolvedAsOf()
            let build = BuildOptions(location: options.location(out: nil, defaultOut: "public"), asOf: asOf,
                                     strict: options.strict, jobs: options.resolvedJobs)
            let diagnostics = await Checker.run(build)
            if format == "json" {
                let report = Report(diagnostics: diagnostics, summary: .init(errors: diagnostics.errors.count,
                                    warnings: diagnostics.warnings.count, notes: diagnostics.notes.count))
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Terminal.standardOutput.line(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                let shown = options.quiet ? diagnostics.errors : diagnostics
                Terminal.standardError.print(shown)
                let e = diagnostics.errors.count, w = diagnostics.warnings.count, n = diagnostics.notes.count
                if !options.quiet { Terminal.standardError.line("\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(n) note\(n == 1 ? "" : "s")") }
            }
            if diagnostics.hasErrors { throw ExitCode(1) }
        }

        struct Report: Encodable {
            struct Summary: Encodable { let errors, warnings, notes: Int }
            let diagnostics: [Diagnostic]
            let summary: Summary
        }
    }
}
