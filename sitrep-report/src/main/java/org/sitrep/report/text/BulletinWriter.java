package org.sitrep.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.EmptySections;
import org.sitrep.report.model.LocalizedText;

/** Writes a {@link BulletinView} out in one language: every sentence of sections 1–7 from the message bundle. */
public final class BulletinWriter {
    private BulletinWriter() {}

    public static WrittenBulletin write(BulletinView view, Language language) {
        Wording wording = Wording.of(language);
        String organisation = localized(view.organisation().shortName(), language);
        List<WrittenBulletin.Section> sections = new ArrayList<>();
        sections.add(new OverviewWriter(wording).write(view));
        Map<String, String> platform =
                Map.of("platform", localized(view.organisation().vulnerabilityPlatform(), language));
        section(
                sections,
                view,
                wording,
                "malware",
                "section.malware",
                Map.of(),
                view.malware().hasData(),
                () -> new MalwareWriter(wording, organisation)
                        .write(
                                view.malware(),
                                view.blocklist(),
                                view.trends().infected().size()));
        section(
                sections,
                view,
                wording,
                "websites",
                "section.websites",
                Map.of(),
                view.websites().hasData(),
                () -> new WebsiteWriter(wording, organisation)
                        .write(view.websites(), view.trends().websites().size()));
        section(
                sections,
                view,
                wording,
                "vulnerabilities",
                "section.vulnerabilities",
                platform,
                view.vulnerabilities().hasData(),
                () -> new VulnerabilityWriter(wording, view.organisation())
                        .write(
                                view.vulnerabilities(),
                                view.trends().vulnerabilities().size()));
        section(
                sections,
                view,
                wording,
                "incidents",
                "section.incidents",
                Map.of(),
                view.incidents().hasData(),
                () -> new IncidentWriter(wording, organisation).write(view.incidents()));
        sections.add(RecentWriter.write(view, wording));
        sections.add(RecentWriter.about(view.organisation(), wording));
        return new WrittenBulletin(
                language,
                IssueTitle.full(view.week(), wording),
                wording.text("title.masthead"),
                IssueTitle.issue(view.week(), wording),
                localized(view.organisation().name(), language),
                sections);
    }

    /**
     * A section with something to count is written in full; one without says that it has no data, or is left out
     * ({@link EmptySections}), so that its zeros are not printed as measurements.
     */
    private static void section(
            List<WrittenBulletin.Section> sections,
            BulletinView view,
            Wording wording,
            String id,
            String heading,
            Map<String, ?> values,
            boolean hasData,
            Supplier<WrittenBulletin.Section> write) {
        if (hasData) {
            sections.add(write.get());
            return;
        }
        if (view.emptySections() == EmptySections.OMIT) {
            return;
        }
        sections.add(new WrittenBulletin.Section(
                id, wording.text(heading), List.of(new Block.Paragraph(wording.format(id + ".noData", values)))));
    }

    static String localized(LocalizedText text, Language language) {
        return switch (language) {
            case CHINESE -> text.zh();
            case ENGLISH -> text.en();
        };
    }

    /** The caption of a figure: {@code 图1 …} with the figure's caption template filled. */
    static Block.Figure figure(Wording wording, FigureKind kind, Map<String, ?> values) {
        String caption = wording.format("figure." + kind.name(), values);
        return new Block.Figure(kind, wording.format("figure.label", Map.of("n", kind.number(), "caption", caption)));
    }

    /** A reference to a figure inside a sentence. */
    static String figureRef(Wording wording, FigureKind kind) {
        return wording.format("figure.ref", Map.of("n", kind.number()));
    }
}
