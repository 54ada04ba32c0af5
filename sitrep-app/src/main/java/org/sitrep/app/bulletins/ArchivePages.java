package org.sitrep.app.bulletins;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.report.AtomicFiles;
import org.sitrep.report.text.Language;

/**
 * The archive's own pages beside the issues: {@code index.html} lists every issue (drafts marked as such) with
 * links to its files, and {@code atom.xml} announces the published ones, newest first.
 */
public final class ArchivePages {

    private final BulletinArchive archive;
    private final SitrepConfig config;

    public ArchivePages(BulletinArchive archive, SitrepConfig config) {
        this.archive = archive;
        this.config = config;
    }

    public List<Path> write(Path root) throws IOException, SQLException {
        Files.createDirectories(root);
        Path index = root.resolve("index.html");
        Path atom = root.resolve("atom.xml");
        try {
            AtomicFiles.writeString(index, index(latestRevisions(), root));
            AtomicFiles.writeString(atom, atom(archive.publishedIssues()));
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the archive pages: " + e.getMessage(), e);
        }
        return List.of(index, atom);
    }

    /** The newest revision of each week, newest week first. */
    private List<Issue> latestRevisions() throws SQLException {
        List<Issue> all = archive.allRevisions();
        return all.stream()
                .filter(issue -> all.stream()
                        .noneMatch(other -> other.week().equals(issue.week()) && other.revision() > issue.revision()))
                .toList();
    }

    private String index(List<Issue> issues, Path root) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter html = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        text.write("<!DOCTYPE html>\n");
        html.writeStartElement("html");
        html.writeAttribute("lang", "zh-CN");
        html.writeStartElement("head");
        html.writeEmptyElement("meta");
        html.writeAttribute("charset", "utf-8");
        element(html, "title", config.organisation().shortName().zh() + " · 网络安全信息与动态周报 · Weekly Bulletins");
        element(html, "style", STYLE);
        html.writeEndElement();
        html.writeStartElement("body");
        element(html, "h1", "网络安全信息与动态周报");
        element(
                html,
                "p",
                config.organisation().name().zh() + " · "
                        + config.organisation().name().en());
        html.writeStartElement("p");
        link(html, "atom.xml", "Atom");
        html.writeEndElement();
        html.writeStartElement("table");
        html.writeStartElement("tr");
        for (String heading : List.of("期次 Issue", "状态 Status", "中文", "English", "数据 Data")) {
            element(html, "th", heading);
        }
        html.writeEndElement();
        for (Issue issue : issues) {
            String week = issue.week().toString();
            html.writeStartElement("tr");
            html.writeStartElement("td");
            element(html, "div", BulletinFiles.title(issue.week(), Language.CHINESE));
            element(html, "div", BulletinFiles.title(issue.week(), Language.ENGLISH));
            html.writeEndElement();
            element(
                    html,
                    "td",
                    (issue.published() ? "已发布 published" : "草稿 draft")
                            + (issue.revision() > 1 ? " · 第" + issue.revision() + "版 rev. " + issue.revision() : ""));
            html.writeStartElement("td");
            link(html, root, week + "/zh-CN/bulletin.html", "HTML");
            link(html, root, week + "/zh-CN/bulletin.pdf", "PDF");
            html.writeEndElement();
            html.writeStartElement("td");
            link(html, root, week + "/en/bulletin.html", "HTML");
            link(html, root, week + "/en/bulletin.pdf", "PDF");
            html.writeEndElement();
            html.writeStartElement("td");
            link(html, root, week + "/bulletin.json", "JSON");
            link(html, root, week + "/zh-CN/blocklist.csv", "blocklist");
            html.writeEndElement();
            html.writeEndElement();
        }
        html.writeEndElement();
        html.writeEndElement();
        html.writeEndElement();
        html.close();
        return text.toString();
    }

    private String atom(List<Issue> published) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", config.organisation().shortName().zh() + " 网络安全信息与动态周报");
        element(
                xml,
                "id",
                "urn:sitrep:bulletins:" + config.organisation().shortName().en().replace(' ', '-'));
        Instant updated = published.stream()
                .map(Issue::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", updated.toString());
        xml.writeStartElement("author");
        element(xml, "name", config.organisation().name().zh());
        xml.writeEndElement();
        for (Issue issue : published) {
            xml.writeStartElement("entry");
            element(xml, "title", BulletinFiles.title(issue.week(), Language.CHINESE));
            element(xml, "id", "urn:sitrep:bulletin:" + issue.week() + ":" + issue.revision());
            element(
                    xml,
                    "updated",
                    Objects.requireNonNull(issue.publishedAt(), "published_at").toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", issue.week() + "/zh-CN/bulletin.html");
            xml.writeAttribute("hreflang", "zh-CN");
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "alternate");
            xml.writeAttribute("href", issue.week() + "/en/bulletin.html");
            xml.writeAttribute("hreflang", "en");
            element(
                    xml,
                    "summary",
                    BulletinFiles.title(issue.week(), Language.ENGLISH)
                            + (issue.changeNote() == null ? "" : " — correction: " + issue.changeNote()));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** A link to a file of the archive, left out when that file was not rendered. */
    private static void link(XMLStreamWriter html, Path root, String href, String label) throws XMLStreamException {
        if (Files.exists(root.resolve(href))) {
            link(html, href, label);
        }
    }

    private static void link(XMLStreamWriter html, String href, String label) throws XMLStreamException {
        html.writeStartElement("a");
        html.writeAttribute("href", href);
        html.writeCharacters(label);
        html.writeEndElement();
    }

    private static final String STYLE =
            "body{font-family:\"Liberation Sans\",Arial,\"PingFang SC\",\"Microsoft YaHei\","
                    + "sans-serif;max-width:60rem;margin:2rem auto;color:#1b2733}h1{color:#a31515;border-bottom:3px solid #a31515}"
                    + "table{border-collapse:collapse;width:100%}th{background:#1f3a5f;color:#fff;text-align:left}"
                    + "th,td{padding:.4rem .6rem;border-bottom:1px solid #d5dbe3;vertical-align:top}a{color:#1f3a5f;margin-right:.5rem}";
}
