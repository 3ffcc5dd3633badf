package org.kepu.portal.share;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kepu.portal.language.Language;
import org.kepu.portal.share.SitemapUrls.SitemapUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml} and {@code /robots.txt} for search engines. Past the configured number of URLs per file,
 * {@code /sitemap.xml} is an index of numbered files ({@code /sitemap-1.xml}, …), so robots.txt names one address
 * however large the site grows.
 */
@Controller
class SitemapController {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final SitemapUrls sitemap;
    private final SiteUrls urls;

    SitemapController(SitemapUrls sitemap, SiteUrls urls) {
        this.sitemap = sitemap;
        this.urls = urls;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        List<List<SitemapUrl>> files = sitemap.files();
        return xml(files.size() == 1 ? urlset(files.get(0)) : index(files));
    }

    @GetMapping("/sitemap-{number:\\d+}.xml")
    ResponseEntity<String> file(@PathVariable int number) {
        List<List<SitemapUrl>> files = sitemap.files();
        if (files.size() == 1 || number < 1 || number > files.size()) {
            return ResponseEntity.notFound().build();
        }
        return xml(urlset(files.get(number - 1)));
    }

    private static final List<String> PRIVATE =
            List.of("/editor/", "/admin/", "/creator/", "/judge/", "/registrar/", "/account/", "/login", "/search?*&");

    @GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> robots() {
        StringBuilder body = new StringBuilder("User-agent: *\n");
        // each language's site has its own back-office paths and its own sitemap
        for (Language language : Language.values()) {
            for (String path : PRIVATE) {
                body.append("Disallow: ").append(language.prefix()).append(path).append('\n');
            }
        }
        for (Language language : Language.values()) {
            body.append("Sitemap: ").append(urls.in(language, "/sitemap.xml")).append('\n');
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body.toString());
    }

    private String urlset(List<SitemapUrl> file) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"" + NAMESPACE + "\">\n");
        for (SitemapUrl url : file) {
            xml.append("<url>");
            entry(xml, url.path(), url.modified());
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private String index(List<List<SitemapUrl>> files) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"" + NAMESPACE + "\">\n");
        for (int i = 0; i < files.size(); i++) {
            Instant modified = files.get(i).stream()
                    .map(SitemapUrl::modified)
                    .filter(Objects::nonNull)
                    .max(Instant::compareTo)
                    .orElse(null);
            xml.append("<sitemap>");
            entry(xml, "/sitemap-" + (i + 1) + ".xml", modified);
            xml.append("</sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    private void entry(StringBuilder xml, String path, Instant modified) {
        xml.append("<loc>").append(Xml.escape(urls.absolute(path))).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.toString(), 0, 10).append("</lastmod>");
        }
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
    }
}
