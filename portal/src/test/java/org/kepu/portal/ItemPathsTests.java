package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Where an item lives on the site is written once, in {@code content/catalog/ItemUrls}: no other
 * source file of any module and no template builds the path of an article, a video or an entry
 * page (templates ask {@code ${@itemLinks…}} or read {@code PublicItem.url}).
 */
class ItemPathsTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    // "/articles/" + id, "/videos/" + id, "/contests/" + slug + "/entries/" + id
    private static final Pattern JAVA_PATH = Pattern.compile("\"/(articles|videos)/\"\\s*\\+|\"/entries/\"\\s*\\+");

    // @{/articles/{id}(…)}, @{/videos/{id}(…)}, @{/contests/{slug}/entries/{id}(…)}: the page itself, not a form's
    // action under it
    private static final Pattern TEMPLATE_PATH = Pattern.compile(
            "@\\{/(articles|videos)/\\{[^}]*\\}(\\(|\\})|@\\{/contests/\\{[^}]*\\}/entries/\\{[^}]*\\}(\\(|\\})");

    @Test
    void onlyItemUrlsBuildsTheAddressOfAnItemPage() {
        List<String> javaOffenders = files("java")
                .filter(p -> p.toString().contains("/src/main/"))
                .filter(p -> !p.endsWith(Path.of("catalog", "ItemUrls.java")))
                .filter(p -> JAVA_PATH.matcher(read(p)).find())
                .map(p -> ROOT.relativize(p).toString())
                .toList();
        List<String> templateOffenders = files("html")
                .filter(p -> p.toString().contains("/src/main/resources/templates/"))
                .filter(p -> TEMPLATE_PATH.matcher(read(p)).find())
                .map(p -> ROOT.relativize(p).toString())
                .toList();

        assertThat(files("java").filter(p -> p.endsWith(Path.of("catalog", "ItemUrls.java"))))
                .as("the scan reaches the content module")
                .hasSize(1);
        assertThat(JAVA_PATH.matcher("return \"/videos/\" + id;").find()).isTrue();
        assertThat(TEMPLATE_PATH
                        .matcher("th:href=\"@{/articles/{id}(id=${a.id})}\"")
                        .find())
                .isTrue();
        assertThat(TEMPLATE_PATH
                        .matcher("th:action=\"@{/contests/{s}/entries/{id}/vote(s=1,id=2)}\"")
                        .find())
                .isFalse();
        assertThat(javaOffenders).as("Java building item paths").isEmpty();
        assertThat(templateOffenders).as("templates building item paths").isEmpty();
    }

    private static Stream<Path> files(String extension) {
        try {
            return Files.walk(ROOT)
                    .filter(p ->
                            !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> p.toString().endsWith("." + extension))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
