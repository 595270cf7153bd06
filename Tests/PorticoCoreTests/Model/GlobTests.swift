import Testing
@testable import PorticoCore

@Suite struct GlobTests {
    @Test(arguments: [
        ("articles/enterprise/**", "articles/enterprise/sla.md", true),
        ("articles/enterprise/**", "articles/enterprise/deep/x.md", true),
        ("articles/enterprise/**", "articles/enterprise-old/x.md", false),
        ("articles/*/x.md", "articles/a/x.md", true),
        ("articles/*/x.md", "articles/a/b/x.md", false),
        ("articles/**/x.md", "articles/x.md", true),
        ("articles/**/x.md", "articles/a/b/x.md", true),
        ("articles/policies/2024-fee-schedule.md", "articles/policies/2024-fee-schedule.md", true),
        ("articles/policies/2024-fee-schedule.md", "articles/policies/2024-fee-schedule.mdx", false),
        ("articles/?.md", "articles/a.md", true),
        ("articles/?.md", "articles/ab.md", false),
        ("*.md", "articles/a.md", false),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected)
    }
}
