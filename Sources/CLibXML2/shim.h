#ifndef DYAD_CLIBXML2_SHIM_H
#define DYAD_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, whose headers clash with Foundation's copy of ICU.
// dyad never uses libxml2's ICU encoders, so hide them before the other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void dyad_xml_free(void *p) { xmlFree(p); }

#endif
