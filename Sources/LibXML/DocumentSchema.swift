/// A compiled schema of any kind: RELAX NG, W3C XML Schema, DTD or Schematron.
///
/// Every implementation is immutable once compiled and may validate on many threads at once; each
/// call to ``validate(_:)`` gets its own libxml2 validation context.
public protocol DocumentSchema: AnyObject, Sendable {
    /// Validates `document` and returns libxml2's diagnostics; it is valid when none is an error.
    ///
    /// Do not validate the same document on two threads at once: libxml2 writes into it while validating.
    func validate(_ document: XMLDocument) -> [XMLDiagnostic]
}
