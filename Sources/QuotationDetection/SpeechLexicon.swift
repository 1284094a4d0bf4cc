/// The words speech is reported with in news writing.
enum SpeechLexicon {
    /// Finite forms of verbs that report speech or writing: they take a speaker and what was said.
    static let verbs: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks", "stated", "states",
        "explained", "explains", "noted", "notes", "wrote", "writes", "claimed", "claims", "warned", "warns",
        "insisted", "insists", "argued", "argues", "replied", "replies", "declared", "declares", "announced",
        "announces", "continued", "continues", "recalled", "recalls", "admitted", "admits", "acknowledged",
        "acknowledges", "remarked", "remarks", "tweeted", "tweets", "posted", "suggested", "suggests",
        "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "concluded", "concludes",
        "answered", "answers", "responded", "responds", "testified", "testifies", "confirmed", "confirms",
        "denied", "denies", "vowed", "vows", "pledged", "pledges", "predicted", "predicts", "cautioned",
        "cautions", "complained", "complains", "asserted", "asserts", "reported", "reports", "revealed",
        "reveals", "reiterated", "reiterates", "maintained", "maintains", "conceded", "concedes", "countered",
        "counters", "commented", "comments", "observed", "observes", "described", "describes", "called",
        "calls", "estimated", "estimates", "promised", "promises", "agreed", "agrees", "disclosed", "discloses",
        "contended", "contends", "alleged", "alleges", "reasoned", "reasons", "mentioned", "mentions", "stating",
        "saying", "adding", "writing", "telling",
    ]
    /// Verbs whose object is the one spoken to: `X told NTV …`.
    static let addressingVerbs: Set<String> = ["told", "tells", "tell", "telling", "assured", "informed"]
    /// Verbs news puts before their subject after what was said: `“…,” said X`.
    static let invertingVerbs: Set<String> = [
        "said", "says", "added", "adds", "asked", "asks", "continued", "wrote", "writes", "explained", "noted",
        "recalled", "replied", "warned", "insisted", "argued", "declared", "stated", "remarked", "answered",
        "commented", "observed", "reasoned",
    ]
    /// Forms that introduce a participle clause rather than a speech event of their own (`, saying …`).
    static let participles: Set<String> = [
        "stating", "saying", "adding", "writing", "telling", "noting", "arguing", "warning", "insisting", "stressing",
        "explaining", "claiming", "acknowledging", "conceding", "suggesting",
    ]
    /// Speech verbs that take reported clauses (not only quotations).
    static let reportingVerbs: Set<String> = verbs.subtracting(["called", "calls", "described", "describes", "posted"])
        .subtracting(participles)

    /// Words after which a reported clause has ended: `…, without elaborating`, `…, adding that …`.
    static let clauseBreakers: Set<String> = [
        "without", "adding", "saying", "referring", "trying", "citing", "according", "noting", "calling",
        "urging", "warning", "arguing", "insisting", "while", "whereas", "but", "although", "though", "despite",
        "explaining", "stressing", "telling", "writing",
    ]
    /// Words that may stand between a subject and its verb: `X also said`, `she later told`.
    static let adverbs: Set<String> = [
        "also", "later", "then", "again", "previously", "earlier", "reportedly", "once", "further", "repeatedly",
        "recently", "separately", "publicly", "privately", "has", "have", "had", "was", "were", "is", "would",
        "will", "had", "also", "further", "only", "never", "always", "subsequently", "both", "each", "all",
        "jointly", "together",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "his", "her", "its", "their", "our"]
    static let definiteDeterminers: Set<String> = ["the", "this", "that", "his", "her", "its", "their", "our"]

    /// Nouns for people by their role: `the minister`, `a spokesman`; each with the role words it matches.
    static let roleNouns: [String: [String]] = [
        "minister": ["minister"], "premier": ["premier", "prime minister"], "president": ["president"],
        "chancellor": ["chancellor"], "secretary": ["secretary"], "spokesman": ["spokesman", "spokesperson"],
        "spokeswoman": ["spokeswoman", "spokesperson"], "spokesperson": ["spokesperson", "spokesman", "spokeswoman"],
        "ambassador": ["ambassador"], "envoy": ["envoy", "ambassador"], "governor": ["governor"], "mayor": ["mayor"],
        "senator": ["senator"], "chairman": ["chairman"], "chairwoman": ["chairwoman"], "chair": ["chair"],
        "director": ["director"], "commander": ["commander"], "general": ["general"], "coach": ["coach"],
        "manager": ["manager"], "professor": ["professor"], "researcher": ["researcher"], "leader": ["leader"],
        "king": ["king"], "queen": ["queen"], "pope": ["pope"], "judge": ["judge"], "official": ["official"],
        "chief": ["chief"], "executive": ["executive"], "founder": ["founder"], "strongman": ["strongman"],
        "diplomat": ["diplomat"], "lawmaker": ["lawmaker"], "mp": ["mp"], "attorney": ["attorney"],
        "lawyer": ["lawyer"], "prosecutor": ["prosecutor"],
    ]
    /// Nouns for organizations: `the ministry said`.
    static let organizationNouns: Set<String> = [
        "ministry", "government", "company", "agency", "department", "office", "embassy", "council", "court",
        "police", "army", "military", "committee", "commission", "party", "group", "firm", "bank", "union",
        "organization", "organisation", "board", "administration", "kremlin", "pentagon", "spokesperson's",
        "companies", "groups", "unions", "parties", "banks", "firms", "agencies", "governments", "ministries",
        "association", "federation", "confederation", "regulator", "operator", "authority", "institute",
        "university", "hospital", "airline", "carrier", "watchdog", "network", "movement", "alliance",
        "coalition", "campaign", "club", "team", "league", "charity", "foundation", "center", "centre", "service",
        "newspaper", "broadcaster", "station",
    ]
    /// Nouns that describe people who speak without being named (`the report’s authors said`,
    /// `the officials say`, `the owner told`): a definite phrase with one of these heads (or a role
    /// noun that names no person of the article) becomes a described speaker.
    static let describingNouns: Set<String> = [
        "author", "authors", "officials", "ministers", "spokesmen", "spokeswomen", "researchers", "scientists",
        "experts", "analysts", "economists", "doctors", "doctor", "physician", "physicians", "nurse", "nurses",
        "residents", "resident", "witness", "witnesses", "neighbour", "neighbours", "neighbor", "neighbors",
        "victim", "victims", "survivor", "survivors", "protesters", "protester", "activist", "activists", "critic",
        "critics", "supporters", "lawyers", "prosecutors", "investigators", "investigator", "organizers",
        "organisers", "organizer", "organiser", "owner", "owners", "managers", "teacher", "teachers", "student",
        "students", "parent", "parents", "mother", "father", "fans", "player", "players", "instructor", "source",
        "sources", "insiders", "diplomats", "observers", "commentators", "campaigners", "campaigner", "officer",
        "officers", "agents", "authorities", "leaders", "executives", "employees", "employee", "worker",
        "workers", "farmers", "farmer", "voters", "citizens", "locals", "engineers", "engineer", "developers",
        "developer", "designer", "designers", "historian", "historians", "scholar", "scholars", "writer",
        "writers", "editor", "editors", "reporter", "reporters", "journalist", "journalists", "candidate",
        "candidates", "representative", "representatives", "chief", "head", "heads", "members", "member",
        "staff", "crew", "pilot", "captain", "presidents", "directors", "professors", "judges",
        "senators", "governors", "mayors", "lawmakers", "coaches", "founders", "chairmen", "commanders",
        "generals",
    ]
    /// Prepositions that open the phrase after a describing noun: `a spokesman for the palace`.
    static let prepositions: Set<String> = ["of", "for", "at", "from", "in", "with", "on", "near", "outside"]

    /// Words for those a speaker tells something: `told reporters she had …`.
    static let audiences: Set<String> = [
        "reporters", "journalists", "senators", "lawmakers", "supporters", "colleagues", "investors", "parliament",
        "committee", "court", "crowd", "jury", "delegates", "students", "residents", "officials", "viewers",
        "listeners", "members", "staff", "employees", "workers", "voters", "shareholders", "analysts", "police",
        "congress", "senate", "house", "assembly", "council", "audience", "media", "press", "party", "judge",
        "hearing", "conference", "rally", "broadcaster", "radio", "television", "newspaper", "us", "me", "him",
        "her", "them",
    ]

    /// Pronouns that stand for one person.
    static let personPronouns: Set<String> = ["he", "she"]
    /// Pronouns that stand for the subject of a speech verb: one person, or a group or organization (`they`).
    static let speakerPronouns: Set<String> = personPronouns.union(["they"])
}
