import Foundation
import FuzzEntryPoints

/// libFuzzer's driver, called from this program's own `main` (SwiftPM gives every executable one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The entry point `TEI_ANNOTATOR_FUZZ_TARGET` names (see `FuzzEntryPoints.targets`).
let name = getenv("TEI_ANNOTATOR_FUZZ_TARGET").map { String(cString: $0) } ?? ""
guard FuzzEntryPoints.targets[name] != nil else {
    let known = FuzzEntryPoints.targets.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("set TEI_ANNOTATOR_FUZZ_TARGET to one of: \(known)\n".utf8))
    exit(2)
}
nonisolated(unsafe) var argc = CommandLine.argc
nonisolated(unsafe) var argv = CommandLine.unsafeArgv
exit(
    runFuzzerDriver(&argc, &argv) { data, size in
        let name = String(cString: getenv("TEI_ANNOTATOR_FUZZ_TARGET"))
        FuzzEntryPoints.targets[name]!(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    })
