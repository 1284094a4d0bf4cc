import Foundation
import LibXML
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP listener on 127.0.0.1 that counts the connections libxml2 would make.
private final class LoopbackListener {
    let port: UInt16
    private let socketDescriptor: Int32

    init() throws {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        precondition(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        precondition(bound == 0 && listen(descriptor, 8) == 0)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    /// Accepts whatever connected meanwhile and returns how many did.
    func connectionCount() -> Int {
        var count = 0
        while true {
            let client = accept(socketDescriptor, nil, nil)
            guard client >= 0 else { return count }
            close(client)
            count += 1
        }
    }

    deinit { close(socketDescriptor) }
}

@Suite("No network access")
struct NetworkIsolationTests {
    @Test("external DTDs and external entities on http URLs are never fetched")
    func parserStaysOffline() throws {
        let listener = try LoopbackListener()
        let base = "http://127.0.0.1:\(listener.port)"
        let input = """
            <?xml version="1.0"?>
            <!DOCTYPE r SYSTEM "\(base)/r.dtd" [<!ENTITY e SYSTEM "\(base)/e.xml">]>
            <r>&e;</r>
            """
        if let document = try? XMLDocument(parsing: Array(input.utf8)) {
            #expect(document.rootElement?.textContent == "")
        }
        #expect(listener.connectionCount() == 0)
    }

    @Test("a schema that includes an http URL fails to compile without connecting")
    func schemaStaysOffline() throws {
        let listener = try LoopbackListener()
        let schema = """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <include href="http://127.0.0.1:\(listener.port)/other.rng"/>
              <start><element name="r"><empty/></element></start>
            </grammar>
            """
        #expect(throws: XMLError.self) { try RelaxNGSchema(parsing: Array(schema.utf8), url: "remote.rng") }
        #expect(listener.connectionCount() == 0)
    }
}
