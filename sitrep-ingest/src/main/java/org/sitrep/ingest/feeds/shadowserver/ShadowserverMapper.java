package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;

/**
 * One Shadowserver CSV row → one IntelMQ event by its report's rules in Shadowserver's schema, as IntelMQ's parser
 * applies them: required columns first (a row whose required cell is empty or unusable is rejected naming the
 * column), then optional ones (an unusable value stays in {@code extra} under its column), then the report's
 * constant fields, which win. Columns no rule consumed are kept in {@code extra} under their Shadowserver names.
 * Pure: the same row, report and observation time give the same event.
 */
final class ShadowserverMapper {

    static final String PROVIDER = "Shadowserver";

    Event map(ReportSchema report, Map<String, String> cells, String raw, Instant observed) {
        EventFields fields = new EventFields();
        // sized for the row, so that neither map grows while it is filled (growth was 5 % of the parse samples)
        Map<String, Object> extra = LinkedHashMap.newLinkedHashMap(cells.size() + 4);
        Set<String> consumed = HashSet.newHashSet(cells.size());
        for (FieldRule rule : report.required()) {
            required(rule, cells, fields, extra, consumed);
        }
        for (FieldRule rule : report.optional()) {
            optional(rule, cells, fields, extra, consumed);
        }
        report.constants().forEach(fields::constant);
        Instant time = fields.timeSource();
        if (time == null) {
            throw BadField.missing("timestamp");
        }
        String type = fields.classification("type");
        if (type == null) {
            throw new BadField(
                    null,
                    RejectCode.UNKNOWN_REPORT,
                    "report " + report.fileName() + " gives this row no classification type");
        }
        Event.Classification classification = Departure.apply(
                report.fileName(),
                new Event.Classification(fields.classification("taxonomy"), type, fields.classification("identifier")));
        cells.forEach((column, value) -> {
            if (!consumed.contains(column) && value != null && !value.isEmpty()) {
                extra.putIfAbsent(column, value);
            }
        });
        fields.unmapped().forEach(extra::putIfAbsent);
        return fields.event(
                new Event.Feed(report.feedName(), PROVIDER, null, null), classification, time, observed, extra, raw);
    }

    private static void required(
            FieldRule rule,
            Map<String, String> cells,
            EventFields fields,
            Map<String, Object> extra,
            Set<String> consumed) {
        String cell = cells.get(rule.column());
        if (cell == null || cell.isEmpty()) {
            throw BadField.missing(rule.column());
        }
        Object value = convert(rule, cell, cells);
        if (value == null) {
            throw new BadField(
                    rule.column(), codeFor(rule.target()), "no usable " + rule.target() + " in " + abbreviate(cell));
        }
        put(rule, value, fields, extra);
        consumed.add(rule.column());
    }

    private static void optional(
            FieldRule rule,
            Map<String, String> cells,
            EventFields fields,
            Map<String, Object> extra,
            Set<String> consumed) {
        String cell = cells.get(rule.column());
        if (cell == null) {
            return;
        }
        Object value = convert(rule, cell, cells);
        if (value == null || (value instanceof String text && text.isEmpty())) {
            consumed.add(rule.column());
            return;
        }
        try {
            put(rule, value, fields, extra);
            consumed.add(rule.column());
        } catch (BadField unusable) {
            // IntelMQ keeps a value its field refuses in extra under the column's name; so does Sitrep
        }
    }

    private static @Nullable Object convert(FieldRule rule, String cell, Map<String, String> cells) {
        Conversion conversion = rule.conversion();
        return conversion == null ? cell : conversion.apply(rule.column(), cell, cells);
    }

    private static void put(FieldRule rule, Object value, EventFields fields, Map<String, Object> extra) {
        String key = rule.extraKey();
        if (key != null) {
            extra.put(key, value);
        } else {
            fields.set(rule.target(), rule.column(), value);
        }
    }

    private static RejectCode codeFor(String target) {
        if (target.endsWith(".ip")) {
            return RejectCode.BAD_IP;
        }
        if (target.endsWith(".port")) {
            return RejectCode.BAD_PORT;
        }
        return target.startsWith("time.") ? RejectCode.BAD_TIMESTAMP : RejectCode.BAD_VALUE;
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
