package org.kepu.content.article;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' media library: every image uploaded from the article editor, with the text
 * alternative it was given, newest first, for reuse in bodies and as covers. Shared by the whole
 * editorial team; the portal keeps it to staff.
 */
@Service
public class MediaLibrary {

    /** One uploaded image: its stored id, the address of its body-size variant and its alt text. */
    public record LibraryImage(String id, String url, String alt, String uploadedBy, Instant uploadedAt) {}

    /** One page of the library and how many images it holds in all. */
    public record LibraryPage(List<LibraryImage> images, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MediaLibrary(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an upload; the same image uploaded again keeps its first entry. */
    @Transactional
    public void add(String id, String url, String alt, String uploadedBy) {
        jdbc.sql("""
                insert into editor_image (id, alt, url, uploaded_by, uploaded_at)
                select :id, :alt, :url, :by, :at where not exists (select 1 from editor_image where id = :id)
                """)
                .param("id", id)
                .param("alt", alt)
                .param("url", url)
                .param("by", uploadedBy)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public LibraryPage page(int page, int size) {
        int from = Math.max(0, page);
        List<LibraryImage> images = jdbc.sql("""
                select id, url, alt, uploaded_by, uploaded_at from editor_image
                order by uploaded_at desc, id limit :limit offset :offset
                """)
                .param("limit", size)
                .param("offset", (long) from * size)
                .query((rs, row) -> new LibraryImage(
                        rs.getString("id"),
                        rs.getString("url"),
                        rs.getString("alt"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
        long total =
                jdbc.sql("select count(*) from editor_image").query(Long.class).single();
        return new LibraryPage(images, from, size, total);
    }
}
