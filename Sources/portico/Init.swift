import ArgumentParser
import PorticoCore

extension Portico {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in theme (and a starter site if there is none) for editing.",
            discussion: """
            Writes templates/ with every template, letter and asset of the built-in theme;
            a file you keep in templates/ overrides the built-in one. When content/ does not
            exist, also writes a minimal starter site. Existing files are never overwritten.

            Examples:
              portico init
              portico init --site new-portal
            """
        )

        @Option(help: ArgumentHelp("Root of the site.", valueName: "dir"))
        var site: String?

        func run() throws {
            let root = site ?? "."
            let location = root == "." ? SiteLocation(content: "content", templates: "templates", out: "public/preview")
                : SiteLocation(site: root)
            let result = try Scaffold.run(location: location)
            let out = Terminal.standardError
            for path in result.written { out.line("wrote \(path)") }
            if !result.kept.isEmpty { out.line("kept \(result.kept.count) existing file\(result.kept.count == 1 ? "" : "s") unchanged") }
        }
    }
}
