import Foundation
import PorticoTestSupport
import Testing
@testable import PorticoCore

/// Every example in docs/ is exercised: the `file=` blocks of each guide
/// form a site that must check and build cleanly; other YAML and CSV blocks
/// must parse.
@Suite struct DocsExamplesTests {
    struct Block {
        let info: String
        let text: String
        let line: Int
        var language: String { String(info.split(separator: " ").first ?? "") }
        var file: String? {
            info.split(separator: " ").first { $0.hasPrefix("file=") }.map { String($0.dropFirst("file=".count)) }
        }
    }

    static let docsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs").path

    static var guides: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: docsFolder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }

    /// Fenced blocks of a Markdown file: ``` or ~~~, closed by the same fence.
    static func blocks(in text: String) -> [Block] {
        var blocks: [Block] = []
        var open: (fence: String, info: String, line: Int, lines: [String])?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.drop { $0 == " " }
            if var current = open {
                if trimmed.hasPrefix(current.fence), trimmed.allSatisfy({ $0 == current.fence.first! || $0 == " " }) {
                    blocks.append(Block(info: current.info, text: current.lines.joined(separator: "\n") + "\n", line: current.line))
                    open = nil
                } else {
                    current.lines.append(line)
                    open = current
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let char = trimmed.first!
                let fence = String(trimmed.prefix { $0 == char })
                open = (fence, String(trimmed.dropFirst(fence.count)).trimmingCharacters(in: .whitespaces), i + 1, [])
            }
        }
        return blocks
    }

    @Test func thereAreGuides() {
        #expect(Self.guides.count >= 5, "docs/ should hold the guides")
    }

    @Test(arguments: guides)
    func everyExampleOfAGuideWorks(guide: String) async throws {
        let text = try String(contentsOfFile: Self.docsFolder + "/" + guide, encoding: .utf8)
        let blocks = Self.blocks(in: text)
        var files: [String: String] = [:]
        for block in blocks {
            if let file = block.file {
                #expect(FileSink.isContained(file), "\(guide):\(block.line): file=\(file) must be a relative path")
                files[file] = block.text
            } else if block.language == "yaml" {
                #expect(throws: Never.self, "\(guide):\(block.line)") { _ = try YAMLDocument(text: block.text, path: guide) }
            } else if block.language == "csv" {
                #expect(throws: Never.self, "\(guide):\(block.line)") { _ = try CSVTable(parsing: block.text) }
            }
        }
        guard !files.isEmpty else { return }
        let site = TemporaryFolder("docs-\(guide)")
        defer { site.remove() }
        site.write(files)
        let options = BuildOptions(location: SiteLocation(site: site.path), asOf: CalendarDate(iso: "2026-11-23")!)
        let diagnostics = await Checker.run(options)
        #expect(diagnostics.errors.isEmpty, "\(guide): \(diagnostics.errors.map(\.description).joined(separator: "\n"))")
        _ = try await Pipeline.build(options)
        #expect(FileManager.default.fileExists(atPath: site.path + "/public/preview"))
    }
}
