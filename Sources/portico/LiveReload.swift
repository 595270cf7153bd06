import FlyingFox
import Foundation

/// Tells every open preview page to reload, or shows it the diagnostics of
/// a failed rebuild. Pages connect over a WebSocket; nothing polls.
actor LiveReload: WSMessageHandler {
    enum State: Sendable {
        case ok
        case failed(String)
    }

    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var state = State.ok
    private(set) var generation = 0

    nonisolated func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await connect()
    }

    private func connect() -> AsyncStream<WSMessage> {
        let (stream, continuation) = AsyncStream.makeStream(of: WSMessage.self)
        let id = UUID()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        if case .failed(let text) = state { continuation.yield(.text("error\n" + text)) }
        return stream
    }

    private func remove(_ id: UUID) { clients[id] = nil }

    func rebuilt() {
        generation += 1
        state = .ok
        for client in clients.values { client.yield(.text("reload")) }
    }

    func failed(_ diagnostics: String) {
        state = .failed(diagnostics)
        for client in clients.values { client.yield(.text("error\n" + diagnostics)) }
    }

    /// Injected into every HTML page the server sends.
    static let script = """
    <script>(function(){
    var proto = location.protocol === "https:" ? "wss://" : "ws://";
    function overlay(text){
      var d = document.getElementById("portico-overlay") || document.createElement("div");
      d.id = "portico-overlay"; d.setAttribute("role", "alert");
      d.style.cssText = "position:fixed;inset:0;background:rgba(30,0,0,.9);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;white-space:pre-wrap;z-index:2147483647;overflow:auto";
      d.textContent = "Portico could not rebuild the site:\\n\\n" + text + "\\n\\nFix the file and save: this page reloads by itself.";
      document.body.appendChild(d);
    }
    function connect(){
      var ws = new WebSocket(proto + location.host + "/_portico/live");
      ws.onmessage = function(e){
        if (e.data === "reload") location.reload();
        else if (e.data.indexOf("error\\n") === 0) overlay(e.data.slice(6));
      };
      ws.onclose = function(){ setTimeout(connect, 1000); };
    }
    connect();
    })();</script>
    """
}
