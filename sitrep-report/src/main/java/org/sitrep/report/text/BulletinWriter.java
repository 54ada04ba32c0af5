package org.sitrep.report.text;

import java.util.List;
import java.util.Map;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.LocalizedText;

/** Writes a {@link BulletinView} out in one language: every sentence of sections 1–7 from the message bundle. */
public final class BulletinWriter {
    private BulletinWriter() {}

    public static WrittenBulletin write(BulletinView view, Language language) {
        Wording wording = Wording.of(language);
        String organisation = localized(view.organisation().shortName(), language);
        List<WrittenBulletin.Section> sections = List.of(
                new OverviewWriter(wording).write(view),
                new MalwareWriter(wording, organisation)
                        .write(
                                view.malware(),
                                view.blocklist(),
                                view.trends().infected().size()),
                new WebsiteWriter(wording, organisation)
                        .write(view.websites(), view.trends().websites().size()),
                new VulnerabilityWriter(wording, view.organisation())
                        .write(
                                view.vulnerabilities(),
                                view.trends().vulnerabilities().size()),
                new IncidentWriter(wording, organisation).write(view.incidents()),
                RecentWriter.write(view, wording),
                RecentWriter.about(view.organisation(), wording));
        return new WrittenBulletin(
                language,
                IssueTitle.full(view.week(), wording),
                wording.text("title.masthead"),
                IssueTitle.issue(view.week(), wording),
                localized(view.organisation().name(), language),
                sections);
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
