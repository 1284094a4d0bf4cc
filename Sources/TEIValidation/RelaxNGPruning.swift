import LibXML

/// A RELAX NG grammar cut down to the element names one document (or a set of documents) uses, with
/// the same verdict on that document as the whole grammar.
///
/// Why it holds: an element pattern none of whose names occur in the document can match nothing in it,
/// so no successful match of the document uses it. Replacing it by `notAllowed` (and simplifying
/// `notAllowed` away as RELAX NG section 4.20 does) or emptying its content changes no verdict; neither
/// does dropping the defines no longer referenced. libxml2 compiles a large grammar (`tei_all.rng`:
/// 594 elements, 1,209 defines, 5–12 s) in a few milliseconds once cut down to a document's elements,
/// which is what jing gains by compiling lazily.
struct RelaxNGPruning {
    /// How the unused element patterns are cut.
    enum Mode: Sendable, Hashable {
        /// Replaced by `notAllowed`, which then removes the choices, optional parts and defines that
        /// lead only to them: the smallest grammar, for the verdict.
        case verdict
        /// Kept with their names and an empty content: the grammar expects the same elements where the
        /// whole one does, so libxml2's messages on a rejected document are the whole grammar's.
        case explanation
    }

    let index: RelaxNGPatternIndex
    /// Patterns removed with their subtrees.
    private(set) var removed: [Bool]
    /// Element patterns whose content becomes `<empty/>`.
    private(set) var emptied: [Int] = []
    /// False when no document with these names can match (the start itself is `notAllowed`).
    private(set) var canMatch = true

    init(_ index: RelaxNGPatternIndex, keeping names: Set<String>, mode: Mode) {
        self.index = index
        removed = Array(repeating: false, count: index.kinds.count)
        let unused = index.elementNames.indices.map { pattern in
            index.kinds[pattern] == .element && index.elementNames[pattern].map { $0.isDisjoint(with: names) } == true
        }
        switch mode {
        case .verdict: cutToNotAllowed(unused)
        case .explanation: emptied = unused.indices.filter { unused[$0] }
        }
        removeUnreachableDefines()
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
        for pattern in emptied {
            let content = index.children[pattern].dropFirst(index.contentStart[pattern])
            for child in content { nodes[child].remove() }
            nodes[pattern].appendElement("empty")
        }
        // Remove the outermost cut patterns first; their descendants go with them.
        for pattern in index.kinds.indices where removed[pattern] && !hasRemovedAncestor(pattern) {
            nodes[pattern].remove()
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
}
