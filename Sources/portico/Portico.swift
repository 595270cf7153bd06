import ArgumentParser
import Foundation
import PorticoCore

@main
struct Portico: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portico",
        abstract: "Build a company knowledge base and one isolated portal per customer.",
        discussion: """
        Reads content/ (articles, manifest, customers) and templates/, and writes one
        static site per portal. Run it from the folder that holds content/, or pass --site.

        Exit codes: 0 success, 1 content errors, 2 usage errors, 3 I/O or internal failure.
        """,
        subcommands: [Build.self, Check.self, Explain.self, Serve.self, Publish.self, Verify.self, Versions.self, Diff.self, Evidence.self, New.self, Init.self]
    )

    /// ArgumentParser's own exit codes for usage errors are sysexits' 64;
    /// Portico's contract is 2 for usage, 1 for content, 3 for I/O.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as ContentError {
            Terminal.standardError.print(error.diagnostics)
            Terminal.standardError.summary(error.diagnostics)
            Foundation.exit(1)
        } catch let error as OutputError {
            Terminal.standardError.line(error.description)
            Foundation.exit(3)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            Terminal.standardError.line(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : (code.rawValue == 64 ? 2 : 3))
        }
    }
}
