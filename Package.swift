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

        // Pipeline stages, in the order an article passes through them.
        .target(name: "AnnotationModel"),
        .target(name: "ArticleReading", dependencies: ["AnnotationModel"]),
        .target(name: "Tokenization", dependencies: ["AnnotationModel"]),

        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "ArticleReadingTests", dependencies: ["ArticleReading"]),
        .testTarget(name: "TokenizationTests", dependencies: ["Tokenization"]),
    ],
    swiftLanguageModes: [.v6]
)
