package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The editors' media library keeps each upload once, with its alt text, newest first, a page at a time. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
class MediaLibraryTests {

    @Autowired
    MediaLibrary library;

    @Test
    void uploadsAreListedOnceNewestFirstWithTheirAltText() {
        String first = id();
        String second = id();
        library.add(first, "/media/images/" + first + "/960.jpg", "草原上的防火宣传牌", "编辑甲");
        library.add(second, "/media/images/" + second + "/960.jpg", "牧民巡查草场", "编辑乙");
        library.add(first, "/media/images/" + first + "/960.jpg", "重复上传", "编辑丙");

        MediaLibrary.LibraryPage page = library.page(0, 1);

        assertThat(page.total()).isGreaterThanOrEqualTo(2);
        assertThat(page.pages()).isEqualTo((int) page.total());
        assertThat(page.images()).singleElement().satisfies(image -> {
            assertThat(image.id()).isEqualTo(second);
            assertThat(image.alt()).isEqualTo("牧民巡查草场");
        });
        assertThat(library.page(1, 1).images())
                .singleElement()
                .satisfies(image -> assertThat(image.alt()).isEqualTo("草原上的防火宣传牌"));
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
