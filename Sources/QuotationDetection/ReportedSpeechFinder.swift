import AnnotationModel

/// Reported (indirect) speech: what a sentence says someone said, without quotation marks.
///
/// - `X said (that) CONTENT`, `X said on Wednesday that CONTENT`, `X told Y that CONTENT`, `X said, without
///   elaborating, that CONTENT`;
/// - `CONTENT, X said` and `CONTENT, said X`;
/// - `according to X, CONTENT` and `CONTENT, according to X` (X a name, a role, or any description);
/// - `…, noting that CONTENT`, `…, saying CONTENT`: the subject of the clause speaks;
/// - `said CONTENT and that CONTENT`: two reports.
/// The content runs to the end of the sentence, or to a comma before a word that starts another
/// clause (`…, without saying whether …`). Content that holds a direct quotation is left to the
/// quotation; content must be a clause (with a finite verb) of at least three words.
struct ReportedSpeechFinder {
    let context: SpeechContext
    let finder: SpeakerFinder

    struct Report {
        var content: Range<Int>
        var speaker: FoundSpeaker?
    }

    /// The reports of sentence `sentence`, given the tokens inside direct quotations.
    func reports(in sentence: Sentence, quoted: [Bool]) -> [Report] {
        let range = sentence.tokens
        var end = range.upperBound
        while end > range.lowerBound
            && (context.isSentenceFinal(end - 1) || context.tokens[end - 1].kind == .punctuation)
        {
            end -= 1
        }
        var reports: [Report] = []
        for verb in range where !quoted[verb] {
            if SpeechLexicon.reportingVerbs.contains(context.words[verb]) && context.isSpeechVerb(verb) {
                if let report = afterVerb(verb, range, end) ?? beforeSubject(verb, range) {
                    reports.append(report)
                }
            } else if SpeechLexicon.participles.contains(context.words[verb]), verb > range.lowerBound,
                context.words[verb - 1] == ",", let report = participle(verb, range, end, quoted)
            {
                reports.append(report)
            }
        }
        reports += accordingTo(range, end)
        // `said inflation was close to target and that the economy needed support`: two reports.
        reports = reports.flatMap { report -> [Report] in
            guard
                let and = report.content.dropFirst().first(where: {
                    context.words[$0] == "and" && $0 + 1 < report.content.upperBound && context.words[$0 + 1] == "that"
                })
            else { return [report] }
            var first = report.content.lowerBound..<and
            if first.count > 1, context.words[and - 1] == "," { first = first.lowerBound..<(and - 1) }
            return [
                Report(content: first, speaker: report.speaker),
                Report(content: (and + 2)..<report.content.upperBound, speaker: report.speaker),
            ]
        }
        // A clause that ends inside a quotation takes it whole (its closing mark was trimmed as punctuation).
        reports = reports.map { report in
            var end = report.content.upperBound
            while end < range.upperBound && end > report.content.lowerBound && quoted[end] && quoted[end - 1] {
                end += 1
            }
            return Report(content: report.content.lowerBound..<end, speaker: report.speaker)
        }
        return reports.filter { report in
            // A clause may hold a quoted phrase (`had become “unacceptable”`), not be a quotation itself.
            let outside = report.content.filter { !quoted[$0] }
            return outside.filter { context.tokens[$0].kind == .word }.count >= 3
                && outside.contains { context.hasClauseVerb($0..<($0 + 1)) }
                && !report.content.isEmpty && !quoted[report.content.lowerBound]
        }
    }

    /// `X did …, noting that CONTENT`, `…, saying CONTENT`: the speaker is the subject of the clause.
    private func participle(_ verb: Int, _ range: Range<Int>, _ end: Int, _ quoted: [Bool]) -> Report? {
        guard
            let subject = finder.clauseSubject(in: range.lowerBound..<(verb - 1), quoted: quoted)
                ?? (range.lowerBound..<(verb - 1)).first(where: { context.hasFiniteVerb($0..<($0 + 1)) }).flatMap({
                    finder.subject(before: $0, floor: range.lowerBound)
                })
        else { return nil }
        var start = verb + 1
        if let that = (start..<min(end, start + 6)).first(where: { context.words[$0] == "that" }),
            !context.hasFiniteVerb(start..<that)
        {
            start = that + 1
        } else if SpeechLexicon.addressingVerbs.contains(context.words[verb]) {
            return nil
        }
        guard start < end, context.tokens[start].kind == .word else { return nil }
        return Report(content: start..<clauseEnd(from: start, end), speaker: subject)
    }

    /// `X said (that) CONTENT`.
    private func afterVerb(_ verb: Int, _ range: Range<Int>, _ end: Int) -> Report? {
        guard let subject = finder.subject(before: verb, floor: range.lowerBound) else { return nil }
        var start = verb + 1
        if SpeechLexicon.addressingVerbs.contains(context.words[verb]) {
            // `told NTV that …`, `told reporters on a video call that …`; without `that` only after the
            // ones news tells (`told reporters she had …`, `told Sky News the plan …`).
            if let that = (start..<min(end, start + 12)).first(where: { context.words[$0] == "that" }),
                !context.hasFiniteVerb(start..<that)
            {
                start = that + 1
            } else if let listener = listenerEnd(after: verb, end) {
                start = listener + 1
            } else {
                return nil
            }
        } else if start < end && context.words[start] == "," {
            // `said, without elaborating, that …`
            guard let comma = (start + 1..<min(end, start + 8)).first(where: { context.words[$0] == "," }),
                comma + 1 < end, context.words[comma + 1] == "that"
            else { return nil }
            start = comma + 2
        } else if let that = (start..<min(end, start + 8)).first(where: { context.words[$0] == "that" }),
            !context.hasFiniteVerb(start..<that), !(start..<that).contains(where: { context.words[$0] == "," })
        {
            // `said that …`, and `said on Wednesday that …`, `said in a statement that …`: the content starts
            // after `that`, past an adverbial with no verb of its own.
            start = that + 1
        }
        guard start < end, !context.isQuotationMark(start), context.words[start] != ":",
            context.tokens[start].kind == .word
        else { return nil }
        return Report(content: start..<clauseEnd(from: start, end), speaker: subject)
    }

    /// `CONTENT, X said` and `CONTENT, said X`.
    private func beforeSubject(_ verb: Int, _ range: Range<Int>) -> Report? {
        let comma: Int
        let speaker: FoundSpeaker
        if verb > range.lowerBound, context.words[verb - 1] == ",",
            SpeechLexicon.invertingVerbs.contains(context.words[verb]),
            let inverted = finder.invertedSubject(after: verb, limit: range.upperBound)
        {
            comma = verb - 1
            speaker = inverted
        } else if let subject = finder.subject(before: verb, floor: range.lowerBound), subject.start > range.lowerBound,
            context.words[subject.start - 1] == ","
        {
            comma = subject.start - 1
            speaker = subject
        } else {
            return nil
        }
        var start = range.lowerBound
        while start < comma && context.tokens[start].kind != .word { start += 1 }
        return Report(content: start..<comma, speaker: speaker)
    }

    /// `according to X, CONTENT` and `CONTENT, according to X`.
    private func accordingTo(_ range: Range<Int>, _ end: Int) -> [Report] {
        var reports: [Report] = []
        for index in range
        where context.words[index] == "according" && index + 2 < end && context.words[index + 1] == "to" {
            // `according to Foreign Minister X`: titles before the name; else whoever the words describe
            // (`according to two people who attended`).
            let opensSentence =
                index == range.lowerBound
                || (context.tokens[index - 1].kind != .word && context.words[index - 1] != ",")
            let sourceEnd = opensSentence ? commaEndingSource(after: index + 2, end) : end
            guard let sourceEnd,
                let speaker = finder.invertedSubject(after: index + 1, limit: sourceEnd)
                    ?? describedSource(index + 2, sourceEnd)
            else { continue }
            if opensSentence {
                // `According to X, CONTENT`, `According to the regulator, the CNMC, CONTENT`
                let comma = sourceEnd
                reports.append(Report(content: (comma + 1)..<clauseEnd(from: comma + 1, end), speaker: speaker))
            } else if context.words[index - 1] == "," {
                var start = range.lowerBound
                while start < index - 1 && context.tokens[start].kind != .word { start += 1 }
                reports.append(Report(content: start..<(index - 1), speaker: speaker))
            }
        }
        return reports
    }

    /// The last token of the one told, when it is a name or a word for an audience (`reporters`, `the
    /// committee`) and a clause follows it.
    private func listenerEnd(after verb: Int, _ end: Int) -> Int? {
        var last: Int
        if verb + 1 < end, let mention = context.mentionStarting[verb + 1] {
            last = context.mentionLastToken[mention]
        } else if verb + 1 < end, SpeechLexicon.audiences.contains(context.words[verb + 1]) {
            last = verb + 1
        } else if verb + 2 < end, context.words[verb + 1] == "the",
            SpeechLexicon.audiences.contains(context.words[verb + 2])
        {
            last = verb + 2
        } else {
            return nil
        }
        guard last + 1 < end, context.tokens[last + 1].kind == .word,
            context.hasClauseVerb((last + 1)..<min(end, last + 8))
        else { return nil }
        return last
    }

    /// The comma that ends the source of `According to SOURCE, CONTENT`: the last comma before the first
    /// finite verb (an apposition inside the source has none).
    private func commaEndingSource(after start: Int, _ end: Int) -> Int? {
        let verb = (start..<end).first { context.hasFiniteVerb($0..<($0 + 1)) } ?? end
        return (start..<verb).last { context.words[$0] == "," }
    }

    /// A source named by a description (`two people who attended`, `the report`): its head noun, the
    /// description running to `end`.
    private func describedSource(_ start: Int, _ end: Int) -> FoundSpeaker? {
        guard start < end,
            let head = (start..<end).first(where: { ["NN", "NNS"].contains(context.tags[$0]) })
                ?? (start..<end).last(where: { ["NNP", "NNPS"].contains(context.tags[$0]) })
        else {
            return nil
        }
        let word = context.words[head]
        let definite = context.words[start] == "the"
        var found = FoundSpeaker(
            phrase: SpeechLexicon.organizationNouns.contains(word) && SpeechLexicon.roleNouns[word] == nil
                ? .organizationNoun(word, token: head)
                : .role(head: word, modifiers: [], definite: definite, token: head),
            start: start)
        found.end = end - 1
        return found
    }

    /// The end of a reported clause starting at `start`: the first comma before a clause-opening word, else `end`.
    private func clauseEnd(from start: Int, _ end: Int) -> Int {
        for index in start..<end {
            if context.words[index] == "," && index + 1 < end
                && SpeechLexicon.clauseBreakers.contains(context.words[index + 1])
            {
                return index
            }
            // `said her party had supported it, and said it was …`: a speech verb of its own starts anew.
            if ["and", "but"].contains(context.words[index]) && index + 1 < end && context.isSpeechVerb(index + 1) {
                return index > start && context.words[index - 1] == "," ? index - 1 : index
            }
        }
        return end
    }
}
