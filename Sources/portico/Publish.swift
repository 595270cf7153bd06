import ArgumentParser
import Foundation
import PorticoCore

extension Portico {
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a new immutable version, record it in the log, and switch current to it.",
            discussion: """
            Writes public/versions/<n>/ (every portal, files.json, version.json), appends a
            hash-chained line to public/log.jsonl and points public/current at it. Files
            identical to the previous version's are hard-linked. When nothing changed since
            the current version, no version is made. A killed publish leaves current on the
            previous version; the next publish cleans up after it.

            Examples:
              portico publish --message "Q3 fee schedule" --as-of 2026-07-01
              portico publish --sign-key keys/portico.pem
            """
        )

        @OptionGroup var options: SiteOptions

        @Option(name: .shortAndLong, help: "A note recorded with the version.")
        var message = ""

        @Option(name: .customLong("sign-key"), help: ArgumentHelp("Sign the version with this Ed25519 private key (PEM).", valueName: "file"))
        var signKey: String?

        @Option(help: ArgumentHelp("The public folder (default: <site>/public).", valueName: "dir"))
        var out: String?

        func run() async throws {
            let (asOf, source) = try options.resolvedAsOf()
            let location = options.location(out: out, defaultOut: "public")
            let build = BuildOptions(location: location, asOf: asOf, strict: options.strict, jobs: options.resolvedJobs,
                                     progress: options.progress)
            let started = Date()
            let (outcome, warnings) = try await Publisher(options: build, publicPath: location.out, message: message,
                                                          signKeyPath: signKey).publish()
            let err = Terminal.standardError
            if !options.quiet { err.print(warnings) }
            switch outcome {
            case .unchanged(let n):
                if !options.quiet { err.line("Nothing changed since version \(n); no new version.") }
            case .published(let record, let reused, let written, let rendered):
                if !options.quiet {
                    err.line("Published version \(record.n) as of \(asOf) (\(source.rawValue)) in \(String(format: "%.2f", Date().timeIntervalSince(started)))s: \(rendered) pages rendered, \(written) files written, \(reused) unchanged (hard-linked)")
                    err.line("  root hash \(record.root_hash)")
                }
                Terminal.standardOutput.line("\(record.n)")
            }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every hash of every version and the log chain; check signatures.",
            discussion: """
            Exit 0 when everything holds; exit 1 naming each changed, added or removed file,
            each broken log line and each bad signature.

            Examples:
              portico verify
              portico verify --public-key keys/portico.pub.pem --out /srv/portico/public
            """
        )

        @Option(name: .customLong("public-key"), help: ArgumentHelp("Require every version signed by this Ed25519 key (PEM).", valueName: "file"))
        var publicKey: String?

        @OptionGroup var folder: PublicFolderOptions

        func run() throws {
            let store = folder.store
            let (count, problems) = try Verifier(store: store, publicKeyPath: publicKey).verify()
            Terminal.standardError.print(problems)
            guard problems.isEmpty else {
                Terminal.standardError.line("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(count) version\(count == 1 ? "" : "s")")
                throw ExitCode(1)
            }
            Terminal.standardError.line("Verified \(count) version\(count == 1 ? "" : "s"): every file, the log chain\(publicKey == nil ? "" : " and signatures") hold.")
        }
    }

    struct Versions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List published versions.",
            discussion: "The current version is marked with *.\n\nExamples:\n  portico versions\n  portico versions --out /srv/portico/public"
        )

        @OptionGroup var folder: PublicFolderOptions

        func run() throws {
            let store = folder.store
            let current = store.current()
            for n in store.numbers() {
                guard let r = store.record(n) else { continue }
                let pages = r.portals.map { "\($0.id) \($0.pages)" }.joined(separator: ", ")
                Terminal.standardOutput.line("\(n == current ? "*" : " ") \(n)  \(r.created)  as of \(r.as_of)  \(r.message.isEmpty ? "-" : r.message)  [\(pages)]")
            }
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pages added, removed and changed between two versions.",
            discussion: "Example:\n  portico diff 3 4 --portal acme --format json"
        )

        @Argument var from: Int
        @Argument var to: Int

        @Option(name: .customLong("portal"), help: ArgumentHelp("Only this portal.", valueName: "id"))
        var portal: String?

        @Option(help: "text or json") var format = "text"

        @OptionGroup var folder: PublicFolderOptions

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format is text or json") }
        }

        func run() throws {
            let store = folder.store
            guard let a = store.files(from), let b = store.files(to) else {
                throw ContentError([.error(store.root, "no version \(store.files(from) == nil ? from : to) (versions: \(store.numbers().map(String.init).joined(separator: ", ")))")])
            }
            let diff = VersionDiff(from: from, a, to: to, b, portal: portal)
            if format == "json" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Terminal.standardOutput.line(String(decoding: try encoder.encode(diff), as: UTF8.self))
                return
            }
            if diff.portals.isEmpty { Terminal.standardOutput.line("No differences between \(from) and \(to).") }
            for p in diff.portals {
                Terminal.standardOutput.line(p.portal)
                for path in p.added { Terminal.standardOutput.line("  + \(path)") }
                for path in p.removed { Terminal.standardOutput.line("  - \(path)") }
                for path in p.changed { Terminal.standardOutput.line("  ~ \(path)") }
            }
        }
    }

    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a self-contained evidence bundle for one version.",
            discussion: "Example:\n  portico evidence 12 --portal acme --bundle evidence/acme-v12"
        )

        @Argument var version: Int

        @Option(name: .customLong("portal"), help: ArgumentHelp("Include this portal's files.", valueName: "id"))
        var portal: String?

        @Option(help: ArgumentHelp("Where to write the bundle (default: <public>/evidence/<n>[-<portal>]).", valueName: "dir"))
        var bundle: String?

        @OptionGroup var folder: PublicFolderOptions

        func run() throws {
            let store = folder.store
            let target = bundle ?? store.root + "/evidence/\(version)" + (portal.map { "-" + $0 } ?? "")
            let written = try EvidenceBundle(store: store, n: version, portal: portal, out: target).write()
            Terminal.standardError.line("Wrote \(target): \(written.joined(separator: ", "))")
        }
    }
}
