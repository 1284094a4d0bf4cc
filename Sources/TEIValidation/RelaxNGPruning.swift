import LibXML

/// A RELAX NG grammar cut down to the element names one document (or a set of documents) uses, with
/// the same verdict and the same libxml2 messages on that document as the whole grammar.
///
/// Every element pattern none of whose names occur in the document keeps its name and loses its
/// content (`element x { empty }`), and the defines no longer referenced go. Why the verdict holds: such
/// a pattern can match no element of the document, whatever its content, so no successful match uses
/// it. Why the messages hold: the patterns stay where the grammar expects them, so libxml2 names the
/// same expected elements. libxml2 compiles `tei_all.rng` (594 elements, 1,209 defines, 5–12 s whole)
/// cut to one document's elements in 0.3–2 s.
///
/// Cutting further, to `notAllowed` and simplifying the choices and optional parts away, gives smaller
/// grammars that libxml2 2.9.14 usually compiles in milliseconds, but on some combinations of elements
/// (a manuscript description's `origin` beside its `history`) it never finished (a cycle in the lists
/// `xmlRelaxNGCheckGroupAttrs` walks; BENCHMARKS.md), so the cut keeps the grammar's shapes.
struct RelaxNGPruning {
    let index: RelaxNGPatternIndex
    /// Patterns removed with their subtrees (the unreachable defines).
    private(set) var removed: [Bool]
    /// Element patterns whose content becomes `<empty/>`.
    let emptied: [Int]

    init(_ index: RelaxNGPatternIndex, keeping names: Set<String>) {
        self.index = index
        removed = Array(repeating: false, count: index.kinds.count)
        emptied = index.elementNames.indices.filter { pattern in
            index.kinds[pattern] == .element && index.elementNames[pattern].map { $0.isDisjoint(with: names) } == true
        }
        removeUnreachableDefines()
    }

    /// Removes the defines that no reference outside emptied content reaches from the start.
    private mutating func removeUnreachableDefines() {
        let emptiedSet = Set(emptied)
        var reached = Array(repeating: false, count: index.kinds.count)
        var stack = [index.start]
        while let pattern = stack.popLast() {
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
        // Innermost first: an emptied element inside another's content goes with it.
        for pattern in emptied.reversed() {
            let content = index.children[pattern].dropFirst(index.contentStart[pattern])
            for child in content { nodes[child].remove() }
            nodes[pattern].appendElement("empty")
        }
        // Removed defines are children of the grammar: none lies inside another.
        for pattern in index.kinds.indices where removed[pattern] { nodes[pattern].remove() }
    }
}
