/// Names of days, months and holidays, which are capitalized but name no person, place or organization.
enum CalendarWords {
    static let days: Set<Substring> = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months: Set<Substring> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let monthAbbreviations: Set<Substring> = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
    /// Months that are also given names: `May`, `June`, `August` may be persons.
    static let monthsAlsoNames: Set<Substring> = ["May", "June", "August"]
    static let holidays: Set<Substring> = [
        "Christmas", "Easter", "Thanksgiving", "Halloween", "Ramadan", "Hanukkah", "Diwali", "Passover", "Lent",
        "Advent",
    ]
}
