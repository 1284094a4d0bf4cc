/// The brat configuration written with a brat export, so that brat knows every type, attribute and
/// relation the `.ann` files use and which spans may overlap (brat reports any overlap its
/// `<OVERLAP>` rules do not allow).
///
/// brat finds these files in the directory of a document or any directory above it, so one set at
/// the top of an export serves the articles below it.
enum BratConfiguration {
    /// The files, by name.
    static let files: [(name: String, text: String)] = [
        ("annotation.conf", annotation), ("visual.conf", visual), ("tools.conf", tools),
    ]

    /// Types, relations and attributes, as ``BratWriter`` writes them.
    ///
    /// A name may lie inside another (a place in an organization's name; TEI corrected by hand may also
    /// give two names the same span) and inside a quotation; a quotation may lie inside another. brat
    /// compares a quotation in several fragments by its fragments: a name or quotation between two
    /// fragments (the speaker between the two parts of a quotation) counts as crossing it, so crossing
    /// is allowed there too.
    static let annotation = """
        # brat configuration of a tei-annotator export.
        [entities]
        PER
        LOC
        ORG
        Quote

        [relations]
        # A quotation and the mention of its speaker nearest to it.
        Speaker\tArg1:Quote, Arg2:PER|ORG|LOC
        # Arg1 may lie inside Arg2 (contain), have the same span (equal) or cross it.
        <OVERLAP>\tArg1:PER|LOC|ORG, Arg2:PER|LOC|ORG, <OVL-TYPE>:contain|equal
        <OVERLAP>\tArg1:PER|LOC|ORG, Arg2:Quote, <OVL-TYPE>:contain|cross
        <OVERLAP>\tArg1:Quote, Arg2:Quote, <OVL-TYPE>:contain|cross

        [events]

        [attributes]
        Speech\tArg:Quote, Value:direct|reported

        """

    /// Labels and colours (those of the HTML export).
    static let visual = """
        [labels]
        PER | Person | Per
        LOC | Place | Loc
        ORG | Organization | Org
        Quote | Quotation | Quote | Q
        Speaker | Speaker | Spk
        Speech | Speech

        [drawing]
        PER\tbgColor:#dbeafe, borderColor:#1d4ed8
        LOC\tbgColor:#dcfce7, borderColor:#15803d
        ORG\tbgColor:#ffedd5, borderColor:#c2410c
        Quote\tbgColor:#fef3c7, borderColor:#b45309
        Speaker\tcolor:#b45309
        Speech\tglyph:(d)|(r)
        SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
        ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
        ATTRIBUTE_DEFAULT\tglyph:*

        """

    /// Validation on; `N` lines point into the article's register (the TEI's `standOff`), which has
    /// no search service of its own.
    static let tools = """
        [options]
        Validation\tvalidate:all

        [normalization]
        register\t<URL>:https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-standOff.html

        """
}
