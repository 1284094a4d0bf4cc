import AnnotationModel

/// Reported (indirect) speech: what a sentence says someone said, without quotation marks.
///
/// - `X said (that) CONTENT`, `X told Y that CONTENT`, `X said, without elaborating, that CONTENT`;
/// - `CONTENT, X said` and `CONTENT, said X`;
/// - `according to X, CONTENT` and `CONTENT, according to X`.
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
        for verb in range
        where SpeechLexicon.reportingVerbs.contains(context.words[verb]) && context.isSpeechVerb(verb) && !quoted[verb]
        {
            if let report = afterVerb(verb, range, end) ?? beforeSubject(verb, range) {
                reports.append(report)
            }
        }
        reports += accordingTo(range, end)
        return reports.filter { report in
            !report.content.contains { quoted[$0] }
                && report.content.filter { context.tokens[$0].kind == .word }.count >= 3
                && context.hasFiniteVerb(report.content)
        }
    }

    /// `X said (that) CONTENT`.
    private func afterVerb(_ verb: Int, _ range: Range<Int>, _ end: Int) -> Report? {
        guard let subject = finder.subject(before: verb, floor: range.lowerBound) else { return nil }
        var start = verb + 1
        if SpeechLexicon.addressingVerbs.contains(context.words[verb]) {
            // `told NTV that …`, `told reporters that …`: only with `that`.
            guard let that = (start..<min(end, start + 6)).first(where: { context.words[$0] == "that" }) else {
                return nil
            }
            start = that + 1
        } else if start < end && context.words[start] == "," {
            // `said, without elaborating, that …`
            guard let comma = (start + 1..<min(end, start + 8)).first(where: { context.words[$0] == "," }),
                comma + 1 < end, context.words[comma + 1] == "that"
            else { return nil }
            start = comma + 2
        } else if start < end && context.words[start] == "that" {
            start += 1
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
            // `according to Foreign Minister X`: titles before the name.
            guard let speaker = finder.invertedSubject(after: index + 1, limit: end) else { continue }
            if index == range.lowerBound || (context.tokens[index - 1].kind != .word && context.words[index - 1] != ",")
            {
                // `According to X, CONTENT`
                guard let comma = (index + 3..<end).first(where: { context.words[$0] == "," }) else { continue }
                reports.append(Report(content: (comma + 1)..<clauseEnd(from: comma + 1, end), speaker: speaker))
            } else if context.words[index - 1] == "," {
                var start = range.lowerBound
                while start < index - 1 && context.tokens[start].kind != .word { start += 1 }
                reports.append(Report(content: start..<(index - 1), speaker: speaker))
            }
        }
        return reports
    }

    /// The end of a reported clause starting at `start`: the first comma before a clause-opening word, else `end`.
    private func clauseEnd(from start: Int, _ end: Int) -> Int {
        for index in start..<end
        where context.words[index] == "," && index + 1 < end
            && SpeechLexicon.clauseBreakers.contains(context.words[index + 1])
        {
            return index
        }
        return end
    }
}
