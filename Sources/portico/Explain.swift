import ArgumentParser
import Foundation
import PorticoCore

extension Portico {
    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a portal receives, and why.",
            discussion: """
            Lists every page of the portal with the rule that granted it; with --denied,
            every article it does not receive and why (no role grants it, excluded, draft).

            Examples:
              portico explain acme
              portico explain globex --denied --format json
            """
        )

        @Argument(help: "The portal id.") var portal: String
        @Flag(help: "Also list the articles the portal does not receive.") var denied = false
        @Option(help: "text or json") var format = "text"
        @OptionGroup var options: SiteOptions

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format is text or json") }
        }

        func run() async throws {
            let (asOf, _) = try options.resolvedAsOf()
            let build = BuildOptions(location: options.location(out: nil, defaultOut: "public"), portals: [portal], asOf: asOf)
            let (site, plans, _) = try Pipeline.prepare(build, digests: false)
            let explanation = Explanation(plan: plans[0], site: site)
            let out = Terminal.standardOutput
            if format == "json" {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                out.line(String(decoding: try encoder.encode(explanation), as: UTF8.self))
                return
            }
            out.line("Portal \(explanation.portal) (roles: \(explanation.roles.joined(separator: ", "))) receives \(explanation.pages.count) pages:")
            for page in explanation.pages {
                out.line("  \(page.page)" + (page.source.map { "  ← \($0)" } ?? ""))
                out.line("      \(page.reason)")
            }
            if denied {
                out.line("Not received (\(explanation.denied.count) articles):")
                for d in explanation.denied { out.line("  \(d.source)\n      \(d.reason)") }
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Scaffold new content.", subcommands: [NewArticle.self])
    }

    struct NewArticle: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "article",
            abstract: "Write a ready article with front matter (as a draft); never overwrites.",
            discussion: "Example:\n  portico new article policies/refunds --title \"Refund policy\" --audience customer --audience staff --tags policy"
        )

        @Argument(help: "Path under content/articles, e.g. policies/refunds.") var path: String
        @Option(help: "The article's title.") var title: String
        @Option(help: ArgumentHelp("A role that receives it (repeatable).", valueName: "role")) var audience: [String] = []
        @Option(help: ArgumentHelp("A tag (repeatable).", valueName: "tag")) var tags: [String] = []
        @Option(help: ArgumentHelp("Root of the site.", valueName: "dir")) var site: String?
        @Option(help: ArgumentHelp("Content folder.", valueName: "dir")) var content: String?

        func run() throws {
            let contentPath = content ?? (site.map { $0 + "/content" } ?? "content")
            let today = try AsOfDate.resolve(option: nil, environment: ProcessInfo.processInfo.environment).0
            let written = try ArticleScaffold.write(contentFolder: contentPath, path: path, title: title,
                                                    audience: audience, tags: tags, today: today)
            Terminal.standardError.line("wrote \(written) (a draft: set draft: false to publish it)")
        }
    }
}
