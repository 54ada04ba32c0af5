package org.sitrep.ingest.feeds.cnvdxml;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory for CNVD files: no DTDs, no external entities (the files come from outside). */
final class CnvdXml {

    static final String RECORD_ELEMENT = "vulnerability";

    /** The text of the record emitted where the document stops being readable; it is not XML, so it is rejected. */
    private CnvdXml() {}

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
