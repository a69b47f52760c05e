#ifndef DYAD_CLIBXML2_SHIM_H
#define DYAD_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with Foundation's copy of ICU.
// dyad never uses libxml2's ICU encoders, so hide them before the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void dyad_xml_free(void *p) { xmlFree(p); }

/// Parses `size` bytes of HTML with libxml2's HTML parser, reporting what it reads through
/// `handler` (called with `user_data`) instead of building a document tree. `encoding` (NULL:
/// as the page declares) is the charset to decode the bytes as. Returns 0, or -1 when no parser
/// could be made.
static inline int dyad_html_sax_parse(const char *buffer, int size, const char *encoding, int options,
                                      const htmlSAXHandler *handler, void *user_data) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    if (ctxt->sax != NULL) memcpy(ctxt->sax, handler, sizeof(htmlSAXHandler));
    ctxt->userData = user_data;
    htmlCtxtUseOptions(ctxt, options);
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr decoder = xmlFindCharEncodingHandler(encoding);
        if (decoder != NULL) {
            xmlSwitchToEncoding(ctxt, decoder);
            if (ctxt->input != NULL) {
                if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
                ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
            }
        }
    }
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

#endif
