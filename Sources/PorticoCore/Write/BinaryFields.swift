/// The caches' file format: integers as 8 bytes little-endian, text as
/// its length then its UTF-8 bytes. Written and read field by field, in
/// the same order, with no parser in between.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optional(_ value: String?) {
        int(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    /// Sorted by key, so equal maps give equal bytes.
    mutating func stringMap(_ map: [String: String]) {
        int(map.count)
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            string(key)
            string(value)
        }
    }

    mutating func diagnostics(_ values: [Diagnostic]) {
        int(values.count)
        for d in values {
            string(d.severity.rawValue)
            string(d.path)
            int(d.line)
            int(d.column)
            string(d.message)
        }
    }
}

/// Reads what `BinaryWriter` wrote; every read is nil past the end or on a bad length.
struct BinaryReader {
    let bytes: [UInt8]
    var offset: Int

    mutating func int() -> Int? {
        guard bytes.count - offset >= 8 else { return nil }
        var value: Int64 = 0
        for i in (0..<8).reversed() { value = value << 8 | Int64(bytes[offset + i]) }
        offset += 8
        return Int(value)
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, bytes.count - offset >= count else { return nil }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    /// `.some(nil)` for an absent value; nil for a damaged file.
    mutating func optional() -> String?? {
        guard let flag = int() else { return nil }
        return flag == 0 ? .some(nil) : string().map { .some($0) }
    }

    mutating func strings() -> [String]? {
        guard let count = int(), count >= 0, count <= bytes.count else { return nil }
        var values: [String] = []
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }

    mutating func stringMap() -> [String: String]? {
        guard let count = int(), count >= 0, count <= bytes.count else { return nil }
        var map: [String: String] = [:]
        map.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = string(), let value = string() else { return nil }
            map[key] = value
        }
        return map
    }

    mutating func diagnostics() -> [Diagnostic]? {
        guard let count = int(), count >= 0, count <= bytes.count else { return nil }
        var values: [Diagnostic] = []
        for _ in 0..<count {
            guard let severity = string().flatMap(Diagnostic.Severity.init(rawValue:)), let path = string(),
                  let line = int(), let column = int(), let message = string() else { return nil }
            values.append(Diagnostic(severity, path, line: line, column: column, message))
        }
        return values
    }

    var isAtEnd: Bool { offset == bytes.count }
}
