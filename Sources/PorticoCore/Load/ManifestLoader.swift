/// Reads `manifest.yml` into roles and portals, checking everything that
/// the manifest alone can tell: ids, role references, `all` values.
struct ManifestLoader {
    let doc: YAMLDocument
    let directory: ContentDirectory

    static let topKeys: Set<String> = ["roles", "portals"]
    static let roleKeys: Set<String> = ["articles", "customers", "tags", "paths"]
    static let portalKeys: Set<String> = ["title", "customer", "roles", "exclude"]

    func load() throws(ContentError) -> (Manifest, [Diagnostic]) {
        let file = try doc.decode(ManifestFile.self)
        var diagnostics = unknownKeys()

        var roles: [RoleName: Role] = [:]
        for (name, spec) in file.roles.sorted(by: { $0.key < $1.key }) {
            guard Slug.isValid(name) else {
                diagnostics.append(doc.error("role name '\(name)' must match [a-z0-9][a-z0-9-]*", at: "roles", name))
                continue
            }
            for (key, value) in [("articles", spec.articles), ("customers", spec.customers)] {
                if let value, value != "all" {
                    diagnostics.append(doc.error("'\(key)' may only be 'all' (got '\(value)'); leave it out to grant nothing", at: "roles", name, key))
                }
            }
            let globs = (spec.paths ?? []).enumerated().map { i, p in
                Glob(p, line: doc.place("roles", name, "paths", String(i)).line)
            }
            roles[RoleName(name)] = Role(name: RoleName(name), allArticles: spec.articles == "all",
                                         allCustomers: spec.customers == "all",
                                         tags: Set(spec.tags ?? []), paths: globs)
        }

        var portals: [Portal] = []
        for key in doc.orderedKeys(of: "portals") {
            guard let spec = file.portals[key.name] else { continue }
            guard let id = PortalID(key.name) else {
                diagnostics.append(.error(doc.path, line: key.line, column: key.column,
                    "portal id '\(key.name)' must match [a-z0-9][a-z0-9-]* (it becomes a folder name)"))
                continue
            }
            for (i, role) in spec.roles.enumerated() where roles[RoleName(role)] == nil {
                let defined = roles.keys.sorted().map(\.rawValue).joined(separator: ", ")
                diagnostics.append(doc.error("portal '\(key.name)' names role '\(role)', which the manifest does not define (defined: \(defined))",
                    at: "portals", key.name, "roles", String(i)))
            }
            var customer: CustomerID?
            if let raw = spec.customer {
                customer = CustomerID(raw)
                if customer == nil {
                    diagnostics.append(doc.error("customer id '\(raw)' must match [a-z0-9][a-z0-9-]*", at: "portals", key.name, "customer"))
                } else if !directory.isDirectory("customers/" + raw) {
                    diagnostics.append(doc.error("portal '\(key.name)' is bound to customer '\(raw)', but there is no folder \(directory.display("customers/" + raw))",
                                                 at: "portals", key.name, "customer"))
                }
            }
            let exclude = (spec.exclude ?? []).enumerated().map { i, p in
                Glob(p, line: doc.place("portals", key.name, "exclude", String(i)).line)
            }
            portals.append(Portal(id: id, title: spec.title ?? key.name, customer: customer,
                                  roles: spec.roles.map(RoleName.init), exclude: exclude))
        }
        if portals.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(doc.error("the manifest defines no portals", at: "portals"))
        }
        guard !diagnostics.hasErrors else { throw ContentError(diagnostics) }
        return (Manifest(path: doc.path, roles: roles, portals: portals), diagnostics)
    }

    /// In the manifest a misspelt key is an error, not a warning: `excludes:`
    /// for `exclude:` would publish what was meant to be held back.
    private func unknownKeys() -> [Diagnostic] {
        var found = doc.unknownKeys(known: Self.topKeys, what: "manifest")
        for (section, known) in [("roles", Self.roleKeys), ("portals", Self.portalKeys)] {
            for entry in doc.orderedKeys(of: section) {
                found += doc.unknownKeys(known: known, in: doc.value(at: [section, entry.name]), what: section == "roles" ? "role" : "portal")
            }
        }
        return found.map { Diagnostic(.error, $0.path, line: $0.line, column: $0.column,
                                      $0.message + "; a misspelt key in the manifest could hide or leak a page") }
    }
}
