package org.sitrep.ingest.feeds.cnvdxml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.ReadAheadSource;

/**
 * Streams the {@code <vulnerability>} elements of a CNVD file, each re-serialised as its own small XML text. Only
 * one element is in memory at a time. Where the document becomes unreadable one record carrying the error is
 * emitted (its parse rejects it) and the input ends; so it does where a record, a text node or the nesting passes
 * the bounds of {@link CnvdXml}.
 */
final class CnvdRecordSource extends ReadAheadSource {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private final Reader input;
    private final @Nullable XMLStreamReader xml;
    /** The record saying why the document could not be opened, handed over first. */
    private @Nullable RawRecord unopened;

    private boolean finished;

    CnvdRecordSource(Reader input) throws IOException {
        this.input = input;
        XMLStreamReader reader = null;
        try {
            reader = CnvdXml.inputFactory().createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            unopened = RawRecord.unframed(1, "", CnvdXml.oneLine(e));
        }
        this.xml = reader;
    }

    @Override
    protected @Nullable RawRecord read() {
        XMLStreamReader xml = this.xml;
        if (xml == null || finished) {
            RawRecord first = unopened;
            unopened = null;
            return first;
        }
        long line = 1;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && CnvdXml.RECORD_ELEMENT.equals(xml.getLocalName())) {
                    line = xml.getLocation().getLineNumber();
                    return RawRecord.ofText(line, copyElement(xml));
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            finished = true;
            long at = e instanceof XMLStreamException x && x.getLocation() != null
                    ? x.getLocation().getLineNumber()
                    : line;
            return RawRecord.unframed(at, "", CnvdXml.oneLine(e));
        }
    }

    /** Copies the current element, from its start tag to its end tag, into a standalone XML text. */
    private static String copyElement(XMLStreamReader xml) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = OUTPUT.createXMLStreamWriter(text);
        int depth = 0;
        long textNode = 0;
        do {
            if (xml.getEventType() != XMLStreamConstants.CHARACTERS && xml.getEventType() != XMLStreamConstants.CDATA) {
                textNode = 0;
            }
            switch (xml.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    out.writeStartElement(xml.getLocalName());
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    out.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    textNode += xml.getTextLength();
                    if (textNode > CnvdXml.MAX_TEXT_CHARS) {
                        throw new XMLStreamException(
                                "a text node longer than " + CnvdXml.MAX_TEXT_CHARS + " characters", xml.getLocation());
                    }
                    out.writeCharacters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                default -> {
                    // comments and processing instructions carry nothing CNVD defines
                }
            }
            if (depth == 0) {
                break;
            }
            if (text.getBuffer().length() > CnvdXml.MAX_RECORD_CHARS) {
                throw new XMLStreamException(
                        "a <vulnerability> record longer than " + CnvdXml.MAX_RECORD_CHARS + " characters",
                        xml.getLocation());
            }
            xml.next();
        } while (true);
        out.close();
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            input.close();
        }
    }
}
