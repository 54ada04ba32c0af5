package org.sitrep.ingest.feeds.cnvdxml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * The StAX factory for CNVD files: no DTDs, no external entities (the files come from outside), and Woodstox's
 * limits so that a hostile file stays bounded like the JSON and line formats: a text node or attribute at most
 * {@value #MAX_TEXT_CHARS} characters, nesting at most {@value #MAX_DEPTH} deep, a document at most
 * {@value #MAX_DOCUMENT_CHARS} characters once decompressed. Text is read in segments (not coalesced) and counted
 * by the record source, so an oversized node fails without being held whole.
 */
final class CnvdXml {

    static final String RECORD_ELEMENT = "vulnerability";

    /** The most characters of one text node or attribute value (as for a JSON string). */
    static final int MAX_TEXT_CHARS = 4 * 1024 * 1024;

    /** The most characters of one re-serialised {@code <vulnerability>} record. */
    static final int MAX_RECORD_CHARS = 8 * 1024 * 1024;

    static final int MAX_DEPTH = 200;

    static final long MAX_DOCUMENT_CHARS = 4L * 1024 * 1024 * 1024;

    private CnvdXml() {}

    /** A reader's failure as one line: StAX messages carry the position on a line of their own. */
    static String oneLine(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        int text = message.indexOf("Message: ");
        String reason = text >= 0 ? message.substring(text + "Message: ".length()) : message;
        return reason.replaceAll("\\s+", " ").strip();
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        // text comes in segments, so that an oversized node is refused before it is held whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_TEXT_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        factory.setProperty(WstxInputProperties.P_MAX_CHARACTERS, MAX_DOCUMENT_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 1000);
        return factory;
    }
}
