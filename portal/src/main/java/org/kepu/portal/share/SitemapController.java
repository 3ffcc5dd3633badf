package org.kepu.portal.share;

import java.time.Instant;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /sitemap.xml} and {@code /robots.txt} for search engines. */
@Controller
class SitemapController {

    private final Catalog catalog;
    private final Columns columns;
    private final SiteUrls urls;

    SitemapController(Catalog catalog, Columns columns, SiteUrls urls) {
        this.catalog = catalog;
        this.columns = columns;
        this.urls = urls;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, "/", null);
        for (ContentColumn column : columns.findAllByOrderBySortOrderAscIdAsc()) {
            url(xml, "/columns/" + column.slug(), null);
        }
        catalog.all().forEach(item -> url(xml, item.url(), Instant.ofEpochMilli(item.version())));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.append("</urlset>\n").toString());
    }

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /editor/
                Disallow: /admin/
                Disallow: /creator/
                Disallow: /judge/
                Disallow: /registrar/
                Disallow: /account/
                Disallow: /login
                Disallow: /search?*&
                Sitemap: %s
                """.formatted(urls.absolute("/sitemap.xml"));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
    }

    private void url(StringBuilder xml, String path, Instant modified) {
        xml.append("<url><loc>").append(Xml.escape(urls.absolute(path))).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.toString(), 0, 10).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
