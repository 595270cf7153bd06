import Testing
@testable import PorticoCore

@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(CalendarDate(iso: "2026-02-28") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "2026-1-01") == nil)
        #expect(CalendarDate(iso: "26-01-01") == nil)
        #expect(CalendarDate(iso: "2026-01-01T00") == nil)
    }

    @Test func dayArithmeticCrossesMonthsAndYears() throws {
        let start = try #require(CalendarDate(iso: "2026-05-15"))
        #expect(start.adding(days: 47).description == "2026-07-01")
        #expect(try #require(CalendarDate(iso: "2027-01-01")).days(since: try #require(CalendarDate(iso: "2026-01-01"))) == 365)
        #expect(try #require(CalendarDate(iso: "2025-01-01")).days(since: try #require(CalendarDate(iso: "2024-01-01"))) == 366)
        #expect(CalendarDate(daysSinceEpoch: 0).description == "1970-01-01")
    }

    @Test func roundTripsEveryDayOfFourHundredYears() {
        var day = CalendarDate(year: 1900, month: 1, day: 1)!
        for _ in 0..<(146_097) {
            #expect(CalendarDate(daysSinceEpoch: day.daysSinceEpoch) == day)
            let next = day.adding(days: 1)
            if next.daysSinceEpoch != day.daysSinceEpoch + 1 || !(next > day) { Issue.record("no successor for \(day)"); return }
            day = next
        }
        #expect(day.description == "2300-01-01")
    }

    @Test func asOfComesFromOptionThenEnvironmentThenClock() throws {
        #expect(try AsOfDate.resolve(option: "2026-07-01", environment: ["SOURCE_DATE_EPOCH": "0"]).0.description == "2026-07-01")
        let (fromEnv, source) = try AsOfDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1782864000"])
        #expect(fromEnv.description == "2026-07-01")
        #expect(source == .environment)
        #expect(throws: ContentError.self) { try AsOfDate.resolve(option: "July", environment: [:]) }
    }
}
