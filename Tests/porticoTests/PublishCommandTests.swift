import Foundation
import PorticoTestSupport
import Testing

/// `publish`, `verify`, `versions`, `diff` and `evidence` through the real
/// binary: the guarantees of SPEC §8, each with a way to fail.
@Suite struct PublishCommandTests {
    static let asOf = ["--as-of", "2026-11-23"]

    func publish(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> PorticoProcess.Output {
        try PorticoProcess.run(["publish"] + Self.asOf + extra, in: folder.path)
    }

    /// path → SHA-256-free identity: the bytes themselves.
    func tree(_ folder: TemporaryFolder, _ path: String) -> [String: Data] { folder.files(under: path) }

    /// Version `n` of `folder` holds exactly what a first publish of `files` does.
    func expectVersion(_ n: Int, of folder: TemporaryFolder, isAFullPublishOf files: [String: String]) throws {
        let full = FixtureSite.make(files)
        defer { full.remove() }
        #expect(try publish(full).status == 0)
        #expect(tree(folder, "public/versions/\(n)")["files.json"] == tree(full, "public/versions/1")["files.json"])
        for portal in ["staff", "alpha", "beta"] {
            #expect(tree(folder, "public/versions/\(n)/\(portal)") == tree(full, "public/versions/1/\(portal)"))
        }
    }

    @Test func publishRecordsAVersionAndMakesNoneWhenNothingChanged() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let first = try publish(folder, ["--message", "first"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "1\n")
        let current = try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/public/current")
        #expect(current == "versions/1")
        for name in ["version.json", "files.json", "staff/index.html", "alpha/billing/index.html"] {
            #expect(FileManager.default.fileExists(atPath: folder.path + "/public/versions/1/" + name), "\(name)")
        }
        let again = try publish(folder)
        #expect(again.status == 0)
        #expect(again.stderr.contains("Nothing changed since version 1"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public/versions/2"))
        let log = try String(contentsOfFile: folder.path + "/public/log.jsonl", encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
        #expect(try PorticoProcess.run(["verify"], in: folder.path).status == 0)
    }

    @Test func sameInputsGiveByteIdenticalPortalsWhateverJobsOrFileOrder() throws {
        let a = FixtureSite.make()
        defer { a.remove() }
        // The second copy is written in reverse order, so directory listings differ.
        let b = TemporaryFolder("reverse")
        defer { b.remove() }
        for (path, text) in FixtureSite.files.sorted(by: { $0.key > $1.key }) { b.write([path: text]) }
        #expect(try publish(a, ["--jobs", "1"]).status == 0)
        Thread.sleep(forTimeInterval: 1.1)  // a different wall clock
        #expect(try publish(b, ["--jobs", "4"]).status == 0)
        for portal in ["staff", "alpha", "beta"] {
            let x = tree(a, "public/versions/1/\(portal)"), y = tree(b, "public/versions/1/\(portal)")
            #expect(x.count > 10)
            #expect(x == y, "\(portal) differs")
        }
        let files = tree(a, "public/versions/1")["files.json"], other = tree(b, "public/versions/1")["files.json"]
        #expect(files == other, "same inputs, same root hash")
    }

    @Test func aSecondVersionHardLinksWhatDidNotChangeAndNeverTouchesTheFirst() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        let before = tree(folder, "public/versions/1")
        folder.write(["content/articles/enterprise/sla.md": "---\ntitle: Service levels\n---\n\nENTERPRISE-SLA-TEXT, revised.\n"])
        let second = try publish(folder, ["--message", "revise SLA"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "2\n")
        #expect(tree(folder, "public/versions/1") == before)
        let unchanged = folder.path + "/public/versions/2/alpha/index.html"
        let attributes = try FileManager.default.attributesOfItem(atPath: unchanged)
        #expect((attributes[.referenceCount] as? Int ?? 1) >= 2, "unchanged files are hard links")
        let diff = try PorticoProcess.run(["diff", "1", "2", "--format", "json"], in: folder.path)
        #expect(diff.status == 0)
        #expect(diff.stdout.contains("\"changed\" : [\n        \"articles/enterprise/sla/index.html\""))
        #expect(!diff.stdout.contains("alpha"), "alpha does not receive the SLA article")
        let versions = try PorticoProcess.run(["versions"], in: folder.path)
        #expect(versions.stdout.contains("* 2"))
        #expect(versions.stdout.contains("revise SLA"))
    }

    @Test func aBodyEditRendersOnlyItsPagesAndGivesTheSameVersionAsAFullPublish() throws {
        let edited = FixtureSite.with(["content/articles/policies/late-fees.md":
            FixtureSite.files["content/articles/policies/late-fees.md"]!.replacingOccurrences(of: "8% a year", with: "9% a year")])
        let incremental = FixtureSite.make()
        defer { incremental.remove() }
        #expect(try publish(incremental).status == 0)
        incremental.write(edited)
        let second = try publish(incremental)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains(": 3 pages rendered,"), "only late-fees, in its three portals: \(second.stderr)")

        let full = FixtureSite.make(edited)
        defer { full.remove() }
        let once = try publish(full)
        #expect(once.status == 0)
        #expect(!once.stderr.contains(": 3 pages rendered,"))
        for portal in ["staff", "alpha", "beta"] {
            let a = tree(incremental, "public/versions/2/\(portal)"), b = tree(full, "public/versions/1/\(portal)")
            #expect(a.count > 10)
            #expect(a == b, "\(portal): the incremental version differs from a full render")
        }
        #expect(tree(incremental, "public/versions/2")["files.json"] == tree(full, "public/versions/1")["files.json"])
        #expect(try PorticoProcess.run(["verify"], in: incremental.path).status == 0)

        // A front-matter edit changes the shell: everything is rendered again.
        incremental.write(["content/articles/policies/late-fees.md": edited["content/articles/policies/late-fees.md"]!
            .replacingOccurrences(of: "title: Late fees", with: "title: Late charges")])
        let third = try publish(incremental)
        #expect(third.status == 0)
        #expect(!third.stderr.contains(": 3 pages rendered,"))
    }

    /// Files left alone for a while are kept in `public/.article-cache` and
    /// not read by the next publish; the edited ones are, whatever the edit.
    @Test func publishingThroughTheArticleCacheGivesTheSameVersionAsAFullPublish() throws {
        let lateFees = "content/articles/policies/late-fees.md", sla = "content/articles/enterprise/sla.md"
        let edited = FixtureSite.with([
            // The same size: only the file's times tell it changed.
            lateFees: FixtureSite.files[lateFees]!.replacingOccurrences(of: "8% a year", with: "9% a year"),
            sla: FixtureSite.files[sla]!.replacingOccurrences(of: "title:", with: "title: Revised"),
        ])
        let incremental = FixtureSite.make()
        defer { incremental.remove() }
        Thread.sleep(forTimeInterval: 2.2)  // until the files count as settled
        #expect(try publish(incremental).status == 0)
        let cache = try Data(contentsOf: URL(fileURLWithPath: incremental.path + "/public/.article-cache"))
        #expect(String(decoding: cache, as: UTF8.self).contains("articles/policies/late-fees.md"))
        // Rewritten in place, as some editors do: the same file, the same size.
        let before = try FileManager.default.attributesOfItem(atPath: incremental.path + "/" + lateFees)[.systemFileNumber] as? Int
        try Data(edited[lateFees]!.utf8).write(to: URL(fileURLWithPath: incremental.path + "/" + lateFees))
        #expect(try FileManager.default.attributesOfItem(atPath: incremental.path + "/" + lateFees)[.systemFileNumber] as? Int == before)
        incremental.write([sla: edited[sla]!])
        let second = try publish(incremental)
        #expect(second.status == 0, "\(second.stderr)")

        try expectVersion(2, of: incremental, isAFullPublishOf: edited)
        #expect(String(decoding: tree(incremental, "public/versions/2/staff")["articles/policies/late-fees/index.html"] ?? Data(),
                       as: UTF8.self).contains("9% a year"))
        #expect(try PorticoProcess.run(["verify"], in: incremental.path).status == 0)
    }

    @Test func aBodyEditLeavesTheSearchIndexOfPortalsWithoutTheArticleLinked() throws {
        let sla = "content/articles/enterprise/sla.md"
        let edited = FixtureSite.with([sla: "---\ntitle: Service levels\n---\n\nENTERPRISE-SLA-TEXT, now with REVISED-UPTIME.\n"])
        let incremental = FixtureSite.make(FixtureSite.with([sla: "---\ntitle: Service levels\n---\n\nENTERPRISE-SLA-TEXT.\n"]))
        defer { incremental.remove() }
        #expect(try publish(incremental).status == 0)
        incremental.write(edited)
        let second = try publish(incremental)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains(" pages rendered,") && !second.stderr.contains(": 0 pages rendered,"))
        func links(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: incremental.path + "/public/versions/2/" + path)[.referenceCount] as? Int ?? 0
        }
        #expect(try links("alpha/search.json") >= 2, "alpha does not show the SLA: its index is the previous one, linked")
        #expect(try links("staff/search.json") == 1, "staff shows the SLA: its index is new")
        #expect(String(decoding: tree(incremental, "public/versions/2/staff")["search.json"] ?? Data(), as: UTF8.self).contains("revised-uptime"),
                "the index holds the edited body's words")

        try expectVersion(2, of: incremental, isAFullPublishOf: edited)
    }

    @Test func aNextDayPublishRewritesFiguresButLinksArticles() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        let next = try PorticoProcess.run(["publish", "--as-of", "2026-11-24"], in: folder.path)
        #expect(next.status == 0, "\(next.stderr)")
        func links(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: folder.path + "/public/versions/2/" + path)[.referenceCount] as? Int ?? 1
        }
        #expect(try links("alpha/articles/policies/late-fees/index.html") >= 2, "an article does not change with the date")
        #expect(try links("alpha/billing/index.html") == 1, "billing figures do")
        let article = String(decoding: folder.files(under: "public/versions/2/alpha")["articles/policies/late-fees/index.html"]!, as: UTF8.self)
        #expect(!article.contains("2026-11-2"), "no as-of date on an article page")
    }

    @Test func aCurrentLeftBehindTheLogIsMovedToTheLoggedVersion() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        #expect(try PorticoProcess.run(["publish", "--as-of", "2026-11-24"], in: folder.path).status == 0)
        // As a crash after the log line and before the switch would leave it.
        let current = folder.path + "/public/current"
        try FileManager.default.removeItem(atPath: current)
        try FileManager.default.createSymbolicLink(atPath: current, withDestinationPath: "versions/1")
        let again = try PorticoProcess.run(["publish", "--as-of", "2026-11-24"], in: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: current) == "versions/2", "the log says version 2 went live")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public/versions/3"), "nothing changed: no new version")
    }

    @Test func badInputChangesNothingUnderPublic() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        let before = tree(folder, "public")
        folder.write(["content/manifest.yml": "roles: {}\nportals:\n  x:\n    roles: [nobody]\n"])
        let result = try publish(folder)
        #expect(result.status == 1)
        #expect(tree(folder, "public") == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/public/current") == "versions/1")
    }

    @Test(arguments: ["edit", "add", "delete", "log"])
    func verifyNamesEveryKindOfTampering(kind: String) throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        folder.write(["content/articles/enterprise/sla.md": "---\ntitle: SLA 2\n---\n\nx\n"])
        #expect(try publish(folder).status == 0)
        let v1 = folder.path + "/public/versions/1"
        var expected = ""
        switch kind {
        case "edit":
            let path = v1 + "/beta/billing/index.html"
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            data[data.count / 2] ^= 0x20
            // Break the hard link first, as an attacker editing in place would also change version 2.
            try FileManager.default.removeItem(atPath: path)
            _ = FileManager.default.createFile(atPath: path, contents: data)
            expected = "versions/1/beta/billing/index.html:1:1: error: changed"
        case "add":
            folder.write(["public/versions/1/alpha/extra.html": "<p>planted</p>"])
            expected = "versions/1/alpha/extra.html:1:1: error: added"
        case "delete":
            try FileManager.default.removeItem(atPath: v1 + "/staff/search.json")
            expected = "versions/1/staff/search.json:1:1: error: removed"
        default:
            let log = folder.path + "/public/log.jsonl"
            let text = try String(contentsOfFile: log, encoding: .utf8)
            try text.replacingOccurrences(of: "\"n\":1,", with: "\"n\":1,\"message\":\"x\",", options: [], range: nil)
                .replacingOccurrences(of: "\"message\":\"\"", with: "\"message\":\"edited\"").write(toFile: log, atomically: true, encoding: .utf8)
            expected = "log.jsonl:2:1: error: the chain is broken"
        }
        let result = try PorticoProcess.run(["verify"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains(expected), "wanted \(expected) in:\n\(result.stderr)")
    }

    @Test func signaturesVerifyOnlyWithTheRightKey() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        for (name, args) in [("key", ["genpkey", "-algorithm", "ed25519", "-out", "key.pem"]),
                             ("pub", ["pkey", "-in", "key.pem", "-pubout", "-out", "key.pub.pem"]),
                             ("other", ["genpkey", "-algorithm", "ed25519", "-out", "other.pem"]),
                             ("otherpub", ["pkey", "-in", "other.pem", "-pubout", "-out", "other.pub.pem"])] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            p.arguments = args
            p.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "openssl \(name)")
        }
        #expect(try publish(folder, ["--sign-key", "key.pem"]).status == 0)
        #expect(try PorticoProcess.run(["verify", "--public-key", "key.pub.pem"], in: folder.path).status == 0)
        let wrong = try PorticoProcess.run(["verify", "--public-key", "other.pub.pem"], in: folder.path)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("signature.json:1:1: error: the signature does not verify"))

        let bundle = try PorticoProcess.run(["evidence", "1", "--portal", "alpha", "--bundle", "ev"], in: folder.path)
        #expect(bundle.status == 0, "\(bundle.stderr)")
        let files = folder.files(under: "ev")
        for name in ["version.json", "files.json", "signature.json", "log.jsonl", "README.txt", "alpha/index.html"] {
            #expect(files[name] != nil, "bundle lacks \(name)")
        }
        #expect(!files.keys.contains { $0.hasPrefix("beta/") || $0.hasPrefix("staff/") })
        #expect(String(decoding: files["README.txt"]!, as: UTF8.self).contains("openssl ts -query -data version.json -sha256"))
    }

    @Test func aSecondPublishWaitsItsTurn() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        #expect(try publish(folder).status == 0)
        let fd = open(folder.path + "/public/.lock", O_RDWR)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        folder.write(["content/articles/enterprise/sla.md": "---\ntitle: SLA 3\n---\n\ny\n"])
        let blocked = try publish(folder)
        #expect(blocked.status == 3)
        #expect(blocked.stderr.contains("another portico publish is writing"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/public/versions/2"))
    }

    @Test func aKilledPublishLeavesCurrentOnACompleteVersion() throws {
        let folder = FixtureSite.make(GeneratedSite.files(articles: 1200))
        defer { folder.remove() }
        let started = Date()
        #expect(try publish(folder).status == 0)
        let duration = Date().timeIntervalSince(started)
        var edition = 0
        // Kill early (loading), midway (rendering) and late (rename, log, switch).
        for delay in [0.05, 0.3, 0.6, 0.85, 0.95, 1.0, 1.05].map({ $0 * duration }) {
            edition += 1
            folder.write(["content/articles/enterprise/sla.md": "---\ntitle: SLA edition \(edition)\n---\n\nx\n"])
            let process = Process()
            process.executableURL = PorticoProcess.executable
            process.arguments = ["publish"] + Self.asOf
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let current = try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/public/current")
            let n = try #require(Int(current.split(separator: "/").last!))
            let logged = try String(contentsOfFile: folder.path + "/public/log.jsonl", encoding: .utf8)
            #expect(logged.contains("\"n\":\(n),"), "current (\(n)) must be a logged version after a kill at \(delay)s")
            #expect(FileManager.default.fileExists(atPath: folder.path + "/public/versions/\(n)/files.json"))
        }
        // The next publish cleans up whatever the kills left, and everything verifies.
        folder.write(["content/articles/enterprise/sla.md": "---\ntitle: SLA final\n---\n\nz\n"])
        let last = try publish(folder)
        #expect(last.status == 0, "\(last.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/public/versions").filter { Int($0) == nil }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        let verify = try PorticoProcess.run(["verify"], in: folder.path)
        #expect(verify.status == 0, "\(verify.stderr)")
    }
}
