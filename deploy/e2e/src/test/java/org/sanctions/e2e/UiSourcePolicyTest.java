package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctions.testkit.ProjectPaths;

/**
 * Static rules of the web UI's sources (gateway/src/main/resources/META-INF/resources), checked without a browser:
 * no HTML parsing of data, no eval, no inline script or style (the CSP forbids them), no asset from another host.
 */
class UiSourcePolicyTest {

    private static final Pattern FORBIDDEN_JS = Pattern.compile(
            "\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function\\(|setAttribute\\('style'");
    private static final Pattern INLINE_IN_HTML = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\sstyle=|\\son[a-z]+=");
    private static final Pattern REMOTE_ASSET = Pattern.compile("(src|href)=\"(https?:)?//", Pattern.CASE_INSENSITIVE);

    static Stream<Path> files() throws IOException {
        Path dir = ProjectPaths.root().resolve("gateway/src/main/resources/META-INF/resources");
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            assertThat(files).as("UI files in " + dir).isNotEmpty();
            return files.stream();
        }
    }

    private static final Pattern IMPORT = Pattern.compile("import \\{([^}]*)\\} from '([^']+)';");
    private static final Pattern EXPORT = Pattern.compile("export (?:async )?(?:function|const|class|let) ([A-Za-z0-9_]+)");

    /** There is no bundler to catch a misspelt import: a module whose import is not exported would fail to load. */
    @ParameterizedTest
    @MethodSource("files")
    void importsOnlyWhatItsModulesExport(Path file) throws IOException {
        if (!file.toString().endsWith(".js")) {
            return;
        }
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
            Path module = file.resolveSibling(imports.group(2)).normalize();
            assertThat(module).as(file + " imports a missing module").isRegularFile();
            Set<String> exported = new HashSet<>();
            Matcher exports = EXPORT.matcher(Files.readString(module));
            while (exports.find()) {
                exported.add(exports.group(1));
            }
            for (String name : imports.group(1).split(",")) {
                assertThat(exported).as(file + " imports " + name.trim() + " from " + module).contains(name.trim());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void followsTheUiSecurityRules(Path file) throws IOException {
        String text = Files.readString(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".js")) {
            assertThat(FORBIDDEN_JS.matcher(text).find()).as(file + " parses data as HTML, evaluates code or sets inline styles")
                    .isFalse();
        }
        if (name.endsWith(".html")) {
            assertThat(INLINE_IN_HTML.matcher(text).find()).as(file + " has inline script, style or event handler").isFalse();
            assertThat(REMOTE_ASSET.matcher(text).find()).as(file + " loads an asset from another host").isFalse();
        }
        if (name.endsWith(".css")) {
            assertThat(text).as(file + " imports from another host").doesNotContainPattern("@import|url\\((\"|')?(https?:)?//");
        }
    }
}
