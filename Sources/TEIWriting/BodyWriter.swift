import AnnotationModel
import LibXML

/// Writes the `text`: one `<div type="article">` with the headline as `<head>` and a `<p>` per
/// paragraph (a headline block after a paragraph, as a page with several articles gives, is a `<p>`:
/// TEI allows `<head>` only before the paragraphs of a `<div>`), names and quotations nested inline as ``OverlapPolicy`` arranged them, and with the
/// linguistic layer, sentences (`<s>`) of words (`<w>`) and punctuation (`<pc>`) as ParlaMint writes
/// them: `@lemma`, `@pos` (Penn Treebank), `@msd` (`UPosTag=NOUN|Number=Sing`), `@join="right"`
/// where no space follows. The text between the tags is the article's own, spaces and all: every
/// element of the text is declared mixed content, so the indented serialization adds no white space
/// inside it, not even to a paragraph that holds only a quotation.
struct BodyWriter {
    let ids: TEIIdentifiers

    func write(_ annotated: AnnotatedArticle, layout: InlineLayout, into root: XMLNode) {
        let div = root.appendElement("text").appendElement("body").appendElement("div")
        div.setAttribute("type", "article")
        let text = annotated.article.text
        var inParagraphs = false
        for (index, block) in annotated.article.blocks.enumerated() {
            inParagraphs = inParagraphs || block.kind != .headline
            let element = div.appendElement(inParagraphs ? "p" : "head")
            element.declareMixedContent()
            var open: [(end: Int, node: XMLNode)] = [(block.span.end, element)]
            var cursor = block.span.start
            for inline in layout.spansByBlock[index] {
                while let top = open.last, open.count > 1, top.end <= inline.span.start {
                    top.node.appendText(String(text[TextSpan(cursor, top.end)]))
                    cursor = top.end
                    open.removeLast()
                }
                open.last!.node.appendText(String(text[TextSpan(cursor, inline.span.start)]))
                cursor = inline.span.start
                let node = open.last!.node.appendElement(elementName(inline.annotation, annotated))
                node.declareMixedContent()
                describe(node, inline.annotation, annotated, layout)
                open.append((inline.span.end, node))
            }
            while let top = open.popLast() {
                top.node.appendText(String(text[TextSpan(cursor, top.end)]))
                cursor = top.end
            }
        }
    }

    private func elementName(_ annotation: InlineAnnotation, _ annotated: AnnotatedArticle) -> String {
        switch annotation {
        case .sentence: "s"
        case .mention(let index): annotated.mentions[index].type.nameElement
        case .quotation: "said"
        case .token(let index): annotated.segmentation.tokens[index].kind == .punctuation ? "pc" : "w"
        }
    }

    private func describe(
        _ node: XMLNode, _ annotation: InlineAnnotation, _ annotated: AnnotatedArticle, _ layout: InlineLayout
    ) {
        switch annotation {
        case .sentence(let index):
            node.setAttribute("id", ids.sentence(index), namespace: XMLDocument.xmlNamespace)
        case .token(let index):
            describeToken(node, index, annotated)
        case .mention(let index):
            let mention = annotated.mentions[index]
            node.setAttribute("ref", TEIIdentifiers.pointer(ids.entries[mention.entry]))
            node.setAttribute("resp", TEIIdentifiers.pointer(ids.application))
            node.setAttribute("cert", certainty(mention.confidence))
        case .quotation(let index, let part):
            let quotation = annotated.quotations[index]
            node.setAttribute("id", ids.quotation(index, part: part), namespace: XMLDocument.xmlNamespace)
            if !quotation.speakers.isEmpty {
                node.setAttribute(
                    "who", quotation.speakers.map { TEIIdentifiers.pointer(ids.entries[$0]) }.joined(separator: " "))
            }
            node.setAttribute("direct", quotation.isDirect ? "true" : "false")
            let parts = layout.quotationPartCounts[index] ?? 1
            if part > 0 { node.setAttribute("prev", TEIIdentifiers.pointer(ids.quotation(index, part: part - 1))) }
            if part + 1 < parts {
                node.setAttribute("next", TEIIdentifiers.pointer(ids.quotation(index, part: part + 1)))
            }
            node.setAttribute("resp", TEIIdentifiers.pointer(ids.application))
            let confidence =
                quotation.speaker == nil ? quotation.confidence : min(quotation.confidence, quotation.speakerConfidence)
            node.setAttribute("cert", certainty(confidence))
        }
    }

    private func describeToken(_ node: XMLNode, _ index: Int, _ annotated: AnnotatedArticle) {
        let token = annotated.segmentation.tokens[index]
        if index < annotated.analyses.count {
            let analysis = annotated.analyses[index]
            if token.kind != .punctuation { node.setAttribute("lemma", analysis.lemma) }
            node.setAttribute("pos", analysis.xpos)
            let features = analysis.features == "_" || analysis.features.isEmpty ? "" : "|" + analysis.features
            node.setAttribute("msd", "UPosTag=" + analysis.upos + features)
        }
        if !token.spaceAfter { node.setAttribute("join", "right") }
    }
}
