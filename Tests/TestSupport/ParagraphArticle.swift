import AnnotationModel

extension Article {
    /// An article whose paragraphs are the parts of `text` between blank lines, for unit tests.
    public static func paragraphs(_ text: String, id: String = "a") -> Article {
        var blocks: [TextBlock] = []
        var start = 0
        for paragraph in text.components(separatedBy: "\n\n") {
            blocks.append(TextBlock(kind: .paragraph, span: TextSpan(start, start + paragraph.utf8.count)))
            start += paragraph.utf8.count + 2
        }
        return Article(id: id, text: text, blocks: blocks)
    }
}
