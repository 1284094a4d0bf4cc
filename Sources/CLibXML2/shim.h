#ifndef TEI_ANNOTATOR_CLIBXML2_SHIM_H
#define TEI_ANNOTATOR_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its encoding.h then includes ICU headers whose
 * types clash with the copies Foundation brings in. The annotator never uses libxml2's
 * ICU converters, so hide them before any other libxml2 header is read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/schematron.h>
#include <libxml/valid.h>
#include <libxml/hash.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xinclude.h>
#include <libxml/c14n.h>
#include <libxml/xmlwriter.h>

/* The structured error callback's parameter became `const xmlError *` in libxml2 2.12. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *teiXMLErrorRef;
#else
typedef xmlError *teiXMLErrorRef;
#endif

/* `xmlFree` is a mutable global function pointer, which Swift 6 refuses to call. */
static inline void teiXMLFree(void *pointer) {
    xmlFree(pointer);
}

/* Installs the structured error handler on one parser context (not the thread-global one).
 * libxml2 passes `ctxt->userData` (the context itself) to the handler; per-call state lives
 * in `ctxt->_private`. */
static inline void teiXMLSetParserErrorHandler(xmlParserCtxtPtr context,
                                               void (*handler)(void *, teiXMLErrorRef),
                                               void *state) {
    context->_private = state;
    /* libxml2 2.9 passes errors to `serror` only when the handler block is marked as SAX2. The HTML
     * parser's default block is not marked (and the HTML parser reads the mark nowhere else), so
     * without this its errors, the depth limit among them, would never reach the handler. */
    context->sax->initialized = XML_SAX2_MAGIC;
    context->sax->serror = (xmlStructuredErrorFunc)handler;
    context->sax->error = NULL;
    context->sax->warning = NULL;
    context->vctxt.error = NULL;
    context->vctxt.warning = NULL;
}

static inline void *teiXMLParserState(void *context) {
    return ((xmlParserCtxtPtr)context)->_private;
}

/* The DTD validation context embedded in a parser context: its errors reach the parser's
 * structured handler (libxml2 marks it XML_VCTXT_USE_PCTXT). */
static inline xmlValidCtxtPtr teiXMLParserValidityContext(xmlParserCtxtPtr context) {
    return &context->vctxt;
}

static void teiXMLBuildOneContentModel(void *payload, void *data, const xmlChar *name) {
    (void)name;
    xmlElementPtr element = (xmlElementPtr)payload;
    if (element != NULL && element->type == XML_ELEMENT_DECL && element->contModel == NULL)
        xmlValidBuildContentModel((xmlValidCtxtPtr)data, element);
}

/* Compiles every element content model of `dtd` now: libxml2 otherwise compiles them lazily
 * during the first validation, which would write into a DTD shared by several threads. */
static inline void teiXMLBuildContentModels(xmlValidCtxtPtr context, xmlDtdPtr dtd) {
    if (dtd != NULL && dtd->elements != NULL)
        xmlHashScan((xmlHashTablePtr)dtd->elements, teiXMLBuildOneContentModel, context);
}

/* Tree surgery that never merges adjacent text nodes (xmlAddChild and xmlAddNextSibling do, and then
 * free the node a caller still holds). `node` must be unlinked. */
static inline void teiXMLLinkAfter(xmlNodePtr anchor, xmlNodePtr node) {
    node->parent = anchor->parent;
    node->doc = anchor->doc;
    node->prev = anchor;
    node->next = anchor->next;
    if (anchor->next != NULL) anchor->next->prev = node;
    else if (anchor->parent != NULL) anchor->parent->last = node;
    anchor->next = node;
}

static inline void teiXMLLinkBefore(xmlNodePtr anchor, xmlNodePtr node) {
    node->parent = anchor->parent;
    node->doc = anchor->doc;
    node->next = anchor;
    node->prev = anchor->prev;
    if (anchor->prev != NULL) anchor->prev->next = node;
    else if (anchor->parent != NULL) anchor->parent->children = node;
    anchor->prev = node;
}

static inline void teiXMLLinkLastChild(xmlNodePtr parent, xmlNodePtr node) {
    node->parent = parent;
    node->doc = parent->doc;
    node->next = NULL;
    node->prev = parent->last;
    if (parent->last != NULL) parent->last->next = node;
    else parent->children = node;
    parent->last = node;
}

#endif
