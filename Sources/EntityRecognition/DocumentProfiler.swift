import AnnotationModel
import PartOfSpeech
import SequenceLabeling

/// Builds the ``TokenProfile`` of every token of an article: spelling, sentence position,
/// gazetteer phrases (longest match), and document-level evidence.
struct DocumentProfiler {
    let gazetteers: Gazetteers
    let english: EnglishLexicon

    /// Gazetteer phrase classes (multiplied by 4 and offset by the BILU position in the profile).
    enum PhraseClass: UInt64 {
        case country = 1, region, largeCity, smallCity, organization, title
    }

    /// - Parameter analyses: one per token, from the part-of-speech stage.
    func profiles(_ article: Article, _ segmentation: Segmentation, _ analyses: [WordAnalysis]) -> [TokenProfile] {
        var text = article.text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var profiles = segmentation.tokens.map { profile(bytes, $0) }
            for (index, analysis) in analyses.enumerated() where index < profiles.count {
                profiles[index].partOfSpeech = analysis.xpos.utf8.reduce(FeatureHashing.offset) {
                    FeatureHashing.byte($0, $1)
                }
            }
            markSentences(&profiles, article, segmentation)
            markDocumentEvidence(&profiles, bytes, segmentation)
            markGazetteers(&profiles, bytes, segmentation)
            markRuns(&profiles, segmentation)
            return profiles
        } ?? []
    }

    private func profile(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> TokenProfile {
        var lower = FeatureHashing.offset
        var exact = FeatureHashing.offset
        var shape = FeatureHashing.offset
        var lastShape: UInt8 = 0
        var flags: TokenProfile.Flags = []
        var uppercase = 0
        var letters = 0
        var index = token.span.start
        while index < token.span.end {
            let byte = bytes[index]
            exact = FeatureHashing.byte(exact, byte)
            var shapeByte: UInt8
            if byte >= 0x41 && byte <= 0x5A {
                lower = FeatureHashing.byte(lower, byte | 0x20)
                shapeByte = UInt8(ascii: "X")
                uppercase += 1
                letters += 1
            } else if byte >= 0x61 && byte <= 0x7A {
                lower = FeatureHashing.byte(lower, byte)
                shapeByte = UInt8(ascii: "x")
                letters += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                lower = FeatureHashing.byte(lower, byte)
                shapeByte = UInt8(ascii: "d")
                flags.insert(.hasDigit)
            } else if byte >= 0xC0 {
                lower = FeatureHashing.byte(lower, byte)
                let scalar = Unicode.UTF8.decode(bytes, at: index)
                if scalar.properties.isUppercase {
                    shapeByte = UInt8(ascii: "X")
                    uppercase += 1
                    letters += 1
                } else if scalar.properties.isAlphabetic {
                    shapeByte = UInt8(ascii: "x")
                    letters += 1
                } else {
                    shapeByte = UInt8(ascii: "o")
                }
            } else {
                lower = FeatureHashing.byte(lower, byte)
                shapeByte = byte >= 0x80 ? 0 : byte
            }
            if shapeByte != 0 && shapeByte != lastShape {
                shape = FeatureHashing.byte(shape, shapeByte)
                lastShape = shapeByte
            }
            index += 1
        }
        let length = token.span.length
        func affix(_ start: Int, _ count: Int) -> UInt64 {
            var hash = FeatureHashing.offset &+ UInt64(count)
            for offset in 0..<min(count, length) {
                let byte = bytes[start + offset]
                hash = FeatureHashing.byte(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return hash
        }
        if token.kind == .word && startsWithUppercase(bytes, token) {
            flags.insert(.capitalized)
            if uppercase == letters && letters > 1 { flags.insert(.allCapitals) }
        }
        if token.kind == .punctuation || token.kind == .symbol { flags.insert(.punctuation) }
        var profile = TokenProfile(
            lower: lower, exact: exact, shape: shape, prefix3: affix(token.span.start, 3),
            suffix2: affix(max(token.span.start, token.span.end - 2), 2),
            suffix3: affix(max(token.span.start, token.span.end - 3), 3), flags: flags, gazetteer: 0, partOfSpeech: 0)
        profile.initial = length > 0 ? bytes[token.span.start] : 0
        return profile
    }

    /// True when the token's first character is an upper-case letter.
    private func startsWithUppercase(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let first = bytes[token.span.start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return Unicode.UTF8.decode(bytes, at: token.span.start).properties.isUppercase
    }

    private func markSentences(_ profiles: inout [TokenProfile], _ article: Article, _ segmentation: Segmentation) {
        for sentence in segmentation.sentences {
            guard !sentence.tokens.isEmpty else { continue }
            // The first word of a sentence, after any opening quotation marks or brackets.
            var first = sentence.tokens.lowerBound
            while first < sentence.tokens.upperBound && profiles[first].flags.contains(.punctuation) { first += 1 }
            if first < sentence.tokens.upperBound { profiles[first].flags.insert(.sentenceStart) }
            profiles[sentence.tokens.upperBound - 1].flags.insert(.sentenceEnd)
            if article.blocks[sentence.block].kind == .headline {
                for index in sentence.tokens { profiles[index].flags.insert(.inHeadline) }
            }
        }
        for index in segmentation.tokens.indices.dropFirst() where !segmentation.tokens[index - 1].spaceAfter {
            profiles[index].flags.insert(.glued)
        }
    }

    private func markDocumentEvidence(
        _ profiles: inout [TokenProfile], _ bytes: UnsafeBufferPointer<UInt8>, _ segmentation: Segmentation
    ) {
        var lowercaseForms = KeyTable<Bool>(minimumCapacity: profiles.count)
        var capitalizedInside = KeyTable<Bool>()
        for (index, profile) in profiles.enumerated() {
            if profile.flags.contains(.capitalized) {
                if !profile.flags.contains(.sentenceStart) && !profile.flags.contains(.inHeadline) {
                    capitalizedInside.set(profile.exact, true)
                }
            } else if segmentation.tokens[index].kind == .word {
                lowercaseForms.set(profile.lower, true)
            }
        }
        for index in profiles.indices where profiles[index].flags.contains(.capitalized) {
            if lowercaseForms.contains(profiles[index].lower) { profiles[index].flags.insert(.lowercaseElsewhere) }
            if capitalizedInside.contains(profiles[index].exact) {
                profiles[index].flags.insert(.capitalizedElsewhere)
            }
        }
    }

    private func markGazetteers(
        _ profiles: inout [TokenProfile], _ bytes: UnsafeBufferPointer<UInt8>, _ segmentation: Segmentation
    ) {
        for index in profiles.indices {
            let exact = profiles[index].exact
            if Self.possessiveKeys.contains(exact) { profiles[index].flags.insert(.possessive) }
            if Self.hyphenKeys.contains(exact) { profiles[index].flags.insert(.hyphen) }
            if NameParticles.keys.contains(exact) { profiles[index].flags.insert(.particle) }
            guard profiles[index].flags.contains(.capitalized) else { continue }
            if gazetteers.givenNames.contains(key: exact) { profiles[index].flags.insert(.givenName) }
            if gazetteers.surnames.contains(key: exact) { profiles[index].flags.insert(.surname) }
            // `Tomás`, `José`: the name lists write them without diacritics.
            let token = segmentation.tokens[index].span
            if (token.start..<token.end).contains(where: { bytes[$0] >= 0x80 }) {
                let word = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
                if gazetteers.givenNames.contains(word) { profiles[index].flags.insert(.givenName) }
                if gazetteers.surnames.contains(word) { profiles[index].flags.insert(.surname) }
            }
            if gazetteers.demonyms[key: exact] != nil { profiles[index].flags.insert(.demonym) }
            if gazetteers.organizationSuffixes.contains(key: exact) {
                profiles[index].flags.insert(.organizationSuffix)
            }
            if gazetteers.personTitles[key: exact] != nil { profiles[index].flags.insert(.titleWord) }
            if english.contains(key: profiles[index].lower) { profiles[index].flags.insert(.englishWord) }
        }
        markWordFeatures(&profiles)
        // Longest gazetteer phrase starting at each capitalised token, within sentences.
        var keys: [UInt64] = []
        keys.reserveCapacity(8)
        for sentence in segmentation.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard profiles[index].flags.contains(.capitalized) || profiles[index].flags.contains(.allCapitals)
                else {
                    index += 1
                    continue
                }
                SurfaceKey.runs(
                    bytes, segmentation.tokens, from: index, count: 6, limit: sentence.tokens.upperBound, into: &keys)
                guard let (length, phraseClass) = longestPhrase(keys) else {
                    index += 1
                    continue
                }
                for offset in 0..<length {
                    let position: UInt64 = length == 1 ? 3 : offset == 0 ? 0 : offset == length - 1 ? 2 : 1
                    profiles[index + offset].gazetteer = phraseClass.rawValue &* 4 &+ position
                }
                index += length
            }
        }
    }

    /// Clusters, capitalization and frequency from ``WordFeatures``: the form's own, else (for the
    /// cluster) its lower-case form's.
    private func markWordFeatures(_ profiles: inout [TokenProfile]) {
        let table = gazetteers.wordFeatures
        for index in profiles.indices {
            if let entry = table.entry(key: profiles[index].exact) {
                profiles[index].cluster = UInt64(entry.cluster)
                profiles[index].caseBucket = UInt64(entry.caseBucket)
                profiles[index].frequency = UInt64(entry.frequencyBucket)
            }
            if profiles[index].cluster == 0, profiles[index].lower != profiles[index].exact,
                let entry = table.entry(key: profiles[index].lower), entry.cluster != 0
            {
                profiles[index].cluster = UInt64(entry.cluster) | 1 << 32
            }
        }
    }

    /// Runs of capitalized words within a sentence, joined by `of`, `for`, `and`, `the`, `de`, `&` and
    /// hyphens between capitalized words: each token of a run learns the run's head word, first word,
    /// length and the words around it.
    private func markRuns(_ profiles: inout [TokenProfile], _ segmentation: Segmentation) {
        func isName(_ index: Int) -> Bool {
            profiles[index].flags.contains(.capitalized) || profiles[index].flags.contains(.allCapitals)
        }
        for sentence in segmentation.sentences {
            var index = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while index < end {
                guard isName(index) else {
                    index += 1
                    continue
                }
                var last = index
                var next = index + 1
                while next < end {
                    if isName(next) {
                        last = next
                        next += 1
                    } else if Self.joinerKeys.contains(profiles[next].lower) || profiles[next].flags.contains(.hyphen) {
                        var after = next + 1
                        if after < end && profiles[after].lower == Self.theKey { after += 1 }
                        guard after < end, isName(after) else { break }
                        next = after
                    } else {
                        break
                    }
                }
                var run = TokenProfile.Run()
                run.head = profiles[last].lower
                run.first = profiles[index].lower
                run.before = index > sentence.tokens.lowerBound ? profiles[index - 1].lower : 0
                run.secondBefore = index - 1 > sentence.tokens.lowerBound ? profiles[index - 2].lower : 0
                run.after = last + 1 < end ? profiles[last + 1].lower : 0
                run.headFlags = profiles[last].flags.intersection(Self.headFlags)
                run.headCluster = profiles[last].cluster
                let preposition = (index..<last).dropFirst().first { Self.prepositionKeys.contains(profiles[$0].lower) }
                let kind = preposition.map { $0 - 1 } ?? last
                run.kindWord = profiles[kind].lower
                run.kindWordFlags = profiles[kind].flags.intersection(Self.headFlags)
                run.length = UInt64(min(6, last - index + 1))
                run.range = index..<(last + 1)
                for position in index...last {
                    run.position = index == last ? 3 : position == index ? 0 : position == last ? 2 : 1
                    profiles[position].run = run
                }
                index = last + 1
            }
        }
    }

    private static let joinerKeys: Set<UInt64> = Set(["of", "for", "and", "de", "&", "on"].map(SurfaceKey.of))
    private static let theKey = SurfaceKey.of("the")
    private static let prepositionKeys: Set<UInt64> = Set(["of", "for", "on"].map(SurfaceKey.of))
    private static let headFlags: TokenProfile.Flags = [
        .organizationSuffix, .titleWord, .givenName, .surname, .demonym, .englishWord, .allCapitals,
    ]

    private static let possessiveKeys: [UInt64] = ["’s", "'s", "’", "'"].map(SurfaceKey.of)
    private static let hyphenKeys: [UInt64] = ["-", "‐"].map(SurfaceKey.of)

    /// The longest gazetteer phrase among runs with `keys` (one per run length, shortest first).
    private func longestPhrase(_ keys: [UInt64]) -> (Int, PhraseClass)? {
        for length in stride(from: keys.count, through: 1, by: -1) {
            let key = keys[length - 1]
            if gazetteers.organizations[key: key] != nil { return (length, .organization) }
            if let place = gazetteers.places[key: key] {
                switch place.kind {
                case .country, .continent: return (length, .country)
                case .region: return (length, .region)
                case .city: return (length, place.population >= 100_000 ? .largeCity : .smallCity)
                }
            }
            if gazetteers.personTitles[key: key] != nil && length > 1 { return (length, .title) }
        }
        return nil
    }
}

extension Unicode.UTF8 {
    /// The scalar whose UTF-8 encoding starts at `index` (U+FFFD for a broken sequence).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        var iterator = bytes[index..<min(bytes.count, index + 4)].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        if case .valid(let encoded) = parser.parseScalar(from: &iterator) { return Unicode.UTF8.decode(encoded) }
        return "\u{FFFD}"
    }
}
