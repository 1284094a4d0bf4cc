import AnnotationModel
import Foundation

/// Article ids in a corpus. Every `xml:id` of an article is its article id followed by `-` and a
/// suffix (`…-per1`, `…-q3`, `…-app`), and ids of the corpus root contain a `.` (`reg.per.…`) or a `-`
/// (`corpus-app`). Article ids themselves hold only ASCII letters, digits and single `_`s, so no id
/// of one article can equal an id of another article or of the root: ids are unique corpus-wide.
public enum CorpusArticleIDs {
    /// The id of the corpus root, never given to an article.
    public static let root = "corpus"

    /// The id an input asks for (a JSON Lines `id`, a file name's stem) made safe: see
    /// ``ArticleIdentifier/portable(_:)``, which `annotate` uses too.
    public static func base(_ candidate: String) -> String {
        ArticleIdentifier.portable(candidate)
    }

    /// The shard (`0..<count`) that builds the articles whose id starts from `base`: all inputs asking
    /// for the same id land in the same shard, so that their ids are told apart there.
    public static func shard(ofBase base: String, count: Int) -> Int {
        Int(ContentHash.fnv1a(Array(base.utf8)) % UInt64(count))
    }
}

/// Hands out distinct article ids in input order: the first input asking for `x` gets `x`, later ones
/// `x__2`, `x__3`, … (a base never contains `__`, so these cannot meet another input's id).
public struct ArticleIDAllocator: Sendable {
    private var used: Set<String> = [CorpusArticleIDs.root]

    public init() {}

    /// Keeps `id` from being handed out (an article of an earlier build the corpus keeps).
    public mutating func reserve(_ id: String) {
        used.insert(id)
    }

    /// A fresh id for an input asking for `base` (see ``CorpusArticleIDs/base(_:)``).
    public mutating func allocate(base: String) -> String {
        if used.insert(base).inserted { return base }
        var serial = 2
        while !used.insert("\(base)__\(serial)").inserted { serial += 1 }
        return "\(base)__\(serial)"
    }
}
