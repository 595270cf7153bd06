/// The "everything" fixture: a small site that exercises every access rule,
/// with unique marker strings so a leak is one `contains` away.
public enum FixtureSite {
    /// Text that must appear only where its owner is granted.
    public enum Marker {
        public static let playbook = "SECRET-PLAYBOOK-FLOOR"
        public static let draft = "DRAFT-TEXT-UNIQUE"
        public static let arbitration = "ARBITRATION-CLAUSE-TEXT"
        public static let enterprise = "ENTERPRISE-SLA-TEXT"
        public static let oldFees = "OLD-FEES-TEXT"
        public static let alpha = ["Alpha Widgets Ltd", "INV-A-100", "INV-A-101", "ALPHA-NOTE", "ALPHA-CONTRACT-DOC", "1,234.56", "ap@alpha.example"]
        public static let beta = ["Beta Kabushiki", "BETA-INV-7", "BETA-NOTE", "480,000", "BETA-LETTER-DOC"]
    }

    public static let files: [String: String] = [
        "content/site.yml": """
        title: Fixture Co
        base_url: https://fixture.example
        locale: en
        """,
        "content/manifest.yml": """
        roles:
          staff:
            articles: all
            customers: all
          customer: {}
          legal:
            tags: [arbitration]
          enterprise:
            paths: ["articles/enterprise/**"]
        portals:
          staff:
            title: Staff
            roles: [staff]
          alpha:
            title: Alpha portal
            customer: alpha
            roles: [customer, legal]
          beta:
            title: Beta portal
            customer: beta
            roles: [customer, enterprise]
            exclude: ["articles/policies/old-fees.md"]
        """,
        "content/articles/policies/late-fees.md": """
        ---
        title: Late fees
        summary: Interest on overdue invoices.
        audience: [customer, staff]
        tags: [policy]
        version: 3
        effective: 2026-01-01
        ---

        Intro with a [link to old fees](old-fees.md#history) and the
        [internal playbook](../internal/playbook.md) and [arbitration](../contracts/arbitration.md "Clause").

        ## Interest

        We charge 8% a year.
        """,
        "content/articles/policies/old-fees.md": """
        ---
        title: Old fee schedule
        audience: [customer]
        ---

        ## History

        \(Marker.oldFees). Back to [late fees](late-fees.md#interest).
        """,
        "content/articles/internal/playbook.md": """
        ---
        title: Collections playbook
        audience: [staff]
        ---

        \(Marker.playbook): never settle below 80%.
        """,
        "content/articles/drafts/next.md": """
        ---
        title: Next year's fees
        audience: [customer]
        draft: true
        ---

        \(Marker.draft)
        """,
        "content/articles/contracts/arbitration.md": """
        ---
        title: Arbitration clause
        tags: [arbitration, contracts]
        ---

        \(Marker.arbitration)
        """,
        "content/articles/enterprise/sla.md": """
        ---
        title: Service levels
        ---

        \(Marker.enterprise)
        """,
        "content/customers/alpha/customer.yml": """
        name: Alpha Widgets Ltd
        currency: USD
        terms: { net_days: 30 }
        arbitration: true
        contacts:
          - { name: Ann Alpha, role: Accounts, email: ap@alpha.example }
        """,
        "content/customers/alpha/ledger.csv": """
        date,kind,reference,amount,due,note
        2026-01-05,invoice,INV-A-100,1234.56,2026-02-04,ALPHA-NOTE
        2026-02-01,invoice,INV-A-101,500.00,,"Second, with comma"
        2026-02-10,payment,INV-A-101,500.00,,Paid
        """,
        "content/customers/alpha/documents/contract.md": """
        ---
        title: ALPHA-CONTRACT-DOC
        ---

        Signed. See [late fees](../../../articles/policies/late-fees.md).
        """,
        "content/customers/beta/customer.yml": """
        name: Beta Kabushiki
        currency: JPY
        terms: { net_days: 30 }
        """,
        "content/customers/beta/ledger.csv": """
        date,kind,reference,amount,due,note
        2026-03-01,invoice,BETA-INV-7,480000,,BETA-NOTE
        """,
        "content/customers/beta/documents/letter.md": """
        ---
        title: BETA-LETTER-DOC
        ---

        Dear Beta.
        """,
    ]

    /// The fixture with some files replaced (or removed, with nil).
    public static func with(_ changes: [String: String?]) -> [String: String] {
        var result = files
        for (path, text) in changes { result[path] = text }
        return result
    }

    /// Writes the fixture (or a variant) into a new temporary folder.
    public static func make(_ files: [String: String] = files) -> TemporaryFolder {
        let folder = TemporaryFolder("fixture")
        folder.write(files)
        return folder
    }
}
