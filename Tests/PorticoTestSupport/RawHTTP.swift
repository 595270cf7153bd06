import Foundation

/// A minimal HTTP/WebSocket client over a loopback socket, so tests can send
/// paths exactly as written (`..`, `%2e%2e`), which URL types would normalise.
public enum RawHTTP {
    public static func freePort() -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return UInt16(bigEndian: address.sin_port)
    }

    static func connect(port: UInt16, timeout: Double) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - Double(Int(timeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        let ok = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { close(fd); return nil }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
    }

    static func receive(_ fd: Int32, until done: ([UInt8]) -> Bool) -> [UInt8] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !done(data) {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return data
    }

    /// GET `path` exactly as given; the status code and body.
    public static func get(port: UInt16, _ path: String) -> (status: Int, body: String)? {
        guard let fd = connect(port: port, timeout: 5) else { return nil }
        defer { close(fd) }
        send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let text = String(decoding: receive(fd) { _ in false }, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { return nil }
        let body = text.range(of: "\r\n\r\n").map { String(text[$0.upperBound...]) } ?? ""
        return (status, body)
    }

    /// Opens a WebSocket and returns a function that waits for the next text message.
    public static func webSocket(port: UInt16, _ path: String, timeout: Double) -> (@Sendable () -> String?)? {
        guard let fd = connect(port: port, timeout: timeout) else { return nil }
        send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        let head = receive(fd) { String(decoding: $0, as: UTF8.self).contains("\r\n\r\n") }
        guard String(decoding: head, as: UTF8.self).hasPrefix("HTTP/1.1 101") else { close(fd); return nil }
        return {
            // Server frames are unmasked: 0x81, length (7 bits, or 126 + 16 bits), payload.
            let header = receive(fd) { $0.count >= 2 }
            guard header.count >= 2, header[0] & 0x0F == 1 else { return nil }
            var length = Int(header[1] & 0x7F)
            var rest = Array(header.dropFirst(2))
            if length == 126 {
                rest += receive(fd) { _ in rest.count >= 2 }
                length = Int(rest[0]) << 8 | Int(rest[1])
                rest.removeFirst(2)
            }
            let needed = length - rest.count
            if needed > 0 { rest += receive(fd) { $0.count >= needed } }
            return String(decoding: rest.prefix(length), as: UTF8.self)
        }
    }
}
