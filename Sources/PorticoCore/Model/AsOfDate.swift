public import Foundation

/// The day receivables are evaluated on: `--as-of`, else `SOURCE_DATE_EPOCH`,
/// else today in UTC. Fixing it makes a build reproducible.
public enum AsOfDate {
    public enum Source: String, Sendable { case option = "--as-of", environment = "SOURCE_DATE_EPOCH", clock = "today (UTC)" }

    public static func resolve(option: String?, environment: [String: String],
                               now: Date = Date()) throws(ContentError) -> (CalendarDate, Source) {
        if let option {
            guard let date = CalendarDate(iso: option) else {
                throw ContentError([.error("--as-of", "'\(option)' is not a date; write YYYY-MM-DD")])
            }
            return (date, .option)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw ContentError([.error("SOURCE_DATE_EPOCH", "'\(epoch)' is not a number of seconds since 1970")])
            }
            return (day(containing: seconds), .environment)
        }
        return (day(containing: Int(now.timeIntervalSince1970)), .clock)
    }

    private static func day(containing seconds: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
    }
}
