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
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xinclude.h>

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
    context->sax->serror = (xmlStructuredErrorFunc)handler;
    context->sax->error = NULL;
    context->sax->warning = NULL;
    context->vctxt.error = NULL;
    context->vctxt.warning = NULL;
}

static inline void *teiXMLParserState(void *context) {
    return ((xmlParserCtxtPtr)context)->_private;
}

#endif
