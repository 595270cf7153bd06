import ArgumentParser
import Foundation
import Synchronization
import PorticoCore

extension Portico {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Preview every portal on a local server that rebuilds and reloads on save.",
            discussion: """
            Builds into <site>/public/preview, serves it at http://127.0.0.1:4000/<portal>/, and
            watches content/ and templates/. After each save the site is rebuilt and open pages
            reload by themselves; a content error shows in the page instead, until it is fixed.
            The server answers on loopback only unless --host says otherwise.

            Examples:
              portico serve
              portico serve --port 8080 --portal acme
            """
        )

        @OptionGroup var options: SiteOptions

        @Option(help: "The port to listen on.") var port: UInt16 = 4000
        @Option(help: "The address to listen on.") var host = "127.0.0.1"
        @Option(name: .customLong("portal"), help: ArgumentHelp("Serve only this portal (repeatable).", valueName: "id"))
        var portals: [String] = []
        @Option(help: ArgumentHelp("Preview folder (default: <site>/public/preview).", valueName: "dir"))
        var out: String?

        func run() async throws {
            let location = options.location(out: out, defaultOut: "public/preview")
            let reload = LiveReload()
            let err = Terminal.standardError
            let built = BuiltPortals()
            let state = Mutex(PreviewState())

            @Sendable func rebuild() async {
                let started = Date()
                do {
                    let (asOf, _) = try options.resolvedAsOf()
                    let (report, next) = try await Pipeline.refresh(
                        BuildOptions(location: location, portals: portals, asOf: asOf, strict: options.strict, jobs: options.resolvedJobs),
                        state: state.withLock { $0 })
                    state.withLock { $0 = next }
                    built.set(Set(report.portals.map(\.portal.rawValue)))
                    await reload.rebuilt()
                    if !options.quiet {
                        err.print(report.warnings)
                        err.line("Rebuilt \(report.portals.reduce(0) { $0 + $1.pages }) pages in \(String(format: "%.2f", Date().timeIntervalSince(started)))s")
                    }
                } catch let error as ContentError {
                    err.print(error.diagnostics)
                    await reload.failed(error.diagnostics.map(\.description).joined(separator: "\n"))
                } catch {
                    err.line("\(error)")
                    await reload.failed("\(error)")
                }
            }

            await rebuild()
            let server = PreviewServer(previewFolder: location.out, portals: { built.get() }, reload: reload)
            _ = try await server.start(host: host, port: port)
            err.line("Serving \(built.get().sorted().joined(separator: ", ")) at http://\(host):\(port)/ — press Ctrl-C to stop")
            await SourceWatcher(folders: [location.content, location.templates]).watch { await rebuild() }
        }
    }
}

/// The portals of the last good build, shared with request handlers.
final class BuiltPortals: Sendable {
    private let state = Mutex<Set<String>>([])
    func set(_ portals: Set<String>) { state.withLock { $0 = portals } }
    func get() -> Set<String> { state.withLock { $0 } }
}
