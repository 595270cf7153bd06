import Foundation
import PorticoTestSupport
import Testing

/// `portico serve` for real: a server on a free loopback port, a browser's
/// requests and its live-reload socket.
@Suite struct ServeCommandTests {
    final class Server: @unchecked Sendable {
        let process = Process()
        let port = RawHTTP.freePort()

        init(in folder: String) throws {
            process.executableURL = PorticoProcess.executable
            process.arguments = ["serve", "--port", "\(port)", "--as-of", "2026-11-23"]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(30)
            while RawHTTP.get(port: port, "/") == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func servesPortalsAndReloadsOpenPagesAfterAnEdit() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let server = try Server(in: folder.path)
        defer { server.stop() }

        let index = try #require(RawHTTP.get(port: server.port, "/"))
        #expect(index.status == 200)
        #expect(index.body.contains("href=\"/alpha/\""))
        let page = try #require(RawHTTP.get(port: server.port, "/alpha/articles/policies/late-fees/"))
        #expect(page.status == 200)
        #expect(page.body.contains("We charge 8% a year."))
        #expect(page.body.contains("/_portico/live"), "pages carry the live-reload script")

        let next = try #require(RawHTTP.webSocket(port: server.port, "/_portico/live", timeout: 15))
        let unrelated = folder.path + "/public/preview/beta/articles/enterprise/sla/index.html"
        let before = try FileManager.default.attributesOfItem(atPath: unrelated)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let started = Date()
        folder.write(["content/articles/policies/late-fees.md": FixtureSite.files["content/articles/policies/late-fees.md"]!
            .replacingOccurrences(of: "We charge 8% a year.", with: "We charge 9% a year.")])
        #expect(next() == "reload")
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(RawHTTP.get(port: server.port, "/alpha/articles/policies/late-fees/")?.body.contains("We charge 9% a year.") == true)
        let after = try FileManager.default.attributesOfItem(atPath: unrelated)[.modificationDate] as? Date
        #expect(before != nil && before == after, "a page the edit does not touch is not rewritten")

        // A content error reaches the page as an overlay message, and the last good pages stay served.
        folder.write(["content/articles/enterprise/sla.md": "---\ntitle: SLA\naudience: [custmer]\n---\nx\n"])
        let message = try #require(next())
        #expect(message.hasPrefix("error\n"))
        #expect(message.contains("content/articles/enterprise/sla.md:3:12: error: audience names role 'custmer'"))
        #expect(RawHTTP.get(port: server.port, "/alpha/")?.status == 200)
    }

    @Test func refusesPathsOutsideThePortalsAndListensOnLoopbackOnly() throws {
        let folder = FixtureSite.make()
        defer { folder.remove() }
        let server = try Server(in: folder.path)
        defer { server.stop() }
        for path in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/alpha/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                     "/alpha/..%2f..%2f..%2fetc/passwd", "//etc/passwd", "/etc/passwd", "/alpha/../beta/billing/index.html",
                     "/alpha/.portico-preview"] {
            let response = try #require(RawHTTP.get(port: server.port, path), "\(path)")
            #expect(response.status == 404, "\(path) answered \(response.status)")
            #expect(!response.body.contains("root:"), "\(path) leaked /etc/passwd")
            #expect(!response.body.contains("BETA-INV-7"), "\(path) crossed into another portal")
        }
        // Bound to 127.0.0.1, not to every interface.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let hexPort = String(format: "%04X", server.port)
        let listening = table.split(separator: "\n").filter { $0.contains(":\(hexPort) ") && $0.contains(" 0A ") }
        #expect(!listening.isEmpty)
        #expect(listening.allSatisfy { $0.contains("0100007F:\(hexPort)") })
    }
}
