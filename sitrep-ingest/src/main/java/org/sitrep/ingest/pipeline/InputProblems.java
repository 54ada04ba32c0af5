package org.sitrep.ingest.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What is wrong with an input, said in one line for people (never an exception's class name or a trace). */
final class InputProblems {

    private InputProblems() {}

    /**
     * Why a path given to ingest is not a file to read: missing, a dangling or looping symbolic link, or a FIFO,
     * socket or device.
     */
    static String notAFile(Path input) {
        if (Files.isSymbolicLink(input)) {
            try {
                Path unused = input.toRealPath(); // read for its exception: what the link points to is unused
            } catch (FileSystemException e) {
                return String.valueOf(e.getReason()).contains("many")
                                || String.valueOf(e.getMessage()).contains("loop")
                        ? "a symbolic link that loops: " + input
                        : "a symbolic link to nothing: " + input;
            } catch (IOException e) {
                return "a symbolic link that cannot be followed: " + input;
            }
        }
        if (Files.exists(input, LinkOption.NOFOLLOW_LINKS) || Files.exists(input)) {
            return "not a regular file (a named pipe, socket or device): " + input;
        }
        return "no such file or directory: " + input;
    }

    /** A read failure's reason: "permission denied", "no such file", or the failure's own first line. */
    static String describe(Exception failure) {
        Throwable cause = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : failure;
        if (cause == null) {
            return firstLine(failure);
        }
        return switch (cause) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file";
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> firstLine(cause);
        };
    }

    static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
