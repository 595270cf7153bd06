import Foundation
import PorticoTestSupport
import Testing

/// `portico build` driven as a user would: the real binary on real folders.
@Suite struct BuildCommandTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test func buildsEveryPortalOfTheExampleSite() throws {
        let out = TemporaryFolder("example-out")
        defer { out.remove() }
        let result = try PorticoProcess.run(["build", "--as-of", "2026-11-23", "--out", out.path + "/preview"], in: Self.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("as of 2026-11-23 (--as-of)"))
        let manifest = try String(contentsOfFile: Self.repositoryRoot + "/content/manifest.yml", encoding: .utf8)
        let portals = try FileManager.default.contentsOfDirectory(atPath: out.path + "/preview").filter { !$0.hasPrefix(".") }.sorted()
        #expect(portals.count >= 5)
        for portal in portals {
            #expect(manifest.contains("  \(portal):"), "\(portal) is not a portal of the manifest")
            let files = out.files(under: "preview/\(portal)")
            for required in ["index.html", "404.html", "search.json", "sitemap.xml", "assets/portico.css"] {
                #expect(files[required] != nil, "\(portal) lacks \(required)")
            }
            #expect(files.keys.contains { $0.hasPrefix("articles/") }, "\(portal) has no articles")
            let json = try JSONSerialization.jsonObject(with: files["search.json"]!) as? [String: Any]
            #expect((json?["pages"] as? [Any])?.isEmpty == false)
        }
    }

    @Test func exampleCustomerPortalsHoldNoOtherCustomersData() throws {
        let out = TemporaryFolder("example-iso")
        defer { out.remove() }
        let result = try PorticoProcess.run(["build", "--as-of", "2026-11-23", "--out", out.path], in: Self.repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let customersRoot = Self.repositoryRoot + "/content/customers"
        let customers = try FileManager.default.contentsOfDirectory(atPath: customersRoot).sorted()
        // What is unique to each customer: its name and its invoice references.
        var unique: [String: [String]] = [:]
        for id in customers {
            let yml = try String(contentsOfFile: "\(customersRoot)/\(id)/customer.yml", encoding: .utf8)
            let name = yml.split(separator: "\n").first { $0.hasPrefix("name:") }!.dropFirst(5).trimmingCharacters(in: .whitespaces)
            let ledger = try String(contentsOfFile: "\(customersRoot)/\(id)/ledger.csv", encoding: .utf8)
            let refs = ledger.split(separator: "\n").dropFirst().compactMap { row -> String? in
                let f = row.split(separator: ",", omittingEmptySubsequences: false)
                return f.count > 2 && f[1] == "invoice" ? String(f[2]) : nil
            }
            unique[id] = [name] + refs
        }
        let staffOnly = try String(contentsOfFile: Self.repositoryRoot + "/content/articles/internal/collections-playbook.md", encoding: .utf8)
        let staffTitle = staffOnly.split(separator: "\n").first { $0.hasPrefix("title:") }!.dropFirst(6).trimmingCharacters(in: .whitespaces)
        for portal in customers {
            let files = out.files(under: portal)
            #expect(!files.isEmpty, "no portal \(portal)")
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for other in customers where other != portal {
                    for needle in unique[other]! where text.contains(needle) {
                        Issue.record("\(portal)/\(path) shows \(other)'s '\(needle)'")
                    }
                }
                #expect(!text.contains(staffTitle), "\(portal)/\(path) shows the staff-only playbook")
                #expect(!text.contains("collections-playbook"), "\(portal)/\(path) links the staff-only playbook")
            }
            for needle in unique[portal]! {
                #expect(files.values.contains { String(decoding: $0, as: UTF8.self).contains(needle) }, "\(portal) misses its own '\(needle)'")
            }
        }
    }

    @Test func usageErrorsExitWithTwo() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        for args in [["build", "--no-such-option"], ["build", "--jobs", "0"], ["build", "--as-of", "July"], ["frobnicate"]] {
            let result = try PorticoProcess.run(args, in: folder.path)
            #expect(result.status == 2, "\(args): \(result.status) \(result.stderr)")
            #expect(!result.stderr.isEmpty)
        }
        let help = try PorticoProcess.run(["build", "--help"], in: folder.path)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }

    @Test func unknownPortalIsAnErrorNamingTheKnownOnes() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let result = try PorticoProcess.run(["build", "--portal", "gamma"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no portal 'gamma'"))
        #expect(result.stderr.contains("staff, alpha, beta"))
    }

    @Test func portalOptionBuildsOnlyThatPortalAndKeepsTheOthers() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try PorticoProcess.run(["build", "--as-of", "2026-11-23"], in: folder.path).status == 0)
        let before = folder.files(under: "public/preview/staff")
        folder.write(["content/articles/policies/late-fees.md": FixtureSite.files["content/articles/policies/late-fees.md"]!
            .replacingOccurrences(of: "We charge 8% a year.", with: "We charge 9% a year.")])
        let result = try PorticoProcess.run(["build", "--portal", "alpha", "--as-of", "2026-11-23"], in: folder.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(under: "public/preview/staff") == before)
        let alpha = String(decoding: folder.files(under: "public/preview/alpha")["articles/policies/late-fees/index.html"]!, as: UTF8.self)
        #expect(alpha.contains("9% a year"))
    }

    @Test func refusesToClearAForeignFolder() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        folder.write(["mine/notes.txt": "keep me"])
        let result = try PorticoProcess.run(["build", "--out", "mine"], in: folder.path)
        #expect(result.status == 3)
        #expect(result.stderr.contains("not empty"))
        #expect(folder.files(under: "mine").keys.sorted() == ["notes.txt"])
    }

    /// A server shows 404.html at any missing URL, however deep: with a
    /// `base_url`, the page anchors its relative links to its own portal.
    @Test func theNotFoundPageAnchorsItsLinksToItsOwnPortal() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try PorticoProcess.run(["build", "--site", folder.path, "--as-of", "2026-11-23", "-q"], in: folder.path).status == 0)
        let portals = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/public/preview").filter { !$0.hasPrefix(".") }
        #expect(portals.count >= 3)
        for portal in portals {
            let files = folder.files(under: "public/preview/\(portal)")
            let page = String(decoding: files["404.html"]!, as: UTF8.self)
            let base = try #require(page.range(of: "<base href=\"https://fixture.example/\(portal)/\">"), "\(portal)")
            let stylesheet = try #require(page.range(of: "assets/portico.css"))
            #expect(base.upperBound <= stylesheet.lowerBound, "<base> must come before the links it anchors")
            for other in portals where other != portal { #expect(!page.contains("/\(other)/"), "\(portal)'s 404 names \(other)") }
            for (path, data) in files where path.hasSuffix(".html") && path != "404.html" {
                #expect(!String(decoding: data, as: UTF8.self).contains("<base "), "\(portal)/\(path)")
            }
        }

        let site = folder.path + "/content/site.yml"
        let config = try String(contentsOfFile: site, encoding: .utf8)
        try config.replacingOccurrences(of: "base_url: https://fixture.example\n", with: "").write(toFile: site, atomically: true, encoding: .utf8)
        #expect(try PorticoProcess.run(["build", "--site", folder.path, "--as-of", "2026-11-23", "-q"], in: folder.path).status == 0)
        let plain = String(decoding: folder.files(under: "public/preview/staff")["404.html"]!, as: UTF8.self)
        #expect(!plain.contains("<base"))
        #expect(plain.contains("href=\"assets/portico.css\""))
    }

    @Test func initWritesTheThemeAndAnOverrideWins() throws {
        let folder = TemporaryFolder("init")
        defer { folder.remove() }
        let first = try PorticoProcess.run(["init"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/templates/layout.mustache"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/content/manifest.yml"))
        folder.write(["templates/not-found.mustache": "<h1>Nothing here, friend</h1>"])
        let again = try PorticoProcess.run(["init"], in: folder.path)
        #expect(again.stderr.contains("kept"))
        #expect(try PorticoProcess.run(["build"], in: folder.path).status == 0)
        let page = String(decoding: folder.files(under: "public/preview/staff")["404.html"]!, as: UTF8.self)
        #expect(page.contains("Nothing here, friend"))
        #expect(folder.files(under: "public/preview/staff")["articles/welcome/index.html"] != nil)
    }
}
