/// A Markdown document that belongs to one customer only (a signed
/// contract, a correspondence log).
public struct CustomerDocument: Hashable, Sendable {
    public let customer: CustomerID
    public let source: MarkdownSource
    /// Relative to the customer's section: `documents/master-agreement/`.
    public let url: String
    public let title: String
    public let summary: String?

    public init(customer: CustomerID, source: MarkdownSource, url: String, title: String, summary: String?) {
        self.customer = customer
        self.source = source
        self.url = url
        self.title = title
        self.summary = summary
    }
}
