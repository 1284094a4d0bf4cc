// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tei-annotator",
    platforms: [.macOS(.v14)],
    targets: [
        // libxml2, seen only by the LibXML module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The one Swift owner of every libxml2 call.
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
    ],
    swiftLanguageModes: [.v6]
)
