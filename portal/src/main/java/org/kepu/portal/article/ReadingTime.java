package org.kepu.portal.article;

import org.jsoup.Jsoup;

/** Minutes an average reader needs: about 400 Chinese characters a minute, at least one. */
final class ReadingTime {

    private static final int CHARACTERS_PER_MINUTE = 400;

    private ReadingTime() {}

    static int minutes(String html) {
        int characters = Jsoup.parse(html).text().replaceAll("\\s", "").length();
        return Math.max(1, Math.round(characters / (float) CHARACTERS_PER_MINUTE));
    }
}
