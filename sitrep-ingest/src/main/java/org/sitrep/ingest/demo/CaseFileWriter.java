package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.cases.CaseStatus;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.cases.Partner;

/**
 * Writes the cases reported in each week ({@code cases.jsonl}), in order of {@code reported_at}. Most are resolved
 * within hours or days (some only in the next week), a few stay open; about a fifth are cross-border. A week whose
 * plan says so also holds one graded incident (较大 or 重大) that hit basic internet infrastructure.
 */
final class CaseFileWriter {
    private final DemoWorld world;
    private final CaseTargets targets;
    private final TimestampText timestamps = new TimestampText("Z");

    CaseFileWriter(DemoWorld world) {
        this.world = world;
        this.targets = new CaseTargets(world);
    }

    /** Writes one week's cases and returns how many. */
    int write(WeekPlan plan, long weekStart, JsonLine line, Writer out) throws IOException {
        Rng rng = Rng.of(world.seed(), 0xCA5E, plan.weekNumber());
        int count = plan.cases();
        long[] reported = new long[count];
        for (int i = 0; i < count; i++) {
            reported[i] = weekStart + rng.nextLong(7 * 86_400L);
        }
        Arrays.sort(reported);
        int incidentAt = plan.infrastructureIncident() ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            String id = String.format(
                    Locale.ROOT,
                    "SR-%d-W%02d-%04d",
                    plan.week().year(),
                    plan.week().week(),
                    i + 1);
            CaseTargets.Subject subject =
                    i == incidentAt ? targets.infrastructure(rng) : targets.subject(rng, pickType(rng));
            write(rng, id, reported[i], subject, line).writeTo(out);
        }
        return count;
    }

    private static CaseType pickType(Rng rng) {
        return CaseCatalog.TYPES[rng.pick(CaseCatalog.TYPE_WEIGHTS)];
    }

    private JsonLine write(Rng rng, String id, long reportedAt, CaseTargets.Subject subject, JsonLine line) {
        CaseStatus status = status(rng, subject);
        line.begin()
                .text("id", id)
                .text("title", CaseCatalog.title(subject.type(), subject.name()))
                .text("type", subject.type().id())
                .text("category", CaseCatalog.category(subject.type()))
                .text("grade", subject.grade())
                .text("reported_at", timestamps.format(reportedAt))
                .text("reporter", subject.reporter())
                .text("reporter_country", subject.reporterCountry())
                .text("channel", subject.channel().id())
                .texts("targets", subject.targets())
                .texts("target_countries", subject.targetCountries());
        partners(line, subject.partners());
        line.text("infrastructure_scope", subject.scope().id()).text("status", status.id());
        if (status.closed()) {
            long hours = subject.scope() != InfrastructureScope.NONE
                    ? 4 + rng.nextInt(16)
                    : (long) Math.min(240, 1 - 30 * Math.log(1 - rng.nextDouble()));
            line.text("closed_at", timestamps.format(reportedAt + hours * 3600 + rng.nextInt(3600)));
        }
        return line.text("sector", subject.sector());
    }

    private static void partners(JsonLine line, List<Partner> partners) {
        line.openArray("partners");
        for (Partner partner : partners) {
            line.openObject()
                    .text("name", partner.name())
                    .text("kind", partner.kind().id())
                    .text("country", partner.country())
                    .closeObject();
        }
        line.closeArray();
    }

    private static CaseStatus status(Rng rng, CaseTargets.Subject subject) {
        if (subject.scope() != InfrastructureScope.NONE) {
            return CaseStatus.RESOLVED;
        }
        double draw = rng.nextDouble();
        if (draw < 0.87) {
            return CaseStatus.RESOLVED;
        }
        if (draw < 0.90) {
            return CaseStatus.REJECTED;
        }
        return draw < 0.96 ? CaseStatus.COORDINATING : draw < 0.98 ? CaseStatus.TRIAGED : CaseStatus.NEW;
    }
}
