package org.sitrep.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A new password, asked twice on the terminal or read as one line from standard input ({@code --password-stdin}). */
final class Passwords {

    private static final int LONGEST = 1024;

    private Passwords() {}

    static String read(boolean fromStdin, String username) throws IOException {
        if (fromStdin) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("--password-stdin: standard input held no password line");
            }
            if (line.length() > LONGEST) {
                throw new IllegalArgumentException(
                        "--password-stdin: a password has at most " + LONGEST + " characters");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("no terminal to ask for " + username
                    + "'s password on; give --password-stdin and the password" + " as one line on standard input");
        }
        char[] first = console.readPassword("New password for %s: ", username);
        char[] second = console.readPassword("The same again: ");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ; nothing changed");
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (second != null) {
                Arrays.fill(second, ' ');
            }
        }
    }
}
