import Testing
@testable import PorticoCore

@Suite struct PreviewPathTests {
    let portals: Set<String> = ["acme", "staff"]

    @Test(arguments: [
        ("/", PreviewPath.Resolved.portalIndex),
        ("/acme", .file(portal: "acme", path: "index.html")),
        ("/acme/", .file(portal: "acme", path: "index.html")),
        ("/acme/billing/", .file(portal: "acme", path: "billing/index.html")),
        ("/acme/assets/portico.css?v=1", .file(portal: "acme", path: "assets/portico.css")),
        ("/acme/articles/x%20y/index.html", .file(portal: "acme", path: "articles/x y/index.html")),
    ])
    func mapsRequestsIntoPortals(path: String, expected: PreviewPath.Resolved) {
        #expect(PreviewPath.resolve(path, portals: portals) == expected)
    }

    @Test(arguments: [
        "/../etc/passwd", "/acme/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/acme/%2E%2E/%2E%2E/etc/passwd",
        "/acme/..%2f..%2fetc/passwd", "//etc/passwd", "/etc/passwd", "/acme/./index.html", "/acme//x",
        "/acme/%00", "/acme/..\\..\\x", "/acme/.portico-preview", "/globex/index.html", "acme/index.html",
    ])
    func refusesEverythingOutsideThePortals(path: String) {
        #expect(PreviewPath.resolve(path, portals: portals) == nil, "\(path)")
    }
}
