import Testing
@testable import PorticoCore

@Suite struct RelativeURLTests {
    @Test(arguments: [("", ""), ("articles/", "../"), ("articles/policies/late-fees/", "../../../"),
                      ("404.html", ""), ("billing/ledger.csv", "../"), ("billing/statements/2026-10/", "../../../")])
    func theRootIsOneStepUpPerFolderAPageSitsIn(_ page: String, _ root: String) {
        #expect(RelativeURL.root(from: page) == root)
    }

    @Test func linksFromAFileAtTheRootStayAtTheRoot() {
        #expect(RelativeURL.path(from: "404.html", to: "") == "index.html")
        #expect(RelativeURL.path(from: "404.html", to: "articles/a/") == "articles/a/index.html")
        #expect(RelativeURL.path(from: "articles/a/", to: "search.json") == "../../search.json")
    }
}
