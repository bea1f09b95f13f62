package org.backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The folders are a map of the architecture, and this keeps them one: the engine knows only itself, the
 * experiment layers above it, and only {@code web/} knows about the browser (TeaVM's JSO types), so the engine,
 * the data, the experiment state and the command line all compile and run on a plain JVM.
 */
class LayeringTest {
    /** Which of the project's top-level packages each one may use (besides itself and java.*). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "engine", Set.of(),
            "text", Set.of(),
            "data", Set.of("engine"),
            "experiment", Set.of("engine", "data", "text"),
            "cli", Set.of("engine", "data", "text", "experiment"),
            "web", Set.of("engine", "data", "text", "experiment", "teavm"));
    /** A reference to a package of ours or to TeaVM, in an import or written out in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.(?:backproplab\\.([a-z]+)|(teavm))\\b");
    private static final Path ROOT = Paths.get("src/main/java/org/backproplab");

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String layer = ROOT.relativize(file).getName(0).toString();
                seen.add(layer);
                Set<String> allowed = ALLOWED.get(layer);
                if (allowed == null) {
                    problems.add(file + ": the package " + layer + " has no place in the layering");
                    continue;
                }
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!used.equals(layer) && !allowed.contains(used)) {
                        problems.add(ROOT.relativize(file) + " uses " + m.group());
                    }
                }
            }
        }
        assertEquals(ALLOWED.keySet(), seen, "every layer exists, and no other");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
