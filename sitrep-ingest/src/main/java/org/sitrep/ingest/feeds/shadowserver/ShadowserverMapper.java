package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** One row while its rules fill it: the cells by position and by column, the fields, extra, what was consumed. */
    private record Filling(
            String[] values,
            Map<String, String> cells,
            EventFields fields,
            Map<String, Object> extra,
            boolean[] consumed) {

        @Nullable
        String cell(HeaderRules.Placed rule) {
            return rule.position() < 0 ? null : values[rule.position()];
        }

        void put(HeaderRules.Placed placed, Object value) {
            String key = placed.extraKey();
            if (key != null) {
                extra.put(key, value);
            } else {
                fields.set(placed.rule().target(), placed.rule().column(), value);
            }
            consumed[placed.position()] = true;
        }
    }

    Event map(HeaderRules rules, String[] values, Map<String, String> cells, String raw, Instant observed) {
        ReportSchema report = rules.report();
        // sized for the row, so that neither map grows while it is filled (growth was 5 % of the parse samples)
        Filling row = new Filling(
                values,
                cells,
                new EventFields(),
                LinkedHashMap.newLinkedHashMap(values.length + 4),
                new boolean[values.length]);
        rules.required().forEach(rule -> required(rule, row));
        rules.optional().forEach(rule -> optional(rule, row));
        EventFields fields = row.fields();
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
        Map<String, Object> extra = row.extra();
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (!row.consumed()[i] && value != null && !value.isEmpty()) {
                extra.putIfAbsent(rules.name(i), value);
            }
        }
        fields.unmapped().forEach(extra::putIfAbsent);
        return fields.event(
                new Event.Feed(report.feedName(), PROVIDER, null, null), classification, time, observed, extra, raw);
    }

    private static void required(HeaderRules.Placed placed, Filling row) {
        FieldRule rule = placed.rule();
        String cell = row.cell(placed);
        if (cell == null || cell.isEmpty()) {
            throw BadField.missing(rule.column());
        }
        Object value = convert(rule, cell, row.cells());
        if (value == null) {
            throw new BadField(
                    rule.column(), codeFor(rule.target()), "no usable " + rule.target() + " in " + abbreviate(cell));
        }
        row.put(placed, value);
    }

    private static void optional(HeaderRules.Placed placed, Filling row) {
        String cell = row.cell(placed);
        if (cell == null) {
            return;
        }
        FieldRule rule = placed.rule();
        Object value = convert(rule, cell, row.cells());
        if (value == null || (value instanceof String text && text.isEmpty())) {
            row.consumed()[placed.position()] = true;
            return;
        }
        try {
            row.put(placed, value);
        } catch (BadField unusable) {
            // IntelMQ keeps a value its field refuses in extra under the column's name; so does Sitrep
        }
    }

    private static @Nullable Object convert(FieldRule rule, String cell, Map<String, String> cells) {
        Conversion conversion = rule.conversion();
        return conversion == null ? cell : conversion.apply(rule.column(), cell, cells);
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
