package org.sitrep.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;

/**
 * Every feed format class is registered for {@link java.util.ServiceLoader} (a forgotten line in
 * {@code META-INF/services/org.sitrep.core.parse.FeedFormat} fails here), and every registered format's parser is
 * behind the one {@link RecordGuard}.
 */
class FeedRegistrationTest {

    @Test
    void everyFeedFormatClassIsRegistered() throws IOException {
        List<String> registered = FormatRegistry.load().formats().stream()
                .map(format -> format.getClass().getName())
                .toList();

        assertThat(feedFormatClasses())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(registered)
                        .as("%s is not in META-INF/services/org.sitrep.core.parse.FeedFormat", name)
                        .contains(name));
    }

    @Test
    void everyRegisteredParserIsBehindTheGuard() {
        FormatContext context = new FormatContext("input", Clock.systemUTC());

        assertThat(FormatRegistry.load().formats())
                .allSatisfy(format -> assertThat(RecordGuard.guards(format.parser(context)))
                        .as("the parser of %s is behind RecordGuard", format.name())
                        .isTrue());
    }

    /** The concrete classes implementing {@link FeedFormat} among this module's compiled main and test classes. */
    private static List<String> feedFormatClasses() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("target/classes"), Path.of("target/test-classes"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file).toString())
                        .map(file -> file.substring(0, file.length() - ".class".length())
                                .replace('/', '.'))
                        .filter(FeedRegistrationTest::isFeedFormat)
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static boolean isFeedFormat(String className) {
        try {
            Class<?> type = Class.forName(className, false, FeedRegistrationTest.class.getClassLoader());
            return FeedFormat.class.isAssignableFrom(type)
                    && !type.isInterface()
                    && !Modifier.isAbstract(type.getModifiers())
                    && !type.isAnonymousClass()
                    && type.getEnclosingClass() == null;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
