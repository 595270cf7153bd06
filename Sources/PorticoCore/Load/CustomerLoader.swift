/// Reads `customers/<id>/`: customer.yml, ledger.csv and documents/.
struct CustomerLoader {
    let directory: ContentDirectory

    func load(_ id: CustomerID) throws(ContentError) -> (Customer, [Diagnostic]) {
        let folder = "customers/\(id.rawValue)"
        let ymlPath = folder + "/customer.yml"
        guard directory.exists(ymlPath) else {
            throw ContentError([.error(directory.display(folder), "a customer folder needs a customer.yml")])
        }
        let doc = try YAMLDocument(text: directory.read(ymlPath), path: directory.display(ymlPath))
        let file = try doc.decode(CustomerFile.self)
        var diagnostics = doc.unknownKeys(known: CustomerFile.keys, what: "customer.yml")
        diagnostics += doc.unknownKeys(known: ["net_days", "early_discount"], in: doc.value(at: ["terms"]), what: "terms")
        guard let currency = Currency(code: file.currency) else {
            throw ContentError(diagnostics + [doc.error("unknown currency '\(file.currency)': use an ISO 4217 code such as USD, EUR, GBP, JPY", at: "currency")])
        }
        let netDays = file.terms?.net_days ?? 30
        if netDays < 0 { diagnostics.append(doc.error("net_days cannot be negative", at: "terms", "net_days")) }
        let discount = file.terms?.early_discount.map { PaymentTerms.EarlyDiscount(percent: $0.percent, days: $0.days) }
        if let discount, discount.percent <= 0 || discount.percent >= 100 || discount.days < 0 || discount.days > netDays {
            diagnostics.append(doc.error("early_discount needs a percent between 0 and 100 and days within net_days", at: "terms", "early_discount"))
        }

        var errors: [Diagnostic] = []
        var ledger = Ledger(path: directory.display(folder + "/ledger.csv"), currency: currency, entries: [])
        if directory.exists(folder + "/ledger.csv") {
            do {
                let parser = LedgerParser(path: ledger.path, currency: currency, netDays: netDays)
                let (parsed, warnings) = try parser.parse(directory.read(folder + "/ledger.csv"))
                ledger = parsed
                diagnostics += warnings
            } catch {
                errors += error.diagnostics
            }
        }
        var documents: [CustomerDocument] = []
        for path in directory.files(under: folder + "/documents", suffix: ".md") {
            do {
                let (document, warnings) = try loadDocument(path, customer: id)
                documents.append(document)
                diagnostics += warnings
            } catch {
                errors += error.diagnostics
            }
        }
        guard errors.isEmpty, !diagnostics.hasErrors else { throw ContentError(diagnostics + errors) }
        let contacts = (file.contacts ?? []).map { Contact(name: $0.name, role: $0.role, email: $0.email) }
        let customer = Customer(id: id, name: file.name, currency: currency,
                                terms: PaymentTerms(netDays: netDays, earlyDiscount: discount),
                                arbitration: file.arbitration ?? false, contacts: contacts,
                                ledger: ledger, documents: documents)
        return (customer, diagnostics)
    }

    private func loadDocument(_ path: String, customer: CustomerID) throws(ContentError) -> (CustomerDocument, [Diagnostic]) {
        let markdown = try MarkdownFile(path, in: directory, what: "a document")
        let doc = try markdown.frontMatter()
        let file = try doc.decode(DocumentFrontMatterFile.self)
        let diagnostics = doc.unknownKeys(known: DocumentFrontMatterFile.keys, what: "front-matter")
        let name = file.slug ?? String(path.split(separator: "/").last!.dropLast(3))
        guard Slug.isValid(name) else {
            throw ContentError(diagnostics + [.error(markdown.displayPath,
                "'\(name)' cannot be part of a page URL: rename the file using lowercase letters, digits and hyphens, or set 'slug:'")])
        }
        return (CustomerDocument(customer: customer, source: markdown.source, url: "documents/\(name)/",
                                 title: file.title, summary: file.summary), diagnostics)
    }
}
