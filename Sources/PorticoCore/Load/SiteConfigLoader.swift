import Foundation

/// Reads `site.yml`, receivables policy included.
struct SiteConfigLoader {
    let doc: YAMLDocument

    func load() throws(ContentError) -> (SiteConfig, [Diagnostic]) {
        let file = try doc.decode(SiteConfigFile.self)
        var diagnostics = doc.unknownKeys(known: SiteConfigFile.keys, what: "site.yml")
        diagnostics += doc.unknownKeys(known: ["unsafe"], in: doc.value(at: ["markdown"]), what: "markdown")
        diagnostics += doc.unknownKeys(known: ["aging_buckets", "late_fee", "reminders", "small_claims_limit"],
                                       in: doc.value(at: ["receivables"]), what: "receivables")
        diagnostics += doc.unknownKeys(known: ["annual_rate_percent", "grace_days", "fixed_compensation"],
                                       in: doc.value(at: ["receivables", "late_fee"]), what: "late_fee")
        let policy = file.receivables.map { receivables($0, into: &diagnostics) } ?? .standard
        if let base = file.base_url, !base.isEmpty, !(base.hasPrefix("https://") || base.hasPrefix("http://")) {
            diagnostics.append(doc.error("base_url must be an absolute http(s) URL, like https://portal.example.com", at: "base_url"))
        }
        guard !diagnostics.hasErrors else { throw ContentError(diagnostics) }
        var base = file.base_url ?? ""
        while base.hasSuffix("/") { base.removeLast() }
        let config = SiteConfig(title: file.title, baseURL: base, locale: file.locale ?? "en",
                                unsafeMarkdown: file.markdown?.unsafe ?? false, receivables: policy)
        return (config, diagnostics)
    }

    private func receivables(_ file: ReceivablesFile, into diagnostics: inout [Diagnostic]) -> ReceivablesPolicy {
        let standard = ReceivablesPolicy.standard
        let buckets = file.aging_buckets ?? standard.agingBuckets
        if buckets.isEmpty || buckets.first! <= 0 || zip(buckets, buckets.dropFirst()).contains(where: { $0 >= $1 }) {
            diagnostics.append(doc.error("aging_buckets must be increasing positive day counts, like [30, 60, 90]", at: "receivables", "aging_buckets"))
        }
        let tiers = file.late_fee?.fixed_compensation?.map {
            ReceivablesPolicy.CompensationTier(below: $0.below, amount: $0.amount)
        } ?? (file.late_fee == nil ? standard.fixedCompensation : [])
        for (i, tier) in tiers.enumerated() {
            let isLast = i == tiers.count - 1
            if (tier.below == nil) != isLast || (i > 0 && tier.below != nil && tier.below! <= tiers[i - 1].below!) {
                diagnostics.append(doc.error("fixed_compensation tiers need increasing 'below' amounts and a last tier without 'below'", at: "receivables", "late_fee", "fixed_compensation", String(i)))
                break
            }
        }
        let reminders = file.reminders?.map {
            ReceivablesPolicy.Reminder(days: $0.days, stage: $0.stage, letter: $0.letter)
        } ?? standard.reminders
        for (i, r) in reminders.enumerated() {
            if !Slug.isValid(r.letter) {
                diagnostics.append(doc.error("letter '\(r.letter)' must match [a-z0-9][a-z0-9-]* (it names templates/letters/\(r.letter).md)", at: "receivables", "reminders", String(i), "letter"))
            }
            if !Slug.isValid(r.stage) {
                diagnostics.append(doc.error("stage '\(r.stage)' must match [a-z0-9][a-z0-9-]*", at: "receivables", "reminders", String(i), "stage"))
            }
            if i > 0, r.days <= reminders[i - 1].days {
                diagnostics.append(doc.error("reminders must be listed in increasing order of days", at: "receivables", "reminders", String(i), "days"))
            }
        }
        for code in (file.small_claims_limit ?? [:]).keys.sorted() where Currency(code: code) == nil {
            diagnostics.append(doc.error("unknown currency code '\(code)'", at: "receivables", "small_claims_limit", code))
        }
        let rate = file.late_fee?.annual_rate_percent ?? standard.annualRatePercent
        if rate < 0 {
            diagnostics.append(doc.error("annual_rate_percent cannot be negative", at: "receivables", "late_fee", "annual_rate_percent"))
        }
        return ReceivablesPolicy(agingBuckets: buckets, annualRatePercent: rate,
                                 graceDays: file.late_fee?.grace_days ?? standard.graceDays,
                                 fixedCompensation: tiers, reminders: reminders,
                                 smallClaimsLimit: file.small_claims_limit ?? [:])
    }
}
