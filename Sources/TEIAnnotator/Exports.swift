// `import TEIAnnotator` gives a program the whole pipeline: every stage's types, the validator,
// the evaluation and the XML layer (which exposes no libxml2 type).
@_exported import AnnotationModel
@_exported import ArticleReading
@_exported import EntityRecognition
@_exported import Evaluation
@_exported import Export
@_exported import LibXML
@_exported import ModelTraining
@_exported import PartOfSpeech
@_exported import QuotationDetection
@_exported import SequenceLabeling
@_exported import TEIValidation
@_exported import TEIWriting
@_exported import Tokenization
