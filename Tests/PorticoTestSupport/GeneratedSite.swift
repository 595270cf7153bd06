/// A larger site made on the fly (deterministic), for tests that need a
/// publish to take long enough to interrupt.
public enum GeneratedSite {
    public static func files(articles: Int, customers: Int = 3) -> [String: String] {
        var files = FixtureSite.files
        let paragraph = String(repeating: "Payment terms, interest and reminders are explained here in plain words. ", count: 12)
        for i in 0..<articles {
            let next = (i + 1) % articles
            files["content/articles/generated/a\(i).md"] = """
            ---
            title: Generated article \(i)
            summary: Article number \(i) of \(articles).
            audience: [\(i % 3 == 0 ? "staff" : "customer")]
            tags: [generated]
            ---

            ## Section one

            \(paragraph)

            See [the next article](a\(next).md#section-two).

            ## Section two

            \(paragraph)

            ```csv
            Tier,Amount
            A,\(i)
            B,\(i * 2)
            ```
            """
        }
        return files
    }
}
