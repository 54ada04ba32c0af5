package org.sitrep.ingest.feeds.cases;

import static org.sitrep.ingest.feeds.fields.FieldValues.countryCode;
import static org.sitrep.ingest.feeds.fields.FieldValues.instant;
import static org.sitrep.ingest.feeds.fields.FieldValues.required;
import static org.sitrep.ingest.feeds.fields.FieldValues.requiredInstant;
import static org.sitrep.ingest.feeds.fields.FieldValues.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Case;
import org.sitrep.core.cases.CaseStatus;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Channel;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.cases.Partner;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.FieldValues;
import org.sitrep.ingest.feeds.fields.JsonMembers;

/**
 * Maps one record of Sitrep's case JSON Lines to a case. Required: {@code id}, {@code type}, {@code reported_at};
 * {@code status} defaults to {@code new}, and a closed status needs {@code closed_at}.
 */
final class CaseMapper {

    Case map(Map<String, Object> members) {
        return new Case(
                required("id", members.get("id")),
                text("title", members.get("title")),
                choice("type", required("type", members.get("type")), CaseType::fromId),
                text("category", members.get("category")),
                optionalChoice("grade", members.get("grade"), Grade::parse),
                requiredInstant("reported_at", members.get("reported_at")),
                text("reporter", members.get("reporter")),
                countryCode("reporter_country", members.get("reporter_country")),
                optionalChoice("channel", members.get("channel"), Channel::fromId),
                JsonMembers.strings("targets", members.get("targets")),
                countries(members.get("target_countries")),
                partners(members.get("partners")),
                Objects.requireNonNullElse(
                        optionalChoice(
                                "infrastructure_scope",
                                members.get("infrastructure_scope"),
                                InfrastructureScope::fromId),
                        InfrastructureScope.NONE),
                status(members),
                instant("closed_at", members.get("closed_at")),
                text("sector", members.get("sector")));
    }

    private static CaseStatus status(Map<String, Object> members) {
        CaseStatus status = optionalChoice("status", members.get("status"), CaseStatus::fromId);
        status = status == null ? CaseStatus.NEW : status;
        if (status.closed() && members.get("closed_at") == null) {
            throw new BadField(
                    "closed_at", RejectCode.MISSING_FIELD, "closed_at is required when status is " + status.id());
        }
        return status;
    }

    private static List<String> countries(@Nullable Object value) {
        return JsonMembers.strings("target_countries", value).stream()
                .map(code -> countryCode("target_countries", code))
                .toList();
    }

    private static List<Partner> partners(@Nullable Object value) {
        return JsonMembers.objects("partners", value).stream()
                .map(partner -> new Partner(
                        required("partners.name", partner.get("name")),
                        choice("partners.kind", required("partners.kind", partner.get("kind")), PartnerKind::fromId),
                        countryCode("partners.country", partner.get("country"))))
                .toList();
    }

    private static <T> @Nullable T optionalChoice(
            String field, @Nullable Object value, Function<String, Optional<T>> parse) {
        String text = text(field, value);
        return text == null ? null : choice(field, text, parse);
    }

    private static <T> T choice(String field, String text, Function<String, Optional<T>> parse) {
        return parse.apply(text)
                .orElseThrow(() -> new BadField(
                        field, RejectCode.BAD_VALUE, field + " has no value " + FieldValues.shorten(text)));
    }
}
