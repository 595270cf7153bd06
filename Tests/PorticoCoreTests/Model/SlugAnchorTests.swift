import Testing
@testable import PorticoCore

@Suite struct SlugAnchorTests {
    /// Every printable ASCII character, and the control characters a heading
    /// can hold, give the same anchor with or without the ASCII shortcut.
    @Test func theASCIIShortcutAgreesWithTheUnicodeRules() {
        let printable = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }.joined()
        for text in [printable, "Late Fees: 2% a Year!", "  Step 1 - pay_now  ", "Tab\there", "CR\r\nLF", "", "A-B_C d"] {
            #expect(Slug.asciiAnchor(text) == Slug.unicodeAnchor(text), "\(text)")
        }
        #expect(Slug.anchor(for: "Late Fees: 2% a Year!") == "late-fees-2-a-year")
    }

    @Test func otherTextTakesTheUnicodeRules() {
        #expect(Slug.asciiAnchor("Zahlungsfrist für Überweisungen") == nil)
        #expect(Slug.anchor(for: "Zahlungsfrist für Überweisungen") == "zahlungsfrist-für-überweisungen")
        #expect(Slug.anchor(for: "支払い 期限") == "支払い-期限")
    }
}
