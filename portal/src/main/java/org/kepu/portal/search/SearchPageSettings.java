package org.kepu.portal.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The search page.
 *
 * @param hotSearches the searches offered when a search finds nothing (大家都在搜), chosen by the editors; the
 *     platform keeps no log of what readers search for, so the page says these are editors' picks
 * @param hotSearchesMn the picks in Mongolian, offered first on the Mongolian search page
 */
@Validated
@ConfigurationProperties("kepu.search-page")
record SearchPageSettings(
        @DefaultValue({"应急避险", "防汛", "沙尘暴", "老年人防诈骗", "合理用药", "草原防火", "科普日"}) @NotNull @Size(max = 20)
        List<String> hotSearches,

        @DefaultValue({"ᠰᠢᠷᠤᠢ ᠱᠠᠭᠤᠷᠭ᠎ᠠ", "ᠣᠨᠴᠠ ᠪᠠᠢᠳᠠᠯ"}) @NotNull @Size(max = 20)
        List<String> hotSearchesMn) {

    SearchPageSettings {
        hotSearches = cleaned(hotSearches);
        hotSearchesMn = cleaned(hotSearchesMn);
    }

    /** The picks a page in {@code lang} offers: on a Mongolian page the Mongolian ones first. */
    List<String> hotSearchesFor(String lang) {
        if (!"mn".equals(lang)) {
            return hotSearches;
        }
        return java.util.stream.Stream.concat(hotSearchesMn.stream(), hotSearches.stream())
                .toList();
    }

    private static List<String> cleaned(List<String> searches) {
        return searches.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
