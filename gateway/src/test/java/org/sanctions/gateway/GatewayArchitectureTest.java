package org.sanctions.gateway;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The gateway's feature packages (routing, limits, tracing, identity...) depend on each other without a cycle. */
class GatewayArchitectureTest {

    private static final String ROOT = "org.sanctions.gateway";
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.sanctions\\.gateway\\.(\\w+)\\.");

    private final JavaClasses gateway = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(gateway);
    }

    /**
     * The same rule on the sources' imports: javac inlines constants (a {@code static final String} key read in
     * another package leaves no trace in the bytecode ArchUnit reads), and such a use still ties the packages.
     */
    @Test
    void featurePackagesImportEachOtherWithoutACycle() throws IOException {
        Map<String, Set<String>> imports = sourceImports(Path.of("src/main/java/org/sanctions/gateway"));
        assertThat(imports).as("packages read from the sources").containsKeys("routing", "limits", "tracing");
        List<String> cycles = new ArrayList<>();
        for (String start : imports.keySet()) {
            findCycle(imports, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("package import cycles").isEmpty();
    }

    private static Map<String, Set<String>> sourceImports(Path sources) throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String slice = sources.relativize(file).getName(0).toString();
                Set<String> targets = imports.computeIfAbsent(slice, key -> new TreeSet<>());
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).equals(slice)) {
                        targets.add(matcher.group(1));
                    }
                }
            }
        }
        return imports;
    }

    /** Depth-first from the path's last package; records each cycle back to the path's first package. */
    private static void findCycle(Map<String, Set<String>> imports, String start, List<String> path,
            List<String> cycles) {
        for (String next : imports.getOrDefault(path.get(path.size() - 1), Set.of())) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(imports, start, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
