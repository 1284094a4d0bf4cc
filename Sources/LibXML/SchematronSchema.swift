internal import CLibXML2

/// A compiled Schematron schema, in the subset libxml2 2.9.14 implements.
///
/// What libxml2 2.9.14 supports, with either the ISO namespace (`http://purl.oclc.org/dsdl/schematron`)
/// or the older Schematron 1.5 one (`http://www.ascc.net/xml/schematron`): a `schema` with an
/// optional `title`, `ns` declarations, then `pattern`s made only of `rule`s (`@context`) holding
/// `assert`s and `report`s (`@test`, XPath 1.0); messages may use `name`. Not supported — and
/// reported as schema errors before libxml2 sees the schema — are `let` variables, `phase`s,
/// abstract patterns and `param`s, `include`, `extends`, `diagnostics`, `title` or `p` inside a
/// pattern, and query bindings other than XPath 1.0 (`xslt2`, `xslt3`, …). `value-of` compiles but
/// prints nothing for node-sets. A firing `report` counts as a failure, as in jing.
public final class SchematronSchema: DocumentSchema, @unchecked Sendable {
    // Safety of @unchecked Sendable: libxml2 writes the compiled schema (and its compiled XPath
    // expressions) only while compiling it; validation uses a per-call context with its own XPath
    // context. The schema document stays alive because the compiled rules point into it.
    private let pointer: xmlSchematronPtr
    private let source: XMLDocument
    /// Where the schema came from, for diagnostics.
    public let url: String?

    static let isoNamespace = "http://purl.oclc.org/dsdl/schematron"
    static let oldNamespace = "http://www.ascc.net/xml/schematron"

    /// Compiles a Schematron schema.
    ///
    /// libxml2 2.9.14 has no per-context error handler for the Schematron *compiler* (its setter is
    /// compiled out), so its compile errors would reach only the thread-global handler, which this
    /// library never uses. The schema is therefore checked here first — structure against the subset
    /// above, and every XPath expression compiled with a per-context handler — and libxml2 compiles
    /// only schemas that pass; its own messages then cannot fire except on exhausted memory.
    /// - Throws: ``XMLError/notWellFormed(_:)`` or ``XMLError/invalidSchema(_:)``.
    public init(parsing bytes: [UInt8], url: String? = nil) throws(XMLError) {
        source = try XMLDocument(parsing: bytes, url: url)
        let problems = SchematronPreflight(document: source, url: url).problems()
        guard problems.isEmpty else { throw .invalidSchema(problems) }
        guard let context = xmlSchematronNewDocParserCtxt(source.pointer) else {
            throw .internalFailure("libxml2 could not allocate a Schematron parser")
        }
        defer { xmlSchematronFreeParserCtxt(context) }
        guard let compiled = xmlSchematronParse(context) else {
            throw .invalidSchema([
                XMLDiagnostic(
                    severity: .error, origin: .schematron, message: "libxml2 could not compile the schema", file: url)
            ])
        }
        pointer = compiled
        self.url = url
    }

    deinit {
        xmlSchematronFree(pointer)
    }

    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        guard let context = xmlSchematronNewValidCtxt(pointer, Int32(XML_SCHEMATRON_OUT_ERROR.rawValue)) else {
            return [XMLDiagnostic(severity: .fatal, origin: .schematron, message: "out of memory")]
        }
        defer { xmlSchematronFreeValidCtxt(context) }
        let collector = DiagnosticCollector(document: document)
        let result = withExtendedLifetime((collector, source)) {
            xmlSchematronSetValidStructuredErrors(context, collectDiagnostic, collector.opaque)
            return xmlSchematronValidateDoc(context, document.pointer)
        }
        var diagnostics = collector.diagnostics
        if result < 0 {
            diagnostics.append(
                XMLDiagnostic(
                    severity: .error, origin: .schematron,
                    message: "a Schematron test could not be evaluated (libxml2 knows XPath 1.0 functions only)"))
        } else if result > 0 && !collector.hasErrors {
            diagnostics.append(
                XMLDiagnostic(severity: .error, origin: .schematron, message: "the document fails a Schematron rule"))
        }
        return diagnostics
    }
}

/// Checks a Schematron document against the subset libxml2 2.9.14 compiles, without libxml2's compiler.
private struct SchematronPreflight {
    let document: XMLDocument
    let url: String?

    private static let xpath1Bindings: Set<String> = ["xslt", "xpath", "exslt", "stx", "xslt1"]

    func problems() -> [XMLDiagnostic] {
        guard let root = document.rootElement, isSchematron(root), root.name == "schema" else {
            return [problem("the root is not a Schematron <schema>", at: document.rootElement)]
        }
        var problems: [XMLDiagnostic] = []
        if let binding = root.attribute("queryBinding"), !Self.xpath1Bindings.contains(binding.lowercased()) {
            problems.append(problem("queryBinding=\"\(binding)\": libxml2 evaluates XPath 1.0 only", at: root))
        }
        var namespaces: [String: String] = [:]
        var seenPattern = false
        for child in root.childElements {
            guard isSchematron(child) else { continue }
            switch child.name {
            case "title" where !seenPattern && namespaces.isEmpty: continue
            case "ns" where !seenPattern:
                guard let prefix = child.attribute("prefix"), let uri = child.attribute("uri") else {
                    problems.append(problem("<ns> needs @prefix and @uri", at: child))
                    continue
                }
                namespaces[prefix] = uri
            case "pattern":
                seenPattern = true
                problems += patternProblems(child, namespaces: namespaces)
            default:
                problems.append(problem(unsupported(child), at: child))
            }
        }
        if !seenPattern { problems.append(problem("the schema has no <pattern>", at: root)) }
        return problems
    }

    private func patternProblems(_ pattern: XMLNode, namespaces: [String: String]) -> [XMLDiagnostic] {
        if pattern.attribute("abstract") == "true" || pattern.attribute("is-a") != nil {
            return [problem("abstract patterns are not supported by libxml2 2.9.14", at: pattern)]
        }
        var problems: [XMLDiagnostic] = []
        var rules = 0
        for rule in pattern.childElements where isSchematron(rule) {
            guard rule.name == "rule" else {
                problems.append(problem(unsupported(rule), at: rule))
                continue
            }
            rules += 1
            guard let context = rule.attribute("context") else {
                problems.append(problem("<rule> needs @context", at: rule))
                continue
            }
            problems += expressionProblems(context, at: rule, namespaces: namespaces)
            var tests = 0
            for test in rule.childElements where isSchematron(test) {
                guard test.name == "assert" || test.name == "report" else {
                    problems.append(problem(unsupported(test), at: test))
                    continue
                }
                tests += 1
                guard let expression = test.attribute("test") else {
                    problems.append(problem("<\(test.name)> needs @test", at: test))
                    continue
                }
                problems += expressionProblems(expression, at: test, namespaces: namespaces)
            }
            if tests == 0 { problems.append(problem("<rule> has no <assert> or <report>", at: rule)) }
        }
        if rules == 0 { problems.append(problem("<pattern> has no <rule>", at: pattern)) }
        return problems
    }

    private func expressionProblems(_ expression: String, at node: XMLNode, namespaces: [String: String])
        -> [XMLDiagnostic]
    {
        guard XPathExpressionCheck.compiles(expression, namespaces: namespaces) else {
            return [problem("\"\(expression)\" is not an XPath 1.0 expression libxml2 can compile", at: node)]
        }
        return []
    }

    private func unsupported(_ node: XMLNode) -> String {
        "<\(node.name)> is not supported by libxml2 2.9.14's Schematron (it implements schema, ns, pattern, rule, assert, report)"
    }

    private func isSchematron(_ node: XMLNode) -> Bool {
        node.namespace == SchematronSchema.isoNamespace || node.namespace == SchematronSchema.oldNamespace
    }

    private func problem(_ message: String, at node: XMLNode?) -> XMLDiagnostic {
        XMLDiagnostic(severity: .error, origin: .schematron, message: message, file: url, line: node?.line)
    }
}
