import LibXML

/// A RELAX NG grammar cut down to the element names one document (or a set of documents) uses, with
/// the same verdict on that document as the whole grammar.
///
/// Why it holds: an element pattern none of whose names occur in the document can match no element of
/// it, so no successful match uses it; it may be emptied or made `notAllowed` without changing a
/// verdict, and the defines no longer referenced may go. libxml2 compiles `tei_all.rng` (594 elements,
/// 1,209 defines) in about 10 s whole; the two cuts take it much less:
/// - ``Mode/verdict``: unused elements are `notAllowed`, simplified away as RELAX NG section 4.20 does
///   (alternatives and optional parts that lead only to them removed; a pattern that then requires one
///   removed up to the nearest choice or optional part). Milliseconds to compile, but libxml2's
///   messages change, since fewer elements are expected.
/// - ``Mode/explanation``: unused elements keep their names and get an empty content, so the grammar
///   expects what the whole grammar expects and libxml2's messages are the whole grammar's: for the
///   documents the verdict cut rejects. 0.3–3 s to compile (libxml2's determinism checks are quadratic
///   in the alternatives of the model classes, which this cut keeps).
///
/// The verdict cut never leaves a `group`, `interleave` or `choice` with one pattern where the grammar
/// had more: libxml2 2.9.14 replaces such a group by its child in place while simplifying, once for each
/// reference to the define holding it, which can link its lists into a cycle that its attribute-conflict
/// check then walks forever (it did on a manuscript description's `origin` beside its `history`). The
/// cut unwraps them itself, and drops groups left with nothing.
struct RelaxNGPruning {
    /// How the unused element patterns are cut.
    enum Mode: Sendable, Hashable {
        case verdict, explanation
    }

    let index: RelaxNGPatternIndex
    /// Patterns removed with their subtrees.
    private(set) var removed: [Bool]
    /// Element patterns whose content becomes `<empty/>`.
    private(set) var emptied: [Int] = []
    /// Patterns replaced by their only remaining child.
    private(set) var unwrapped: [Int] = []
    /// Patterns left without content, which get `<empty/>`.
    private(set) var filled: [Int] = []
    /// False when no document with these names can match (the start itself is `notAllowed`).
    private(set) var canMatch = true

    init(_ index: RelaxNGPatternIndex, keeping names: Set<String>, mode: Mode) {
        self.index = index
        removed = Array(repeating: false, count: index.kinds.count)
        let unused = index.elementNames.indices.map { pattern in
            index.kinds[pattern] == .element && index.elementNames[pattern].map { $0.isDisjoint(with: names) } == true
        }
        switch mode {
        case .verdict:
            cutToNotAllowed(unused)
            guard canMatch else { return }
            removeUnreachableDefines()
            normalizeShapes()
        case .explanation:
            emptied = unused.indices.filter { unused[$0] }
            removeUnreachableDefines()
        }
    }

    /// Marks every pattern that cannot match, then removes the alternatives and optional parts made of them.
    private mutating func cutToNotAllowed(_ unused: [Bool]) {
        let kinds = index.kinds
        let children = index.children
        var deadDefine = Array(repeating: false, count: kinds.count)
        var impossible = Array(repeating: false, count: kinds.count)
        // Children come after their parents in document order, so one backward sweep settles every
        // pattern given the defines' states; repeat until the defines settle.
        var changed = true
        while changed {
            changed = false
            for pattern in kinds.indices.reversed() {
                let content = children[pattern].dropFirst(index.contentStart[pattern])
                let value: Bool
                switch kinds[pattern] {
                case .ref: value = deadDefine[index.referenced[pattern]]
                case .notAllowed: value = true
                case .element: value = unused[pattern] || content.contains { impossible[$0] }
                case .attribute, .group, .interleave, .oneOrMore, .list, .mixed, .define, .start:
                    value = content.contains { impossible[$0] }
                case .choice: value = !content.isEmpty && content.allSatisfy { impossible[$0] }
                default: value = false
                }
                impossible[pattern] = value
                if kinds[pattern] == .define, value, !deadDefine[pattern] {
                    deadDefine[pattern] = true
                    changed = true
                }
            }
        }
        if impossible[index.start] {
            canMatch = false
            return
        }
        for pattern in kinds.indices where !impossible[pattern] {
            switch kinds[pattern] {
            case .choice:
                for alternative in children[pattern] where impossible[alternative] { removed[alternative] = true }
            case .optional, .zeroOrMore:
                if children[pattern].contains(where: { impossible[$0] }) { removed[pattern] = true }
            default: break
            }
        }
    }

    /// Removes the defines that no kept reference reaches from the start.
    private mutating func removeUnreachableDefines() {
        let emptiedSet = Set(emptied)
        var reached = Array(repeating: false, count: index.kinds.count)
        var stack = [index.start]
        while let pattern = stack.popLast() {
            guard !removed[pattern] else { continue }
            if index.kinds[pattern] == .ref {
                let define = index.referenced[pattern]
                if !reached[define] {
                    reached[define] = true
                    stack.append(define)
                }
                continue
            }
            let children = index.children[pattern]
            stack.append(
                contentsOf: emptiedSet.contains(pattern)
                    ? Array(children.prefix(index.contentStart[pattern])) : children)
        }
        for pattern in index.kinds.indices where index.kinds[pattern] == .define && !reached[pattern] {
            removed[pattern] = true
        }
    }

    /// Unwraps the groups, interleaves and choices the cut left with one pattern, removes the groups and
    /// interleaves it left with none, and gives `<empty/>` to any other pattern it left without content.
    private mutating func normalizeShapes() {
        let kinds = index.kinds
        // Innermost first (children come after their parents), so that a group emptied by the removal of
        // its only group counts as emptied in turn.
        for pattern in kinds.indices.reversed() where !removed[pattern] && !hasRemovedAncestor(pattern) {
            let content = index.children[pattern].dropFirst(index.contentStart[pattern])
            let left = content.filter { !removed[$0] }.count
            guard left < content.count else { continue }
            switch kinds[pattern] {
            case .group, .interleave, .choice:
                if left == 0 {
                    removed[pattern] = true
                } else if left == 1 {
                    unwrapped.append(pattern)
                }
            default:
                if left == 0 { filled.append(pattern) }
            }
        }
    }

    private func hasRemovedAncestor(_ pattern: Int) -> Bool {
        var ancestor = index.parents[pattern]
        while ancestor >= 0 {
            if removed[ancestor] { return true }
            ancestor = index.parents[ancestor]
        }
        return false
    }

    /// Makes the cuts in `document`, a fresh parse of the bytes the index was read from.
    func apply(to document: XMLDocument) {
        guard let root = document.rootElement else { return }
        var nodes: [XMLNode] = []
        nodes.reserveCapacity(index.kinds.count)
        func collect(_ node: XMLNode) {
            nodes.append(node)
            var child = node.firstChild
            while let current = child {
                if current.kind == .element, current.namespace == RelaxNGPatternIndex.relaxNGNamespace {
                    collect(current)
                }
                child = current.nextSibling
            }
        }
        collect(root)
        precondition(nodes.count == index.kinds.count, "the grammar is not the one the index was read from")
        // Innermost first: an emptied element inside another's content goes with it.
        for pattern in emptied.reversed() {
            let content = index.children[pattern].dropFirst(index.contentStart[pattern])
            for child in content { nodes[child].remove() }
            nodes[pattern].appendElement("empty")
        }
        // Outermost first; their descendants go with them.
        for pattern in index.kinds.indices where removed[pattern] && !hasRemovedAncestor(pattern) {
            nodes[pattern].remove()
        }
        for pattern in filled { nodes[pattern].appendElement("empty") }
        for pattern in unwrapped { nodes[pattern].unwrap() }
    }
}
