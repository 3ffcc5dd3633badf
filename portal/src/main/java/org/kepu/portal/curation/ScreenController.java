package org.kepu.portal.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.ContentType;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.notice.SiteNotices;
import org.kepu.portal.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Screen mode for public displays (halls, buses, building TVs): a full-screen page per curated
 * column that cycles its videos and article cards unattended, without login. A column with nothing
 * to show plays the latest public videos instead of a black screen, and the site-wide emergency
 * notice shows on every screen, fetched every few seconds, since nobody reloads a screen by hand.
 */
@Controller
class ScreenController {

    /** Tells the screen that the column was empty and the latest videos stand in. */
    static final String PLAYLIST_HEADER = "Kepu-Playlist";

    private final Columns columns;
    private final ColumnCuration curation;
    private final CuratedItems items;
    private final Catalog catalog;
    private final SiteNotices notices;
    private final MessageSource messages;

    ScreenController(
            Columns columns,
            ColumnCuration curation,
            CuratedItems items,
            Catalog catalog,
            SiteNotices notices,
            MessageSource messages) {
        this.messages = messages;
        this.columns = columns;
        this.curation = curation;
        this.items = items;
        this.catalog = catalog;
        this.notices = notices;
    }

    @GetMapping("/screen/columns/{slug}")
    String screen(@PathVariable String slug, Model model) {
        model.addAttribute("column", column(slug));
        model.addAttribute("siteName", both("site.name"));
        model.addAttribute("qrHint", both("screen.qr.hint"));
        model.addAttribute("fallback", both("screen.fallback"));
        return "curation/screen";
    }

    /** The playlist the screen re-reads after every round, so edits reach screens without a visit. */
    @GetMapping("/screen/columns/{slug}/playlist.json")
    ResponseEntity<List<CuratedItem>> playlist(@PathVariable String slug) {
        List<CuratedItem> curated = items.visible(curation.of(column(slug).id()));
        if (!curated.isEmpty()) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(curated);
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(PLAYLIST_HEADER, "latest-videos")
                .body(catalog.latest(ContentType.VIDEO).stream()
                        .map(v -> CuratedItem.of(v, v.id(), false, false))
                        .toList());
    }

    /** The active emergency notice, or an empty object: screens ask every few seconds. */
    @GetMapping("/screen/notice.json")
    ResponseEntity<Map<String, String>> notice() {
        Map<String, String> body = new LinkedHashMap<>();
        notices.active().ifPresent(n -> {
            body.put("title", n.title());
            body.put("body", n.body());
            body.put("kind", n.kind().name());
            if (n.hasMongolian()) {
                body.put("titleMn", n.titleMn());
                body.put("bodyMn", n.bodyMn());
            }
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    /** A label in both languages: hall screens show them in turn. */
    private Both both(String key) {
        return new Both(
                messages.getMessage(key, null, Language.CHINESE.locale()),
                messages.getMessage(key, null, Language.MONGOLIAN.locale()));
    }

    public record Both(String zh, String mn) {}

    private ContentColumn column(String slug) {
        return columns.findBySlug(slug).orElseThrow(() -> new ColumnNotFound(slug));
    }
}
