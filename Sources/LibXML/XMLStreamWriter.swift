internal import CLibXML2
import Foundation

/// Writes an XML document element by element to a file, without building a tree, for documents too
/// large to hold at once (a corpus root that includes thousands of articles, a register of every
/// entity of a corpus). Text and attribute values go through libxml2's escaping writer; characters
/// XML 1.0 forbids become U+FFFD. Output is flushed to the file in 64 KiB pieces.
///
/// The writer owns its libxml2 text writer and buffer; it is not thread-safe.
public final class XMLStreamWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private let handle: FileHandle
    private var openElements = 0

    /// Starts a document (XML declaration, UTF-8) written to `handle`; with `indented`, elements are
    /// put on lines of their own (use it only for element-only content).
    public init(writingTo handle: FileHandle, indented: Bool = true) throws(XMLError) {
        LibXMLRuntime.ensureInitialized()
        guard let buffer = xmlBufferCreate() else { throw .internalFailure("libxml2 could not allocate a buffer") }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw .internalFailure("libxml2 could not start a writer")
        }
        self.buffer = buffer
        self.writer = writer
        self.handle = handle
        if indented {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", UnsafePointer<CChar>?.none))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element; with `namespace`, it is declared as the default namespace on this element.
    public func startElement(_ name: String, namespace: String? = nil) throws(XMLError) {
        try check(xmlTextWriterStartElement(writer, name))
        openElements += 1
        if let namespace { try attribute("xmlns", namespace) }
    }

    /// Adds an attribute to the element just opened (`xml:id`, `xmlns:xi` and other prefixed names
    /// are written as given).
    public func attribute(_ name: String, _ value: String) throws(XMLError) {
        try check(xmlTextWriterWriteAttribute(writer, name, XMLCharacters.replacingForbidden(value)))
    }

    /// Writes escaped text into the open element.
    public func text(_ text: String) throws(XMLError) {
        try check(xmlTextWriterWriteString(writer, XMLCharacters.replacingForbidden(text)))
    }

    /// An element holding only `text`.
    public func element(_ name: String, text content: String, attributes: KeyValuePairs<String, String> = [:])
        throws(XMLError)
    {
        try startElement(name)
        for (attributeName, value) in attributes { try attribute(attributeName, value) }
        try text(content)
        try endElement()
    }

    /// Closes the innermost open element.
    public func endElement() throws(XMLError) {
        precondition(openElements > 0, "no open element")
        try check(xmlTextWriterEndElement(writer))
        openElements -= 1
        try flushIfLarge()
    }

    /// Closes every open element, ends the document and writes what is left to the file.
    public func finish() throws(XMLError) {
        try check(xmlTextWriterEndDocument(writer))
        openElements = 0
        try flush()
    }

    private func flushIfLarge() throws(XMLError) {
        if xmlBufferLength(buffer) >= 1 << 16 { try flush() }
    }

    private func flush() throws(XMLError) {
        try check(xmlTextWriterFlush(writer))
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return }
        do {
            try handle.write(contentsOf: Data(UnsafeBufferPointer(start: content, count: count)))
        } catch {
            throw .internalFailure("cannot write: \((error as NSError).localizedDescription)")
        }
        xmlBufferEmpty(buffer)
    }

    private func check(_ result: Int32) throws(XMLError) {
        if result < 0 { throw .internalFailure("libxml2 failed to write XML") }
    }
}
