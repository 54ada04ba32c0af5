package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement with {@code :name} parameters rewritten to JDBC's {@code ?}, remembering which name goes where.
 * Quoted text, comments and {@code ::} casts are left alone.
 */
record NamedSql(String jdbc, List<String> names) {

    NamedSql {
        names = List.copyOf(names);
    }

    static NamedSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int close = sql.indexOf(c, i + 1);
                int stop = close < 0 ? sql.length() : close + 1;
                out.append(sql, i, stop);
                i = stop;
            } else if (c == '-' && sql.startsWith("--", i)) {
                int newline = sql.indexOf('\n', i);
                int stop = newline < 0 ? sql.length() : newline;
                out.append(sql, i, stop);
                i = stop;
            } else if (c == ':' && sql.startsWith("::", i)) {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int stop = i + 1;
                while (stop < sql.length() && Character.isJavaIdentifierPart(sql.charAt(stop))) {
                    stop++;
                }
                names.add(sql.substring(i + 1, stop));
                out.append('?');
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedSql(out.toString(), names);
    }
}
