package org.kepu.portal.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.kepu.portal.web.ReadingPreferences;

/**
 * What makes two anonymous requests get different pages: scheme (HSTS is sent over TLS only), 长辈模式 and text
 * size (cookies), path and query. Parameters are sorted, so {@code ?a=1&b=2} and {@code ?b=2&a=1} share a page.
 * The language is the URL's ({@code /mn} is in the context path the application sees), so it joins the key here.
 */
final class PageKey {

    private PageKey() {}

    static String of(HttpServletRequest request, String path) {
        StringBuilder key = new StringBuilder(96)
                .append(request.isSecure() ? 's' : 'p')
                .append(ReadingPreferences.elderly(request) ? 'e' : '-')
                .append(ReadingPreferences.textSize(request).code().charAt(0))
                .append(request.getContextPath())
                .append(path);
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            String sorted = Arrays.stream(query.split("&"))
                    .filter(pair -> !pair.isEmpty())
                    .sorted()
                    .collect(Collectors.joining("&"));
            if (!sorted.isEmpty()) {
                key.append('?').append(sorted);
            }
        }
        return key.toString();
    }
}
