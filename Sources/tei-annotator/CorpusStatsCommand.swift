import ArgumentParser
import CorpusBuilding
import Foundation

extension CorpusStatistics.Table: ExpressibleByArgument {}

struct CorpusStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Entity frequencies, top speakers and quotations per article of a corpus.",
        discussion: """
            Reads DIR/manifest.jsonl. Text shows the top entities of each type, the top speakers and the \
            distribution of quotations per article; JSON holds every table in full; CSV holds one table \
            (--table).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Argument(help: "A corpus directory.")
    var directory: String

    @Option(help: "text, json or csv.")
    var format: Format = .text

    @Option(help: "The table CSV holds: entities, speakers or articles.")
    var table: CorpusStatistics.Table = .entities

    @Option(help: "Rows per table in text.")
    var top = 20

    func run() throws {
        let statistics: CorpusStatistics
        do {
            statistics = try CorpusStatistics(directory: directory)
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
        let output: String
        switch format {
        case .text: output = CorpusStatisticsRendering.text(statistics, top: top)
        case .json: output = CorpusStatisticsRendering.json(statistics)
        case .csv: output = CorpusStatisticsRendering.csv(statistics, table: table)
        }
        do {
            try StandardOutput.write(Array(output.utf8))
        } catch {
            report("error: \(error)")
            throw ExitCode(Exit.usage)
        }
    }
}
