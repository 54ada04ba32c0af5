package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sitrep.core.figures.FigureLabels;
import org.sitrep.core.figures.NotInBulletin;

/** Prints the week's events the bulletin does not count, by kind and classification type, after the figures. */
final class NotInBulletinTable {

    private NotInBulletinTable() {}

    static void print(FigureLabels labels, List<NotInBulletin.Row> rows, PrintWriter out) {
        out.println();
        out.println("== " + labels.text("table.not_in_bulletin"));
        if (rows.isEmpty()) {
            out.println("  " + labels.text("table.not_in_bulletin.none"));
            return;
        }
        String none = labels.text("table.not_in_bulletin.no_kind");
        int kindWidth = Math.max(
                none.length(),
                rows.stream()
                        .mapToInt(
                                row -> row.kind() == null ? 0 : row.kind().id().length())
                        .max()
                        .orElse(0));
        int typeWidth = rows.stream().mapToInt(row -> row.type().length()).max().orElse(0);
        for (NotInBulletin.Row row : rows) {
            out.printf(
                    "  %-" + kindWidth + "s  %-" + typeWidth + "s  %d%n",
                    row.kind() == null ? none : row.kind().id(),
                    row.type(),
                    row.events());
        }
    }
}
