package org.sitrep.ingest.feeds.cnvdxml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RejectCode;

/**
 * Reads one {@code <vulnerability>} element into its leaf values by path ({@code title}, {@code cves/cve/cveNumber},
 * {@code products/product}, …; repeated elements keep every value in order) and hands them to
 * {@link CnvdEntryMapper}. Unreadable XML is rejected.
 */
final class CnvdXmlParser implements RecordParser {

    private final CnvdEntryMapper mapper;

    CnvdXmlParser(CnvdEntryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        String text = record.text();
        Map<String, List<String>> values;
        try {
            values = leafValues(text);
        } catch (XMLStreamException | RuntimeException e) {
            return ParseOutcome.reject(
                    null, RejectCode.BAD_XML, "not a readable <vulnerability> element: " + CnvdXml.oneLine(e));
        }
        if (values == null) {
            return ParseOutcome.reject(null, RejectCode.BAD_XML, "the record is not a <vulnerability> element");
        }
        try {
            return mapper.map(values);
        } catch (IllegalArgumentException e) {
            return ParseOutcome.reject(null, RejectCode.BAD_RECORD, String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable Map<String, List<String>> leafValues(String text) throws XMLStreamException {
        XMLStreamReader xml = CnvdXml.inputFactory().createXMLStreamReader(new StringReader(text));
        try {
            Map<String, List<String>> values = new LinkedHashMap<>();
            Deque<String> path = new ArrayDeque<>();
            StringBuilder content = new StringBuilder();
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root && !CnvdXml.RECORD_ELEMENT.equals(xml.getLocalName())) {
                            return null;
                        }
                        if (!root) {
                            path.addLast(xml.getLocalName());
                        }
                        root = false;
                        content.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> content.append(xml.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (path.isEmpty()) {
                            continue;
                        }
                        String value = content.toString().strip();
                        if (!value.isEmpty()) {
                            values.computeIfAbsent(String.join("/", path), key -> new ArrayList<>())
                                    .add(value);
                        }
                        content.setLength(0);
                        path.removeLast();
                    }
                    default -> {}
                }
            }
            return root ? null : values;
        } finally {
            xml.close();
        }
    }
}
