import FlyingFox
import FlyingSocks
import Foundation
import PorticoCore

/// The HTTP side of `portico serve`: an index of portals, the portal files
/// through `PreviewPath` (never FlyingFox's directory handler), and the
/// live-reload socket.
struct PreviewServer {
    let previewFolder: String
    let portals: @Sendable () -> Set<String>
    let reload: LiveReload

    func start(host: String, port: UInt16) async throws -> HTTPServer {
        let address = try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(address: address, logger: .disabled)
        await server.appendRoute("GET /_portico/live", to: WebSocketHTTPHandler(handler: MessageFrameWSHandler(handler: reload)))
        await server.appendRoute("GET /_portico/generation") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain"], body: Data("\(await reload.generation)".utf8))
        }
        await server.appendRoute("GET /*") { request in await respond(to: request) }
        Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        return server
    }

    private func respond(to request: HTTPRequest) async -> HTTPResponse {
        let known = portals()
        guard let resolved = PreviewPath.resolve(request.target.path(percentEncoded: true), portals: known) else {
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("Not found\n".utf8))
        }
        switch resolved {
        case .portalIndex:
            return html(.ok, index(known.sorted()))
        case .file(let portal, let path):
            let full = previewFolder + "/" + portal + "/" + path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                return HTTPResponse(statusCode: .movedPermanently, headers: [.location: request.path + "/"], body: Data())
            }
            guard let data = FileManager.default.contents(atPath: full) else {
                let notFound = FileManager.default.contents(atPath: previewFolder + "/" + portal + "/404.html") ?? Data("Not found".utf8)
                return html(.notFound, String(decoding: notFound, as: UTF8.self))
            }
            if path.hasSuffix(".html") { return html(.ok, String(decoding: data, as: UTF8.self)) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.contentType(path), .cacheControl: "no-store"], body: data)
        }
    }

    private func html(_ status: HTTPStatusCode, _ page: String) -> HTTPResponse {
        let injected = page.contains("</body>") ? page.replacingOccurrences(of: "</body>", with: LiveReload.script + "\n</body>")
            : page + LiveReload.script
        return HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: Data(injected.utf8))
    }

    private func index(_ portals: [String]) -> String {
        let items = portals.map { "<li><a href=\"/\($0)/\">\($0)</a></li>" }.joined()
        return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portico preview</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head>
        <body><h1>Portico preview</h1><p>Each portal is a separate site. Pages reload when you save a file.</p><ul>\(items)</ul></body></html>
        """
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "csv": return "text/csv; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}
