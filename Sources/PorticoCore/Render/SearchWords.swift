import Foundation

/// What the search index keeps of a body: its distinct words in order of
/// first use, ASCII letters lowercased, one space between, computed once
/// per body rather than in every portal's index.
///
/// Search looks for each typed term (never containing whitespace) inside
/// the lowercased text, so it finds a term in the words exactly when it
/// would in the whole text: a term lies within one word, and splitting only
/// at ASCII whitespace keeps every word whole for the browser's `\s`.
/// Repeated words are most of a body's bytes. At most
/// `SearchIndex.wordsLimit` bytes are kept; a word that does not fit is cut
/// between characters and ends the list.
enum SearchWords {
    static func of(_ text: String) -> String {
        var text = text
        return text.withUTF8 { of(utf8: $0) }
    }

    /// The same for text as UTF-8 bytes (the parser gathers a body's text so).
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.isEmpty else { return "" }
        let limit = SearchIndex.wordsLimit
        // The words and the spaces between them never outnumber the text's bytes.
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        defer { out.deallocate() }
        var count = 0
        var seen = WordTable()
        var i = 0
        while i < bytes.count {
            while i < bytes.count, isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { break }
            // The word goes in lowercased, and comes out again if it was seen before.
            let before = count
            if before > 0 {
                out[count] = UInt8(ascii: " ")
                count += 1
            }
            let start = count
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while i < bytes.count, !isSpace(bytes[i]) {
                let byte = bytes[i] &- UInt8(ascii: "A") < 26 ? bytes[i] | 0x20 : bytes[i]
                out[count] = byte
                count += 1
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                i += 1
            }
            guard seen.insert(start..<count, of: UnsafeBufferPointer(start: out, count: count), hash: hash) else {
                count = before
                continue
            }
            if count > limit {
                // Back to the start of a character: never half of one.
                var cut = limit
                while cut > start, out[cut] & 0xC0 == 0x80 { cut -= 1 }
                count = cut > start ? cut : before
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The words kept so far, as ranges of the output, by hash: an open
    /// addressing table, because `Set<String>` hashing was most of the cost.
    private struct WordTable {
        private var slots = [Slot](repeating: Slot(), count: 64)
        private var count = 0

        private struct Slot {
            var hash: UInt64 = 0
            var start: Int32 = -1
            var length: Int32 = 0
        }

        /// Adds the word at `range` of `bytes`; false if an equal word is already in.
        mutating func insert(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
            guard case .empty(let index) = find(range, in: bytes, hash: hash) else { return false }
            slots[index] = Slot(hash: hash, start: Int32(range.lowerBound), length: Int32(range.count))
            count += 1
            if count * 2 > slots.count { grow() }
            return true
        }

        private enum Found { case equal, empty(Int) }

        private func find(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Found {
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[index]
                if slot.start < 0 { return .empty(index) }
                if slot.hash == hash, Int(slot.length) == range.count,
                   memcmp(bytes.baseAddress! + Int(slot.start), bytes.baseAddress! + range.lowerBound, range.count) == 0 {
                    return .equal
                }
                index = (index + 1) & mask
            }
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            let mask = slots.count - 1
            for slot in old where slot.start >= 0 {
                var index = Int(truncatingIfNeeded: slot.hash) & mask
                while slots[index].start >= 0 { index = (index + 1) & mask }
                slots[index] = slot
            }
        }
    }
}
