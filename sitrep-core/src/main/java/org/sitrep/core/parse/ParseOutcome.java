package org.sitrep.core.parse;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Case;
import org.sitrep.core.event.Event;
import org.sitrep.core.vulnerability.Vulnerability;

/**
 * What a parser made of one raw record. Parsers return an outcome for bad input instead of throwing: a record
 * is parsed, skipped (valid but not ours) or rejected (bad, with the field and the reason).
 */
public sealed interface ParseOutcome {

    record Events(List<Event> events) implements ParseOutcome {
        public Events {
            events = List.copyOf(events);
        }
    }

    record Vulnerabilities(List<Vulnerability> vulnerabilities) implements ParseOutcome {
        public Vulnerabilities {
            vulnerabilities = List.copyOf(vulnerabilities);
        }
    }

    record Cases(List<Case> cases) implements ParseOutcome {
        public Cases {
            cases = List.copyOf(cases);
        }
    }

    /** Valid input that is not for Sitrep (a comment, a test record, a type we do not take). */
    record Skipped(String reason) implements ParseOutcome {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Bad input.
     *
     * @param field the field at fault, or {@code null} when the record as a whole is unreadable
     * @param code a stable reason code, one of {@link RejectCode}'s ({@code missing-field}, {@code bad-json}, …)
     * @param detail a sentence a person can act on
     */
    record Rejected(@Nullable String field, String code, String detail) implements ParseOutcome {
        /** @throws IllegalArgumentException when the code is not one of {@link RejectCode}'s */
        public Rejected {
            RejectCode.of(Objects.requireNonNull(code, "code"));
            Objects.requireNonNull(detail, "detail");
        }

        public Rejected(@Nullable String field, RejectCode code, String detail) {
            this(field, code.code(), detail);
        }

        /** The code as the enum constant. */
        public RejectCode reason() {
            return RejectCode.of(code);
        }
    }

    static ParseOutcome of(Event event) {
        return new Events(List.of(event));
    }

    static ParseOutcome reject(@Nullable String field, RejectCode code, String detail) {
        return new Rejected(field, code, detail);
    }
}
